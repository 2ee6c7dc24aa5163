# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles, round 6b, on synthetic articles written for these tests (invented unions,
grid and rail operators, exam bodies, hospital trusts, councillors and police officers):
a body's role is what its "which represents ..."/"which runs ..." clause says, even with
a thousands separator in it ("about 1,200 of its drivers") and even when the recognizer
took the body's name for a person's; a title of office ("Councillor", "Sgt") outranks a
past-tense clause that only says what the person did ("who voted against"). Beats and
styles: broadcaster industry, local energy, wire education, health, local politics,
courts and police."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# --- a body's "which represents / runs" clause -------------------------------------------

UNION = """Bus drivers vote to strike

Drivers at a Midlands bus company have voted to strike over pay.

The Transit Workers Alliance, which represents about 1,200 of the company's drivers, said talks had failed.

"Our members have had enough," the union said."""

GRID = """Homes face longer wait for power connections

Thousands of new homes in the county face delays of up to four years for electricity connections.

Northvale Power, which runs the regional distribution network, said it was spending £900m on new cables.

Builders said the delays were costing them money."""

EXAMS = """Fewer pupils pass science

Some 61% of entries in physics achieved a grade 4 or above, according to figures from the Schools Examination Board (SEB), which represents the three largest exam bodies.

Teachers blamed staff shortages. The SEB said it would publish a full breakdown next week."""

RAIL = """Rail strike hits commuters

Drivers at Coastlink Trains, which runs most services between Harlow Bay and the city, walked out on Monday in a row over overtime.

Coastlink Trains said it was disappointed and urged the union to return to talks."""

HOSPITALS = """Hospital trust cuts beds

The Riverside Hospitals Trust, which manages three hospitals in the east of the city, said it would close 40 beds.

Unions said patients would suffer."""

TENANTS = """Landlord told to fix damp flats

The Greyfield Tenants' Federation, which speaks for 14,500 households on the estate, said the landlord had ignored repeated complaints.

The landlord said repairs would start in the spring."""


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (UNION, "Transit Workers Alliance", "represents about 1,200 of the company's drivers"),
        (GRID, "Northvale Power", "runs the regional distribution network"),
        (EXAMS, "Schools Examination Board", "represents the three largest exam bodies"),
        (RAIL, "Coastlink Trains", "runs most services between Harlow Bay and the city"),
        (HOSPITALS, "Riverside Hospitals Trust", "manages three hospitals in the east of the city"),
        (TENANTS, "Greyfield Tenants' Federation", "speaks for 14,500 households on the estate"),
    ],
)
def test_a_bodys_which_clause_is_its_role(text: str, name: str, role: str) -> None:
    assert role_of(text, name) == role


# --- a title of office over what the person did ------------------------------------------

COUNCIL = """Councillors back tram plan

Councillor Mary Okafor, who voted against, said the costs were "wildly optimistic".

Councillor Dev Sharma, who chairs the transport committee, said the scheme would pay for itself."""

POLICE = """Officer praised for rescue

Sgt Owen Pritchard, who pulled the driver from the car, was given a bravery award on Friday.

"I just did what anyone would do," he said."""


def test_title_outranks_what_the_councillor_did() -> None:
    assert role_of(COUNCIL, "Mary Okafor") == "councillor"


def test_present_clause_still_describes_the_titled_councillor() -> None:
    assert role_of(COUNCIL, "Dev Sharma") == "chairs the transport committee"


def test_rank_outranks_what_the_officer_did() -> None:
    assert role_of(POLICE, "Owen Pritchard") == "sergeant"


# --- a clause on the whole sentence is no role -----------------------------------------

FACTORY = """Factory saved

The plant was bought by Garrow Industries, which means 300 jobs are safe.

Garrow Industries said it would invest £5m."""

FISHERIES = """Cod catches fall again

Some 41% of cod landings were undersized, up from 33.5% last year, according to figures from the Coastal Fisheries Board (CFB), which regulates catches in the region. Haddock held steadier.

The CFB said stocks were recovering slowly."""


def test_which_means_is_no_role() -> None:
    # (round 30: the passive's act, "bought the plant", is the body's role; the "which
    # means" clause stays none)
    role = role_of(FACTORY, "Garrow Industries")
    assert role is None or "means" not in role


def test_which_clause_after_the_bodys_letters_is_its_role() -> None:
    assert role_of(FISHERIES, "Coastal Fisheries Board") == "regulates catches in the region"


# --- what was done to a person, misread as a word on the name, is no role ------------------

JAILED = """Ex-boss jailed for fraud

A court in Bristol on Friday jailed Marcus Wendell, 61, for six years for stealing £4m from pension savers.

Wendell, a former chief executive of Harbour Mutual, took the money between 2015 and 2019, the court heard."""


def test_verb_before_the_name_is_no_role_and_a_past_post_is() -> None:
    assert role_of(JAILED, "Marcus Wendell") == "a former chief executive of Harbour Mutual"
