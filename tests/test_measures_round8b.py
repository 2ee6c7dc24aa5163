"""Round 8b, what is counted when the counted noun is far from the number: a share "of
them" of a count told just before ("2.59 million households ... two-fifths of them": a
share of the households, and a figure, not a fraction of an amount told before), a
measure noun set off as a remark beside the subject ("The number of lorries ..., a figure
watched by hauliers, rose to 2,350": the lorries, not the figure), earlier levels listed
after "up from" ("up from 39,800 in 2024 and 35,100 in 2020": each the same count then),
what a sum is for ("set aside £80m for adapting homes"), what a share says of its group
("one in 10 drivers admitted using a phone", "one in five people is now 65 or older"),
and an age that bounds a group ("65 or older") is no figure of its own.
Every sentence here is synthetic, written for these tests (invented names, bodies and
places), across wire, trade, local, broadsheet and broadcaster styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    words = (w.strip(",.:()").casefold() for w in phrase.split())
    return {w.removesuffix("'s").removesuffix("’s").strip("'’") for w in words}


# synthetic: (text, figure text, words its measures must hold, words it must not hold)
CASES = [
    # statistics, broadcaster: a share of the count in the sentence before
    (
        "The survey counted 1.8 million households in Calderlea. Almost two-fifths of them "
        "rent their home.",
        "Almost two-fifths",
        {"share", "households"},
        {"them"},
    ),
    # health, wire: in the same sentence
    (
        "The Fenwick trust employs 8,200 nurses, and 14% of them are on temporary contracts.",
        "14%",
        {"nurses", "temporary", "contracts"},
        {"them"},
    ),
    # transport, trade: a remark set beside the subject
    (
        "The number of lorries crossing the border at Dunmore each day, a figure closely "
        "watched by hauliers, rose to 2,350 last month.",
        "2,350",
        {"lorries", "crossing", "border"},
        {"figure", "hauliers"},
    ),
    # housing, local
    (
        "The number of families in temporary housing in Brackley, a total the council "
        "publishes every quarter, has risen to 640.",
        "640",
        {"families", "temporary", "housing"},
        {"total", "council"},
    ),
    # charities, broadsheet: earlier levels listed after "up from"
    (
        "Membership of the Oakridge Ramblers stood at 41,200, up from 39,800 in 2024 and "
        "35,100 in 2020.",
        "35,100",
        {"membership", "2020"},
        {"2024"},
    ),
    (
        "Membership of the Oakridge Ramblers stood at 41,200, up from 39,800 in 2024 and "
        "35,100 in 2020.",
        "39,800",
        {"membership", "2024"},
        {"35"},
    ),
    # motoring, tabloid: what a share of a group said it did
    (
        "One in 10 drivers admitted using a phone at the wheel, the Roadsafe survey found.",
        "One in 10",
        {"drivers", "admitted", "using", "phone"},
        set(),
    ),
    # statistics, broadcaster: what a copula says the share is
    (
        "Roughly one in five residents of Penmorfa is now 65 or older.",
        "Roughly one in five",
        {"residents", "65", "older"},
        set(),
    ),
    # local government, broadcaster: what a sum is set aside for
    (
        "Harwell council has set aside £80m for adapting existing homes for older residents.",
        "£80m",
        {"adapting", "homes"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "figure", "must", "must_not"), CASES)
def test_what_is_counted_far_from_the_number(
    text: str, figure: str, must: set[str], must_not: set[str]
) -> None:
    figures = _figures(text)
    assert figure in figures, sorted(figures)
    words = _words(figures[figure].measures)
    assert must <= words, figures[figure].measures
    assert not (must_not & words), figures[figure].measures


def test_a_fraction_of_an_amount_told_before_is_still_no_figure() -> None:
    """ "A third of it has been returned": a part of the £40,000, no figure of its own."""
    figures = _figures("Police recovered £40,000 in cash. A third of it has been returned.")
    assert "£40,000" in figures, sorted(figures)
    assert "A third" not in figures, sorted(figures)


@pytest.mark.parametrize(
    "text",
    [
        "Roughly one in five residents of Penmorfa is now 65 or older.",
        "About 30% of the club's members are 70 or over.",
        "Nearly a quarter of the pupils at Brenhill are 11 or younger.",
    ],
)
def test_an_age_that_bounds_a_group_is_no_figure(text: str) -> None:
    figures = _figures(text)
    assert figures, "the share itself is a figure"
    assert not any(f.value in (65, 70, 11) for f in figures.values()), sorted(figures)
