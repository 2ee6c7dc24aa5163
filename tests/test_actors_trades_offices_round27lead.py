"""Round 27's lead sweep of actors and roles, on passages written for these tests
(synthetic: invented people and firms, in the styles of wire, broadsheet and local news).

- A function word opening the sentence before a titled name is no role ("As Mr Sunak
  criticised the plan" gave Mr Sunak the role "As"; "When", "After", "While", "Since",
  "Because" did the same).
- A firm whose name closes on its trade ("Vantor Mining", "Calder Therapeutics",
  "Northgate Utilities") is a body, not a person; a trade opening a run before an office
  ("Mining Minister Ana Cruz") and an office named by its brief ("The Minister for
  Health, Ade Bello,", "Minister of State for Mining") name the person, not a body.
- A company named with and without its legal form ("Kestrel Shipping Ltd", "Kestrel
  Shipping") is one actor."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _brief(text: str):
    return build_brief(f"Headline\n\n{text}")


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.role) for a in _brief(text).actors}


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        ("As Mr Sunak criticised the plan, the chancellor said the money was ready.", "Mr Sunak"),
        ("When Ms Okafor arrived at the court, she said nothing to reporters.", "Ms Okafor"),
        ("After Dr Patel left the hospital, staff said the ward was calm.", "Dr Patel"),
        ("Since Mr Hargreaves took over, sales have doubled, the company said.", "Mr Hargreaves"),
        ("Because Mrs Adeyemi refused to sign, the deal collapsed on Friday.", "Mrs Adeyemi"),
        (
            "Whilst Mr Doherty was in charge, the council said it would close the pool."
            " 'It is a sad day,' Mr Doherty said.",
            "Mr Doherty",
        ),
    ],
)
def test_a_function_word_opening_the_sentence_is_no_role(paragraph, person):
    actors = _actors(paragraph)
    assert person in actors, actors
    kind, role = actors[person]
    assert kind == "person"
    assert role is None, role


@pytest.mark.parametrize(
    ("paragraph", "person", "role"),
    [
        # a role written before the name stays, with or without an opener before it
        ("Former Mayor Tom Cole said the plan was wrong.", "Tom Cole", "Former Mayor"),
        (
            "As Health Secretary Wes Streeting arrived, protesters chanted outside.",
            "Wes Streeting",
            "Health Secretary",
        ),
        (
            "When Chief Constable Ann Moss took office, she promised more patrols.",
            "Ann Moss",
            "Chief Constable",
        ),
    ],
)
def test_a_role_after_the_opening_word_is_kept(paragraph, person, role):
    actors = _actors(paragraph)
    assert actors.get(person) == ("person", role), actors


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Shares in Vantor Mining fell 12% after the company cut its forecast.", "Vantor Mining"),
        ("Vantor Mining said output at the mine would fall this year.", "Vantor Mining"),
        ("Calder Therapeutics said the trial had met its main goal.", "Calder Therapeutics"),
        ("Northgate Utilities was fined £3m for missing leakage targets.", "Northgate Utilities"),
        ("Pellow Renewables said the turbines would be running by May.", "Pellow Renewables"),
        (
            "Brayford Engineering said it would cut 140 jobs at its Leeds plant.",
            "Brayford Engineering",
        ),
    ],
)
def test_a_firm_closing_on_its_trade_is_a_body(paragraph, body):
    actors = _actors(paragraph)
    assert actors.get(body, ("missing",))[0] == "organization", actors
    assert not [name for name, (kind, _) in actors.items() if kind == "person"], actors


@pytest.mark.parametrize(
    ("paragraph", "person", "role"),
    [
        ("Mining Minister Ana Cruz said the contract would stand.", "Ana Cruz", "Mining Minister"),
        (
            "The Minister for Health, Ade Bello, said costs were rising.",
            "Ade Bello",
            "The Minister for Health",
        ),
        (
            "The Minister of State for Mining, Jo Bell, said the permits were valid.",
            "Jo Bell",
            "The Minister of State for Mining",
        ),
        (
            "Minister for Mining and Petroleum Ann Lee said the permits were valid.",
            "Ann Lee",
            "Minister for Mining and Petroleum",
        ),
    ],
)
def test_an_office_named_by_its_trade_is_the_person_not_a_body(paragraph, person, role):
    actors = _actors(paragraph)
    assert actors.get(person) == ("person", role), actors
    assert not [name for name, (kind, _) in actors.items() if kind == "organization"], actors


@pytest.mark.parametrize(
    ("paragraph", "company", "short"),
    [
        (
            "The yard is run by Kestrel Shipping Ltd, officials said. The managing director"
            " of Kestrel Shipping, Ann Lee, welcomed the deal.",
            "Kestrel Shipping Ltd",
            "Kestrel Shipping",
        ),
        (
            "The contract went to Ardmore Haulage Limited in March. Ardmore Haulage said"
            " it would hire 40 drivers.",
            "Ardmore Haulage Limited",
            "Ardmore Haulage",
        ),
    ],
)
def test_a_company_with_and_without_its_legal_form_is_one_actor(paragraph, company, short):
    bodies = [
        a
        for a in _brief(paragraph).actors
        if a.kind == "organization" and {a.name, *a.aliases} & {company, short}
    ]
    assert len(bodies) == 1, bodies
