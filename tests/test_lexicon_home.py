"""One home per word list (briefsmith.core.lexicon): no other module keeps its own copy
of the quote marks, the titles, the name connectors or the accent folding, so an edit
to lexicon.py reaches every reader."""

from __future__ import annotations

import ast
import pathlib

from briefsmith.core import lexicon

ROOT = pathlib.Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "service" / "briefsmith"
HOME = PACKAGE / "core" / "lexicon.py"

QUOTE_MARKS = lexicon.DOUBLE_QUOTE_MARKS | lexicon.SINGLE_QUOTE_MARKS
TITLE_WORDS = {w.casefold().rstrip(".") for w in lexicon.HONORIFICS | lexicon.RANKS}
CONNECTORS = {"of", "the", "for", "and", "de", "von"}
LINKS = CONNECTORS | lexicon.NAME_PARTICLES | {"on", "in", "&", "via"}


def _strings(node: ast.AST) -> list[str] | None:
    """The strings of a literal: one string, or a set/tuple/list/dict of strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    items: list[ast.expr | None] = []
    if isinstance(node, ast.Set | ast.Tuple | ast.List):
        items = list(node.elts)
    elif isinstance(node, ast.Dict):
        items = [*node.keys, *node.values]
    if items and all(isinstance(i, ast.Constant) and isinstance(i.value, str) for i in items):
        return [i.value for i in items if isinstance(i, ast.Constant)]
    return None


def word_list_copies(source: str) -> list[tuple[int, str]]:
    """(line, what) for each literal that is a copy of one of lexicon's lists."""
    found = []
    for node in ast.walk(ast.parse(source)):
        strings = _strings(node)
        if strings is None:
            continue
        chars = set("".join(strings)) - set("([ ")
        if len(chars & QUOTE_MARKS) >= 3 and chars <= QUOTE_MARKS:
            found.append((node.lineno, "quote marks"))
        words = {w.casefold().rstrip(".") for s in strings for w in s.split()}
        if len(words & TITLE_WORDS) >= 3:
            found.append((node.lineno, "titles"))
        if len(strings) > 1 and len(words & CONNECTORS) >= 4 and words <= LINKS:
            found.append((node.lineno, "name connectors"))
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "combining":
            found.append((node.lineno, "accent folding (use lexicon.fold)"))
    return found


def test_the_checker_finds_copies():
    assert word_list_copies("MARKS = frozenset('\"“”«»')") == [(1, "quote marks")]
    assert word_list_copies("T = {'mr', 'mrs', 'dr'}") == [(1, "titles")]
    assert word_list_copies("C = frozenset({'of', 'the', 'for', 'and'})") == [
        (1, "name connectors")
    ]
    assert word_list_copies("import unicodedata\nunicodedata.combining('a')") == [
        (2, "accent folding (use lexicon.fold)")
    ]
    # Rendering a quote or a regex's character class is not a list.
    assert word_list_copies("X = f'“{q}”'\nY = r'[^,;“”«»\"]'") == []


def test_no_module_outside_lexicon_keeps_its_own_word_list():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == HOME:
            continue
        for line, what in word_list_copies(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    assert not offenders, "\n".join(offenders)


def test_an_edit_to_lexicon_reaches_its_readers():
    from briefsmith.core import cleaning, names, segments
    from briefsmith.core.extraction import quotes
    from briefsmith.core.extraction.summary import lead

    assert lead._QUOTE_OPENERS is lexicon.QUOTE_OPENERS
    assert cleaning._QUOTE_OPENERS is lexicon.QUOTE_OPENERS
    assert quotes._CLOSERS is lexicon.QUOTE_CLOSERS
    assert segments._ABBREVIATIONS is lexicon.ABBREVIATIONS
    assert names.fold is lexicon.fold
    assert lexicon.fold("Müller Zelenskyy") == "muller zelenskyy"
