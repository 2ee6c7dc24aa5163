"""Outlook, round 11 (d): futures that judge or state a rule, not a next step.

- A penalty for people in general ("Anyone caught dumping rubbish will face a fine",
  "Drivers caught using it will be fined £70", "Those found guilty will face up to two
  years in prison"): the standing terms of a rule, not what happens next; with a date
  ("From 1 June, drivers caught using it will be fined") the rule starts, and stays.
- A time judged as the subject ("The next few weeks will be crucial for the manager",
  "The coming months will be difficult"): the time is what is judged, it puts no step
  ahead ("Tuesday will be the first day of the strike" names one).
- A future over a span with no number ("It will take years for the town to recover",
  "will be felt for years", "will be paying the price for decades"): a judgment of how
  long, not a step ("The viaduct will be closed for six months" is one).
- Onlookers watching ("Investors will be watching for any sign that ...", "All eyes
  will be on ...", "Analysts will be looking for signs ..."): the writer's voice, unless a
  date names what they watch ("Investors will be watching Friday's jobs report").
- How a decision will be taken ("The decision is likely to anger many motorists", "The
  move is likely to prove controversial", "The findings are set to reignite the
  debate"): a judgment of the news, not an event.
- Fans' and supporters' reactions ("Fans will love the return of ...", "Supporters will
  recognise the design"), as other onlookers' are.
- The stock reply to criticism ("the trust said it would learn lessons from the case",
  "the council said it would reflect on the findings", "would cooperate fully with
  regulators"): an attitude, not a step; with a date it is one.
- What the future hangs on ("A lot will depend on the weather", "Everything will depend on
  the price of steel") and the questions a story says will be asked ("Questions will be
  asked about how the blaze spread"): an open question, not a step.
- "Lessons must be learned from this tragedy": the stock reply as an obligation.
- A match report's judgment of what a side will make of a result ("City will take heart
  from their second-half display", "Town will take plenty of positives", "Rovers will
  look back on this as a missed opportunity").
- A life remembered in reported speech ("She said her mother would sing to her in Welsh",
  "He recalled that his coach would make them run up sand dunes"): a relative's habit or
  a recollection, with no date, is the past; "She said her husband would be buried in his
  home town" (what will be done) and a dated return stay.
- An event that "will take place" or a rule that "will take effect" with no date ("The
  funeral will take place at St Mary's Church") is the next step: what happens, not
  what a thing does. ("The trial continues." stays no outlook, as round 4b decided.)

Every article here is synthetic: written for these tests (invented people, councils,
clubs, bands and companies; local, wire, tabloid, broadsheet, broadcaster and trade
copy; courts, sport, business, politics, culture, science, transport), not taken from
any eval set.
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
    "rule",
    [
        # council, local
        "Anyone caught dumping rubbish will face a fine of up to £1,000.",
        # transport, local
        "Drivers caught using the bus lane will be fined £70.",
        # courts, wire
        "Those found guilty will face up to two years in prison.",
        # health, broadsheet
        "Motorists who break the rule will face a fixed penalty.",
        # crime, tabloid
        "Shoppers caught stealing will be banned from every store in the chain.",
    ],
)
def test_a_penalty_for_people_in_general_is_no_outlook(rule: str) -> None:
    assert _outlook(LEAD + rule + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # transport, local: the rule starts on a date
        "From 1 June, drivers caught using the bus lane will be fined £70.",
        # courts, wire: one named person's penalty is the next step
        "Marsh will face a retrial in the spring.",
    ],
)
def test_a_penalty_with_a_date_or_a_person_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "judged",
    [
        # sport, broadsheet
        "The next few weeks will be crucial for the manager.",
        # business, wire
        "The coming months will be difficult for the company's suppliers.",
        # sport, tabloid
        "The next year will be a big test for the young squad.",
        # health, broadcaster
        "The coming days will be vital for the rescue effort.",
    ],
)
def test_a_time_judged_as_the_subject_is_no_outlook(judged: str) -> None:
    assert _outlook(LEAD + judged + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # labour, broadcaster
        "Tuesday will be the first day of the strike.",
        # council, local: "next" judges no time here, it names the step
        "The next step will be a full planning application.",
        # politics, broadsheet
        "The next stage will be a public inquiry.",
    ],
)
def test_a_day_or_a_next_step_that_names_a_step_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "span",
    [
        # crime, local
        "It will take years for the community to recover.",
        # business, broadcaster
        "The effects on the high street will be felt for years.",
        # politics, broadsheet
        "The party will be paying the price for decades.",
        # science, wire
        "The damage to the reef will last for decades.",
    ],
)
def test_a_future_over_a_span_with_no_number_is_no_outlook(span: str) -> None:
    assert _outlook(LEAD + span + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # transport, local
        "The viaduct will be closed for six months.",
        # culture, local
        "The museum will close for two years while the roof is replaced.",
    ],
)
def test_a_future_over_a_counted_span_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "watching",
    [
        # business, wire
        "Investors will be watching for any sign that inflation is cooling.",
        # sport, broadsheet
        "All eyes will be on how the new captain handles the pressure.",
        # tech, trade
        "Analysts will be looking for signs that demand for the chips can last.",
    ],
)
def test_onlookers_watching_is_no_outlook(watching: str) -> None:
    assert _outlook(LEAD + watching + "\n") == ""


def test_watching_a_dated_event_stays() -> None:
    # business, wire
    step = "Investors will be watching Friday's jobs report for signs of a slowdown."
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "reaction",
    [
        # council, local
        "The decision is likely to anger many motorists.",
        # politics, broadsheet
        "The move is likely to prove controversial with local MPs.",
        # science, wire
        "The findings are set to reignite the debate over screen time.",
    ],
)
def test_how_the_news_will_be_taken_is_no_outlook(reaction: str) -> None:
    assert _outlook(LEAD + reaction + "\n") == ""


def test_a_body_set_to_act_stays() -> None:
    # business, wire: a plan of a body, not a reaction to the news
    step = "The airline is set to cut 400 jobs at Gatwick next year."
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "reaction",
    [
        # culture, tabloid
        "Fans will love the return of the band's trademark harmonies.",
        # sport, broadsheet
        "Supporters will recognise the design from the club's famous cup run.",
        # culture, broadcaster
        "Fans of the earlier books will find plenty of familiar faces.",
    ],
)
def test_fans_reactions_are_no_outlook(reaction: str) -> None:
    assert _outlook(LEAD + reaction + "\n") == ""


@pytest.mark.parametrize(
    "pledge",
    [
        # health, broadcaster
        "The trust said it would learn lessons from the case.",
        # council, local
        "The council said it would reflect on the findings.",
        # business, broadsheet
        "The company said it took the matter seriously and would cooperate fully with regulators.",
        # health, local
        "The hospital said it would learn from the mistakes made in her care.",
    ],
)
def test_the_stock_reply_to_criticism_is_no_outlook(pledge: str) -> None:
    assert _outlook(LEAD + pledge + "\n") == ""


def test_a_reply_with_a_date_stays() -> None:
    # council, local
    step = "The council said it would respond to the findings by the end of March."
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "open_future",
    [
        # sport, wire
        "A lot will depend on the weather.",
        # business, broadsheet
        "Everything will depend on the price of steel.",
        # politics, broadsheet
        "The outcome will depend on how many Labour MPs rebel.",
        # crime, tabloid
        "Questions will be asked about how the blaze spread so quickly.",
        # sport, tabloid
        "Questions will now be asked of the manager's tactics.",
        # politics, broadsheet
        "Questions will inevitably be raised about who had access to the document.",
    ],
)
def test_what_the_future_hangs_on_or_the_questions_it_raises_are_no_outlook(
    open_future: str,
) -> None:
    assert _outlook(LEAD + open_future + "\n") == ""


def test_a_dependence_with_a_date_stays() -> None:
    # council, local
    step = "The decision will depend on a survey of the bridge due in March."
    assert _outlook(LEAD + step + "\n") == step


def test_lessons_that_must_be_learned_are_no_outlook() -> None:
    # health, local
    assert _outlook(LEAD + "Lessons must be learned from this tragedy.\n") == ""


@pytest.mark.parametrize(
    "judged",
    [
        # sport, broadsheet
        "City will take heart from their second-half display.",
        # sport, local
        "Town will take plenty of positives from the performance.",
        # sport, tabloid
        "Rovers will look back on this as a missed opportunity.",
        # sport, wire
        "Ireland will take comfort from the way they finished.",
    ],
)
def test_what_a_side_will_make_of_a_result_is_no_outlook(judged: str) -> None:
    assert _outlook(LEAD + judged + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # sport, wire: a fixture, not a penalty
        "Whoever wins will face Spain in the final.",
        # business, trade: a dated meeting
        "The board will look back on the year at its meeting on 3 May.",
    ],
)
def test_a_fixture_or_a_dated_meeting_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "memory",
    [
        # obituary, broadsheet
        "She said her mother would sing to her in Welsh at bedtime.",
        # sport, tabloid
        "He recalled that his coach would make them run up sand dunes in the rain.",
        # culture, tabloid
        "He said his father would come home from the pit covered in coal dust.",
        # inquest, broadcaster
        "His widow said her husband would walk the dog on the cliffs.",
    ],
)
def test_a_life_remembered_in_reported_speech_is_no_outlook(memory: str) -> None:
    assert _outlook(LEAD + memory + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # obituary, local: what will be done
        "She said her husband would be buried in his home town.",
        # education, local: a dated return
        "He said his son would return to school next week.",
    ],
)
def test_a_relatives_next_step_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "event",
    [
        # obituary, local
        "The funeral will take place at St Mary's Church.",
        # culture, broadsheet
        "The ceremony will take place in the abbey.",
        # politics, broadcaster
        "The count will take place overnight.",
        # business, wire
        "The changes will take effect immediately.",
    ],
)
def test_an_event_that_will_take_place_is_the_outlook(event: str) -> None:
    assert _outlook(LEAD + event + "\n") == event
