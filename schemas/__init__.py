"""pydantic v2 contracts shared by the API, the services and the workers."""
