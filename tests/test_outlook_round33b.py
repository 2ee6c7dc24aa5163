"""Outlook, round 33 (b): classes at least two of the three outside writers' probes share.

- A truth of matter or of a counted kind reported by whoever knows it ("Salt water will
  boil at a higher temperature, the chemists explain", "Most broken wrists will heal
  within eight weeks, the surgeon said"): a truth still, as it was in the story's own
  voice. A body's word on a step with its date ("Most of the 40 drivers will return to
  work on Monday, the union said") stays.
- A time that recurs, told before the clause's subject as its frame ("Most evenings,
  Councillor Adeyemi will knock on doors", "Every summer, the state government will
  dredge the canals", "On Sundays, Father Hurley will say Mass in three parishes"): a
  habit, whoever keeps it, a named person or a body. A single day ("On Saturday, the
  minister will open the clinic") and a schedule told after the verb with its start
  ("The commission will review the quota every six months from January") stay.
- "A person" or "an individual" restricted by what they did, under a penalty ("In New
  South Wales, a person found guilty of the offence will face up to two years in jail"):
  the standing terms for anyone, as "anyone caught" already was. "A man charged with the
  murder will appear before magistrates on Monday" stays: a man of the news.
- A warning given out with the time it warns of ("The India Meteorological Department
  has issued an orange alert for Kerala from Tuesday", "A status orange wind warning has
  been issued for Cork and Kerry from 6am on Friday", "The Bureau of Meteorology has
  warned of damaging winds in Gippsland on Saturday", "Rand Water has issued a notice of
  a 54-hour shutdown from Monday"): the time is ahead, a step as firm as one told with
  "will". A warning given at a past time ("The Met Office issued a yellow warning for
  wind last week", "The Environment Agency warned residents on Monday to stay away from
  the river"), one with no time, one that had been given ("Doctors had warned of a winter
  crisis in January") and a bare past with a day ("warned of snow on Tuesday": perhaps the
  day it was given) stay out.
- A challenge to a ruling that someone will make, plans or weighs ("His advocates are
  considering an appeal", "Its lawyers are expected to lodge an appeal", "She plans to
  appeal, her agent said"): the step a court or a disciplinary story ends on, firm
  enough for a second outlook sentence with no date. A plea ("Police are appealing for
  witnesses to come forward") is no firmer than before.
- A phase verb the tagger reads as a noun or an adjective because its date follows with
  no preposition, as US and Canadian copy puts it ("Mediated talks resume Tuesday",
  "Online voting on the shortlist closes Friday"): the step it is, firm enough for a
  second sentence; a habit ("Gates open Saturdays at 9am") stays out.
- One of a kind, told with "a" or "an", doing a thing at a rate ("An adult elephant will
  eat 150kg of food a day", "A honeybee will visit hundreds of flowers in an hour"): any
  one of them, again and again, no step. One with a date ("A replacement bus will run
  four times a day from Monday") stays.

Every passage here is synthetic: written for these tests (invented people, firms, clubs
and towns), not taken from any eval set or from the outside writers' passages; British,
Irish, US, Australian, Indian, Nigerian, Kenyan, Canadian, Singaporean and South African
copy across beats.
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


def _body(*sentences: str) -> str:
    return LEAD + "\n\n".join(sentences) + "\n"


# (a step with its date, a sentence with a future's words that is no step): the step
# stays, the other is left out
NO_STEP = [
    # science, UK broadsheet: matter, reported
    (
        "The probe is due to land on the ice shelf on 3 February.",
        "At that altitude, water will boil at about 85C, the scientists explain.",
    ),
    # health, Irish broadcaster: a counted kind's course, reported
    (
        "The new pharmacy at Ballyglass opens on Monday.",
        "Most colds will clear up within a week, the pharmacist said.",
    ),
    # local, Canadian broadcaster: a counted kind's conduct with a span, reported
    (
        "The new animal shelter on Dundas Street opens on December 1.",
        "Most lost dogs will find their way home within a day, the shelter says.",
    ),
    # local, Nigerian local: a named person's habit, the time first
    (
        "The market traders' association meets on Thursday.",
        "Most afternoons, Okafor will sit outside the shop with his radio.",
    ),
    # culture, South African weekly: a named person's habit, "each" first
    (
        "The temple's centenary festival begins on 14 March.",
        "Each morning, Mrs Pillay will sweep the steps of the temple.",
    ),
    # government, UK local: a body's habit, the time first
    (
        "The council's cabinet meets on Tuesday to set the roads budget.",
        "Every winter, the council will grit 400 miles of road.",
    ),
    # education, Kenyan broadsheet: a body's habit, the time first
    (
        "This year's examinations begin on November 4.",
        "Every year, the Kenya National Examinations Council will print the papers abroad.",
    ),
    # culture, Irish local: a plural weekday first
    (
        "The parish council will vote on the merger on 14 March.",
        "On Sundays, Father Declan Hurley will say Mass in three parishes.",
    ),
    # sport, Australian broadsheet: a plural period with "some"
    (
        "Wallace Park hosts the final on Saturday afternoon.",
        "Some weekends, coach Tania Reid will drive 600 kilometres to scout players.",
    ),
    # courts, Australian broadsheet: anyone's penalty
    (
        "The bill will be debated in the Legislative Council next week.",
        "In Queensland, a person convicted of the offence will face a minimum of 12 months in"
        " prison.",
    ),
    # local government, Canadian wire: anyone's penalty
    (
        "The by-law comes into force on August 1.",
        "In Ontario, a person found guilty will face a fine of up to $50,000.",
    ),
    # nature, Indian broadsheet: one of a kind at a rate, reported
    (
        "The bird survey at Keoladeo begins next month.",
        "A kingfisher will catch dozens of fish in a day, the warden says.",
    ),
]


@pytest.mark.parametrize(("step", "sentence"), NO_STEP)
def test_no_step_is_left_out(step: str, sentence: str) -> None:
    got = _outlook(_body(step, sentence))
    assert step in got
    assert sentence not in got


@pytest.mark.parametrize(("step", "sentence"), NO_STEP)
def test_no_step_first_is_left_out(step: str, sentence: str) -> None:
    # the sentence first, the step after it, as the writers put them
    got = _outlook(_body(sentence, step))
    assert step in got
    assert sentence not in got


@pytest.mark.parametrize("sentence", [sentence for _, sentence in NO_STEP])
def test_no_step_alone_gives_no_outlook(sentence: str) -> None:
    assert _outlook(_body(sentence)) == ""


# steps the rules must leave alone: each is in the outlook
STEPS = [
    # labour, UK wire: a body's word on a dated step
    "Most of the 40 drivers will return to work on Monday, the union said.",
    # politics, Kenyan broadsheet: a single day first
    "On Saturday, Health Minister Grace Wanjiru will open the clinic at Kitui.",
    # government, Canadian wire: a schedule told after the verb, with its start
    "The commission will review the quota every six months from January.",
    # courts, UK local: a man of the news
    "A man charged with the murder will appear before magistrates in Leeds on Monday.",
    # transport, Irish local: one of a kind at a rate with its date
    "A replacement bus will run four times a day from Monday.",
    # weather, US broadcaster: a time first that does not recur
    "Early Tuesday, crews will close the northbound lanes of Route 9.",
    # transport, Singaporean broadsheet: a recurring day first, with its month
    "On Sundays in March, four stations on the Circle Line will be closed for upgrading works.",
    # transport, Irish broadcaster: a recurring time first, with its week
    "Each night next week, the Boyne bridge will close at 10pm.",
    # business, Nigerian broadsheet: a dated step, reported
    "The water board said supplies to Surulere will be restored on Friday.",
]


@pytest.mark.parametrize("step", STEPS)
def test_step_stays(step: str) -> None:
    assert step in _outlook(_body(step))


# warnings given out with the time they warn of: each is the outlook
WARNINGS = [
    # weather, Indian wire
    "The India Meteorological Department has issued an orange alert for Kerala from Tuesday.",
    # weather, Irish broadcaster: passive
    "A status orange wind warning has been issued for Cork and Kerry from 6am on Friday.",
    # weather, Australian broadcaster: warned of, with its day
    "The Bureau of Meteorology has warned of damaging winds in Gippsland on Saturday.",
    # weather, Nigerian broadsheet: a time told forward
    "The Nigeria Hydrological Services Agency warned of flooding along the Benue from next week.",
    # utilities, South African local: a notice
    "Rand Water has issued a notice of a 54-hour shutdown from Monday.",
    # weather, UK broadcaster
    "The Met Office has issued a yellow warning for ice from 4pm on Sunday.",
]


@pytest.mark.parametrize("warning", WARNINGS)
def test_warning_with_its_time_is_the_outlook(warning: str) -> None:
    assert warning in _outlook(_body(warning))


# warnings with no time ahead: no outlook
PAST_WARNINGS = [
    "The Met Office issued a yellow warning for wind last week.",
    "Police have issued a warning to motorists about black ice.",
    "Doctors had warned of a winter crisis in January.",
    "The Environment Agency warned residents on Monday to stay away from the river.",
    "The club has issued a warning to fans after flares were thrown on Saturday.",
    "The Bureau of Meteorology warned of damaging winds in Gippsland on Saturday.",
]


@pytest.mark.parametrize("warning", PAST_WARNINGS)
def test_warning_with_no_time_ahead_is_no_outlook(warning: str) -> None:
    assert _outlook(_body(warning)) == ""


# (a step, a challenge to a ruling with no date): both are the outlook
APPEALS = [
    # courts, Kenyan broadsheet: weighed
    ("Ochieng will be eligible for parole in 2031.", "His advocates are considering an appeal."),
    # sport, Irish broadcaster: expected
    (
        "The suspension ends on 1 March.",
        "Kearney's solicitors are considering an appeal to the tribunal.",
    ),
    # courts, UK tabloid: planned, reported
    ("Sentencing is set for 3 June.", "He is considering an appeal, his barrister said."),
]


@pytest.mark.parametrize(("step", "appeal"), APPEALS)
def test_appeal_is_a_second_step(step: str, appeal: str) -> None:
    got = _outlook(_body(step, appeal))
    assert step in got
    assert appeal in got


def test_plea_is_no_firmer() -> None:
    got = _outlook(
        _body(
            "The hearing resumes on Monday.", "Police are appealing for witnesses to come forward."
        )
    )
    assert "The hearing resumes on Monday." in got
    assert "appealing" not in got


# (a step, a second step with its bare date): both are the outlook
BARE_DATES = [
    # labour, Canadian broadcaster
    ("Union members will vote on the offer on Thursday.", "Mediated talks resume Tuesday."),
    # education, US local
    (
        "The school board will pick a new name on May 9.",
        "Online voting on the shortlist closes Friday.",
    ),
]


@pytest.mark.parametrize(("step", "second"), BARE_DATES)
def test_step_with_a_bare_date(step: str, second: str) -> None:
    got = _outlook(_body(step, second))
    assert step in got
    assert second in got


@pytest.mark.parametrize(
    "habit", ["Gates open Saturdays at 9am.", "The market's stalls open Sundays."]
)
def test_bare_plural_day_is_a_habit(habit: str) -> None:
    assert _outlook(_body(habit)) == ""
