"""Round 42 (#21): figures the rules dropped or could not say the measure of.

- A rand, naira or peso letter glued to digits ("R450", "N850", "P1,200") is money after
  the words a price follows ("paying", "cost", "for", "worth", "up to", "a grant of"); a
  road ("the R445") and a mask ("N95") are not.
- A bare count with no noun as its clause's subject ("Nearly 9,000 had signed", "Some 720
  are on the waiting list") counts the noun a number counted just before, or else those
  who did what the clause says; a time or a rate ("7.03") is no count.
- An age no person reaches ("300 million years old", "800 years old") is a thing's age,
  kept with what it is the age of; a person's age told so stays out.

Synthetic passages across beats and outlets (invented people, places and bodies)."""

from __future__ import annotations

import pytest
from briefsmith.core.numbers import find_numbers

from tests.surface_runs import extractive_brief

# (case, text, expected money values)
PRICES = [
    ("fuel, Nigerian outlet", "Motorists are now paying N850 for a litre of petrol.", [850]),
    ("insulin, South African outlet", "Patients pay up to R450 for a month's supply.", [450]),
    ("grant, broadcaster", "Some 3.9 million people receive the relief grant of R350.", [350]),
    ("auction, Philippine outlet", "The painting was sold for P1,200 at the fair.", [1200]),
    ("rent, wire", "Tenants in the block were charged R2400 a month.", [2400]),
]


@pytest.mark.parametrize(("case", "text", "values"), PRICES, ids=[c[0] for c in PRICES])
def test_a_guarded_currency_letter_is_money_after_a_price_word(
    case: str, text: str, values: list[float]
) -> None:
    money = [m.value for m in find_numbers(text) if m.currency]
    assert money == values, [(m.text, m.value, m.currency) for m in find_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on the R445 was diverted after the crash.",
        "Staff were told to wear N95 masks on the ward.",
        "Queues formed at the P450 checkpoint for the vote.",
    ],
)
def test_a_road_a_mask_or_a_code_is_no_money(text: str) -> None:
    assert not [m for m in find_numbers(text) if m.currency], find_numbers(text)


BARE_COUNTS = [
    # (case, passage, value, words the measure holds)
    (
        "petition, local",
        "Campaigners handed in their petition at the town hall.\n\nNearly 9,000 had "
        "signed, organisers said.",
        9000,
        "signed",
    ),
    (
        "waiting list, health",
        "Some 720 are on the waiting list for a kidney transplant, and 158 transplants "
        "were carried out last year.",
        720,
        "waiting list",
    ),
    (
        "casualties, broadcaster",
        "A coach overturned on the A9 near Dunmore.\n\nAbout 40 were taken to hospital "
        "after the crash.",
        40,
        "hospital",
    ),
    (
        "complaints told before, council",
        "The council received 400 complaints last year. 300 were about noise.",
        300,
        "complaints",
    ),
]


@pytest.mark.parametrize(
    ("case", "passage", "value", "words"), BARE_COUNTS, ids=[c[0] for c in BARE_COUNTS]
)
def test_a_bare_count_as_subject_is_kept_with_what_it_counts(
    case: str, passage: str, value: float, words: str
) -> None:
    measures = {f.value: f.measures for f in extractive_brief(passage).figures}
    assert value in measures, measures
    assert words in measures[value], measures


def test_a_number_with_a_singular_verb_is_no_bare_count() -> None:
    # a unit named by its number: "42 holds the line" is one brigade, not 42 people
    passage = (
        "Soldiers of the 42nd Brigade are dug in east of the town.\n\n"
        '"The shelling goes on day and night, but 42 holds the line," the commander said.'
    )
    figures = extractive_brief(passage).figures
    assert 42 not in [f.value for f in figures], figures


def test_a_count_a_linking_verb_names_is_no_count_of_the_noun_before() -> None:
    # "1,200 are volunteers": the noun after "are" says who they are (as "600 are agency
    # staff" in tests/test_measures_round12c.py), not 1,200 more stewards
    passage = "The festival relies on 3,000 stewards, while 1,200 are volunteers."
    figures = extractive_brief(passage).figures
    assert not any(f.value == 1200 and "stewards" in f.measures for f in figures), figures


def test_a_time_is_no_bare_count() -> None:
    passage = (
        "Okafor clocked 7.03 seconds in the final.\n\n"
        '"I said this morning that 7.03 was in my legs," Okafor said.'
    )
    figures = extractive_brief(passage).figures
    assert not any(f.value == 7.03 and "those" in f.measures for f in figures), figures


AGES_OF_THINGS = [
    (
        "fossil, science",
        "Quarry workers have unearthed a fossilised fish thought to be 300 million years old.",
        300_000_000,
        "fish",
    ),
    ("tree, local", "The oak, which is 800 years old, will be felled next week.", 800, "oak"),
    (
        "remains, broadcaster",
        "The skeleton is about 4,000 years old, archaeologists said.",
        4000,
        "skeleton",
    ),
]


@pytest.mark.parametrize(
    ("case", "passage", "value", "thing"), AGES_OF_THINGS, ids=[c[0] for c in AGES_OF_THINGS]
)
def test_the_age_of_a_thing_is_kept(case: str, passage: str, value: float, thing: str) -> None:
    measures = {f.value: f.measures for f in extractive_brief(passage).figures}
    assert value in measures, measures
    assert measures[value].startswith("age in years of") and thing in measures[value], measures


def test_a_person_s_age_told_in_years_stays_out() -> None:
    figures = extractive_brief("Ann Lee, who is 52 years old, was jailed for fraud.").figures
    assert 52 not in [f.value for f in figures], figures
