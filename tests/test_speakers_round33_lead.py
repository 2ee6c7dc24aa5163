# ruff: noqa: E501 - each passage is one line, as pages deliver them
"""Round 33 (lead) speakers: a quote after a colon whose own sentence names its
introducer is never the previous quote's.

- "‘…,’ said coach A. B praised the visitors: ‘…’": the second quote went to A. The
  search back for a cue crossed B's clause and took A's "said", because a colon in the
  quote's own sentence was read as the previous sentence ending in one. Now the
  previous sentence introduces a quote only when nothing but marks stands between them;
  with no cue of its own, the quote is left unattributed (a wrong speaker is worse).
- "‘…,’ said Kosha Labs co-founder Aditi Rao": the parser splits "co-founder" at its
  hyphen and makes "co" a subject too; the nearest subject was the firm (or a "Rovers
  co" actor the recognizer made of the club and the half word). The first half of a
  hyphened word is no one, a name never ends inside such a word, and the role reads
  the whole word ("co-captain", not "-captain").
- The clause before the colon names the speaker when its verb acts on people or a body
  ("praised the visitors:", "condemned the government:", "attacked the board:",
  "thanked them:"), as it already did with no object ("was more guarded:"). A verb on a
  writing or a recording ("read a statement from the victim:", "showed councillors a
  letter from residents:") and a verb of quoting ("quoted her late father:") still leave
  the words to their author.

Every passage here is synthetic, written for these tests (invented people, clubs, firms
and places), across British, Irish, Australian, Indian, Nigerian, Kenyan, Canadian,
Singaporean and US copy, in sport, courts, politics, business, health and local news.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speaker_of(text: str, part: str) -> str:
    speakers = [q.speaker for q in build_brief("Headline\n\n" + text).quotes if part in q.text]
    assert len(speakers) <= 1
    return speakers[0] if speakers else "(no quote)"


# --- never the previous quote's speaker across a sentence naming another ---------------


@pytest.mark.parametrize(
    ("text", "part", "previous"),
    [
        (
            '"We were second best," said Rovers manager Alan Pike. His opposite number was more gracious: "They never gave up."',
            "They never gave up",
            "Alan Pike",
        ),
        (
            '"Prices will rise," said analyst Joan Weir. Her colleague at the bank disagreed: "Demand is falling."',
            "Demand is falling",
            "Joan Weir",
        ),
        (
            '"I am innocent," Tom Ruto told the court in Nakuru. The prosecutor was unmoved: "The evidence is overwhelming."',
            "The evidence is overwhelming",
            "Tom Ruto",
        ),
        (
            "'It has been a hard winter,' said ward sister Orla Quinn. A patient on the ward was less diplomatic: 'The heating never works.'",
            "The heating never works",
            "Orla Quinn",
        ),
        (
            '"Turnout was strong," said returning officer Gurpreet Sandhu. The losing candidate was in no mood to agree: "It was the lowest in years."',
            "It was the lowest in years",
            "Gurpreet Sandhu",
        ),
    ],
)
def test_a_colon_in_the_quotes_own_sentence_is_no_carry_from_the_last_speaker(
    text: str, part: str, previous: str
) -> None:
    assert _speaker_of(text, part) not in (previous, "(no quote)")


# --- the clause before the colon acts on people or a body: its subject speaks -----------


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        (
            '"It was a tough night," said Leeds coach Dan Webb. Home captain Ravi Patel praised the visitors: "They were brilliant."',
            "They were brilliant",
            "Ravi Patel",
        ),
        (
            '"The numbers add up," said Finance Minister Kwame Mensah. Opposition leader Grace Obi condemned the government: "This budget fails families."',
            "This budget fails families",
            "Grace Obi",
        ),
        (
            '"Margins held up," said chief executive Lars Berg. Shareholder activist Mei Tan attacked the board: "They have lost the plot."',
            "They have lost the plot",
            "Mei Tan",
        ),
        (
            "'We dug deep,' said captain Priya Nair. Veteran bowler Sam Okoro hailed the supporters: 'They were our extra man.'",
            "They were our extra man",
            "Sam Okoro",
        ),
        (
            'Senator Ruth Adeyemi criticised officials after the flood: "Nobody was in charge that night."',
            "Nobody was in charge that night",
            "Ruth Adeyemi",
        ),
        (
            'Coach Sipho Dube thanked them at full time: "You carried us through the second half."',
            "You carried us through the second half",
            "Sipho Dube",
        ),
    ],
)
def test_the_clause_before_the_colon_names_who_speaks(text: str, part: str, speaker: str) -> None:
    assert _speaker_of(text, part) == speaker


# --- still not the subject's words ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "not_speaker"),
    [
        (
            'Judge Ellen Voss read a statement from the victim: "I live in fear every day."',
            "I live in fear every day",
            "Ellen Voss",
        ),
        (
            'Mayor Ruth Hale quoted her late father: "Never give up on this town."',
            "Never give up on this town",
            "Ruth Hale",
        ),
        (
            'Council leader Tom Hale showed councillors a letter from residents: "We feel ignored by everyone."',
            "We feel ignored by everyone",
            "Tom Hale",
        ),
        (
            'Prosecutor Devika Rao played the recording to the jury: "Where is the money?"',
            "Where is the money",
            "Devika Rao",
        ),
    ],
)
def test_a_verb_on_a_writing_or_of_quoting_leaves_the_words_to_their_author(
    text: str, part: str, not_speaker: str
) -> None:
    assert _speaker_of(text, part) != not_speaker


def test_a_sentence_ending_in_a_colon_still_introduces_the_next_paragraphs_quote() -> None:
    text = 'Health minister Ann Lee was blunt when she spoke. She said:\n\n"We will not back down on this."'
    assert _speaker_of(text, "We will not back down") == "Ann Lee"


# --- a role word written with a hyphen between the cue and the name ------------------


@pytest.mark.parametrize(
    ("text", "part", "speaker", "role_word"),
    [
        (
            '"We were profitable in nine of the last ten months," said Tamsin Labs co-founder Aditi Rao.',
            "We were profitable",
            "Aditi Rao",
            "co-founder",
        ),
        (
            '"We go again next week," said Leinster co-captain Ciara Doyle.',
            "We go again next week",
            "Ciara Doyle",
            "co-captain",
        ),
        (
            "'It hurts right now,' said Rovers co-captain Sam Byrne after the final.",
            "It hurts right now",
            "Sam Byrne",
            "co-captain",
        ),
        (
            '"Costs are up across the board," said Harlow vice-chair Tom Lee.',
            "Costs are up across the board",
            "Tom Lee",
            "vice-chair",
        ),
    ],
)
def test_a_hyphened_role_word_before_the_name_is_no_speaker_and_stays_whole(
    text: str, part: str, speaker: str, role_word: str
) -> None:
    brief = build_brief("Headline\n\n" + text)
    assert _speaker_of(text, part) == speaker
    (actor,) = [a for a in brief.actors if a.name == speaker]
    assert actor.role is not None and role_word in actor.role
    assert not any(a.name.endswith((" co", " vice", "-")) for a in brief.actors)


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        (
            '"She put profit before safety," said Crown prosecutor Maryse Dubois-Hartley in her closing.',
            "She put profit before safety",
            "Maryse Dubois-Hartley",
        ),
        (
            'Her father, Kevin Nolan, said nobody had called. The father-of-four added: "We heard it from the neighbours first."',
            "We heard it from the neighbours first",
            "Kevin Nolan",
        ),
        (
            "Striker Dele Ayoola joined the club from Harlow in 2022. In a second post on Saturday, the father-of-two wrote: 'This city is home for my kids.'",
            "This city is home for my kids",
            "Dele Ayoola",
        ),
    ],
)
def test_a_hyphened_surname_or_a_lone_hyphened_description_still_speaks(
    text: str, part: str, speaker: str
) -> None:
    assert _speaker_of(text, part) == speaker
