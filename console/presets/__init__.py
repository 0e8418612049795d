"""Layout presets and the per-site camera preset service."""
