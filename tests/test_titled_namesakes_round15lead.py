# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Titled namesakes, round 15 (the lead), on synthetic passages written for these tests
(invented people and places). The title written with a name tells a person from a
namesake:

- "Mrs" and "Miss" sharing a surname are two women (a mother and her daughter), named
  in full or not ("Mrs Grace Obi ... Miss Obi"; "Mrs Adebayo and Miss Adebayo"); "Ms"
  tells neither apart;
- a title of courtesy or an office written with a surname ("Dr Singh", "Prof Marsh",
  "Cllr Boateng") names the one the article wrote in full with that title ("Dr Ravi
  Singh", "Professor Helen Marsh", "Councillor Ama Boateng") beside a namesake known by
  another title ("Mrs Singh", "Mr Marsh") or by none ("Kwame Boateng"); when the title
  was written with two of them ("Councillor Mark Oduya and Cllr Grace Oduya"), the words
  are nobody's;
- "the Earl said", "the Duchess said" after "The Earl of X, 58," is the peer ("Earl" is
  also a given name, and the bare title with "the" was read as a people's word);
- "Mr Daniel Pryce and Mrs Pryce own the farm ... she said": each person of a
  coordinated subject is a subject a pronoun may go back to.

Beats: local business, health, science, courts, local politics, farming, sport, society."""

from __future__ import annotations

import pytest
from briefsmith.core.names import same_person
from briefsmith.engines.extractive import build_brief


def speaker(text: str, fragment: str) -> str:
    quotes = [q for q in build_brief(text).quotes if fragment in q.text]
    assert quotes, f"no quote holds {fragment!r}"
    return quotes[0].speaker


def holder(text: str, name: str) -> str:
    """The actor that holds a name, by its name or an alias."""
    actors = [a for a in build_brief(text).actors if name == a.name or name in a.aliases]
    assert actors, f"{name!r} held by no actor"
    return actors[0].name


def test_mrs_and_miss_sharing_a_surname_are_two_women() -> None:
    text = "Mrs Grace Obi, 71, runs the shop with her daughter. 'We have been here forty years,' Mrs Obi said. Her daughter, Miss Obi, 34, said: 'The rent has doubled since the spring.'"
    assert speaker(text, "forty years") == "Grace Obi"
    assert speaker(text, "rent has doubled") == "Miss Obi"
    assert holder(text, "Miss Obi") != holder(text, "Grace Obi")


def test_mrs_and_miss_known_only_by_title_keep_their_own_words() -> None:
    text = "Mrs Adeyinka and her daughter Miss Adeyinka both spoke at the tribunal. 'It is a disgrace,' Mrs Adeyinka said. 'Nobody asked us,' Miss Adeyinka added."
    assert speaker(text, "disgrace") == "Mrs Adeyinka"
    assert speaker(text, "Nobody asked") == "Miss Adeyinka"


def test_a_daughter_named_in_full_with_miss_is_not_her_mother() -> None:
    text = "Miss Ellie Carter, 19, won the county title on Saturday. Her mother, Mrs Carter, said: 'We are so proud of her.' 'I cannot believe it,' Miss Carter said."
    assert speaker(text, "so proud") == "Mrs Carter"
    assert speaker(text, "cannot believe") == "Ellie Carter"


def test_ms_tells_no_marital_state() -> None:
    assert same_person("Ms Obi", "Mrs Obi", "person")
    assert same_person("Ms Obi", "Miss Obi", "person")
    assert not same_person("Mrs Obi", "Miss Obi", "person")
    assert not same_person("Miss Ellie Carter", "Mrs Carter", "person")
    text = "Ms Harriet Vance, 45, and her mother, Mrs Vance, were rescued from the flooded car. 'We thought we would drown,' Ms Vance said."
    assert speaker(text, "would drown") == "Harriet Vance"


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (  # health: a GP and his wife
            "Dr Ravi Singh, a GP in the town, said the surgery was full. His wife, Mrs Singh, runs the pharmacy next door. 'We cannot take any more patients,' Dr Singh said. 'The queue starts at seven,' Mrs Singh said.",
            "any more patients",
            "Ravi Singh",
        ),
        (  # science: a professor and her husband
            "Professor Helen Marsh led the study. Her husband, Mr Marsh, is a retired engineer. 'The results surprised us,' Prof Marsh said. 'She works every weekend,' Mr Marsh said.",
            "results surprised",
            "Helen Marsh",
        ),
        (  # local politics: a councillor and her brother, named in full without a title
            "Councillor Ama Boateng said the plans were flawed. 'The consultation was a sham,' Cllr Boateng said. Her brother, Kwame Boateng, said: 'She is right.'",
            "sham",
            "Ama Boateng",
        ),
    ],
)
def test_a_titled_surname_names_the_one_written_in_full_with_that_title(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker(text, fragment) == expected


def test_a_title_written_with_two_namesakes_credits_neither() -> None:
    text = "Councillor Mark Oduya and Cllr Grace Oduya, his wife, both sit on the planning committee. 'We declared our interest,' Cllr Oduya said."
    assert speaker(text, "declared our interest") == "unattributed"


@pytest.mark.parametrize(
    ("text", "fragment", "peer"),
    [
        (
            "The Earl of Wexcombe, 58, has opened the estate to walkers. 'The land should be enjoyed by everyone,' the Earl said.",
            "enjoyed by everyone",
            "Earl of Wexcombe",
        ),
        (
            "The Duchess of Ormsby, 70, opened the new children's ward on Friday. 'It is a wonderful place,' the Duchess said.",
            "wonderful place",
            "Duchess of Ormsby",
        ),
    ],
)
def test_the_bare_title_of_a_peer_named_before_speaks_for_the_peer(
    text: str, fragment: str, peer: str
) -> None:
    assert speaker(text, fragment) == peer


def test_a_given_name_that_is_also_a_title_still_names_its_person() -> None:
    text = "Earl Jackson, 31, scored twice for the visitors. 'I was lucky,' Jackson said."
    assert speaker(text, "was lucky") == "Earl Jackson"


def test_a_pronoun_goes_back_to_a_coordinated_subject_of_its_gender() -> None:
    text = "Mr Daniel Pryce and Mrs Pryce own the hill farm. 'The flood took everything,' Mr Pryce said. 'We will rebuild,' she said."
    assert speaker(text, "flood took") == "Daniel Pryce"
    assert speaker(text, "will rebuild") == "Mrs Pryce"


def test_two_coordinated_women_leave_a_she_unattributed() -> None:
    text = "Ann Lee and Jo Bell run the bakery together. 'We open at six every morning,' she said."
    assert speaker(text, "open at six") == "unattributed"
