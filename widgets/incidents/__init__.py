"""The incident dock."""
