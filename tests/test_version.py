"""One version, read from the installed package's metadata: `brief --version`, /healthz
and the OpenAPI document all report it."""

import subprocess
import sys
from importlib.metadata import version

import briefsmith

from tests.api_synthetic import api_client, make_app


def test_the_package_version_comes_from_its_metadata():
    assert briefsmith.__version__ == version("briefsmith")


def test_brief_version_prints_it():
    outcome = subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert outcome.returncode == 0, outcome.stderr
    assert outcome.stdout == f"briefsmith {version('briefsmith')}\n"


async def test_healthz_and_the_openapi_document_report_it(tmp_path):
    async with api_client(make_app(tmp_path)) as client:
        health = (await client.get("/healthz")).json()
        openapi = (await client.get("/openapi.json")).json()
    assert health == {"status": "ok", "version": version("briefsmith")}
    assert openapi["info"]["version"] == version("briefsmith")
