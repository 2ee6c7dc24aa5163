# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 29c speakers: a description read back to the one the article gave it, across a
relative brought in since ("Lalitha Menon, 71, a retired schoolteacher ... Her son, Arun
Menon, ... the retired teacher said"), in the article's own word for the post whatever
word list holds it ("an architect from Durban ... the architect said", never the place);
the person in apposition after a post whose phrase lists places ("head of policy for
England and Wales, Meena Shah,"); the one the press got hold of ("The Herald caught up
with his agent, Colm Reddy ... he said"), a paper being no "he"; a wire dateline the
parser made the subject, with a post and a name in apposition ("LAGOS, June 3 (Reuters)
- Nigeria's finance minister, Wale Edun, said"); and counsel who "submitted" words.

Every passage here is synthetic, written for these tests (invented people, firms,
courts, papers and places of no consequence), across Indian, Nigerian, Irish, South
African, Ghanaian, Australian, Canadian, US and British copy. A wrong speaker is worse
than "unattributed": the negatives hold each rule back where someone else, or nobody,
is meant.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

UNATTRIBUTED = "unattributed"


def _speaker_of(text: str, part: str) -> str:
    speakers = [q.speaker for q in build_brief(text).quotes if part in q.text]
    assert len(speakers) <= 1
    return speakers[0] if speakers else UNATTRIBUTED  # (a name put on something: nobody's)


def _check(article: str, part: str, speaker: str) -> None:
    """`speaker` is who is credited; "!X" is anyone but X, nobody included."""
    if speaker.startswith("!"):
        assert _speaker_of(article, part) != speaker[1:]
    else:
        assert _speaker_of(article, part) == speaker


# A description read back to the one the article gave it, past someone brought in since.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # Indian wire, courts: a relative brought in since is no post ("Her son")
        (
            'Lalitha Menon, 71, a retired schoolteacher, lost her savings of Rs 9 lakh. Her son, Arun Menon, drove her to the court.\n\n"I do not know whom to ask for my money," the retired teacher said.',
            "whom to ask",
            "Lalitha Menon",
        ),
        # US local: the adjective of the apposition ("a retired firefighter")
        (
            'Harold Kemp, a retired firefighter, watched the blaze from his porch. His nephew, Dale Kemp, called 911.\n\n"I have never seen a fire move that fast," the retired firefighter said.',
            "move that fast",
            "Harold Kemp",
        ),
        # South African broadsheet: a post no word list holds, and never the place
        (
            'Thandi Nkosi, an architect from Durban, designed the library. The mayor, Sipho Dlamini, opened it on Friday.\n\n"Light was the whole brief," the architect said.',
            "whole brief",
            "Thandi Nkosi",
        ),
        # Irish local: a title word before the name
        (
            'Seán Duggan lost 40 ewes to the flood. His neighbour, vet Aoife Ryan, examined the survivors.\n\n"Most of them will recover," the vet said.',
            "Most of them",
            "Aoife Ryan",
        ),
        # Indian feature: a potter, with her grandson since
        (
            'Meera Iyer, a potter from Pune, has fired the kiln for 40 years. Her grandson, Arjun, helps at weekends.\n\n"Clay teaches patience," the potter said.',
            "Clay teaches",
            "Meera Iyer",
        ),
        # Irish health: a retired nurse, her husband since
        (
            'Siobhán Kelly, a retired nurse, waited 14 hours on a trolley. Her husband, Mick Kelly, stayed with her all night.\n\n"I worked in that hospital for 30 years," the retired nurse said.',
            "worked in that hospital",
            "Siobhán Kelly",
        ),
        # UK sport: a closed compound ending on the word ("goalkeeper", "the keeper")
        (
            'Tom Ash, a goalkeeper for 15 seasons, retired on Friday. His son, Jack Ash, plays for the youth side.\n\n"It was time," the keeper said.',
            "It was time",
            "Tom Ash",
        ),
        # the description is the newer person's
        (
            'Edna Platt, 82, was conned out of £40,000. Her grandson, Liam Platt, a police officer, reported the scam.\n\n"Scammers target the lonely," the officer said.',
            "Scammers target",
            "Liam Platt",
        ),
        (
            'Siobhán Kelly waited 14 hours on a trolley. Her husband, Mick Kelly, a porter, stayed with her.\n\n"The staff were run off their feet," the porter said.',
            "run off their feet",
            "Mick Kelly",
        ),
        # the very word given someone near wins over a compound ("headteacher")
        (
            'Mary Cole, a headteacher, welcomed the report. Her deputy, Sam Reid, a maths teacher, was less sure.\n\n"It misses the point," the teacher said.',
            "misses the point",
            "Sam Reid",
        ),
        # a body's noun is the body's, never a person the article gave it
        (
            'Council leader Ann Lee backed the plan on Monday.\n\n"We will fund it in full," the council said.',
            "fund it in full",
            "!Ann Lee",
        ),
        (
            'Ann Cole, a solicitor at the firm, handled the case.\n\n"We are reviewing the ruling," the firm said.',
            "reviewing the ruling",
            "!Ann Cole",
        ),
        # a post the article gave nobody
        (
            'Thandi Nkosi, an architect, designed the library.\n\n"It is a gift to the town," the mayor said.',
            "gift to the town",
            UNATTRIBUTED,
        ),
        # a relative is no "mother" by a compound ("grandmother")
        (
            'Edna Platt, a grandmother, was robbed. Her daughter, Lisa Platt, was at work.\n\n"I am so angry," the mother said.',
            "so angry",
            "!Edna Platt",
        ),
    ],
)
def test_a_description_is_read_back_to_the_one_given_it(
    article: str, part: str, speaker: str
) -> None:
    _check(article, part, speaker)


# The person in apposition after a post whose phrase lists places.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'The charity\'s head of policy for England and Wales, Meena Shah, said: "Families are being pushed into debt."',
            "pushed into debt",
            "Meena Shah",
        ),
        (
            'Its president for Europe, the Middle East and Africa, Jonas Berg, said: "Demand held up well."',
            "Demand held up",
            "Jonas Berg",
        ),
        (
            'The bishop of Cork and Ross, Fintan Gavin, said: "We pray for the families."',
            "pray for the families",
            "Fintan Gavin",
        ),
        (
            'The MP for Kensington and Bayswater, Joe Powell, said: "This is a betrayal."',
            "a betrayal",
            "Joe Powell",
        ),
        # UK broadcaster: the parser tears "Yorkshire and the Humber" from the post
        (
            'The Royal College of Nursing said the figures were bad. Its regional director for Yorkshire and the Humber, Lorraine Petch, said corridor care had become "normal in a way that should shame all of us".',
            "normal in a way",
            "Lorraine Petch",
        ),
        (
            'Northern Rail apologised. Its head of operations in Tyne and Wear, Gary Lamb, said: "Trains will run again on Monday."',
            "Trains will run",
            "Gary Lamb",
        ),
        # two people named, one verb: not the first alone
        (
            'Its director for Yorkshire and the Humber, Lorraine Petch, and its chair, Sam Cole, said: "We will appeal."',
            "We will appeal",
            "!Lorraine Petch",
        ),
        # the places are no speaker where no name follows them
        (
            'Trains between York and Leeds were cancelled. "Nobody told us anything," said commuter Jane Bell.',
            "Nobody told us",
            "Jane Bell",
        ),
        (
            'The service for England and Wales closed on Friday. "It is a sad day," a spokesman said.',
            "sad day",
            "!England",
        ),
    ],
)
def test_the_name_after_a_post_listing_places_speaks(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# The one the press got hold of speaks next; a paper is no "he".
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Okafor has not spoken since the final. The Herald caught up with his agent, Colm Reddy, on Tuesday.\n\n"He is going nowhere this summer," he said.',
            "going nowhere",
            "Colm Reddy",
        ),
        (
            'The club stayed silent. This newspaper spoke to the club\'s chairman, Dermot Walsh, last night.\n\n"Nothing has been signed," he said.',
            "Nothing has been signed",
            "Dermot Walsh",
        ),
        (
            'We reached the school\'s principal, Rekha Iyer, by phone on Sunday.\n\n"Classes will resume on Monday," she said.',
            "Classes will resume",
            "Rekha Iyer",
        ),
        (
            'ABC News spoke with grazier Tom Hayes on his property near Longreach.\n\n"It is the worst dry I have seen," he said.',
            "worst dry",
            "Tom Hayes",
        ),
        # who did not respond does not speak next
        (
            'The Herald contacted the club\'s owner, Dermot Walsh, but he did not respond.\n\n"We have been ignored for years," he said.',
            "ignored for years",
            UNATTRIBUTED,
        ),
        # the police are not the press: the subject speaks
        (
            'Police spoke to the driver, Tom Reyes, at the scene. Inspector Ruth Kane said officers were still at work.\n\n"He was cooperative," she said.',
            "cooperative",
            "Ruth Kane",
        ),
        (
            'The minister, Joe Hale, spoke to the victim\'s father, Ian Roe, on Monday.\n\n"We will find answers," he said.',
            "find answers",
            "Joe Hale",
        ),
        # a title after "the" is a person
        (
            'The Mayor, Tom Reyes, welcomed the Governor.\n\n"This is a proud day," he said.',
            "proud day",
            "Tom Reyes",
        ),
    ],
)
def test_the_one_the_press_reached_speaks_next(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# A wire dateline the parser made the subject: the name in apposition to the post.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'LAGOS, June 3 (Reuters) - Nigeria\'s finance minister, Wale Edun, said on Monday the naira had "found its level" and that the central bank would not intervene again.',
            "found its level",
            "Wale Edun",
        ),
        (
            'JOHANNESBURG, April 9 (Reuters) - South Africa\'s electricity minister, Kgosientsho Ramokgopa, said on Tuesday power cuts were "largely behind us".',
            "largely behind us",
            "Kgosientsho Ramokgopa",
        ),
        # past the agency's name the parser made the dateline's apposition
        (
            'MUMBAI, Feb 1 (Reuters) - India\'s finance minister, Nirmala Rao, said on Saturday the deficit would be "well within target".',
            "well within target",
            "Nirmala Rao",
        ),
        # nobody named: the dateline is nobody
        (
            'NAIROBI, May 2 (Reuters) - Kenya\'s president said on Monday the tax would be "reviewed urgently".',
            "reviewed urgently",
            "!NAIROBI",
        ),
    ],
)
def test_a_dateline_subject_gives_the_post_s_name(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# Counsel "submitted" words (courts in India, Britain, Nigeria).
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Appearing for Saxena, senior advocate Kapil Rathore submitted that his client had undergone surgery and had "cooperated at every stage of the investigation".',
            "cooperated at every",
            "Kapil Rathore",
        ),
        (
            '"The accused has deep roots in society," senior counsel Arvind Datar submitted.',
            "deep roots",
            "Arvind Datar",
        ),
        (
            '"The delay is entirely the prosecution\'s," defence barrister Ola Adeyemi submitted.',
            "entirely the prosecution",
            "Ola Adeyemi",
        ),
        # no one named: nobody
        (
            'Counsel for the state submitted that the witness was "simply not credible".',
            "simply not credible",
            UNATTRIBUTED,
        ),
        # a petition's heading is nobody's words
        (
            'Residents submitted a petition headed "Save Our Library" to the council on Monday.',
            "Save Our Library",
            UNATTRIBUTED,
        ),
    ],
)
def test_counsel_submitting_words_speaks(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# "made it clear that ...": words said so as to be plain, by someone.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # Indian wire, courts
        (
            'Justice Anuradha Mehta granted interim bail. The judge, however, made it clear that the relief was "not a finding on the merits of the case".',
            "not a finding",
            "Anuradha Mehta",
        ),
        # UK labour
        (
            'Union leader Tom Reid met the board on Monday. Mr Reid made clear that the offer was "final and not negotiable".',
            "final and not",
            "Tom Reid",
        ),
        # Canadian politics
        (
            'Premier Danielle Smith met the mayors. She made it clear the province would "not write a blank cheque".',
            "blank cheque",
            "Danielle Smith",
        ),
        # a thing makes nothing clear: the one who said so
        (
            'The photographs made it clear that the wall was "close to collapse", engineer Ann Lee said.',
            "close to collapse",
            "Ann Lee",
        ),
        (
            'The ruling made it clear that the council had acted "beyond its powers".',
            "beyond its powers",
            UNATTRIBUTED,
        ),
    ],
)
def test_who_made_it_clear_speaks(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)
