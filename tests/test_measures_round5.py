"""Round 5, what a figure measures (`measures`), by class: a count under a frame or a
quantifier ("a total of 312 projects are waiting", "every one of his 31 students had been
given"), a bare frame in its clause ("homes paid an average of £1,740 for energy", "the
pathway requires a cut of 12%", "paid a fee of £2m to sign"), a speech verb with a counted
object ("recalled 60,000 trucks"), a passive verb's second object ("have been deducted 12
points"), predicates read through hyphened words and joined participles ("taken to a
state-run hospital", "killed or injured"), a change noun beside a clause ("fell to 5.2m
tonnes, a drop of 9%"), a common noun named by proper nouns ("the Harrowgate Fen solar
farm, a 150MW scheme"), a share of something ("47% of the target"), counts listed under
one preposition ("with 71 goals and 84 points"), a bare number as subject ("Of the 1,200
pupils ..., 340 achieved"), the noun before a change adverb ("Sales, up 41% on last
year"), money spent doing something ("spent £2m signing the midfielder"), a clause read
to its end, and a dateline that is not an apposition.
Every sentence here is synthetic, written for these tests (invented people, companies,
clubs and places; real towns only as scenery), across energy, sport, education, courts,
business, transport, health, agriculture and local news, in several outlet styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _measures(text: str) -> dict[str, str]:
    return {f.text: f.measures for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    return {w.strip(",.'’").casefold() for w in phrase.split()}


# synthetic: (sentence, figure text, words its measures must hold, words it must not hold)
CASES = [
    # --- a count under a frame or a quantifier: the frame's clause tells the count
    (
        "A total of 312 projects are waiting for a grid connection, the review found.",
        "312",
        {"projects", "waiting", "connection"},
        set(),
    ),
    (
        "Police said a total of 19 people had been arrested after the derby at Carrow Lane.",
        "19",
        {"people", "arrested", "derby"},
        set(),
    ),
    (
        "A total of 46 families were moved out of the Dunmere tower block on Friday.",
        "46",
        {"families", "moved"},
        set(),
    ),
    (
        "The head of maths said every one of her 28 pupils had passed the resit.",
        "28",
        {"pupils", "passed", "resit"},
        set(),
    ),
    # --- a bare frame in its clause: the frame, then who has it and what for
    (
        "Homes in the region paid an average of £1,740 for energy last year.",
        "£1,740",
        {"average", "homes", "paid", "energy"},
        set(),
    ),
    (
        "Buyers in Pellingham paid an average of £312,000 for a detached house in 2025.",
        "£312,000",
        {"average", "buyers", "paid", "house"},
        set(),
    ),
    (
        "The authority's own pathway requires a cut of between 12% and 15% a year.",
        "12% and 15%",
        {"cut", "pathway", "requires"},
        set(),
    ),
    (
        "Wexham Rovers paid a fee of £2m to sign the winger from Halden last summer.",
        "£2m",
        {"fee", "rovers", "paid", "sign"},
        set(),
    ),
    (
        "Under the deal, each Tallow Creek member will receive a one-off payment of €1,900.",
        "€1,900",
        {"payment", "member", "receive"},
        set(),
    ),
    (
        "Across the day, 140 bulls sold at the Ardmore ring for an average of $6,200.",
        "$6,200",
        {"average", "sold"},
        set(),
    ),
    # "up to": still the maximum of the frame
    (
        "Anyone caught breaking the ban faces a fine of up to £1,000.",
        "up to £1,000",
        {"maximum", "fine"},
        set(),
    ),
    (
        "Over two years they took deposits of up to £6,500 from 57 couples.",
        "up to £6,500",
        {"maximum", "deposits", "couples"},
        set(),
    ),
    # --- a speech verb with a counted object is no speech: the count and its clause
    (
        "Torvane Motors recalled about 60,000 pickup trucks in November over a faulty hose.",
        "about 60,000",
        {"trucks", "recalled", "torvane"},
        set(),
    ),
    # --- a passive verb's second object: what the subject was given or docked
    (
        "Wrexley United have been deducted 12 points by the league after failing to pay "
        "their players.",
        "12",
        {"points", "wrexley", "deducted"},
        set(),
    ),
    (
        "Kilnsey Athletic were deducted nine points by the Northern League on Tuesday.",
        "nine",
        {"points", "kilnsey", "deducted"},
        set(),
    ),
    # --- predicates read through hyphened words and joined participles
    (
        "Nine people were taken to a state-run hospital in Lamia after the crash.",
        "Nine",
        {"people", "taken", "state-run", "hospital"},
        set(),
    ),
    (
        "Seven in ten of the pumps went into new-build homes.",
        "Seven in ten",
        {"pumps", "went", "new-build", "homes"},
        set(),
    ),
    (
        "Figures showed 1,140 sheep were killed or injured in the county last year.",
        "1,140",
        {"sheep", "killed", "injured"},
        set(),
    ),
    (
        "Officers said 14 men were arrested and charged after the disorder in Brayton.",
        "14",
        {"men", "arrested", "charged"},
        set(),
    ),
    # --- a change noun beside a clause is a change in the clause's subject
    (
        "Emissions fell to 5.2 million tonnes of carbon dioxide last year, a drop of 9% on 2024.",
        "9%",
        {"drop", "emissions"},
        set(),
    ),
    (
        "Attendance at Brook Lane rose to 4,100 this season, an increase of 18% on last year.",
        "18%",
        {"increase", "attendance"},
        set(),
    ),
    (
        "Shares in Tarrow Holdings closed at 412p, a fall of 6%.",
        "6%",
        {"fall", "shares", "tarrow"},
        set(),
    ),
    # --- a common noun named by proper-noun modifiers holds its described apposition
    (
        "Among the projects is the Harrowgate Fen solar farm, a 150MW scheme near Castleby.",
        "150",
        {"harrowgate", "farm", "scheme"},
        set(),
    ),
    (
        "Work has started on the Brackley Moor wind farm, a 240MW project off the coast.",
        "240",
        {"brackley", "farm", "project"},
        set(),
    ),
    # --- a share "of" something, with no clause of its own, is a share of it
    (
        "That is 47% of the target, with four years left.",
        "47%",
        {"share", "target"},
        set(),
    ),
    # --- counts listed under one preposition share its clause
    (
        "Mallory Town ended the campaign with 71 goals and 84 points.",
        "84",
        {"points", "mallory", "ended", "campaign"},
        {"goals"},
    ),
    # --- a frame after "at" with no named subject: the frame and its verb
    (
        "Across the morning, 140 bulls were offered and 118 sold, at an average of $6,200.",
        "$6,200",
        {"average", "sold"},
        set(),
    ),
    # --- a bare number as subject counts what its clause tells, with a fronted group
    (
        "Of the 1,200 pupils who sat the exam, 340 achieved a top grade.",
        "340",
        {"pupils", "achieved", "grade"},
        set(),
    ),
    (
        "Of the 60 firms surveyed by the chamber, 23 expect to cut staff this year.",
        "23",
        {"firms", "expect"},
        set(),
    ),
    # --- the noun before a change adverb is what changed
    (
        "Sales of electric cars, up 41% on last year, now make up a fifth of registrations.",
        "41%",
        {"rise", "sales", "cars"},
        set(),
    ),
    (
        "Profits at Tarrow Foods, down 12% on the year, fell short of forecasts.",
        "12%",
        {"fall", "profits", "tarrow"},
        set(),
    ),
    # --- a clause read to its end: no dangling determiner, a hyphened word kept whole
    (
        "Forty-two pupils have been excluded from Hallam Park Academy this term.",
        "Forty-two",
        {"pupils", "excluded", "academy"},
        {"this"},
    ),
    (
        "About 9,000 fans travelled to Wembley for the play-off final.",
        "About 9,000",
        {"fans", "travelled", "wembley", "play-off"},
        {"play-"},
    ),
    # --- money or time spent doing something: what it went on
    (
        "The club spent £2m signing the midfielder from Tarrow Athletic.",
        "£2m",
        {"spending", "club", "signing", "midfielder"},
        set(),
    ),
    (
        "The trust has spent £4.5m hiring agency nurses this year.",
        "£4.5m",
        {"trust", "hiring", "nurses"},
        set(),
    ),
    # --- a dateline is not an apposition: the count is the sentence's own subject
    (
        "SHANNON, Ireland (Reuters) - Twenty-three people were taken to hospital after a "
        "flight hit severe turbulence.",
        "Twenty-three",
        {"people", "taken", "hospital"},
        {"shannon", "ireland"},
    ),
    (
        "TORONTO, March 4 (Maple Wire) - Corlen Motors is recalling about 184,000 sport "
        "utility vehicles in Canada because the airbag may fail.",
        "about 184,000",
        {"corlen", "recalling", "vehicles"},
        {"toronto"},
    ),
    (
        "HALDEN, Norway, May 3 (Reuters) - Forty workers were evacuated from an offshore "
        "platform after a gas leak.",
        "Forty",
        {"workers", "evacuated", "platform"},
        {"halden", "norway"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), CASES)
def test_round5_measures(text: str, figure: str, wanted: set[str], unwanted: set[str]):
    measures = _measures(text)
    assert figure in measures, measures
    words = _words(measures[figure])
    assert wanted <= words, measures[figure]
    assert not (unwanted & words), measures[figure]


def test_a_named_appositive_still_joins_its_noun():
    """ "The Orwell Bridge, a 60-metre span": a hyphen inside the amount is no dateline."""
    measures = _measures("The Pellow Bridge, a 60-metre span over the estuary, will close.")
    assert {"pellow", "bridge", "span"} <= _words(measures["60"]), measures


def test_a_frame_with_no_named_holder_stays_the_frame():
    """ "Anyone caught ... faces a fine": no noun names who, so the frame alone."""
    measures = _measures("Anyone caught breaking the ban faces a fine of up to £1,000.")
    assert measures["up to £1,000"] == "maximum fine"


def test_a_number_naming_a_unit_before_its_verb_stays_no_figure():
    """ "58 stands and continues": without a group named in front, a bare number right
    before its verb names something (a brigade) and counts nothing."""
    text = (
        "Fighting continues in every district of the town, 58 stands and continues to "
        "carry out the tasks given to it."
    )
    assert _measures(text) == {}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The closures hit a workforce of 2,300 across the region.", "2,300"),
        ("The takeover affects a membership of 18,500.", "18,500"),
        ("The new timetable serves a population of 85,000.", "85,000"),
    ],
)
def test_a_group_framed_as_an_object_is_said_by_its_frame(text: str, figure: str):
    """ "The cuts affect a workforce of 44,000": a group framed is not a sum or share, so
    the verb's subject does not join its measure (the frame says what is counted)."""
    measures = _measures(text)
    words = _words(measures[figure])
    assert words & {"workforce", "membership", "population"}, measures
    assert not words & {"closures", "takeover", "timetable", "hit", "affects", "serves"}, measures
