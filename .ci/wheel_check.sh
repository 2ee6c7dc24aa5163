#!/usr/bin/env bash
# The wheel works on its own: build it, install it into a fresh virtualenv outside the
# repository, and from there brief an article with the extractive engine and replay a
# recorded openai brief from a cassette. This fails if the prompt templates, the seed
# articles or the eval references are not shipped inside the wheel.
#
# Fast on purpose: the virtualenv sees the dependencies already installed
# (--system-site-packages); briefsmith itself comes only from the wheel (checked below).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Build from a copy, so the build leaves nothing (build/, *.egg-info) in the checkout.
mkdir "$work/src"
cp -r "$repo"/{pyproject.toml,README.md,service,evals,prompts,seeds} "$work/src/"
python -m pip wheel --quiet --disable-pip-version-check --no-deps \
    --wheel-dir "$work/dist" "$work/src"
python -m venv --system-site-packages "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps \
    --no-index "$work"/dist/briefsmith-*.whl
rm -rf "$work/src"

cd "$work"  # outside the repository: nothing can be found relative to it
unset PYTHONPATH
export BRIEF_DB_PATH="$work/briefs.db"

# A synthetic article written for this check (not a seed).
cat > article.txt <<'ARTICLE'
Harbor City council approves ferry expansion

The Harbor City council voted 7 to 2 on Wednesday to spend $18 million on two new
ferries, Councillor Maria Chen said after the meeting.

"Commuters have waited long enough," Chen told reporters. About 12,000 people ride the
ferry every weekday, according to the transit authority.

The first ferry is expected to enter service in 2027.
ARTICLE

# One import name: the wheel installs the top-level package briefsmith and nothing else.
python -c 'import sys, zipfile; print("\n".join(sorted({n.split("/")[0] for n in zipfile.ZipFile(sys.argv[1]).namelist()})))' "$work"/dist/briefsmith-*.whl > "$work/top-level"
if [ "$(grep -v '\.dist-info$' "$work/top-level")" != "briefsmith" ]; then
    echo "the wheel installs more than one top-level name:" >&2; cat "$work/top-level" >&2; exit 1
fi
"$work/venv/bin/brief" --version
"$work/venv/bin/brief" summarize --engine extractive article.txt > extractive.json
# The viewer's templates ship in the wheel: the HTML page renders from it.
"$work/venv/bin/brief" summarize --engine extractive --format html article.txt > brief.html
grep -q 'data-items=' brief.html || { echo "the viewer page has no highlights" >&2; exit 1; }

"$work/venv/bin/python" - "$work" "$repo/cassettes" <<'PYTHON'
import asyncio
import json
import sys
from pathlib import Path

import briefsmith
import briefsmith.eval_data
import briefsmith.evals
import briefsmith.prompts
import briefsmith.seeds
from briefsmith.evals.dataset import load_dataset
from briefsmith.engines.cassettes import read_manifest, replaying, seed_article
from briefsmith.briefing.pipeline import make_brief

work, cassettes = Path(sys.argv[1]), Path(sys.argv[2])
for package in (briefsmith, briefsmith.evals, briefsmith.prompts, briefsmith.seeds, briefsmith.eval_data):
    assert Path(package.__file__).is_relative_to(work / "venv"), package.__file__

extractive = json.loads((work / "extractive.json").read_text())
assert extractive["brief"]["meta"]["engine"] == "extractive"
assert "ferries" in extractive["brief"]["situation"], extractive["brief"]["situation"]

from briefsmith.store.migrations import migrations

assert migrations("sqlite") and migrations("postgres"), "migrations are not in the wheel"

dataset = load_dataset()  # the default dataset: seeds + evals/references, from the wheel
assert len(dataset.cases) == 5, [case.article_id for case in dataset.cases]

stem = dataset.cases[0].article_id
with replaying(stem, cassettes_dir=cassettes) as engine:
    result = asyncio.run(make_brief(seed_article(stem), engine))
meta = result.brief.meta
assert meta.engine == "openai", meta
assert meta.prompt_version == read_manifest(cassettes)["cassettes"][stem]["prompt_version"]
print(
    f"wheel check: extractive brief ok; {len(dataset.cases)} eval cases; replayed {stem} "
    f"(prompt {meta.prompt_version}, {meta.usage.attempts} HTTP attempts)"
)
PYTHON
