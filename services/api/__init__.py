"""The HTTP API (FastAPI) and the reviewer UI."""
