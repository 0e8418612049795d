"""The wall of sites."""
