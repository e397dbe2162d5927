"""Organisations that offer or ask: clubs, employers, welzijn, Taalpunt, churches, volunteers."""
