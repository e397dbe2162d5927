"""Newcomer profiles: interests in their own words, intake by a coordinator, consent."""
