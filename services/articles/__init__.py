"""Articles: submission, stored text, status, and the worker's preparation of text from HTML or URLs."""
