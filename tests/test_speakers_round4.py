"""Speakers, round 4: families of attribution that fresh news triggers, each with cases
that must stay `unattributed` (a wrong speaker is worse than none). Every article here
is synthetic: written for these tests, with invented people, clubs, companies and
councils, across sport, courts, politics, health, business, local and weather news, in
straight double, straight single and curly quote styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.quotes import DENIED
from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.engines.linguistic import analysis_of


def _speakers(text: str) -> dict[str, str]:
    """Each quoted passage (each part of a split quote on its own) and its speaker."""
    return {p.text: p.speaker for p in analysis_of(text).passages}


# --- 1. words someone denies, or a claim going round, are nobody's -------------------

DENIED_WORDS = [
    # synthetic: sport, local; a denial before the quote, no colon
    (
        "Tom Reade, the Kelbourne coach, spoke after the defeat. He denied he had "
        '"given up on the season".',
        "given up on the season",
    ),
    # synthetic: sport, tabloid, straight single quotes
    (
        "Manager Gavin Threll and captain Lewis Oduya faced questions. Threll denied he "
        "had 'lost the dressing room', and Oduya backed his manager.",
        "lost the dressing room",
    ),
    # synthetic: courts, wire
    (
        'The skipper, Corwin Ash, denied that he had been "texting at the helm", saying '
        "the messages had been sent by a deckhand.",
        "texting at the helm",
    ),
    # synthetic: politics, broadsheet; "denied claims that"
    (
        "Health Secretary Ann Frayne faced MPs on Tuesday. She denied claims that she "
        "had 'misled parliament' over waiting lists.",
        "misled parliament",
    ),
    # synthetic: education, broadcaster; claims on social media
    (
        "The Midland Exams Board denied claims on social media that it had "
        '"known about the problem for a week", saying the fault was found on Thursday.',
        "known about the problem for a week",
    ),
    # synthetic: local government; reports called wrong by the one who would be quoted
    (
        'Hallam Council said reports that it would "scrap the bus pass" were wrong.',
        "scrap the bus pass",
    ),
    # synthetic: health, local; claims called untrue
    (
        'Claims that the hospital had "run out of beds" were untrue, the trust said.',
        "run out of beds",
    ),
    # synthetic: travel, wire
    (
        'The airline denied that passengers had been left "stranded for days", saying '
        "most were rebooked within hours.",
        "stranded for days",
    ),
    # synthetic: business, trade; "denied telling"
    (
        'Mr Okoro denied telling staff they would be "out of a job by Christmas".',
        "out of a job by Christmas",
    ),
    # synthetic: culture, tabloid; posts claiming, parsed with the quote as the head
    (
        'Posts claiming the singer had "cancelled the whole tour" were false, her agent '
        'Hana Reyes said. "She has cancelled two dates," Ms Reyes said.',
        "cancelled the whole tour",
    ),
    # synthetic: sport, tabloid; straight single quotes after a plural noun
    (
        "Posts claiming the striker had 'already agreed personal terms' with a Premier "
        "League club were wrong, the club said.",
        "already agreed personal terms",
    ),
]


@pytest.mark.parametrize(("text", "words"), DENIED_WORDS)
def test_denied_or_claimed_words_are_nobodys(text: str, words: str) -> None:
    assert _speakers(text)[words] == UNATTRIBUTED


def test_a_denial_is_marked_as_one() -> None:
    passages = {p.text: p for p in analysis_of(DENIED_WORDS[0][0]).passages}
    assert passages["given up on the season"].kind == DENIED


def test_the_deniers_own_words_stay_theirs() -> None:
    # synthetic: courts, local; the denial is narrated, then he speaks
    speakers = _speakers(
        'Tom Reade denied the charge. "I never touched the money," he said.\n\n'
        "Health Secretary Ann Frayne denied claims that she had 'misled parliament'. "
        "'I have always given the House the figures I had,' she said."
    )
    assert speakers["I never touched the money"] == "Tom Reade"
    assert speakers["I have always given the House the figures I had"] == "Ann Frayne"
    assert speakers["misled parliament"] == UNATTRIBUTED


def test_the_next_sentences_speaker_does_not_take_a_denied_quote() -> None:
    # synthetic: crime, wire; the cue after the quote is in the next sentence
    speakers = _speakers(
        'Greater Dunmore Police denied reports that officers had been "ordered to stand '
        'down" during the riot. Chief Constable Lisa Morton said: "Nobody was told to '
        'stand down."'
    )
    assert speakers["ordered to stand down"] == UNATTRIBUTED
    assert speakers["Nobody was told to stand down."] == "Lisa Morton"


# --- 2. "it said": not a channel, and the body just described -------------------------


def test_it_is_not_the_platform_the_words_went_out_on() -> None:
    # synthetic: sport, tabloid; a player's post, then the club's statement
    speakers = _speakers(
        "Forward Ellis Brandon has asked to leave Kelsey Rovers after talks broke down.\n\n"
        "'I have given everything,' the forward wrote on Instagram on Friday night.\n\n"
        "The post was quickly followed by a statement from the club.\n\n"
        "'We are disappointed that Ellis has chosen to make private talks public,' it said."
    )
    assert speakers["I have given everything"] == "Ellis Brandon"
    assert speakers["We are disappointed that Ellis has chosen to make private talks public"] in (
        "Kelsey Rovers",
        UNATTRIBUTED,
    )


def test_it_is_not_the_agency_told() -> None:
    # synthetic: business, wire; "told Reuters" names who listened
    speaker = _speakers(
        "Harbour Foods closed its Leeds plant on Monday, it told Reuters.\n\n"
        '"We regret the decision," it said in a later statement.'
    )["We regret the decision"]
    assert speaker == "Harbour Foods"


def test_the_firm_stands_for_the_company_named_before() -> None:
    # synthetic: business, local; "the firm" after another body was the subject
    speakers = _speakers(
        "Harbour Foods closed the plant on Monday. The BBC contacted the firm on Tuesday.\n\n"
        '"We regret the decision," it said.'
    )
    assert speakers["We regret the decision"] == "Harbour Foods"


def test_the_company_is_not_a_public_agency() -> None:
    # synthetic: energy, wire; a regulator with a trade word in its name
    speakers = _speakers(
        "The Danish Energy Agency sent a letter to Nordvind, a wind developer, on Monday.\n\n"
        'The company said in a statement it expected a delay of "at least six months".'
    )
    assert speakers["at least six months"] != "Danish Energy Agency"


# --- 3. documents, the next sentence, and the turn after a question -------------------


def test_the_statement_continued_is_the_previous_quotes_source() -> None:
    # synthetic: courts, local; an unnamed victim's statement, a court named before
    speakers = _speakers(
        "Craig Lumb, 46, was jailed at Worcester Crown Court on Friday.\n\n"
        "One victim, a retired postman, said in a statement read to the court that he no "
        'longer answered the door. "I used to be a confident man," he wrote.\n\n'
        "\"He called me 'Dad' and drank tea in my kitchen,\" the statement continued."
    )
    # round 9: the victim's "he wrote" is the unnamed victim's (the description)
    assert speakers["I used to be a confident man"] == "One victim"
    assert speakers["He called me 'Dad' and drank tea in my kitchen"] == "One victim"


def test_a_statement_of_a_named_body_still_speaks_for_it() -> None:
    # synthetic: business, wire
    speakers = _speakers(
        'Harbour Foods issued a statement on Tuesday. "We regret the closure," the '
        'statement said. "Staff will be supported," the statement added.'
    )
    assert speakers["We regret the closure"] == "Harbour Foods"
    assert speakers["Staff will be supported"] == "Harbour Foods"


def test_the_words_came_from_the_person_named_next() -> None:
    # synthetic: courts, local; "The words came from ..." after a quote standing alone
    speakers = _speakers(
        'Sergeant Tom Birchall said: "Please look out for elderly neighbours."\n\n'
        '"We saw the worst of people in this case, and the best." The words came from '
        "Karen Whitby, who thanked neighbours who had raised the alarm."
    )
    assert speakers["We saw the worst of people in this case, and the best."] == "Karen Whitby"
    assert speakers["Please look out for elderly neighbours."] == "Tom Birchall"


def test_the_one_asked_loses_the_turn_to_a_nearer_speaker() -> None:
    # synthetic: courts, local; the judge asks, then speaks twice; "she" is the judge
    speakers = _speakers(
        'Judge Rebecca Hale asked Lumb directly: "Where is the rest of the money, Mr '
        'Lumb?"\n\n'
        "The father-of-three replied that it had been spent on gambling.\n\n"
        'Jailing him, Judge Hale said: "You chose your victims because they were old."\n\n'
        'She added: "The harm you have done cannot be measured in pounds."'
    )
    assert speakers["Where is the rest of the money, Mr Lumb?"] == "Rebecca Hale"
    assert speakers["The harm you have done cannot be measured in pounds."] == "Rebecca Hale"


# --- 4. someone referred back to by a description -------------------------------------


def test_the_father_of_two_reads_like_he() -> None:
    # synthetic: sport, tabloid
    speakers = _speakers(
        "Dion Mayhew, 27, has handed in a transfer request.\n\n"
        "Mayhew joined the club in 2022. In a second post on Saturday, the father-of-two "
        "wrote: 'My kids were born in this city.'"
    )
    assert speakers["My kids were born in this city."] == "Dion Mayhew"


def test_the_mum_of_three_reads_like_she() -> None:
    # synthetic: education, broadcaster
    speakers = _speakers(
        "Her mother, Louise Brannan, said the family had been given no explanation. The "
        'mother-of-three added: "Nobody from the board picked up the phone."'
    )
    assert speakers["Nobody from the board picked up the phone."] == "Louise Brannan"


def test_a_parent_description_with_two_men_named_credits_nobody() -> None:
    # synthetic: weather, local; two men coordinated, either may be the father
    speakers = _speakers(
        "Tom Reade and Paul Garside were both injured when the tree fell. "
        '"It was terrifying," the father-of-two said.'
    )
    assert speakers["It was terrifying"] == UNATTRIBUTED


def test_the_teenager_is_the_one_person_given_a_teenage_age() -> None:
    # synthetic: sport, broadcaster
    speakers = _speakers(
        "Isla Venn, 17, from Swansea, won the qualifying final on Sunday.\n\n"
        '"She has been driving me to tournaments since I was eight," the teenager said.'
    )
    assert speakers["She has been driving me to tournaments since I was eight"] == "Isla Venn"


def test_the_pensioner_is_the_one_given_a_pensioners_age() -> None:
    # synthetic: crime, tabloid; a neighbour without an age is named nearer
    speakers = _speakers(
        "Mary Cole, 81, fought off a burglar with a walking stick. Her neighbour, Tom "
        "Price, called police.\n\n"
        "'I wasn't going to let him take my late husband's medals,' the pensioner said."
    )
    assert speakers["I wasn't going to let him take my late husband's medals"] == "Mary Cole"


def test_two_teenagers_leave_the_teenager_unattributed() -> None:
    # synthetic: sport, local
    speakers = _speakers(
        'Isla Venn, 17, beat Maria Ruiz, 16, in the final. "I was nervous," the teenager said.'
    )
    assert speakers["I was nervous"] == UNATTRIBUTED


def test_the_agent_is_the_person_given_that_role_far_back() -> None:
    # synthetic: sport, tabloid; the role was given many paragraphs before
    filler = "".join(
        f"Supporter number {n} said the club had lost its way this season.\n\n"
        for n in range(1, 12)
    )
    speakers = _speakers(
        "Mayhew's agent, Ray Colville, accused the club of leaking figures.\n\n"
        + filler
        + 'Former defender Marcus Hale told a radio station: "It\'s sad to see."\n\n'
        "Hale's comments drew a swift response from Colville. \"Marcus hasn't spoken to "
        'Dion in three years," the agent said.'
    )
    assert speakers["Marcus hasn't spoken to Dion in three years"] == "Ray Colville"


def test_the_hospital_is_not_its_director() -> None:
    # synthetic: health, local; a body noun never reads back to a person's compound role
    speakers = _speakers(
        'Hospital director Jane Roe said beds were full. "We are at capacity," the hospital said.'
    )
    assert speakers["We are at capacity"] != "Jane Roe"


def test_a_former_holder_is_not_the_role() -> None:
    # synthetic: sport, tabloid; "the defender" is not "former defender Marcus Hale"
    speakers = _speakers(
        "Former defender Marcus Hale said the club had lost its way.\n\n"
        "Captain Lewis Oduya backed his manager. 'Nobody is talking about anything "
        "except the next game,' the defender said."
    )
    assert speakers["Nobody is talking about anything except the next game"] != "Marcus Hale"


# --- 5. a title with an unrecognized name in apposition --------------------------------

TITLED = [
    # synthetic: courts, local
    (
        "Speaking outside court, Detective Constable Amy Lowell of West Mercia Police "
        'said: "This sentence sends a clear message."',
        "This sentence sends a clear message.",
        "Amy Lowell",
    ),
    # synthetic: crime, wire
    (
        'Chief Inspector Raj Mehra of Kent Police said: "We will find whoever did this."',
        "We will find whoever did this.",
        "Raj Mehra",
    ),
    # synthetic: local government
    (
        'Councillor Ama Boatemaa of Harlow Council said: "The bins will be collected on Friday."',
        "The bins will be collected on Friday.",
        "Ama Boatemaa",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TITLED)
def test_a_title_speaks_as_the_name_in_apposition(text: str, words: str, speaker: str) -> None:
    assert _speakers(text)[words] == speaker


def test_a_title_with_no_name_credits_nobody() -> None:
    # synthetic: crime, local
    speakers = _speakers('A Detective Sergeant of Kent Police said: "Inquiries continue."')
    assert speakers["Inquiries continue."] == UNATTRIBUTED


# --- 6. an age nobody was given, after a man and a woman ------------------------------


def test_an_age_is_the_person_named_in_the_quotes_paragraph() -> None:
    # synthetic: sport, local; the other manager (a woman) spoke a paragraph before
    speakers = _speakers(
        "Brackley's manager, Jodie Harwell, is in her second season in charge.\n\n"
        '"Nobody gave us a prayer," she said.\n\n'
        'Saltmarsh boss Ivor Penrose did not hide his anger. "That was embarrassing," '
        "said the 51-year-old."
    )
    assert speakers["That was embarrassing"] == "Ivor Penrose"
    assert speakers["Nobody gave us a prayer"] == "Jodie Harwell"


def test_an_age_after_a_man_and_a_woman_in_earlier_paragraphs_credits_nobody() -> None:
    # synthetic: courts, local; either may be the 51-year-old, neither in its paragraph
    speakers = _speakers(
        "Ivor Penrose told the court he had acted in self-defence.\n\n"
        "His sister, Jodie Penrose, said she had seen nothing from her window.\n\n"
        '"I did what I had to do," said the 51-year-old.'
    )
    assert speakers["I did what I had to do"] == UNATTRIBUTED


# --- 7. a named person's relative, in the article's words -----------------------------

KIN_ARTICLE = (
    "A roofer who conned elderly homeowners out of £61,000 has been jailed.\n\n"
    "Craig Lumb, 46, of Redditch, admitted 11 counts of fraud. Lumb said he had spent "
    "the money on gambling.\n\n"
    "Lumb's wife, who was in court, shouted \"He's not a monster\" as he was led to the "
    "cells."
)


def test_a_named_persons_wife_speaks_as_his_wife() -> None:
    assert _speakers(KIN_ARTICLE)["He's not a monster"] == "Lumb's wife"


def test_a_relative_of_a_surname_two_people_share_credits_nobody() -> None:
    # synthetic: courts, local; two Coles, so whose son is unknown
    speakers = _speakers(
        "Ann Cole and Tom Cole were both at the hearing on Tuesday. Ann Cole said she "
        "had forgiven the driver, and Tom Cole said he had not.\n\n"
        'Cole\'s son shouted "This is not justice" as the verdict was read.'
    )
    assert speakers["This is not justice"] == UNATTRIBUTED


# --- 8. "the company" for a name the article called a business -----------------------


def test_the_company_is_the_name_the_article_called_an_operator() -> None:
    # synthetic: courts, wire; the recognizer may take the operator's name for a person
    speakers = _speakers(
        "Skipper Corwin Ash captained the ferry for the private operator Bluewake Marine. "
        'In a statement, the company said it had "installed tamper-proof alarms on all '
        'seven vessels" since the crash.'
    )
    assert speakers["installed tamper-proof alarms on all seven vessels"] == "Bluewake Marine"


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        # synthetic: business, local; people described by their jobs at a business
        (
            'Airline pilot Tom Reed said he had been told nothing. "Flights will resume on '
            'Friday," the airline said.',
            "Flights will resume on Friday",
            "Tom Reed",
        ),
        (
            'Supermarket worker Sara Moss, 34, said staff were shocked. "We regret the '
            'closure," the supermarket said.',
            "We regret the closure",
            "Sara Moss",
        ),
        (
            'Ann Lee, the company\'s director, spoke to reporters. "We will appeal," the '
            "company said.",
            "We will appeal",
            "Ann Lee",
        ),
    ],
)
def test_a_business_noun_is_not_a_person_described_by_a_job_there(
    text: str, words: str, person: str
) -> None:
    assert _speakers(text)[words] != person


def test_a_spokesperson_speaks_for_a_body_the_recognizer_took_for_a_person() -> None:
    # synthetic: education, broadcaster; "regulator" right before the one-word name
    speakers = _speakers(
        'Exams regulator Ofqual said it would investigate. "Students must be able to '
        'trust the grades they receive," a spokesperson said.'
    )
    assert speakers["Students must be able to trust the grades they receive"] == "Ofqual"


def test_a_spokesman_is_not_a_person_named_by_a_job() -> None:
    # synthetic: business, local; "Union boss Tom Reed" is a person, not the union
    speakers = _speakers(
        'Union boss Tom Reed said members were angry. A spokesman said: "Talks will '
        'resume on Monday."'
    )
    assert speakers["Talks will resume on Monday."] != "Tom Reed"


# --- 9. a people's word for one person ----------------------------------------------


def test_the_dutchman_is_the_person_given_that_word() -> None:
    # synthetic: sport, tabloid; the recognizer may take "the Dutchman" for a body
    speakers = _speakers(
        "Joost Verbeke, 38, reached the final at the Winter Gardens.\n\n"
        "Verbeke, the Dutchman who won the title in 2022, had barely been troubled.\n\n"
        "Verbeke was gracious in defeat. 'He played like a champion tonight,' the "
        "Dutchman said."
    )
    assert speakers["He played like a champion tonight"] == "Joost Verbeke"


def test_a_dutchman_nobody_was_called_is_no_body() -> None:
    # synthetic: sport, local; no person was given the word
    speakers = _speakers(
        "Tom Hale beat a qualifier in the final.\n\n"
        "'He played like a champion tonight,' the Dutchman said."
    )
    assert speakers["He played like a champion tonight"] == UNATTRIBUTED
