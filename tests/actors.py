"""The acting people tests use: an account's name with its roles (as a sign-in or `--as` would make them)."""

from console.access import Actor, Role


def operator(name: str = "operator1") -> Actor:
    return Actor(name, frozenset({Role.OPERATOR}))


def with_roles(name: str, *roles: Role) -> Actor:
    return Actor(name, frozenset(roles))


def technician(name: str = "tech") -> Actor:
    return Actor(name, frozenset({Role.TECHNICIAN}))
