# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Words someone is called, branded or told are not theirs, on synthetic articles written
for these tests (invented people, schools, clubs and councils): "X was branded 'Q' by Y"
and "X was labelled 'Q' by Y" are Y's words (or nobody's when no one is named), never
X's; "Parents branded head teacher X 'Q'" are the parents' words, never X's; "X was told
'Q' by Y" is Y's. Beats: education, local politics, sport, health, courts."""

from __future__ import annotations

import pytest
from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.engines.extractive import build_brief


def _speakers(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in build_brief(text).quotes}


@pytest.mark.parametrize(
    ("sentence", "quote", "not_the_speaker", "speaker"),
    [
        (
            'Council leader Mark Ebbs was labelled "a coward with no plan" by opposition leader Jean Halloran on Tuesday.',
            "a coward with no plan",
            "Mark Ebbs",
            "Jean Halloran",
        ),
        (
            "Rovers manager Tim Hale was branded 'the worst boss in our history' by club captain Leon Marsh after the defeat.",
            "the worst boss in our history",
            "Tim Hale",
            "Leon Marsh",
        ),
        (
            'Health minister Priya Basu was told "you have failed this town" by consultant Dr Owen Riley at the meeting.',
            "you have failed this town",
            "Priya Basu",
            "Owen Riley",
        ),
        (
            "Headteacher Lois Grant has been branded 'a Victorian throwback' by furious parents after 60 girls were sent home.",
            "a Victorian throwback",
            "Lois Grant",
            UNATTRIBUTED,
        ),
        (
            "Judge Harriet Cole was described as 'out of touch with ordinary people' after the sentence was passed.",
            "out of touch with ordinary people",
            "Harriet Cole",
            UNATTRIBUTED,
        ),
        (
            "Parents branded head teacher Lois Grant 'a Victorian throwback' after 60 girls were sent home.",
            "a Victorian throwback",
            "Lois Grant",
            UNATTRIBUTED,
        ),
        (
            "Residents called councillor Amos Reid 'a disgrace to this ward' at Monday's meeting.",
            "a disgrace to this ward",
            "Amos Reid",
            UNATTRIBUTED,
        ),
    ],
)
def test_the_one_called_names_is_not_the_speaker(sentence, quote, not_the_speaker, speaker):
    found = _speakers(sentence)
    assert quote in found
    assert found[quote] != not_the_speaker
    assert found[quote] == speaker


def test_the_one_who_calls_names_still_speaks():
    """Guard: the active subject who brands or labels is the speaker."""
    found = _speakers(
        "Opposition leader Jean Halloran branded the budget 'a con trick on every family' on Tuesday."
    )
    assert found["a con trick on every family"] == "Jean Halloran"


PREVIOUS_SPEAKER = 'Tom Barlow, who has run the council since 2019, said he would step down. "It is time," he said.\n\n'


@pytest.mark.parametrize(
    ("named", "pronoun"),
    [
        ("Mr Oluwaseun Adeyemi", "he"),
        ("Andrea Conti", "he"),
        ("Kerry Nolan", "he"),
        ("Mr Jean Dufour", "he"),
        ("Ms Jean Okoro", "she"),
    ],
)
def test_a_given_name_borne_by_women_and_men_does_not_turn_the_pronoun_away(named, pronoun):
    """A name that is a man's in one country and a woman's in another ("Andrea", "Jean",
    "Oluwaseun") tells no gender: the "he" after the finance director goes to them, not
    back past them to the council leader (a wrong speaker before)."""
    text = (
        PREVIOUS_SPEAKER
        + f"The finance director, {named}, told the BBC that the budget had been cut twice. "
        + f'"We warned them month after month," {pronoun} said.'
    )
    found = _speakers(text)
    assert found["We warned them month after month"] == named.removeprefix("Mr ").removeprefix(
        "Ms "
    )
