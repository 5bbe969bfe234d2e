"""The reviewer desk's web UI: server-rendered Jinja2 pages with htmx, on the same services as the API."""
