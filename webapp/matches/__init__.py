"""Matches between a newcomer and an offer, and every transition they go through."""
