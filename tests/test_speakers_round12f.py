# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-12 breadth probe, on synthetic articles written for
these tests (invented people, clubs, firms and places; no article from any eval split):
an age a quote was credited by is that person's, so a later, other age is someone else;
a nationality written before a name ("Kenyan Paul Rotich") is no part of the name, and a
nationality word never names someone the article tied to another country; "the Croatian
said" for the one person just named who has not spoken yet; words on a message, screen
or sign someone saw are not the words of whoever reports them; "texted" is a speech verb;
a transcript's "Name: ‘…’" lines; a document's owner written before it ("a club
statement read"); a given name alone the recognizer missed ("Doreen said"); the next
sentence's subject, named only aside before, for an age given to no one; an office in
apposition to a name ("The Taoiseach, Mary Byrne, said"). Beats: sport, courts, tech,
transport, politics, business, crime, health, culture."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in build_brief(text).quotes]


def _speaker_of(text: str, start: str) -> str:
    found = [speaker for words, speaker in _quotes(text) if words.startswith(start)]
    assert found, f"no quote starting {start!r}"
    return found[0]


# --- an age read back is that person's ----------------------------------------------


@pytest.mark.parametrize(
    ("article", "first", "second", "speaker"),
    [
        (
            'Tennis\n\nJames Orr beat Felix Hale in straight sets. "I served better than ever," the 21-year-old said. "It was not my day," the 33-year-old said.',
            "I served",
            "It was not my day",
            "James Orr",
        ),
        (
            'Swimming\n\nEmma Lyle touched first in the 200m final. "I felt strong all the way," the 20-year-old said. "I am thrilled for her," the 26-year-old said, having finished third.',
            "I felt strong",
            "I am thrilled",
            "Emma Lyle",
        ),
        (
            'Court\n\nDaniel Pope admitted the burglary. "I am ashamed," the 41-year-old told magistrates. "He has caused misery," the 67-year-old said outside court.',
            "I am ashamed",
            "He has caused",
            "Daniel Pope",
        ),
    ],
)
def test_another_age_after_an_age_read_back_is_someone_else(article, first, second, speaker):
    assert _speaker_of(article, first) == speaker
    assert _speaker_of(article, second) != speaker


def test_the_same_age_again_is_the_same_person():
    article = 'Marathon\n\nPaul Rotich won in 2:05. "The wind was hard," the 30-year-old said. "Next year I will run faster," the 30-year-old added.'
    assert [speaker for _, speaker in _quotes(article)] == ["Paul Rotich", "Paul Rotich"]


# --- nationalities ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            'Marathon\n\nKenyan Paul Rotich won in 2:05. "The wind was hard," he said.',
            "Paul Rotich",
        ),
        (
            'Tennis\n\nBriton Amy Fell beat Frenchwoman Claire Roux. "I played well," Fell said.',
            "Amy Fell",
        ),
        (
            'Golf\n\nAmerican Brad Cole leads by two from Australian Jason Dunn. "I love links golf," Cole said.',
            "Brad Cole",
        ),
        (
            'Cycling\n\nDutchman Bram de Vries won the stage. "It was hard," de Vries said.',
            "Bram de Vries",
        ),
    ],
)
def test_a_nationality_before_a_name_is_no_part_of_it(article, speaker):
    assert [speaker for _, speaker in _quotes(article)] == [speaker]
    assert speaker in [a.name for a in build_brief(article).actors]


def test_a_given_name_like_a_nationality_stays_in_the_name():
    article = 'Rugby\n\nFinn Russell kicked 20 points. "I felt good," Russell said.'
    assert _quotes(article) == [("I felt good", "Finn Russell")]


@pytest.mark.parametrize(
    ("article", "start", "not_the_speaker"),
    [
        (
            'Snooker\n\nWelshman Rhys Pugh beat Scot Callum Bain 10-8. "I never gave up," the Welshman said. "I threw it away," the Scot said.',
            "I threw it away",
            "Rhys Pugh",
        ),
        (
            'Chess\n\nThe Indian grandmaster Arjun Rao drew with Magnus Holt. "I missed a win on move 40," the Dane said.',
            "I missed a win",
            "Arjun Rao",
        ),
    ],
)
def test_a_nationality_never_names_someone_tied_to_another_country(article, start, not_the_speaker):
    assert _speaker_of(article, start) != not_the_speaker


def test_the_nationality_of_the_speaker_given_it_still_names_them():
    article = 'Snooker\n\nWelshman Rhys Pugh beat Scot Callum Bain 10-8. "I never gave up," the Welshman said. "I threw it away," the Scot said.'
    assert _speaker_of(article, "I never gave up") == "Rhys Pugh"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            'Derby\n\nMidfielder Ivo Basic scored the winner from 25 yards. The Croatian said it was "the best goal of my life".',
            "Ivo Basic",
        ),
        (
            'Grand prix\n\nMax Dorfer led from pole to win in Monza. "The car was perfect today," the German said.',
            "Max Dorfer",
        ),
    ],
)
def test_a_nationality_names_the_one_person_just_named_who_has_not_spoken(article, speaker):
    assert [speaker for _, speaker in _quotes(article)] == [speaker]


@pytest.mark.parametrize(
    "article",
    [
        'Tennis\n\nLucas Moreau lost to Tomas Berdan in the final. "He was simply better," the Frenchman said.',
        'Darts\n\nKai Brenner beat a qualifier from Leeds. "I just threw my darts," the Dutchman said.',
        'Cycling\n\nPablo Ruiz won the stage ahead of his teammate. "I suffered on the last climb," the Norwegian said.',
    ],
)
def test_a_nationality_is_no_one_when_someone_else_came_in(article):
    assert [speaker for _, speaker in _quotes(article)] == ["unattributed"]


# --- words on a message, a screen or a sign -------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'App outage\n\nUsers saw the message "Something went wrong, try again later" for six hours, the founder, Liam Kerr, said.',
            "Something went wrong",
            "Liam Kerr",
        ),
        (
            'Train chaos\n\nPassengers saw signs reading "No trains today" at every station, a rail union official said.',
            "No trains today",
            "a rail union official",
        ),
        (
            'Hospital\n\nPatients arriving at the A&E were greeted by a notice reading "Expect long delays", a nurse said.',
            "Expect long delays",
            "a nurse",
        ),
        (
            'Scam\n\nVictims received a text message reading "Your parcel is held at the depot", Trading Standards officer Mark Lund said.',
            "Your parcel",
            "Mark Lund",
        ),
    ],
)
def test_words_someone_saw_are_not_the_reporters(article, start, reporter):
    assert _speaker_of(article, start) != reporter


def test_a_caption_someone_posted_is_no_seen_words():
    # the poster's caption stays theirs (a seen message needs a verb of seeing)
    article = 'Captain\'s post\n\nClub captain Jordan Keel posted a photo of himself with the new signing on Instagram on Sunday with the caption "Brothers for life". Manager Ian Tate said: "They are close."'
    assert _speaker_of(article, "Brothers for life") == "Jordan Keel"


def test_words_texted_are_the_texters_not_the_prosecutors():
    article = 'Trial\n\nProsecutor Helen Dale told the jury that the defendant had texted "I know where you live" to the victim.'
    assert _speaker_of(article, "I know where") != "Helen Dale"


# --- transcripts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            'Hustings\n\nThe candidates answered questions from the floor.\n\nMayor Tim Oduya: "We will freeze fares for two years."\n\nCouncillor Rosa Finch: "He said that last time too."',
            [
                ("We will freeze fares for two years.", "Tim Oduya"),
                ("He said that last time too.", "Rosa Finch"),
            ],
        ),
        (
            'Live blog\n\nKey quotes from the briefing:\n\nHealth Secretary Amir Dhillon: "No hospital will close this winter."\n\nShadow minister Jo Pike: "Nobody believes that."',
            [
                ("No hospital will close this winter.", "Amir Dhillon"),
                ("Nobody believes that.", "Jo Pike"),
            ],
        ),
        (
            'Q&A\n\nPhil Gray, the club\'s new chairman, answered fans\' questions on Tuesday.\n\nFan: "Will you sell the ground?"\n\nGray: "Never. Not while I am here."',
            [
                ("Will you sell the ground?", "unattributed"),
                ("Never. Not while I am here.", "Phil Gray"),
            ],
        ),
    ],
)
def test_a_transcript_line_is_the_named_speakers(article, expected):
    assert _quotes(article) == expected


@pytest.mark.parametrize(
    "article",
    [
        'Review\n\nThe new Corvan hatchback goes on sale in May.\n\nVerdict: "A class act, if a pricey one."',
        'Weather\n\nForecasters expect a wet weekend.\n\nLondon: "Heavy rain from noon."',
        'Interview\n\nWe spoke to the author Helen Marsh about her new novel.\n\nQ: Why did you set it in Whitby?\n\nA: "Because my grandmother lived there and I spent every summer on the pier."',
    ],
)
def test_a_heading_or_a_letter_before_a_colon_names_no_one(article):
    assert [speaker for _, speaker in _quotes(article)] == ["unattributed"]


# --- documents --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "speaker"),
    [
        (
            'Transfer\n\nStriker Jonny Evers has left Milltown FC. "We thank Jonny for his service," a club statement read.',
            "We thank Jonny",
            "Milltown FC",
        ),
        (
            'Closure\n\nStaff were told by email on Monday. "The site will close in March," the email from chief executive Nadia Frost read.',
            "The site will close",
            "Nadia Frost",
        ),
        (
            'Inquiry\n\nThe email, sent by finance director Rob Hale, said: "Delete everything." Hale told the inquiry he regretted it.',
            "Delete everything",
            "Rob Hale",
        ),
    ],
)
def test_a_document_speaks_for_whose_it_is(article, start, speaker):
    assert _speaker_of(article, start) == speaker


# --- given names, descriptions, offices ---------------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "speaker"),
    [
        (
            'Neighbour row\n\nA furious neighbour screamed "I\'ll cut your hedge myself" at pensioner Doreen Platt, 82. Doreen said: "I was shaking."',
            "I was shaking",
            "Doreen Platt",
        ),
        (
            'Lottery win\n\nCarpenter Wayne Tibbs, 47, scooped £1m on a scratchcard. Wayne said: "I had to sit down."',
            "I had to sit",
            "Wayne Tibbs",
        ),
    ],
)
def test_a_given_name_alone_is_the_one_person_given_it(article, start, speaker):
    assert _speaker_of(article, start) == speaker


def test_a_given_name_two_people_share_is_no_one():
    article = 'Fundraiser\n\nJack Mellor and Jack Dunstan ran 100 miles for charity. Jack said: "My feet are ruined."'
    assert _quotes(article) == [("My feet are ruined.", "unattributed")]


def test_an_age_given_to_no_one_is_the_next_subject_named_only_aside_before():
    article = 'Club appeal\n\nThe club lost 2-0 to Harlow on Saturday, with a late own goal from Sean Mulvey sealing it. "I have never felt so low on a pitch," the 31-year-old said. Mulvey has played 200 games for the club.'
    assert _quotes(article) == [("I have never felt so low on a pitch", "Sean Mulvey")]


@pytest.mark.parametrize(
    ("article", "start", "not_the_speaker"),
    [
        (
            'Verdict\n\nThe jury cleared nurse Ann Pike of neglect after a complaint by patient Joan Reed. "I feel vindicated," the 39-year-old said. Reed, 81, said she was disappointed.',
            "I feel vindicated",
            "Joan Reed",
        ),
        (
            'Assault\n\nThe court heard that Lee Barr punched Tom Kay outside a bar. "I was only defending myself," the 22-year-old told police. Kay needed stitches.',
            "I was only",
            "Tom Kay",
        ),
    ],
)
def test_an_age_is_not_the_next_subject_of_another_age_or_after_a_subject(
    article, start, not_the_speaker
):
    assert _speaker_of(article, start) != not_the_speaker


def test_an_office_in_apposition_to_a_name_is_no_speaker_of_its_own():
    article = 'Dublin\n\nThe Taoiseach, Mary Byrne, said the housing figures were "not good enough". Opposition leader Conor Walsh said: "She has had five years."'
    assert _quotes(article) == [
        ("not good enough", "Mary Byrne"),
        ("She has had five years.", "Conor Walsh"),
    ]


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            'Charity\n\nDonors were sent a letter signed by chief executive Omar Baig. "Your gift saves lives," it said.',
            "Omar Baig",
        ),
        (
            'School\n\nParents received a letter from head teacher Gail Hart on Friday. "Phones will be banned," it said.',
            "Gail Hart",
        ),
    ],
)
def test_it_after_a_signed_letter_is_its_author(article, speaker):
    assert [s for _, s in _quotes(article)] == [speaker]


def test_it_after_a_letter_a_body_sent_is_not_the_signatory():
    article = 'Apology\n\nThe firm Dovecote sent customers a letter signed by its founder, Ian Platt. "We are sorry," it said.'
    assert [s for _, s in _quotes(article)] != ["Ian Platt"]


@pytest.mark.parametrize(
    ("article", "start", "not_the_speaker"),
    [
        (
            'Darts\n\nLuke Hale beat Sam Pryor 6-4. "I will be back," the 27-year-old said. Pryor, 27, lost in the final last year.',
            "I will be back",
            "Luke Hale",
        ),
        (
            'Final\n\nAnn Cole beat Joan Price in the final. "I just could not get going," the 41-year-old said. Price, 41, has now lost three finals.',
            "I just could not",
            "Ann Cole",
        ),
        (
            'Hospital\n\nDr Tom Fenn treated the boy in A&E. "The staff were amazing," the 52-year-old said. His father, Ian Rudd, 52, thanked them.',
            "The staff were",
            "Tom Fenn",
        ),
    ],
)
def test_an_age_the_next_sentence_gives_someone_else_is_not_read_back(
    article, start, not_the_speaker
):
    assert _speaker_of(article, start) != not_the_speaker
