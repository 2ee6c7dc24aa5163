"""Run the API under uvicorn (`brief serve`)."""

from __future__ import annotations

import uvicorn

from service.logging import configure_logging
from service.settings import get_settings

APP_FACTORY = "service.api.app:create_served_app"


def run_server(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve until interrupted. Each worker process builds its own app (and its own
    engine-concurrency bound); they share the SQLite store safely."""
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=None,  # keep the JSON logging configured above
        access_log=False,  # the app logs each request itself, with its request id
        # On SIGTERM, requests still running after this are cancelled (their briefs
        # stop at the engine's next stage), so shutdown takes a bounded time.
        timeout_graceful_shutdown=settings.shutdown_timeout_s,
    )
