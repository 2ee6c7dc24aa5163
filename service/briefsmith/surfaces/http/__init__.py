"""The HTTP API: `create_app()` builds the FastAPI app (see briefsmith.surfaces.http.app)."""

from briefsmith.surfaces.http.app import create_app

__all__ = ["create_app"]
