"""Gemeenten (municipalities, the tenants) and their kernen (villages and towns)."""
