"""/docs and /redoc render without internet: every script, stylesheet, icon and spec the
pages load is served by the app itself (packaged assets), none comes from a CDN. Where a
headless Chromium is installed, it also renders /docs with only loopback reachable."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from briefsmith.config.settings import Settings
from briefsmith.surfaces.http import create_app
from fastapi.testclient import TestClient

from tests.test_api_serve import free_port, wait_for

API_KEY = "synthetic-docs-key"  # a synthetic key for this test only


class _AssetLinks(HTMLParser):
    """Every URL a browser would fetch to render the page: src, href and spec-url."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "href", "spec-url"} and value:
                self.urls.append(value)


def assets_of(html: str) -> list[str]:
    parser = _AssetLinks()
    parser.feed(html)
    # Swagger UI takes the spec's address from the inline script, not from an attribute.
    return parser.urls + re.findall(r"\burl:\s*'([^']+)'", html)


@pytest.fixture
def client(tmp_path):
    # With API keys set, to show the documentation and its assets stay open.
    settings = Settings(db_path=tmp_path / "docs.db", engine="extractive", api_keys=[API_KEY])
    with TestClient(create_app(settings)) as test_client:
        yield test_client


EXPECTED_TYPES = {".js": "javascript", ".css": "text/css", ".png": "image/png", ".json": "json"}


@pytest.mark.parametrize(
    ("page", "must_load"),
    [
        ("/docs", {"swagger-ui-bundle.js", "swagger-ui.css", "openapi.json"}),
        ("/redoc", {"redoc.standalone.js", "openapi.json"}),
    ],
)
def test_every_asset_the_docs_page_loads_is_served_locally(client, page, must_load):
    response = client.get(page)
    assert response.status_code == 200
    urls = assets_of(response.text)
    assert must_load <= {url.rsplit("/", 1)[-1] for url in urls}, urls
    for url in urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, f"{page} loads {url} from another host"
        asset = client.get(url)
        assert asset.status_code == 200, f"{url}: {asset.status_code}"
        suffix = "." + url.rsplit(".", 1)[-1]
        assert EXPECTED_TYPES[suffix] in asset.headers["content-type"], url
        assert len(asset.content) > 100, f"{url} is empty"


def test_the_packaged_swagger_ui_is_a_release_that_reads_openapi_3_1(client):
    # FastAPI writes OpenAPI 3.1, which Swagger UI 4 refuses to render ("does not specify
    # a valid version field"); the packaged bundle must be Swagger UI 5 or newer.
    assert client.get("/openapi.json").json()["openapi"].startswith("3.1")
    bundle = client.get("/static-offline-docs/swagger-ui-bundle.js").text
    assert "SwaggerUIBundle" in bundle
    assert re.search(r"OpenAPI 3\.1|OAS 3\.1|openapi-3-1|isOAS31", bundle)


def test_a_missing_asset_is_a_problem_not_a_page(client):
    response = client.get("/static-offline-docs/no-such-file.js")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)


@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium on this machine")
def test_a_headless_browser_renders_the_docs_with_every_host_but_loopback_unreachable(tmp_path):
    # Every host name except loopback resolves to nothing, so a CDN asset could not load
    # even on a machine with internet: what renders came from the server itself.
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env={
            **os.environ,
            "BRIEF_DB_PATH": str(tmp_path / "docs.db"),
            "BRIEF_ENGINE": "extractive",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", server)
        browser = [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=15000",
        ]
        page = f"http://127.0.0.1:{port}/docs"
        dom = subprocess.run(
            [*browser, "--dump-dom", page], capture_output=True, text=True, timeout=120, check=False
        ).stdout
        subprocess.run(
            [*browser, "--window-size=1280,900", f"--screenshot={tmp_path / 'docs.png'}", page],
            capture_output=True,
            check=False,
            timeout=120,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    # Swagger UI drew the operations from /openapi.json: its JavaScript ran.
    assert 'data-path="/v1/briefs"' in dom
    assert 'data-path="/v1/briefs/{brief_id}"' in dom
    assert (tmp_path / "docs.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
