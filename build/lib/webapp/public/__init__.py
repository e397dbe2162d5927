"""Public pages that are not about one domain: the home page."""
