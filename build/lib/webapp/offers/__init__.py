"""Offers and requests (vraag en aanbod), the public sociale kaart and providers' own lists."""
