"""The command dispatcher: ordered per target, timed, audited."""
