"""Platform administration: gemeenten, kernen, organisations, users and offer moderation."""
