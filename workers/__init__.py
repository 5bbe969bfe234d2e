"""Celery app and thin task wrappers around services."""
