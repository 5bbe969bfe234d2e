"""Database plumbing: the connection pool, the named-query loader and the migration runner."""
