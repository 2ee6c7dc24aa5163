"""The one name matcher (service/briefsmith/core/names.py): every caller decides name similarity
through
it, with one threshold."""

from __future__ import annotations

import ast
import pathlib

import pytest
from briefsmith.core.names import (
    NAME_SIMILARITY,
    is_spelling_of,
    name_similarity,
    same_name,
    same_surname,
    same_word,
)

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Okafor", "Okaffor", True),  # a transliteration or typo
        ("Okafor", "Okoro", False),
        ("Putin", "Pushilin", False),
    ],
)
def test_same_word_and_same_surname(a, b, expected):
    assert same_word(a, b) is expected
    assert same_surname(a, b) is expected


def test_same_surname_needs_the_same_first_letters():
    # Similar words that differ at the start are never grouped (the bucket key).
    assert not same_surname("Hale", "Dale")


@pytest.mark.parametrize(
    ("alias", "name", "expected"),
    [
        ("Raman", "Priya Raman", True),
        ("Apex", "Apex Holdings", True),
        ("SEC", "Securities Exchange Commission", True),
        ("U.N.", "United Nations", True),
        ("Coach", "Tomas Berg", False),
    ],
)
def test_is_spelling_of(alias, name, expected):
    assert is_spelling_of(alias, name) is expected


def test_name_similarity_surname_rule():
    assert same_name("Ms. Moreno", "Alicia Moreno")
    assert not same_name("Alicia", "Alicia Moreno")
    assert name_similarity("Grace Obi", "Grace Obi") == 100
    assert NAME_SIMILARITY == 85.0


def test_no_other_module_compares_names_with_rapidfuzz_itself():
    """rapidfuzz's ratio on names lives in service/briefsmith/core/names.py only; other modules
    that use
    rapidfuzz compare quotes or headlines, not names."""
    allowed = {
        "service/briefsmith/core/names.py",
        "service/briefsmith/core/story/merge.py",  # same statement across outlets (quotes)
        "service/briefsmith/core/cleaning.py",  # a given headline at the head of the text
        "service/briefsmith/evals/metrics.py",  # meaning of a figure's `measures` and quote overlap
    }
    offenders = []
    for path in [*ROOT.glob("service/**/*.py"), *ROOT.glob("evals/**/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports_fuzz = any(
            isinstance(node, ast.ImportFrom) and (node.module or "").startswith("rapidfuzz")
            for node in ast.walk(tree)
        )
        relative = path.relative_to(ROOT).as_posix()
        if imports_fuzz and relative not in allowed:
            offenders.append(relative)
    assert offenders == []
