# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-13 probe, on synthetic articles written for these
tests (invented people, firms, ships and places; no article from any eval split): words
a screen, an app, a board or a leaflet shows, or a crowd chants, are not the words of
whoever reports them ("Customers were shown the warning ‘…’, X told MPs", "the
scoreboard flashed ‘…’", "leaflets headed ‘…’", "fans sang ‘…’"); a witness a hearing
"heard from" is who the next "he" or "she" is, though named as no subject; "His letter
read:" is the letter just named as someone's ("a letter from X"), not the last man who
was a subject; friends, aides, sources and relatives "of", "for" or "close to" a named
person speak of them, not as them; "radioed" is a speech verb; "it said" after a letter
read out "from" someone is that author's. Beats: politics, sport, transport, finance,
military, elections, charity, animals, fashion, gaming, gambling, courts, space."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in build_brief(text).quotes]


def _speaker_of(text: str, start: str) -> str:
    found = [speaker for words, speaker in _quotes(text) if words.startswith(start)]
    assert found, f"no quote starting {start!r}"
    return found[0]


# --- words shown, displayed, borne or chanted ------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'Energy bills\n\nCustomers were shown the warning "Your meter is faulty" for a month, Lorna Pike told MPs.',
            "Your meter",
            "Lorna Pike",
        ),
        (
            'Rugby\n\nThe scoreboard flashed "Try under review" as the crowd fell silent, and coach Dan Weir said the wait was absurd.',
            "Try under review",
            "Dan Weir",
        ),
        (
            'Airport chaos\n\nDeparture boards displayed "Cancelled" against every flight, passenger Kim Lau said.',
            "Cancelled",
            "Kim Lau",
        ),
        (
            'Parking\n\nDrivers were sent the message "Pay now or face court" by text, councillor Rita Oke said.',
            "Pay now or face",
            "Rita Oke",
        ),
        (
            'Ferry\n\nThe ferry\'s display read "On time" even as it sat in port, passenger Ann Moyo told ABC News.',
            "On time",
            "Ann Moyo",
        ),
        (
            'Defence\n\nSoldiers chanted "One team, one fight" as they marched past, Lt Gen Arjun Sethi told reporters in New Delhi.',
            "One team",
            "Arjun Sethi",
        ),
        (
            'Elections\n\nVoters in Ward 12 received leaflets headed "Vote early, vote often", returning officer Priya Nair said.',
            "Vote early",
            "Priya Nair",
        ),
        (
            'Charity\n\nThe collection tins carried the slogan "Every coin counts", volunteer Bridget Nolan told RTÉ.',
            "Every coin",
            "Bridget Nolan",
        ),
        (
            'Animals\n\nThe parrot kept squawking "Pretty boy" throughout the hearing, RSPCA inspector Gail Burt said.',
            "Pretty boy",
            "Gail Burt",
        ),
        (
            'Fashion\n\nThe T-shirts, printed with "Fast fashion kills", sold out in an hour, designer Zara Quinn told Vogue.',
            "Fast fashion",
            "Zara Quinn",
        ),
        (
            'Gaming\n\nPlayers saw an error reading "Server full" for hours, studio head Mike Tran told IGN.',
            "Server full",
            "Mike Tran",
        ),
        (
            'Cricket\n\nThe crowd sang "Ashes are coming home" as Australia collapsed, captain Steve Marsh said.',
            "Ashes are coming",
            "Steve Marsh",
        ),
        (
            'Gambling\n\nAdverts carried the tagline "When the fun stops, stop", the charity\'s director, Owen Reid, said.',
            "When the fun stops",
            "Owen Reid",
        ),
        (
            'Space\n\nThe rover beamed back a message reading "Hello from Mars", mission scientist Dr Priya Anand said.',
            "Hello from Mars",
            "Priya Anand",
        ),
        (
            'Scam\n\nThe SMS from the bank read "Your card has been blocked", victim Lerato Mokoena said.',
            "Your card",
            "Lerato Mokoena",
        ),
    ],
)
def test_words_shown_or_chanted_are_not_the_reporters(article, start, reporter):
    # (short words a screen shows may not be listed at all; never as the reporter's)
    assert all(
        speaker != reporter for words, speaker in _quotes(article) if words.startswith(start)
    )
    assert reporter in article


@pytest.mark.parametrize(
    ("article", "start", "speaker"),
    [
        (
            'Energy bills\n\nCustomers were angry, Lorna Pike told MPs. "We got it badly wrong," she said.',
            "We got it badly",
            "Lorna Pike",
        ),
        (
            'Inquiry\n\n"We showed customers the wrong figures," Sam Udall told the committee.',
            "We showed customers",
            "Sam Udall",
        ),
        (
            'Concert\n\nThe singer Tom Ray sang for two hours. "I never want this to end," Ray said.',
            "I never want",
            "Tom Ray",
        ),
    ],
)
def test_the_reporters_own_words_stay_theirs(article, start, speaker):
    assert _speaker_of(article, start) == speaker


# --- a witness the hearing heard from ------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            'Inquest\n\nThe inquest heard from pathologist Dr Ian Moss. He said the injuries were "consistent with a fall from height".',
            "Ian Moss",
        ),
        (
            'Planning\n\nThe committee heard from architect Paul Rennie, representing the developer. He said the tower would be "a landmark for the city".',
            "Paul Rennie",
        ),
        (
            'Tribunal\n\nThe tribunal also took evidence from the firm\'s former finance director, Martin Cole. He said staff had been "terrified of the owner".',
            "Martin Cole",
        ),
        (
            'Trial\n\nThe court heard from Detective Sergeant Amy Dunn. She told jurors the defendant had been "calm and polite".',
            "Amy Dunn",
        ),
    ],
)
def test_the_one_a_hearing_heard_from_speaks_next(article, speaker):
    assert [s for _, s in _quotes(article)] == [speaker]


@pytest.mark.parametrize(
    "article",
    [
        'Inquest\n\nThe inquest heard from pathologist Dr Ian Moss. The coroner, Paul Teague, summed up on Friday. He said the death was "a tragic accident".',
        'Inquest\n\nThe inquest into the death of Ann Lee heard from pathologist Dr Ian Moss. She said the injuries were "consistent with a fall from height".',
    ],
)
def test_the_one_heard_from_is_not_a_later_or_other_gender_pronoun(article):
    assert [s for _, s in _quotes(article)] != ["Ian Moss"]


# --- "His letter read:" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            'School row\n\nThe governors received a letter from the head teacher, Alan Pugh, on Monday. His letter read: "I can no longer lead this school."',
            "Alan Pugh",
        ),
        (
            "Hearing\n\nMPs questioned the firm's finance chief, Rob Tann, for an hour. The committee then published a letter to its chair from Colin Ames, the regulator's chief executive. His letter read: \"We are examining the firm's conduct.\"",
            "Colin Ames",
        ),
    ],
)
def test_his_letter_is_the_letter_just_named_as_someones(article, speaker):
    assert [s for _, s in _quotes(article)] == [speaker]


def test_his_letter_is_never_the_woman_who_was_asked_about_it():
    article = 'Inquiry\n\nThe panel questioned Ruth Oduya about a letter from her boss, Gary Finn. His letter read: "Do not talk to the press."'
    assert _speaker_of(article, "Do not talk") != "Ruth Oduya"


def test_her_letter_after_a_mans_letter_is_not_his():
    article = 'Charity\n\nThe trustees received a letter from the treasurer, Paul Dane, in May. Her letter read: "I have been pushed out."'
    assert _speaker_of(article, "I have been pushed") != "Paul Dane"


# --- friends, aides, sources and relatives "of" someone ----------------------------------


@pytest.mark.parametrize(
    ("article", "start", "spoken_of"),
    [
        (
            'Royals\n\nA source close to Prince Edmund said the duke was "furious about the leak".',
            "furious",
            "Edmund",
        ),
        (
            'Footballer\n\nFriends of striker Dele Oyel said he had been "in a dark place for months".',
            "in a dark place",
            "Dele Oyel",
        ),
        (
            'Court\n\nA lawyer for the developer Karl Brandt said his client would "fight this all the way".',
            "fight this",
            "Karl Brandt",
        ),
        (
            'Cabinet\n\nAides to the premier, Dan Kowalski, said he was "not going anywhere".',
            "not going anywhere",
            "Dan Kowalski",
        ),
        (
            'Tennis\n\nThe mother of teenager Lily Tran said her daughter was "overwhelmed by the support".',
            "overwhelmed",
            "Lily Tran",
        ),
        (
            'Minister\n\nAllies of the Chancellor, Rachel Hume, said she would "fight on".',
            "fight on",
            "Rachel Hume",
        ),
        (
            'Court\n\nColleagues of nurse Ann Pike said she had been "a rock for the ward".',
            "a rock for",
            "Ann Pike",
        ),
    ],
)
def test_those_close_to_someone_do_not_speak_as_them(article, start, spoken_of):
    # (a group named by its words, "Friends of striker Dele Oyel", may speak)
    assert all(
        speaker != spoken_of for words, speaker in _quotes(article) if words.startswith(start)
    )
    assert spoken_of in article


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ('Tribute\n\nHer friend, Jo Platt, said she was "the kindest person I knew".', "Jo Platt"),
        (
            'Fire\n\nA neighbour, Rita Long, said the flames were "taller than the house".',
            "Rita Long",
        ),
        (
            'Court\n\nThe lawyer for Ann Pike, Rupert Vale, said his client was "relieved and grateful".',
            "Rupert Vale",
        ),
        (
            'Premier\n\nAides to the premier, Dan Kowalski, said he was "not going anywhere". Kowalski later said: "I am staying."',
            "Dan Kowalski",
        ),
    ],
)
def test_a_friend_or_a_lawyer_named_in_apposition_speaks(article, speaker):
    assert [s for _, s in _quotes(article)][-1] == speaker


# --- "radioed" is a speech verb; words a jacket bears are no one's ---------------------------


def test_radioed_words_are_the_radioers_not_the_reporters():
    article = 'Space\n\nAstronaut Kelly Rowe radioed "The view is incredible" from orbit, NASA flight director Ben Cho told reporters.'
    assert _speaker_of(article, "The view is") == "Kelly Rowe"


def test_the_words_a_jacket_bears_are_not_the_stylists():
    article = (
        'Fashion\n\nHer jacket bore the words "Not your muse", stylist Remy Laurent told Elle.'
    )
    assert "Remy Laurent" not in [s for w, s in _quotes(article) if w.startswith("Not your muse")]


# --- a letter read out "from" someone --------------------------------------------------------


def test_it_after_a_letter_read_out_from_someone_is_theirs():
    article = 'Committee\n\nThe chair, Meg Hill, read out a letter from the regulator\'s chief executive, Colin Ames. "We have serious concerns," it said.'
    assert _quotes(article) == [("We have serious concerns", "Colin Ames")]


@pytest.mark.parametrize(
    ("article", "not_the_speaker"),
    [
        (
            'Committee\n\nThe chair, Dame Joan Platt, read out a letter from the regulator. "We have serious concerns," it said.',
            "Joan Platt",
        ),
        (
            'Court\n\nThe solicitor for Tom Reed read a statement from the Reed family. "We are heartbroken," it said.',
            "Tom Reed",
        ),
    ],
)
def test_a_letter_read_out_is_not_the_readers_nor_a_namesakes(article, not_the_speaker):
    speakers = [s for _, s in _quotes(article)]
    assert speakers and not_the_speaker not in speakers
