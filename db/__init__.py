"""The log and the site registry: SQLAlchemy models, the engine, migrations and query functions."""

import logging

# Alembic announces each of its internal plugins at INFO when first imported; that is noise on a CLI's stderr.
logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
