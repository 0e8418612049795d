"""Suite-wide settings: offscreen Qt, and the database URLs every DB test runs against."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
