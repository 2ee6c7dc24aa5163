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


def object_renamed_before(
    heads: Sequence[int],
    deps: Sequence[str],
    pos: Sequence[str],
    texts: Sequence[str],
    subject: int,
    name: int,
) -> int | None:
    """ "Jo Reid, a friend of the victim, Alan Price,", "Priya Nair, acting for the
    driver, Tom Hale,", "Ann Cole, who represents the farmer, Bob Dale,": the parser
    hangs the second name on the first as an apposition, but it renames the noun written
    right before it, the object inside the first name's own description (an apposed
    noun, a participle or a "who" clause). That noun, or None. The description's own noun
    renamed ("Sam Hill, the manager, Joe Bloggs") is no such object, nor a phrase on the
    subject itself ("Alan Reeve, on bonuses, Ms Pitt"). `name` is the name's last token.
    The name may follow its noun with no comma ("Ali Khan, founder of the start-up
    Tidewise, said": the start-up's name, round 36)."""
    first = name
    while first - 1 > subject and heads[first - 1] == name and deps[first - 1] == "compound":
        first -= 1
    # set off by a comma ("the driver, Tom Hale"), or run on from the noun it names
    # ("founder of the start-up Tidewise", "chair of the charity Hearthside")
    noun = first - 1 if pos[first - 1] == "NOUN" else first - 2
    if noun <= subject or (noun == first - 2 and texts[first - 1] != ",") or pos[noun] != "NOUN":
        return None
    if deps[noun] not in ("pobj", "dobj"):
        return None
    node = noun
    for _ in range(6):  # a description is a few links deep at most
        head = heads[node]
        if head == subject:
            described = deps[node] in ("acl", "relcl") or (
                deps[node] == "appos" and pos[node] == "NOUN"
            )
            return noun if described else None
        if head == node or head < subject:
            return None
        node = head
    return None
