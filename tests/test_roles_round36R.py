# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 36 (helper R) roles, from classes that wrong probes of both round-35 writers
share: a person named with no role, whose description comes in the next sentence.

- A bare age opening the next sentence ("The 24-year-old, who runs a dog-grooming
  salon", "The 38-year-old is chief engineer at the site") refers back to the person
  just named: what its present-tense relative clause, or its linking verb, says is the
  role. A past clause ("who was driving the van") is an event, no role; an age that
  differs from the one the name was given ("Hemi Walker, 52, ... The 23-year-old")
  is someone else's.
- "Is no stranger to controversy", "is no ordinary teacher": a complement with "no"
  says what the person is not, no role.
- A post at a body the article names for the first time, opening the next sentence
  ("said Ingrid Solberg. The manager of the Nordlys Trust said ...") describes the person
  just named, when that person's own sentence only said or "was" something; not when
  the body was named before, nor after one who was acted on ("was sacked"), nor after
  one whose own sentence says what he does (round 13's "has worked at the plant").
- A title or noun before the name and a former calling set beside it ("Colonel Maria
  Okonjo, a former army doctor,") are one role, as a pastime or a family is not ("Capt
  Ann Lee, a mother of two,"); a capitalized apposition with "a" ("a former First Sea
  Lord") describes, since a proper name takes no article.

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Irish, Welsh, Polish, Austrian, Norwegian,
Ghanaian, South African, Chinese, New Zealand, Nigerian and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _brief(text: str):
    return build_brief("Headline\n\n" + text)


def _role(text: str, person: str) -> str | None:
    return next(a.role for a in _brief(text).actors if a.name == person)


# --- A bare age opening the next sentence -------------------------------------------
# Each of these fails on the code before round 36 (no role, or "scorer").


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Polish local paper, culture (after a quote)
        (
            '"It was worth every early morning," said Marta Kowalczyk. The 24-year-old, who runs a dog-grooming salon in Gdansk, won the regional title on Sunday.',
            "Marta Kowalczyk",
            "runs a dog-grooming salon in Gdansk",
        ),
        # Welsh broadcaster, football
        (
            "Owen Pryce scored twice as Bala Town beat Caernarfon. The 31-year-old, who works as a firefighter in Wrexham, now has 12 goals this season.",
            "Owen Pryce",
            "works as a firefighter in Wrexham",
        ),
        # South African broadsheet, education (a past clause, then the linking verb)
        (
            "Nomvula Dlamini has been named Teacher of the Year by the provincial education department. The 45-year-old, who joined the school in 2004, is head of science at Umlazi High.",
            "Nomvula Dlamini",
            "head of science at Umlazi High",
        ),
        # Chinese wire, science (no commas after the age)
        (
            "Chen Jiayi said the launch had gone to plan. The 38-year-old is chief engineer at the Wenchang site.",
            "Chen Jiayi",
            "chief engineer at the Wenchang site",
        ),
        # Austrian sport, a "whose" clause before the linking verb
        (
            '"I didn\'t expect to win," said Lukas Brenner. The 19-year-old, whose father coached him as a boy, is now a physiotherapy student in Graz.',
            "Lukas Brenner",
            "now a physiotherapy student in Graz",
        ),
    ],
)
def test_a_bare_age_next_says_what_the_person_just_named_is(
    text: str, person: str, role: str
) -> None:
    assert _role(text, person) == role


def test_a_past_clause_on_the_age_is_no_role() -> None:
    # Guard (passes before and after): "who was driving the van" is an event.
    text = "Detectives arrested Ryan Colley on Tuesday. The 27-year-old, who was driving the van, is due before magistrates in Dudley on Friday."
    assert _role(text, "Ryan Colley") is None


def test_an_age_that_differs_is_someone_elses() -> None:
    # Guard of the new reading: "Hemi Walker, 52," is not "the 23-year-old".
    text = "Hemi Walker, 52, died at the scene in Hamilton. The 23-year-old, who is a student at Waikato University, was treated in hospital."
    assert "student" not in (_role(text, "Hemi Walker") or "")


# --- "Is no ..." says what one is not ------------------------------------------------


def test_no_ordinary_teacher_is_no_role() -> None:
    # Fails before round 36 (role "no ordinary teacher").
    text = "Megan Price is no ordinary teacher. She keeps bees on the roof of the school in Rhyl."
    assert "ordinary teacher" not in (_role(text, "Megan Price") or "")


def test_a_linking_verb_without_no_still_gives_the_role() -> None:
    # Guard (passes before and after).
    text = "Megan Price is the headteacher of Ysgol Glan Clwyd. She keeps bees on the roof of the school."
    assert _role(text, "Megan Price") == "the headteacher of Ysgol Glan Clwyd"


# --- A post at a body named for the first time, opening the next sentence -------------
# Each of these fails on the code before round 36 (no role, or "no stranger to ...").


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Ghanaian broadsheet, business
        (
            "Kwame Asante is no stranger to the courts. The veteran chair of the Ashanti Traders' Union has been arrested four times since 2015.",
            "Kwame Asante",
            "veteran chair of the Ashanti Traders' Union",
        ),
        # Norwegian wire, health (after a quote)
        (
            '"We cannot go on like this," said Ingrid Solberg. The manager of the Nordlys Trust said staff were leaving every week.',
            "Ingrid Solberg",
            "manager of the Nordlys Trust",
        ),
        # US local paper, education
        (
            '"Our teachers are exhausted," said Dana Whitfield. The president of the Tri-County Teachers Association said a strike vote would be held next week.',
            "Dana Whitfield",
            "president of the Tri-County Teachers Association",
        ),
    ],
)
def test_a_post_at_a_newly_named_body_describes_the_person_just_named(
    text: str, person: str, role: str
) -> None:
    assert _role(text, person) == role


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Guard: one something was done to brings in others (passes before and after).
        (
            "Ann Lee was sacked in March. The chief executive of Harlow Foods said she had broken company rules.",
            "Ann Lee",
        ),
        # Guard: the body was named before; its chief may be someone new.
        (
            "Harlow Foods will close its Leeds plant next year, with the loss of 300 jobs. Ann Lee said she was devastated. The chief executive of Harlow Foods said the decision had been difficult.",
            "Ann Lee",
        ),
        # Guard: his own sentence says what he does (round 13's passage, Nigerian copy).
        (
            "Chinedu Okeke has worked at the Aba mill since 1998. The managing director of Eastline Textiles said the mill would close in June.",
            "Chinedu Okeke",
        ),
    ],
)
def test_no_post_from_the_next_sentence_otherwise(text: str, person: str) -> None:
    assert "director" not in (_role(text, person) or "")
    assert "chief executive" not in (_role(text, person) or "")


# --- A title before the name and a former calling after it -------------------------
# Each of these fails on the code before round 36 (the title alone).


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Nigerian broadcaster, military
        (
            "Colonel Maria Okonjo, a former army doctor, said the base would close.",
            "Maria Okonjo",
            "Colonel, a former army doctor",
        ),
        # UK broadsheet, politics (a noun of people before the name)
        (
            "Panellist Derek Amos, a former Labour MP, said the scheme was doomed.",
            "Derek Amos",
            "Panellist, a former Labour MP",
        ),
        # US wire, courts
        (
            "Judge Helen Ma, a former public defender, sentenced him to six years.",
            "Helen Ma",
            "Judge, a former public defender",
        ),
        # UK obituary, a capitalized office with "a"
        (
            "Vice-Admiral Sir Hugh Gillespie, a former First Sea Lord, died on Saturday aged 88.",
            "Hugh Gillespie",
            "Vice-Admiral, a former First Sea Lord",
        ),
    ],
)
def test_a_title_and_a_former_calling_are_one_role(text: str, person: str, role: str) -> None:
    assert _role(text, person) == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Guards (pass before and after): a family or a pastime is no part of the rank.
        ("Capt Ann Lee, a mother of two, led the rescue off Whitby.", "Ann Lee", "captain"),
        (
            "Sgt Paul Rowe, an avid reader, has opened a library at the station.",
            "Paul Rowe",
            "sergeant",
        ),
        # Guard: an apposition alone stays as written.
        (
            "Hugh Gillespie, a former Lord Mayor of Cardiff, died on Saturday aged 88.",
            "Hugh Gillespie",
            "a former Lord Mayor of Cardiff",
        ),
    ],
)
def test_a_family_or_a_pastime_stays_apart(text: str, person: str, role: str) -> None:
    assert _role(text, person) == role
