"""The technician's camera calibration view."""
