# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Which actors a brief lists, on synthetic articles written for these tests (invented
people, companies, ministries and unions; real states, provinces and towns only as the
places they are): a person the recognizer takes whole into a body's name, by an office
after the body's head word ("Union Shipping Minister Harsh Vardhan Kulkarni") or by an
employer after "of" ("Ritesh Agarwal of Meridian Capital Securities"), is that person;
a state or province that speaks or acts as its government ("Tamil Nadu and Kerala
said", "Alberta will sue") is an actor, each of a pair its own, and never a person; a
chamber a bill passes, with its vote tally, is no side in a result. Several beats and
outlet styles (Indian English and Canadian wire, US broadcaster, UK local)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def actors_of(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.role) for a in build_brief(text).actors}


# --- a person inside what the recognizer calls a body's name ------------------------------


@pytest.mark.parametrize(
    "text, person, role",
    [
        # Business, Indian English wire: an office of the Union government before the name,
        # and the surname alone later (which the recognizer calls a place).
        (
            'The committee cleared the proposal at its weekly meeting, Union Shipping Minister Harsh Vardhan Kulkarni told reporters. "This package is about changing that within a decade," Kulkarni said.',
            "Harsh Vardhan Kulkarni",
            "Union Shipping Minister",
        ),
        # Fisheries, broadsheet: the recognizer takes body, office and name as one body.
        (
            "The Fisheries Committee Chair Tomasz Wielgosz said the quota was unfair.",
            "Tomasz Wielgosz",
            "Fisheries Committee Chair",
        ),
    ],
)
def test_an_office_after_a_body_names_a_person(text: str, person: str, role: str) -> None:
    actors = actors_of(text)
    assert actors.get(person) == ("person", role)
    assert not any(kind != "person" and person in name for name, (kind, _) in actors.items())


def test_a_person_of_an_employer_is_the_person() -> None:
    # Markets, wire: "Name of Employer said", which the recognizer takes whole for a body.
    text = "Ritesh Agarwal of Meridian Capital Securities said the yard would need at least three years to reach full output. Analysts were cautious."
    actors = actors_of(text)
    assert actors.get("Ritesh Agarwal", ("", None))[0] == "person"
    assert "Ritesh Agarwal of Meridian Capital Securities" not in actors


# --- states and provinces acting as governments -------------------------------------------


@pytest.mark.parametrize(
    "text, states",
    [
        # Politics, Indian English wire: a pair, one of which the recognizer calls a person.
        (
            "Tamil Nadu and Kerala, however, said the states had been left out of the decision.",
            ["Tamil Nadu", "Kerala"],
        ),
        (
            "Karnataka and Maharashtra said they would challenge the order in the Supreme Court.",
            ["Karnataka", "Maharashtra"],
        ),
        # Water, Indian English wire: a verb of objecting, with a state as scenery after it.
        (
            "Punjab and Haryana have objected to the water-sharing plan, saying it favours Rajasthan.",
            ["Punjab", "Haryana"],
        ),
        # Energy, Canadian wire: provinces that refuse to sign.
        (
            "Alberta and Saskatchewan said on Tuesday they would not sign the climate accord.",
            ["Alberta", "Saskatchewan"],
        ),
        # Culture, Canadian broadcaster: one province speaks, another welcomes.
        (
            "Quebec said it would go to court over the new language rules. Ontario welcomed the decision.",
            ["Quebec", "Ontario"],
        ),
        # Tax, Indian English wire: a state refusing the Centre.
        (
            "The Centre has asked states to cut fuel taxes. Kerala refused, saying its finances were stretched.",
            ["Kerala"],
        ),
        (
            "Tamil Nadu has written to the Centre seeking more funds for flood relief.",
            ["Tamil Nadu"],
        ),
    ],
)
def test_a_state_acting_as_its_government_is_an_actor(text: str, states: list[str]) -> None:
    actors = actors_of(text)
    for state in states:
        assert actors.get(state, ("", None))[0] == "place", state


def test_a_state_name_that_is_scenery_or_part_of_a_name_is_no_actor() -> None:
    # Weather, Australian broadcaster: a state where things happen; a company that opens
    # with a state's name; a person whose given name is a state's.
    text = (
        "Flooding closed roads across Queensland on Monday. "
        "Texas Instruments said it would close its plant in the town. "
        'Victoria Hollis said the water reached her kitchen. "We lost everything," Hollis said.'
    )
    actors = actors_of(text)
    assert "Queensland" not in actors
    assert "Texas" not in actors
    assert "Victoria" not in actors
    assert actors.get("Victoria Hollis", ("", None))[0] == "person"


# --- a chamber a bill passes ----------------------------------------------------------------


def test_a_chamber_a_bill_passes_by_a_tally_is_no_side() -> None:
    # Politics, US broadcaster: a vote tally after the chamber reads like a score.
    text = (
        "Governor Annika Brevold vetoed the property tax bill on Friday. "
        "The bill passed the state Assembly 61-38 last month and the Senate 19-14, largely along party lines. "
        'Senate Minority Leader Tomasz Greeley said no Democrat would vote to override. "Not one," he said.'
    )
    actors = actors_of(text)
    assert "Assembly" not in actors
    assert "Senate" not in actors
    assert actors.get("Tomasz Greeley", ("", None))[0] == "person"


def test_a_side_beaten_by_a_score_is_still_a_club() -> None:
    # Sport, local: the result the tally rule leaves alone.
    text = "Kestrel City beat Ashdown Town 2-1 on Saturday. Manager Dean Fry said the win was deserved."
    actors = actors_of(text)
    assert "Ashdown Town" in actors


# --- a double-barrelled surname that breaks the parse ---------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        # Transport, broadcaster: the recognizer calls the name a body, the parser reads
        # "commutes" as a plural noun with the name its modifiers.
        (
            "Sophie Hargreaves-Obi commutes from Harrogate to Leeds, where she works as an intensive care nurse.",
            "Sophie Hargreaves-Obi",
        ),
        # Health, local: the sentence is left with no verb at all.
        (
            "Daniel Okafor-Smythe travels to the hospital by bus every morning.",
            "Daniel Okafor-Smythe",
        ),
        # Environment, broadsheet: particles and a double-barrelled surname.
        ("Annelise Van der Berg-Moss cycles to work.", "Annelise Van der Berg-Moss"),
    ],
)
def test_a_double_barrelled_name_before_a_verb_read_as_a_noun_is_a_person(
    text: str, person: str
) -> None:
    assert actors_of(text).get(person, ("", None))[0] == "person"


def test_a_double_barrelled_byline_is_still_no_actor() -> None:
    # Transport, broadcaster page: the reporter's byline, then the story's commuter.
    text = (
        "Rail cuts leave nurses stranded\n\n"
        "By Joanna Pellow-Hart, transport reporter\n\n"
        "Kestrel Rail will run 40 fewer trains a day from May. "
        "Daniel Okafor-Smythe travels to the hospital by train every morning. "
        '"I will have to leave at five," he said.'
    )
    actors = actors_of(text)
    assert actors.get("Daniel Okafor-Smythe", ("", None))[0] == "person"
    assert "Joanna Pellow-Hart" not in actors


# --- a long body's name the recognizer breaks at its last connector ----------------------


@pytest.mark.parametrize(
    "text, body",
    [
        # Business, Indian English wire: a ministry's name with a list in it.
        (
            "The Ministry of Ports, Shipping and Waterways approved the plan on Monday.",
            "Ministry of Ports, Shipping and Waterways",
        ),
        (
            "The Ministry of Ports, Shipping and Waterways said in a release that states would be consulted.",
            "Ministry of Ports, Shipping and Waterways",
        ),
    ],
)
def test_a_long_name_broken_at_its_last_connector_is_one_body(text: str, body: str) -> None:
    actors = actors_of(text)
    assert actors.get(body, ("", None))[0] == "organization"
    assert not any(name.endswith(" and") for name in actors)


def test_a_surname_particle_capitalized_at_a_sentence_start_is_the_same_person() -> None:
    # Courts, wire: "Pieter van Doorn", then "Van Doorn, who ..." opening a sentence.
    text = (
        "The district court found that Pieter van Doorn, 58, accepted the payments between 2017 and 2021. "
        "Van Doorn, who has denied wrongdoing throughout the trial, showed no emotion. "
        "His lawyer, Bram Kuipers, said his client would appeal."
    )
    actors = actors_of(text)
    assert actors.get("Pieter van Doorn", ("", None))[0] == "person"
    assert "Van Doorn" not in actors
