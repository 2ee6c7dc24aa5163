"""Every table in README.md and docs/ that code can write, written by one command:
`python -m briefsmith.generated_docs` rewrites them, `--check` only says which drifted
(tests/test_generated_docs.py runs the check, so a stale table fails CI).

A generated block sits between two markers in its Markdown file:

    <!-- generated: NAME; run `python -m briefsmith.generated_docs`; do not edit -->
    ...
    <!-- end generated: NAME -->

Each block is registered below with the function that renders it. Renderers are imported
lazily, so this module stays cheap and imports nothing at module level but the standard
library.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
COMMAND = "python -m briefsmith.generated_docs"


@dataclass(frozen=True)
class GeneratedBlock:
    name: str
    doc: str  # path relative to the repository root
    renderer: str  # "module:function", the function returns the block's Markdown

    def render(self) -> str:
        module, _, function = self.renderer.partition(":")
        render: Callable[[], str] = getattr(importlib.import_module(module), function)
        text = render()
        return text if text.endswith("\n") else text + "\n"

    @property
    def begin(self) -> str:
        return f"<!-- generated: {self.name}; run `{COMMAND}`; do not edit -->"

    @property
    def end(self) -> str:
        return f"<!-- end generated: {self.name} -->"


_TABLES = "briefsmith.evals.doc_tables"
BLOCKS: tuple[GeneratedBlock, ...] = (
    GeneratedBlock(
        "settings", "docs/configuration.md", "briefsmith.config.settings_doc:settings_table"
    ),
    # Score tables, from the committed baselines in evals/baselines/.
    GeneratedBlock("eval-extractive", "docs/evals.md", f"{_TABLES}:extractive_table"),
    GeneratedBlock("eval-llm-replay", "docs/evals.md", f"{_TABLES}:llm_table"),
    GeneratedBlock("eval-before-after", "docs/evals.md", f"{_TABLES}:before_after_table"),
    GeneratedBlock("eval-before-llm", "docs/evals.md", f"{_TABLES}:before_llm_table"),
    GeneratedBlock("eval-situation", "docs/evals-datasets.md", f"{_TABLES}:situation_table"),
    GeneratedBlock("llm-replay", "docs/llm-strategies.md", f"{_TABLES}:llm_table"),
    GeneratedBlock("story-scores", "docs/stories.md", f"{_TABLES}:story_table"),
    GeneratedBlock("readme-llm", "README.md", f"{_TABLES}:readme_llm_table"),
    GeneratedBlock(
        "warning-codes", "docs/development.md", "briefsmith.doc_tables:warning_codes_table"
    ),
    GeneratedBlock("error-codes", "docs/http-api.md", "briefsmith.doc_tables:error_codes_table"),
)


def with_fresh_block(document: str, block: GeneratedBlock) -> str:
    """`document` with the text between `block`'s markers replaced by a fresh render."""
    head, begin, rest = document.partition(block.begin)
    _old, end, tail = rest.partition(block.end)
    if not begin or not end:
        raise ValueError(f"{block.doc}: the markers of generated block {block.name!r} are missing")
    return f"{head}{block.begin}\n{block.render()}{block.end}{tail}"


def refresh(check: bool, root: Path = REPO_ROOT) -> list[str]:
    """Rewrite every block (or, with check, only compare); the docs that drifted."""
    drifted = []
    for doc in sorted({block.doc for block in BLOCKS}):
        path = root / doc
        current = path.read_text(encoding="utf-8")
        fresh = current
        for block in (b for b in BLOCKS if b.doc == doc):
            fresh = with_fresh_block(fresh, block)
        if fresh != current:
            drifted.append(doc)
            if not check:
                path.write_text(fresh, encoding="utf-8")
    return drifted


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    drifted = refresh(check)
    for doc in drifted:
        print(f"{doc} {'is out of date' if check else 'rewritten'}", file=sys.stderr)
    return 1 if check and drifted else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
