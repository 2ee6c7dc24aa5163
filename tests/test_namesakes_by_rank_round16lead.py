# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Namesakes told apart by rank, round 16 (the lead), on synthetic passages written for
these tests (invented officers, soldiers and places). A police or armed-forces rank
written with a surname tells a person from a namesake of another grade:

- "Inspector Carla Reyes ... her brother, Sergeant Reyes" are two people, and the words
  "Sergeant Reyes said" are his; the grade is the last rank word, so "Detective Chief
  Inspector Ray Moss" is "DCI Moss", "Lieutenant Colonel Sarah Ng" is "Colonel Ng" and
  "Sergeant Major Kofi Asante" is "Sergeant Asante";
- the rank may be a title kept with the name or a role read from it ("Private Dean
  Cole"), and the recognizer's name may leave the title out ("Major" of "Major Mwangi");
- a role that merely contains a rank word ("general manager") tells nothing.

Beats: police, courts, armed forces, local news."""

from __future__ import annotations

import pytest
from briefsmith.core.names import person_grades, rank_grade, same_person
from briefsmith.engines.extractive import build_brief


def speaker(text: str, fragment: str) -> str:
    quotes = [q for q in build_brief(text).quotes if fragment in q.text]
    assert quotes, f"no quote holds {fragment!r}"
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Inspector Carla Reyes led the raid on the warehouse. Her brother, Sergeant Reyes, drove the van. 'We found nothing,' Sergeant Reyes said. 'The search goes on,' Inspector Reyes said.",
            "found nothing",
            "Sergeant Reyes",
        ),
        (
            "Inspector Carla Reyes led the raid on the warehouse. Her brother, Sergeant Reyes, drove the van. 'We found nothing,' Sergeant Reyes said. 'The search goes on,' Inspector Reyes said.",
            "search goes on",
            "Carla Reyes",
        ),
        (
            "Detective Inspector Mark Hale said the men were arrested at dawn. 'They offered no resistance,' he said. His cousin, Constable Hale, was first through the door. 'It was quick,' Constable Hale said.",
            "was quick",
            "Constable Hale",
        ),
        (
            "Captain Ruth Osei commands the frigate. 'We sail at dawn,' Captain Osei said. Her son, Lieutenant Osei, serves on the bridge. 'I am proud of her,' Lieutenant Osei said.",
            "proud of her",
            "Lieutenant Osei",
        ),
        (
            "Colonel James Mwangi retired last year. 'The army gave me everything,' Colonel Mwangi said. His nephew, Major Mwangi, said: 'He was strict but fair.'",
            "strict but fair",
            "Major Mwangi",
        ),
        (
            "Private Dean Cole, 19, died in the blast. His brother, Corporal Cole, serves in the same regiment. 'He was my best friend,' Corporal Cole said.",
            "best friend",
            "Corporal Cole",
        ),
    ],
)
def test_a_namesake_of_another_rank_keeps_his_own_words(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker(text, fragment) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Lieutenant Colonel Sarah Ng commands the battalion. 'We are ready,' Colonel Ng said.",
            "are ready",
            "Sarah Ng",
        ),
        (
            "Detective Chief Inspector Ray Moss leads the inquiry. 'We need witnesses,' DCI Moss said.",
            "need witnesses",
            "Ray Moss",
        ),
        (
            "Chief Superintendent Ann Lyle said extra patrols would run. 'This is about reassurance,' Ch Supt Lyle said.",
            "about reassurance",
            "Ann Lyle",
        ),
        (
            "Sergeant Major Kofi Asante trained the recruits. 'They are the best I have seen,' Sergeant Asante said.",
            "best I have seen",
            "Kofi Asante",
        ),
        (
            "Rear Admiral Helen Gray said the fleet was stretched. 'We need more ships,' Admiral Gray said.",
            "more ships",
            "Helen Gray",
        ),
        (
            "Police Constable Jo Bell found the child. 'She was cold but safe,' PC Bell said.",
            "cold but safe",
            "Jo Bell",
        ),
    ],
)
def test_one_grade_written_two_ways_is_one_person(text: str, fragment: str, expected: str) -> None:
    assert speaker(text, fragment) == expected


def test_the_two_namesakes_are_two_actors() -> None:
    text = "Inspector Lena Park and her husband, Sergeant Park, both work at the station. 'We never talk shop,' Sergeant Park said. 'He is right,' Inspector Park said."
    brief = build_brief(text)
    holders = {
        a.name
        for a in brief.actors
        for n in ("Lena Park", "Sergeant Park")
        if n in (a.name, *a.aliases)
    }
    assert holders == {"Lena Park", "Sergeant Park"}


def test_the_grade_of_a_rank() -> None:
    assert rank_grade(["Detective", "Chief", "Inspector"]) == "inspector"
    assert rank_grade(["DCI"]) == "inspector"
    assert rank_grade(["Lieutenant-Colonel"]) == "colonel"
    assert rank_grade(["Sergeant", "Major"]) == "sergeant"
    assert rank_grade(["Dr"]) is None
    assert not same_person("Inspector Reyes", "Sergeant Reyes")
    assert same_person("Chief Inspector Kerr", "Insp Kerr")


def test_a_role_that_only_holds_a_rank_word_tells_no_grade() -> None:
    assert person_grades(["Ann Lee"], "general manager") == set()
    assert person_grades(["Ann Lee"], "a former sergeant") == set()
    assert person_grades(["Ann Lee"], "Detective Inspector") == {"inspector"}
