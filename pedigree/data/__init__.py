"""Bundled data: the curated demo data set, currency rates."""
