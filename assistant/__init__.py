"""Incident Desk: cited answers about political violence from news articles, offline."""

from assistant import offline as _offline  # noqa: F401  (must run before third-party imports)

__version__ = "0.1.0"
