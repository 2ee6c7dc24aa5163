"""Outlook, round 26 (b): a Queensland state budget's infrastructure pipeline (wire) and
a probe across beats (weather, cooking, farming, transport, culture, retail, sport,
politics; Australian, UK, Irish, Indian, Nigerian, Canadian, Singaporean and South
African copy).

- A general truth told with a "when" clause of a thing with "the" or with nouns before
  it ("The bread will rise when the dough is warm", "Crop yields will fall when rainfall
  is low"), or whose "when" verb the tagger reads as a plural noun ("Rain will fall when
  warm air rises"), is how things are, no step; a body's act and a dated step stay.
- The terms of a scheme for those it is for, told with a role noun or with nouns before
  it ("Members will get early access", "Pensioners will get a free bus pass", "Season
  ticket holders will get a 10% discount"): no step; a vote, a date or a body's own
  members stay.
- A body's common noun that is a thing elsewhere puts out a thing ("The label will
  release a box set"): it acts; and a festival named by one word after a preposition
  ("at Easter", "on Diwali") is a date as a month is.
- What a crowd or the keen public will do for an extent of no number ("Fans will queue
  for hours", "Collectors will pay thousands for a copy"): their habit, no step; a
  counted span or a date stays.
- A plan or forecast reported with "would" that the short sentence after it says came to
  nothing ("It did not.", "The plan was later dropped.", "It veered out to sea
  instead."): no outlook; a next sentence that tells more news keeps it.

Every passage here is synthetic: written for these tests (invented people, firms and
towns), not taken from any eval set.
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
    "sentence",
    [
        "The bread will rise when the dough is warm.",
        "The pastry will brown when the oven is hot enough.",
        "The river will flood when heavy rain falls on frozen ground.",
        "The lake will freeze when temperatures stay below zero.",
        "Rain will fall when warm air rises.",
        "Tyre pressure will drop when the weather turns cold.",
        "Crop yields will fall when rainfall is low.",
        "House prices will fall when interest rates rise.",
    ],
)
def test_a_general_truth_of_a_thing_with_the_or_nouns_before_it_is_no_outlook(
    sentence: str,
) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    ("truth", "step"),
    [
        (
            "The bread will rise when the dough is warm.",
            "Fares will rise when the new timetable starts in May.",
        ),
        (
            "Rain will fall when warm air rises.",
            "The bridge will reopen when repairs are finished next month.",
        ),
        (
            "Crop yields will fall when rainfall is low.",
            "The council will vote when the report is published on Friday.",
        ),
        (
            "The lake will freeze when temperatures stay below zero.",
            "The ban will lift when the inquiry reports in June.",
        ),
    ],
)
def test_a_general_truth_goes_and_a_step_told_with_when_stays(truth: str, step: str) -> None:
    assert _outlook(LEAD + truth) == ""
    assert step.rstrip(".") in _outlook(LEAD + step)


@pytest.mark.parametrize(
    "sentence",
    [
        "Members will get early access.",
        "Pensioners will get a free bus pass.",
        "Concession card holders will get a free bus pass.",
        "Season ticket holders will get a 10% discount.",
        "First-time buyers will pay no stamp duty.",
        "Cardholders will earn double points.",
    ],
)
def test_the_terms_of_a_scheme_for_a_class_with_a_role_noun_are_no_outlook(
    sentence: str,
) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    ("terms", "step"),
    [
        ("Pensioners will get a free bus pass.", "Pensioners will get the payment from July 1."),
        ("Members will get early access.", "Members will vote on the deal next week."),
        (
            "Season ticket holders will get a 10% discount.",
            "Shareholders will vote on the takeover on March 3.",
        ),
        (
            "Concession card holders will get a free bus pass.",
            "The council will give pensioners a free bus pass from April.",
        ),
    ],
)
def test_a_class_s_terms_go_and_its_vote_or_dated_payment_stays(terms: str, step: str) -> None:
    assert _outlook(LEAD + terms) == ""
    assert step.rstrip(".") in _outlook(LEAD + step)


@pytest.mark.parametrize(
    "sentence",
    [
        "The label will release a box set of the band's early recordings.",
        "The label will release a box set in November.",
        "The temple will hold special prayers on Diwali.",
        "The new ferry will enter service at Easter.",
    ],
)
def test_a_label_s_release_and_a_festival_date_are_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    ("ahead", "past"),
    [
        (
            "The temple will hold special prayers on Diwali.",
            "The temple held special prayers on Diwali.",
        ),
        (
            "The label will release a box set in November.",
            "The label released a box set last year.",
        ),
        ("The new ferry will enter service at Easter.", "The family always gathers at Easter."),
        ("The new ferry will enter service at Easter.", "Easter falls early this year."),
    ],
)
def test_a_festival_ahead_is_outlook_where_a_past_or_habitual_one_is_not(
    ahead: str, past: str
) -> None:
    assert ahead.rstrip(".") in _outlook(LEAD + ahead)
    assert _outlook(LEAD + past) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans will queue for hours.",
        "Shoppers will queue for hours outside the store.",
        "Commuters will queue for hours at some stations.",
        "Visitors will wait for hours to see the painting.",
        "Tourists will queue for hours to climb the tower.",
        "Collectors will pay thousands for a signed copy.",
        "Crowds will gather for hours along the route.",
    ],
)
def test_a_crowd_s_undated_keenness_is_no_outlook(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    ("keen", "step"),
    [
        ("Fans will queue for hours.", "Staff will strike for 48 hours from Monday."),
        (
            "Fans will queue for hours.",
            "Fans will queue outside the ground from 6am on Saturday for tickets.",
        ),
        (
            "Crowds will gather for hours along the route.",
            "Fans will march to the stadium on Saturday.",
        ),
    ],
)
def test_a_crowd_s_keenness_goes_and_a_counted_or_dated_one_stays(keen: str, step: str) -> None:
    assert _outlook(LEAD + keen) == ""
    assert step.rstrip(".") in _outlook(LEAD + step)


@pytest.mark.parametrize(
    "passage",
    [
        "Forecasters said the storm would hit the coast on Sunday. It veered out to sea instead.",
        "The minister promised the road would open by Christmas. It did not.",
        "The club said the stand would be finished by August. That deadline was missed.",
        "The airline said the new route would launch in spring. The plan was later dropped.",
    ],
)
def test_a_reported_plan_the_next_sentence_says_came_to_nothing_is_no_outlook(
    passage: str,
) -> None:
    assert _outlook(LEAD + passage) == ""


@pytest.mark.parametrize(
    ("undone", "plan", "after"),
    [
        (
            "It did not.",
            "The company said it would cut jobs in March.",
            "It did not say how many.",
        ),
        (
            "It was called off.",
            "The council said the pool would reopen in May.",
            "It closed in 2022 after a fire.",
        ),
        (
            "That deadline was missed.",
            "The club said the stand would be finished by August.",
            "Work began in January.",
        ),
        (
            "The plan was later dropped.",
            "The firm said it would hire 200 staff next year.",
            "The plan was welcomed by unions.",
        ),
    ],
)
def test_a_plan_goes_when_undone_and_stays_when_more_news_follows(
    undone: str, plan: str, after: str
) -> None:
    assert _outlook(LEAD + plan + " " + undone) == ""
    assert plan.rstrip(".") in _outlook(LEAD + plan + " " + after)


@pytest.mark.parametrize(
    "passage",
    [
        # Irish, Australian, Indian, UK, Nigerian, Singaporean, South African copy
        "The tarmac will crack when the ground is frozen.",
        "The monsoon rains will arrive when the land is hot.",
        "Petrol queues will lengthen when supply is short.",
        "Loyalty cardholders will get 5c off a litre.",
        "Season ticket holders will receive priority for final tickets.",
        "Devotees will queue for hours at the temple.",
        "Fans will travel for days to see the side play.",
        "The council said the pool would reopen by June. It never did.",
        "The ministry said the new terminal would open in March. That date was later abandoned.",
        "The board said the levy would be scrapped. It was not.",
        "The coach said he would stay until the end of the season. He left in February instead.",
    ],
)
def test_fresh_variants_in_other_englishes_are_no_outlook(passage: str) -> None:
    assert _outlook(LEAD + passage) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The temple will host a feast on Vaisakhi.",
        "The label will reissue the album on vinyl.",
    ],
)
def test_fresh_variants_of_a_festival_date_and_a_label_s_release_are_outlook(
    sentence: str,
) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


def test_the_budget_story_s_failed_forecast_crowds_and_terms_leave_its_steps() -> None:
    article = (
        "The state treasurer unveiled a record infrastructure budget on Tuesday, "
        "Pacwire reported.\n\n"
        "Officials said the rail link would open in 2029. That date was later abandoned.\n\n"
        "Concession card holders will get a free bus pass.\n\n"
        "Commuters will queue for hours at some stations.\n\n"
        "Costs will rise when labour is scarce.\n\n"
        "The first tunnel boring machine will be launched at Easter next year."
    )
    found = _outlook(article)
    assert "will be launched at Easter next year" in found
    assert "2029" not in found
    assert "bus pass" not in found
    assert "queue" not in found
    assert "labour is scarce" not in found
