"""The HTTP API: `create_app()` builds the FastAPI app (see service.api.app)."""

from service.api.app import create_app

__all__ = ["create_app"]
