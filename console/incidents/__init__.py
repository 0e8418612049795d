"""Incident rules and tracker (pure), and the incident desk."""
