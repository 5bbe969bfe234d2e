"""Offline training of the check-worthiness artifact (not imported by the engine)."""
