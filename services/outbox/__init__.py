"""Transactional outbox: tasks are recorded with the change that needs them and published after commit."""
