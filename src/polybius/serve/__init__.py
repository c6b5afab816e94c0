"""`polybius serve`: the explorer page and the REST API over one store (see docs/EXPLORER.md)."""

from polybius.serve.app import build, create_app, serve

__all__ = ["build", "create_app", "serve"]
