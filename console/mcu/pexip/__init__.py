"""The Pexip Infinity dialect: management and client REST APIs."""
