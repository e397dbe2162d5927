"""The municipality's view: indicators without personal data."""
