"""Round 37: who is credited when an article names a speaker only through a title or a
body. A portfolio word inside a title ("the Finance Minister replied") is never the
speaker; a rare post the tagger reads as a verb ("said Tenby coxswain Gareth Lloyd")
does not hide the name after it; a spokesperson introduced with the body's name before
the noun ("a Northway Rail spokeswoman") speaks for that body, a person's spokesman not
for a body. Every passage is synthetic (invented people, firms and places)."""

from __future__ import annotations

import pytest
from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.engines.extractive import build_brief


def _speaker_of(passage: str, words: str) -> str:
    brief = build_brief(passage)
    found = [quote.speaker for quote in brief.quotes if words in quote.text]
    assert found, f"no quote holding {words!r} in {[q.text for q in brief.quotes]}"
    return found[0]


def _actor_names(passage: str) -> set[str]:
    return {actor.name for actor in build_brief(passage).actors}


@pytest.mark.parametrize(
    ("passage", "words", "portfolio"),
    [
        # Each credited the portfolio word ("Finance", "Health", "Education") before.
        (
            "The budget row deepened after the opposition demanded a recount.\n\n"
            '"We have nothing to hide and the numbers will stand," the Finance Minister '
            "replied.",
            "nothing to hide",
            "Finance",
        ),
        (
            "Councillors voted to close the clinic.\n\n"
            '"It is a sad day for the town," the Health Secretary told reporters on Monday.',
            "sad day",
            "Health",
        ),
        (
            "Schools will close early for the holidays.\n\n"
            '"This decision was not taken lightly," the Education Minister told parliament.',
            "not taken lightly",
            "Education",
        ),
    ],
)
def test_a_portfolio_in_a_title_is_not_the_speaker(
    passage: str, words: str, portfolio: str
) -> None:
    assert _speaker_of(passage, words) == UNATTRIBUTED
    assert portfolio not in _actor_names(passage)


def test_a_portfolio_title_goes_to_the_one_the_article_gave_it() -> None:
    # Credited "Health" before round 37.
    passage = (
        "Health Secretary Moira Kane has announced an inquiry into waiting times.\n\n"
        "Hospitals in the region missed their targets for the sixth month.\n\n"
        '"Patients deserve better," the Health Secretary told MPs.'
    )
    assert _speaker_of(passage, "Patients deserve better") == "Moira Kane"


def test_a_named_holder_of_a_portfolio_title_still_speaks() -> None:
    # Guard: the title with its holder in apposition names the holder.
    passage = (
        "Reservoirs are at their lowest level in decades.\n\n"
        '"We are asking everyone to save water," the Environment Minister, Sipho Ndlovu, '
        "said."
    )
    assert _speaker_of(passage, "save water") == "Sipho Ndlovu"


@pytest.mark.parametrize(
    ("passage", "words", "speaker"),
    [
        # Both failed before round 37 ("Tenby", and unattributed).
        (
            "A yacht ran aground near the harbour mouth on Sunday.\n\n"
            '"The crew were lucky to escape," said Tenby coxswain Gareth Lloyd.',
            "lucky to escape",
            "Gareth Lloyd",
        ),
        (
            "The lifeboat was launched when a yacht lost its mast.\n\n"
            '"Conditions were difficult but the crew did a superb job," said Porthallow '
            "coxswain Dafydd Rees.",
            "superb job",
            "Dafydd Rees",
        ),
        # Guards: a post the tagger reads as a noun already.
        (
            'Farmers say the scheme is unworkable.\n\n"It is a paperwork nightmare," said '
            "Ballymena farmer Sean Quinn.",
            "paperwork nightmare",
            "Sean Quinn",
        ),
        (
            "The race was stopped after a crash.\n\n"
            '"It was terrifying," said Newmarket jockey Ellie Shaw.',
            "terrifying",
            "Ellie Shaw",
        ),
    ],
)
def test_a_place_and_a_post_before_the_name_after_said(
    passage: str, words: str, speaker: str
) -> None:
    assert _speaker_of(passage, words) == speaker


@pytest.mark.parametrize(
    ("passage", "words", "body"),
    [
        # The first two failed before round 37 (credited "a ... spokeswoman").
        (
            "The storm left thousands without power.\n\n"
            '"Crews are working around the clock," a Northern Grid spokeswoman said.',
            "around the clock",
            "Northern Grid",
        ),
        (
            "Flights were cancelled across the network.\n\n"
            '"We are sorry for the disruption," said a Skyward Air spokeswoman.',
            "sorry for the disruption",
            "Skyward Air",
        ),
        # Guard: a body the recognizer finds already.
        (
            "Passengers were stranded for six hours.\n\n"
            '"We apologise to everyone affected," a Bluewater Ferries spokesman said.',
            "apologise",
            "Bluewater Ferries",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body_named_before_the_noun(
    passage: str, words: str, body: str
) -> None:
    assert _speaker_of(passage, words) == body


def test_a_persons_spokesman_is_not_credited_as_a_body() -> None:
    passage = (
        "President Dario Vance has cancelled his trip.\n\n"
        '"The president will remain in the capital," a Vance spokesman said.'
    )
    speaker = _speaker_of(passage, "remain in the capital")
    assert speaker not in ("Vance", "Dario Vance")
    brief = build_brief(passage)
    assert all(a.kind == "person" for a in brief.actors if "Vance" in a.name)


@pytest.mark.parametrize(
    ("passage", "words"),
    [
        # Guards: "a club spokesman" is the description, never a body guessed. Round 37
        # tried crediting the one body of the kind named before and took it out: a
        # match report may name one side only for the other to speak ("Harlow Rovers
        # beat Kestrel City"), and two bodies of one kind leave either meant.
        (
            "Harlow Rovers beat Kestrel City 2-1 on Saturday.\n\n"
            '"We will appeal the red card," a club spokesman said.',
            "appeal the red card",
        ),
        (
            "Kent Police arrested two men. Sussex Police are also investigating.\n\n"
            '"Inquiries are continuing," a police spokesman said.',
            "Inquiries are continuing",
        ),
    ],
)
def test_a_spokesperson_of_a_kind_of_body_is_the_description(passage: str, words: str) -> None:
    speaker = _speaker_of(passage, words)
    assert speaker.startswith("a ") and "spokesman" in speaker


def test_a_spokesperson_of_a_kind_of_body_none_named_keeps_the_description() -> None:
    # Guard: with no council named, the article's own words (as before round 37;
    # tests/test_speakers_descriptions.py), never a body guessed.
    passage = (
        'Drivers faced delays on the ring road.\n\n"Repairs will take a week," a council '
        "spokesman said."
    )
    assert _speaker_of(passage, "take a week") == "a council spokesman"


def test_she_after_a_name_set_off_after_a_relation_noun() -> None:
    # Credited Lisa Tremaine (the owner of "Her") before round 37.
    passage = (
        "Lisa Tremaine, chief executive of the Cornwall chamber, said the tax was "
        '"a solution looking for a problem".\n\n'
        "Her counterpart in Devon, Helen Sowden, took a different view. "
        '"If it pays for better toilets, visitors won\'t mind," she said.'
    )
    assert _speaker_of(passage, "better toilets") == "Helen Sowden"


@pytest.mark.parametrize(
    ("passage", "words", "wrong"),
    [
        # Each credited the team or county before round 37.
        (
            "Asked about his future, the 36-year-old Wallabies veteran would only say: "
            '"Ask me after the World Cup."\n\nHooker Sam Petrakis has won 98 caps.',
            "World Cup",
            "Wallabies",
        ),
        (
            '"I have never felt fitter," the Kerry veteran said after training.',
            "never felt fitter",
            "Kerry",
        ),
    ],
)
def test_a_side_named_before_a_persons_noun_is_not_the_speaker(
    passage: str, words: str, wrong: str
) -> None:
    assert _speaker_of(passage, words) == UNATTRIBUTED
    assert wrong not in _actor_names(passage)


def test_the_holder_given_the_sides_noun_before_still_speaks() -> None:
    # The one the article gave "Kerry veteran" before (credited "Kerry" before round 37).
    passage = (
        "Kerry veteran Tom Ryan has been recalled.\n\n"
        '"I have never felt fitter," the Kerry veteran said after training.'
    )
    assert _speaker_of(passage, "never felt fitter") == "Tom Ryan"


@pytest.mark.parametrize(
    ("passage", "words", "wrong"),
    [
        # Each credited the place where the statement was read before round 37.
        (
            "Mr Harlow's solicitor read a statement on the steps of Southwark Crown Court."
            '\n\n"My client is relieved that this ordeal is over," it said.',
            "ordeal is over",
            "Southwark Crown Court",
        ),
        (
            "A letter from the family was read out at Truro Cathedral.\n\n"
            '"She touched so many lives," it said.',
            "so many lives",
            "Truro Cathedral",
        ),
    ],
)
def test_it_after_a_statement_read_out_in_the_paragraph_before(
    passage: str, words: str, wrong: str
) -> None:
    assert _speaker_of(passage, words) != wrong


@pytest.mark.parametrize(
    ("passage", "words", "speaker"),
    [
        # A title the recognizer took for a name: its holder, or nobody. Each credited
        # the title itself before round 37.
        (
            "Premier Daniel Fraser has promised an inquiry into ambulance delays.\n\n"
            '"That has to end," the Premier said on Wednesday.',
            "That has to end",
            "Daniel Fraser",
        ),
        (
            "The Bishop of Durham has criticised plans to close the hostel.\n\n"
            '"We are measured by how we treat those with nothing," the Bishop said.',
            "those with nothing",
            UNATTRIBUTED,
        ),
        (
            "The Health Secretary told MPs that waiting lists had fallen.\n\n"
            '"We are not out of the woods," the Health Secretary said.',
            "out of the woods",
            UNATTRIBUTED,
        ),
    ],
)
def test_a_title_taken_for_a_name_is_its_holder_or_nobody(
    passage: str, words: str, speaker: str
) -> None:
    assert _speaker_of(passage, words) == speaker


@pytest.mark.parametrize(
    ("passage", "words", "speaker"),
    [
        # Guards: a surname that is also a title, and a body whose name ends on a post.
        (
            'Emma Bishop, 34, a nurse, was at the scene.\n\n"It was chaos," Emma Bishop said.',
            "It was chaos",
            "Emma Bishop",
        ),
        (
            "Ireland's Health Service Executive said: \"Anyone who attended the clinic "
            'should contact their GP."',
            "contact their GP",
            "Health Service Executive",
        ),
    ],
)
def test_a_name_or_body_ending_on_a_title_word_still_speaks(
    passage: str, words: str, speaker: str
) -> None:
    assert _speaker_of(passage, words) == speaker


def test_a_given_name_that_is_also_a_calling_still_speaks() -> None:
    # Guard (found by the second held-out writer of round 37: the first form of the
    # title check read "Ally" as a calling and credited nobody).
    passage = (
        "Hawick RFC's veteran prop, Ally Scott, played his 400th game for the club on "
        "Saturday.\n\n"
        "\"My knees are telling me it's time, but my heart isn't,\" said Ally, 38."
    )
    assert _speaker_of(passage, "My knees") == "Ally Scott"
