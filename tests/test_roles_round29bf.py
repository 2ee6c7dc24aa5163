# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 29b F roles: an office set off by commas before a titled name, which the parser
joins as a list's member ("the Cathaoirleach, Cllr Brendan Twomey, intervened"), is the
role over the title; a title's plural written once before two names ("Cllrs Ann Lee and
Tom Bell", "Crs", "Sens.") is each one's office, and a plural courtesy title ("Drs")
none; a rank after a post told in words ("Former army chief General Tunde Bello") is no
part of the role; a scene fronted with no comma ("Outside court Ann Lee said",
"Speaking outside court ...") is no description, where a position ("Outside centre") or
a post ("Acting chief executive") is; a body's shortened name that opens another name
joined with "and" ("the journal Heart and Vessels" beside the charity Heart Health UK)
takes no description from before it.

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across Irish, Australian, US, Indian, Kenyan, Nigerian,
Ghanaian, South African and British copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actor_of(text: str, name: str):
    found = [a for a in build_brief(H + text).actors if a.name == name]
    assert found, f"{name!r} not among the actors"
    return found[0]


def role_of(text: str, name: str) -> str | None:
    return actor_of(text, name).role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'When Cllr Cusack accused the executive of "steamrolling" the plan, the Cathaoirleach, Cllr Brendan Twomey, intervened.',
            "Brendan Twomey",
            "Cathaoirleach",
        ),
        (
            "When the minister arrived, the Cathaoirleach, Cllr Mary Hogan, called for order.",
            "Mary Hogan",
            "Cathaoirleach",
        ),
        (
            "As the row went on, the Cathaoirleach, Cllr Declan Moran, adjourned the meeting.",
            "Declan Moran",
            "Cathaoirleach",
        ),
    ],
)
def test_an_office_before_a_titled_name_read_as_a_list(text: str, name: str, role: str) -> None:
    got = role_of(text, name)
    assert got is not None and role_agrees(got, role)
    assert got.casefold() != "councillor"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("When the vote was called, the mayor, Cllr Joan Kelly, abstained.", "Joan Kelly", "mayor"),
        ("The coach, Dr Sam Ode, said the team was tired.", "Sam Ode", "coach"),
        ("Cllr Pat Doyle and Cllr Mary Hogan opposed the plan.", "Mary Hogan", "councillor"),
    ],
)
def test_offices_and_titles_already_read_stay(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Cllrs Aoife Lenihan and Martin Fennelly, who both represent the Castlebride area, proposed and seconded the scheme.",
            "Martin Fennelly",
            "councillor",
        ),
        (
            "Cllrs Aoife Lenihan and Martin Fennelly, who both represent the Castlebride area, proposed and seconded the scheme.",
            "Aoife Lenihan",
            "councillor",
        ),
        (
            "Crs Tom Pellow and Jan Whitfield voted against the rate rise.",
            "Jan Whitfield",
            "councillor",
        ),
        (
            "Crs Tom Pellow and Jan Whitfield voted against the rate rise.",
            "Tom Pellow",
            "councillor",
        ),
        (
            "Sens. Maria Cantwell and Ron Tester wrote to the agency on Friday.",
            "Ron Tester",
            "senator",
        ),
    ],
)
def test_a_titles_plural_before_two_names(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


def test_a_plural_courtesy_title_is_no_role_nor_part_of_the_name() -> None:
    assert role_of("Drs Priya Nair and Tom Walsh led the study.", "Priya Nair") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Chief Justice Martha Koome said the courts were overstretched.",
            "Martha Koome",
            "Chief Justice",
        ),
        ("Mr Justice Tom Bell said the claim failed.", "Tom Bell", "High Court judge"),
    ],
)
def test_other_judicial_titles_stay(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


def test_a_title_after_a_post_told_in_words_is_left_out() -> None:
    got = role_of(
        "Former army chief General Tunde Bello said the troops were tired.", "Tunde Bello"
    )
    assert got is not None and got.casefold() == "former army chief"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Outside court Paula Reyes said she was relieved.", "Paula Reyes"),
        ("Speaking outside court Ann Lee said she was relieved.", "Ann Lee"),
        ("Outside court Thabo Nkosi said the family would appeal.", "Thabo Nkosi"),
        ("Speaking outside court Siobhan Walsh said justice had been done.", "Siobhan Walsh"),
    ],
)
def test_a_scene_fronted_without_a_comma_is_no_role(text: str, name: str) -> None:
    assert role_of(text, name) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Outside centre Tom Bell scored twice for the visitors.", "Tom Bell", "Outside centre"),
        ("Inside centre Sione Tuipulotu was sent off.", "Sione Tuipulotu", "Inside centre"),
        (
            "Outside hitter Maria Costa led the scoring with 19 points.",
            "Maria Costa",
            "Outside hitter",
        ),
        (
            "Acting chief executive Ann Lee said the board would meet.",
            "Ann Lee",
            "Acting chief executive",
        ),
        ("Retired nurse Joan Pike said the ward was understaffed.", "Joan Pike", "Retired nurse"),
        ("Visiting professor Rahul Nair said the data was thin.", "Rahul Nair", "professor"),
    ],
)
def test_a_position_or_a_post_before_the_name_stays(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Each extra egg was linked to a 7 per cent rise in risk, the team reported in the journal Heart and Vessels. Senior cardiac nurse Ruth Adebowale, of the charity Heart Health UK, said: 'This is an interesting study.'",
            "Heart Health UK",
        ),
        (
            "The paper appeared in the journal Bone and Joint. A spokesman for Bone Health Ireland said the work was welcome.",
            "Bone Health Ireland",
        ),
    ],
)
def test_a_shortened_name_opening_another_joined_name_takes_no_description(
    text: str, name: str
) -> None:
    assert (role_of(text, name) or "").casefold() != "journal"


def test_the_charity_keeps_its_own_description() -> None:
    text = (
        "The team reported in the journal Heart and Vessels. Senior cardiac nurse Ruth "
        "Adebowale, of the charity Heart Health UK, said: 'This is an interesting study.'"
    )
    assert role_agrees(role_of(text, "Heart Health UK"), "charity")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a statement Kwame Boateng said the club would appeal.", "Kwame Boateng"),
        (
            "In a statement Harbour Lane Productions said the actress had not quit.",
            "Harbour Lane Productions",
        ),
        (
            "In a statement Nomvula Khumalo said the water would be back by Friday.",
            "Nomvula Khumalo",
        ),
    ],
)
def test_the_object_of_a_phrase_fronted_without_a_comma_is_no_description(
    text: str, name: str
) -> None:
    assert role_of(text, name) is None


def test_a_body_after_a_fronted_phrase_stays_a_body() -> None:
    text = "In a statement Harbour Lane Productions said the actress had not quit."
    assert actor_of(text, "Harbour Lane Productions").kind == "organization"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("For the hosts winger Tevita Lolo scored twice.", "Tevita Lolo", "winger"),
        (
            "Cabinet member for housing Cllr Ann Lee said the list was long.",
            "Ann Lee",
            "Cabinet member for housing",
        ),
    ],
)
def test_a_description_after_a_fronted_phrase_stays(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sales reps Ann Lee and Tom Bell said targets were too high.", "Tom Bell"),
        ("Sales Reps Ann Lee and Tom Bell said targets were too high.", "Tom Bell"),
        ("Union reps Ann Lee and Tom Bell said members would strike.", "Tom Bell"),
    ],
)
def test_a_trades_plural_is_no_title(text: str, name: str) -> None:
    assert (role_of(text, name) or "").casefold() != "representative"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "When the storm hit, the shire president, Cr Ken Doyle, declared a disaster.",
            "Ken Doyle",
            "shire president",
        ),
        (
            "As protesters gathered, the council leader, Cllr Jo Harris, left by a side door.",
            "Jo Harris",
            "council leader",
        ),
        (
            "When the flood came, the district mayor, Cr Mia Tran, opened the hall.",
            "Mia Tran",
            "district mayor",
        ),
    ],
)
def test_an_office_before_an_office_title_and_a_name(text: str, name: str, role: str) -> None:
    got = role_of(text, name)
    assert got is not None and role_agrees(got, role)
    assert got.casefold() != "councillor"
