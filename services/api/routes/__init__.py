"""Thin routes: parse with a schema, call one service function, return a schema."""
