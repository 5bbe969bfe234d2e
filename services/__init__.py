"""ClaimDesk services: API, domain services, store and the claim-extraction engine."""
