"""No module assigns one top-level name twice. ruff's F811 catches a function or class
defined twice; a constant assigned twice (a regex redefined 400 lines later, silently
changing what the code above it reads at call time) is caught here."""

from __future__ import annotations

import ast
import pathlib
import re

from briefsmith.core.grounding import locate_figure

ROOT = pathlib.Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "service" / "briefsmith"


def _assigned_names(statement: ast.stmt) -> list[str]:
    targets: list[ast.expr] = []
    if isinstance(statement, ast.Assign):
        targets = list(statement.targets)
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        targets = [statement.target]
    names = []
    for target in targets:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                names.append(node.id)
    return names


def redefined_names(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, second line) for each top-level name assigned twice, or
    assigned once and defined as a function or class too."""
    seen: dict[str, int] = {}
    twice = []
    for statement in ast.parse(source).body:
        names = _assigned_names(statement)
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [statement.name]
        for name in names:
            if name in seen:
                twice.append((name, seen[name], statement.lineno))
            else:
                seen[name] = statement.lineno
    return twice


def test_the_checker_finds_a_shadowed_constant():
    source = "import re\nA = re.compile('x')\ndef f():\n    return A\nA = re.compile('y')\n"
    assert redefined_names(source) == [("A", 2, 5)]
    assert redefined_names("A = 1\nB: int = 2\n") == []


def test_no_module_assigns_a_top_level_name_twice():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for name, first, second in redefined_names(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}: {name} (lines {first} and {second})")
    assert not offenders, "\n".join(offenders)


# Synthetic articles: a number written twice, once per paragraph, the second time
# meaning something else. The figure's `measures` must pick the first paragraph's.
PARAGRAPHS = [
    ("Three heating shelters opened overnight\nThree sides agreed to talk", 3, "heating shelters"),
    ("Two food banks opened on Monday\nTwo bridges stayed shut", 2, "food banks"),
    ("Five wind turbines were installed offshore\nFive players were injured", 5, "wind turbines"),
    ("About 40 nurses joined the strike\n40 wards stayed open", 40, "nurses strike"),
]


def test_a_figures_context_stops_at_a_line_break():
    for article, value, measures in PARAGRAPHS:
        word = str(value) if str(value) in article else article.split()[0]
        second = article.index("\n") + 1
        start = article.index(word)
        span = locate_figure(word, float(value), None, article, hint=second, context=measures)
        # Not the second paragraph's number, though the engine's hint points there.
        assert span is not None and span.start == start, (article, span)
        assert re.match(word, article[span.start : span.end])
