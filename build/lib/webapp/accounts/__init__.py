"""Accounts: users, roles, log in, registration, password reset and invitation codes."""
