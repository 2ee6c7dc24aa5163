"""`brief batch` on the five seeds repeated 200 times (1,000 lines) plus two bad lines.

Runs the real command (progress bar and summary on stderr) with the extractive engine
against a fresh SQLite store, then prints the output's line counts. Usage:
    PYTHONPATH=$PWD python benches/batch_seeds.py [--concurrency N]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
REPEATS = 200


def main() -> None:
    concurrency = (
        sys.argv[sys.argv.index("--concurrency") + 1] if "--concurrency" in sys.argv else "8"
    )
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "articles.jsonl", Path(tmp) / "briefs.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for repeat in range(REPEATS):
                for seed in SEEDS:
                    record = {"id": f"{seed.stem}-{repeat}", "text": seed.read_text("utf-8")}
                    handle.write(json.dumps(record) + "\n")
            handle.write("not json\n")
            handle.write(json.dumps({"id": "title-only", "title": "no text"}) + "\n")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "briefsmith.surfaces.cli.main",
                "batch",
                str(corpus),
                "--out",
                str(out),
                "--concurrency",
                concurrency,
            ],
            env={
                **os.environ,
                "BRIEF_ENGINE": "extractive",
                "BRIEF_DB_PATH": str(Path(tmp) / "b.db"),
            },
            check=False,
        )
        statuses = Counter(
            json.loads(line)["status"] for line in out.read_text("utf-8").splitlines()
        )
        print(f"output lines: {sum(statuses.values())}  {dict(statuses)}")


if __name__ == "__main__":
    main()
