"""Round 38: a title written with its stop ("Dr.", "Prof.", "Sen.", "Mrs.", "Insp.", as US
copy and many other outlets write it) is the same title as without it. Before the round
a description given to nobody yet ("the 41-year-old said") went to the person the next
paragraph names only when the title had no stop; and a description set off after a name
ran on past a colon into the question it introduced, up to the next "Mr." Every passage
is synthetic (invented people and bodies)."""

from __future__ import annotations

import pytest
from briefsmith.core.lexicon import title_word
from briefsmith.engines.extractive import build_brief

# (passage with {title}, title, the person the next paragraph names)
NAMED_NEXT = [
    # health (an inquest)
    (
        "An inquest heard that a man who fell from a ladder was not given a scan.\n\n"
        '"With hindsight, a scan should have been requested," the 41-year-old said.\n\n'
        "{title} Aisha Rahman told the court that junior doctors had new guidance.",
        "Dr.",
        "Aisha Rahman",
    ),
    # science
    (
        "A study of 4,000 night-shift workers found a higher risk of heart disease.\n\n"
        '"The effect is larger than we expected," the 52-year-old said.\n\n'
        "{title} Lena Fischer led the research at the University of Tarrow.",
        "Prof.",
        "Lena Fischer",
    ),
    # US politics
    (
        "A bill to cap insulin prices passed the state senate on Tuesday.\n\n"
        '"Nobody should ration their medicine," the 63-year-old said.\n\n'
        "{title} Ruth Calloway sponsored the bill.",
        "Sen.",
        "Ruth Calloway",
    ),
    # a tabloid's crime story
    (
        "A pensioner fought off a burglar at her home on Sunday.\n\n"
        '"I was more angry than scared," the 81-year-old said.\n\n'
        "{title} Edna Voss lives alone in Rushden.",
        "Mrs.",
        "Edna Voss",
    ),
    # courts
    (
        "A lorry driver was jailed on Friday.\n\n"
        '"He showed no remorse," the 38-year-old said outside court.\n\n'
        "{title} Tom Reddy, who led the inquiry, said the family were relieved.",
        "Insp.",
        "Tom Reddy",
    ),
]


@pytest.mark.parametrize(("passage", "title", "person"), NAMED_NEXT)
def test_a_description_goes_to_the_person_named_next_with_a_stopped_title(
    passage: str, title: str, person: str
) -> None:
    # Each went unattributed before round 38 with the stop; the title without it is the
    # guard that held.
    for written in (title, title.rstrip(".")):
        brief = build_brief(passage.format(title=written))
        assert [q.speaker for q in brief.quotes] == [person], written


@pytest.mark.parametrize("title", ["Mr", "Mr.", "Dr.", "Sgt."])
def test_a_description_after_a_name_stops_at_its_colon(title: str) -> None:
    # (with "Mr." the description ran on into the question, up to the stop; before the
    # round "Mr" gave only "the barrister")
    passage = (
        "An inquest into the death of a care home resident heard evidence on Monday.\n\n"
        "Asked by Fiona Darby, the barrister representing the family: 'Did anyone look "
        f"into {title} Bellamy's room between midnight and 5.50am?', the care worker "
        "replied: 'I can't say that anyone did.'"
    )
    roles = {a.name: a.role for a in build_brief(passage).actors}
    assert roles.get("Fiona Darby") == "the barrister representing the family"


@pytest.mark.parametrize(
    ("written", "keyed"),
    [
        ("Dr.", "dr"),
        ("Sgt.", "sgt"),
        ("dr", "dr"),
        ("Prof.", "prof"),
        ("No.", "no."),
        ("Co.", "co."),
    ],
)
def test_a_title_is_keyed_without_its_stop(written: str, keyed: str) -> None:
    assert title_word(written) == keyed
