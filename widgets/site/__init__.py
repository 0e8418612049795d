"""One site's detail."""
