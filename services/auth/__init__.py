"""API keys: creation, revocation and authentication of bearer tokens."""
