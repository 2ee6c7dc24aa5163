"""Walks over a dependency parse held as a list of head indices (a root is its own head),
shared by the extractors so that "does this word hang from that one" has one home."""

from __future__ import annotations

from collections.abc import Sequence


def hangs_within(heads: Sequence[int], index: int, ancestor: int, arcs: int = 6) -> bool:
    """Does the word at `index` hang from the word at `ancestor` (or is it that word),
    within `arcs` steps up the tree? Bounded, so a deep or broken parse costs little."""
    for _ in range(arcs):
        if index == ancestor:
            return True
        parent = heads[index]
        if parent == index:
            return False
        index = parent
    return index == ancestor
