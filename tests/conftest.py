"""Fixtures shared across test modules."""

import contextlib
import socket

import pytest
from filelock import FileLock

# The real-server fixtures: postgres_server/postgres_url, redis_server/redis_url.
pytest_plugins = ["tests.pg_server", "tests.redis_server"]


@pytest.fixture(autouse=True)
def one_worker_process_test_at_a_time(request, tmp_path_factory):
    """Tests marked worker_processes start `brief worker` processes with short deadlines:
    they take a lock shared by every xdist worker of the run (the parent of each worker's
    base temp directory is the run's), so they run one after another, not side by side.
    Autouse, so the lock is held before the test's other fixtures start anything."""
    if request.node.get_closest_marker("worker_processes") is None:
        yield
        return
    run_directory = tmp_path_factory.getbasetemp().parent
    with FileLock(run_directory / "worker-processes.lock"):
        yield


@pytest.fixture
def no_network(monkeypatch):
    """Refuse every socket connection: replayed LLM tests must never reach a server."""

    def refuse(self, address, *args, **kwargs):
        raise OSError(f"network is blocked in replay tests (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.fixture
async def slack_api():
    """A synthetic Slack Web API on 127.0.0.1 that records every call."""
    from tests.synthetic_slack import SyntheticSlackApi

    api = SyntheticSlackApi()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
def register_engine():
    """Register a test engine through the engine registry (briefsmith.engines.registry)
    for one test: `register_engine(name, engine, **abilities)`, a new name or replacing
    a built-in one; restored afterwards. The seam instead of patching build_engine."""
    from briefsmith.engines.registry import EngineSpec, registered

    with contextlib.ExitStack() as stack:

        def register(name, engine, **abilities):
            spec = EngineSpec(name, lambda settings: engine, **abilities)
            return stack.enter_context(registered(spec))

        yield register
