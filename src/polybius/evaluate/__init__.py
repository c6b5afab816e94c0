"""Scoring the coder against annotated data."""
