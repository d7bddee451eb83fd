"""Banshi (办事): a chat assistant that walks people through public-service procedures."""

__version__ = "0.1.0"
