"""Export, history queries, the figures and the periodic documents."""
