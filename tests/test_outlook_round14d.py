"""Outlook, round 14 (d): stock phrases of sport and politics, conditional threats with no
date, habits told from an act ("within hours of taking the tablets"), and animals' habits.

- A stock phrase of a team, a player or a minister ("his side would take it one game at a
  time", "would take nothing for granted", "would keep their feet on the ground", "would
  give it their all", "would leave no stone unturned", "would let her racket do the
  talking"): a mindset, no step. A fixture with its day stays.
- A conditional warning with no date ("The BMA warned that doctors could strike if the
  government did not act", "Unite said it would consider further strike action if the
  offer was not improved"): a hypothesis, no step yet. The convention settled here: an
  undated warning of someone's act or a "would consider" that hangs on a condition is no
  outlook (a hazard warned of stays, as in test_outlook_family: "the river could burst its
  banks"); an
  actor's own threat or vow ("Unison threatened to take legal action unless the council
  reversed the cuts", as a dev reference counts "threatened to publish the data unless it
  was paid") and one with its date ("would strike on 12 May if the offer was not
  improved") stay.
- A habit told by its span from an act ("the pain would return within hours of taking
  the tablets", "she would feel ill within minutes of eating bread"): the past, no step.
- What animals of a kind will do, with no date ("Male koalas will bellow to attract
  females", "Hedgehogs will travel up to two kilometres a night"): a habit of the kind.
  Animals a body moves ("Beavers will be released into the river next month") stay.

Every article here is synthetic: written for these tests (invented people, clubs, unions,
councils and towns; wire, local, tabloid, broadsheet, broadcaster, Scottish, Welsh,
Pakistani, Kenyan and Nigerian English copy; labour, sport, cricket, tennis, golf, racing,
politics, health, wildlife), not taken from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.linguistic import analysis_of

# Past facts open every synthetic article: they are the situation.
LEAD = (
    "The announcement was made on Wednesday after weeks of speculation.\n\n"
    "Directors met in the morning to approve the statement.\n\n"
    "Staff were told in an email shortly before it was published.\n\n"
    "Several of them had already heard the news from friends.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


@pytest.mark.parametrize(
    "phrase",
    [
        # football, local
        "Manager Dean Folarin said his side would take it one game at a time.",
        # rugby, Welsh broadsheet
        "Coach Mia Renshaw said her players would keep their feet on the ground.",
        # football, Scottish tabloid
        "Kerr said they would give it their all against whoever they were drawn against.",
        # cricket, Pakistani English
        "The skipper said the squad would take nothing for granted.",
        # golf, wire: the stock phrase after a light verb
        "Okonjo said he would go out and enjoy himself on the final day.",
        # rugby league, broadcaster
        "The Lions captain said his side would treat every game like a cup final.",
        # tennis, Kenyan English
        "The 22-year-old said she would let her racket do the talking.",
        # politics, Pakistani English
        "The minister said the government would leave no stone unturned to bring the "
        "culprits to justice.",
        # netball, local
        "The captain said the team would focus on the next match and not look too far ahead.",
    ],
)
def test_a_stock_phrase_is_no_outlook(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Folarin's side will play Rovers at home on Saturday.", "Rovers"),
        ("The squad will fly to Lahore on Tuesday for the second Test.", "Lahore"),
        ("The minister said the government would set up a tribunal next month.", "tribunal"),
    ],
)
def test_a_step_beside_them_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "threat",
    [
        # labour, Scottish broadcaster
        "The EIS warned that teachers could walk out if the pay offer was not improved.",
        # health, broadsheet
        "The BMA warned that doctors could strike if the government did not act.",
        # planning, Welsh local
        "Residents warned that the quarry would swallow the village if the expansion went ahead.",
        # politics, Nigerian English
        "The NLC warned that workers could shut down the state if the minimum wage was not paid.",
        # labour, wire: as "would consider strike action if the offer was not improved"
        "Unite said it would consider further strike action if the offer was not improved.",
    ],
)
def test_an_undated_conditional_warning_is_no_outlook(threat: str) -> None:
    assert _outlook(LEAD + threat + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("The union said it would strike on 12 May if the offer was not improved.", "12 May"),
        (
            "Dockers will walk out for 48 hours from Monday unless the port operator improves "
            "its offer.",
            "from Monday",
        ),
        (
            "The EIS warned that schools could close next week if the pay offer was not improved.",
            "next week",
        ),
        ("Nurses will strike on Thursday, the RCN warned.", "Thursday"),
        # an actor's own threat is a step that hangs on the condition
        (
            "Unison threatened to take legal action unless the council reversed the cuts.",
            "legal action",
        ),
        ("The NLC vowed to shut down the state if the minimum wage was not paid.", "shut down"),
    ],
)
def test_a_dated_threat_or_ones_own_threat_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "habit",
    [
        # health, broadcaster
        "Patients said the pain would return within hours of taking the tablets.",
        # food, tabloid
        "She said she would feel ill within minutes of eating the bread.",
        # consumer, local
        "Workers said the money would be gone within days of arriving in their accounts.",
    ],
)
def test_a_habit_told_by_its_span_from_an_act_is_no_outlook(habit: str) -> None:
    assert _outlook(LEAD + habit + "\n") == ""


@pytest.mark.parametrize(
    "habit",
    [
        # wildlife, Australian broadcaster
        "Male koalas will bellow to attract females during the breeding season.",
        # wildlife, local
        "Hedgehogs will travel up to two kilometres a night in search of food.",
        # wildlife, Scottish local
        "Grey seals will haul out on the beach to rest between feeds.",
        # wildlife, magazine
        "Wasps will build their nests in lofts and garden sheds.",
    ],
)
def test_what_animals_of_a_kind_will_do_is_no_outlook(habit: str) -> None:
    assert _outlook(LEAD + habit + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Beavers will be released into the River Tay next month.", "Beavers"),
        ("The zoo said its two pandas would return to China in December.", "pandas"),
    ],
)
def test_animals_moved_or_dated_stay(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # police, local
        ("Officers said the road would remain closed overnight.", "closed overnight"),
        # police, Scottish broadcaster: a road's name with "the" is no suspect
        ("Police said the A82 would stay shut while the lorry was recovered.", "A82"),
        # transport, wire
        ("Network Rail said the line would stay shut for the rest of the day.", "line"),
        # weather, Welsh local
        ("The council said the promenade would remain closed until further notice.", "promenade"),
    ],
)
def test_a_place_left_closed_is_outlook(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "state",
    [
        "Analysts said demand would remain strong.",
        "Traders said the pound would remain fragile.",
    ],
)
def test_a_state_judged_is_still_no_outlook(state: str) -> None:
    assert _outlook(LEAD + state + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # theatre, Scottish broadsheet: the verb read as a plural noun
        ("The play premieres at the Traverse Theatre on 3 August.", "3 August"),
        # theatre, broadsheet
        ("The production transfers to the West End in March.", "March"),
        # music, Welsh broadcaster
        ("The musical returns to the Wales Millennium Centre next spring.", "next spring"),
        # theatre, local: a stage the recognizer calls a body
        ("The show moves to the Edinburgh Playhouse in August.", "August"),
    ],
)
def test_a_stage_run_with_its_date_is_outlook(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "listing",
    [
        "The series returns to ITV in the autumn.",
        "The drama premieres on Channel 4 on Monday at 9pm.",
    ],
)
def test_a_broadcast_stays_the_listings(listing: str) -> None:
    assert _outlook(LEAD + listing + "\n") == ""


@pytest.mark.parametrize(
    "maybe",
    [
        # labour, Scottish local
        "Any new offer would be put to members in a fresh ballot, the union said.",
        # football, Welsh tabloid
        "The club said any fee would be reinvested in the academy.",
        # politics, Kenyan English
        "Any surplus will be returned to taxpayers, the Cabinet Secretary said.",
    ],
)
def test_a_thing_that_may_never_come_is_no_outlook(maybe: str) -> None:
    assert _outlook(LEAD + maybe + "\n") == ""


def test_a_thing_after_any_with_its_date_stays() -> None:
    assert "1 April" in _outlook(LEAD + "Any changes will take effect from 1 April.\n")


@pytest.mark.parametrize(
    "phrase",
    [
        # cricket, Pakistani English
        "The left-armer said he would keep things simple.",
        # cricket, South African broadcaster
        "The coach said the side would keep it simple against the Proteas.",
        # police, Nigerian English
        "The police commissioner said the command would not rest until the kidnappers were caught.",
    ],
)
def test_more_stock_phrases_are_no_outlook(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""


@pytest.mark.parametrize(
    "habit",
    [
        # obituary, broadsheet
        "She said she would work 14 hours a day to keep the farm going.",
        # heritage, local
        "He said his father would spend 12 hours a day at the loom.",
    ],
)
def test_a_habit_told_by_its_rate_is_no_outlook(habit: str) -> None:
    assert _outlook(LEAD + habit + "\n") == ""


def test_a_dated_rate_stays() -> None:
    text = "The new ferry will carry 1,200 passengers a day from June.\n"
    assert "June" in _outlook(LEAD + text)


def test_a_sum_a_year_is_no_habit() -> None:
    text = (
        "The researchers estimate that switching to a shorter course would save between £4m "
        "and £6m a year in drug costs.\n"
    )
    assert "£4m" in _outlook(LEAD + text)


@pytest.mark.parametrize(
    "phrase",
    [
        # politics, Nigerian English
        "The party said it would not be intimidated by the opposition.",
        # education, Kenyan English
        "He said the government would spare no effort to ensure the exams were credible.",
        # football, tabloid
        "The manager said his side would dust themselves down and go again.",
        # athletics, broadcaster
        "She said she would come back stronger.",
        # football, Scottish local
        "The striker said he would let his football do the talking.",
    ],
)
def test_stock_phrases_of_resolve_are_no_outlook(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # a stance after "open" is no closure
        ("The minister said Singapore would stay open to talent from abroad.", ""),
        ("The athlete said she would come back to Nairobi for the trials on 9 May.", "9 May"),
    ],
)
def test_a_stance_or_a_dated_return(text: str, step: str) -> None:
    found = _outlook(LEAD + text + "\n")
    assert (step in found) if step else found == ""


@pytest.mark.parametrize(
    "hypothesis",
    [
        # fisheries, Scottish local
        "Fishermen said the grounds would be empty within a decade if nothing changed.",
        # charity, Welsh local
        "The charity said the hospice would close within two years unless it found new funding.",
        # football, tabloid
        "The owners said the club would fold within weeks without a buyer.",
    ],
)
def test_a_condition_with_a_span_is_no_outlook(hypothesis: str) -> None:
    assert _outlook(LEAD + hypothesis + "\n") == ""


def test_a_condition_with_a_near_date_stays() -> None:
    text = "The union said members would strike on 3 March if the offer was not improved.\n"
    assert "3 March" in _outlook(LEAD + text)
