# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 35 (O) outlook: classes that the outside writer's material probes share, fixed
on the outlook's scores, the parse and the recognizer's entity labels.

- The lead's later sentences when the rest of the article says nothing ahead: one step
  as plain and firm as a second outlook sentence needs (a named actor's "will", a
  reported plan, a present its date puts ahead, a company's forecast: score 3.0, where
  4.0, a step with its time, was asked before) is the outlook ("Ashworth Homes said it
  would consider an appeal", "His lawyer said he would appeal the sentence",
  "Applications open on March 3"). A possibility ("could"), a bare "will" of a pronoun
  ("She will remain chief executive"), the terms of news that looks ahead itself ("is
  to close its works. The firm will cut 240 jobs."), a refusal and a standing rule
  ("every year in January") stay out, as round 24 had them.
- The lead's first sentence, the news itself, is the outlook when no other sentence
  looks ahead and it tells a step with its time ahead ("Shareholders will vote on the
  takeover at a meeting on April 22", "X said the Senate would debate the bill next
  week"); the dateline is left out. Its time must be a day or a near time, not only a
  year nor the day of the report ("has been pushed back to 2031, the port authority
  said on Monday" stays the news). Not with an amount in it (the news's own measure:
  "Council tax will rise by 4.99% from April after councillors approved the budget"),
  not a bare "will" with no time, and never when a later sentence looks ahead.
- An age the recognizer tags as a date ("do not breed until their twenties", "are not
  vaccinated until the age of five", "do not show symptoms until their sixties") is no
  time ahead: a general truth, no outlook. A date beside an age word stays ("The state
  pension age will rise to 67 in 2028").

Every passage here is synthetic: written for these tests (invented people, firms,
clubs, bodies and towns), not taken from any eval set or from the outside writer's
passages; British, Irish, US, Canadian, Australian, Indian, Nigerian, Kenyan, South
African and New Zealand copy across beats and outlets.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _outlook(text: str) -> str:
    return build_brief(text).outlook


# --- A later sentence of the lead when nothing after it looks ahead ------------------
# (sentence 1: the news, past; sentence 2: the step). Each fails on the code before the
# round (a score of 3.0 or 3.5 was under the lead's 4.0).

LEAD_STEP = [
    # planning, UK local paper: a named firm's reported plan
    (
        "Plans for 450 homes on the edge of Brackley Green were thrown out by councillors on Tuesday night.",
        "Ashworth Homes said it was disappointed and would consider an appeal to the Planning Inspectorate.",
    ),
    # courts, Canadian wire: a lawyer's appeal
    (
        "A former school bus driver has been sentenced to two years for dangerous driving in Moncton.",
        "His lawyer said he would appeal the sentence.",
    ),
    # cricket, Indian wire: a side's "will" with the next morning
    (
        "Arjun Kalbag took four for 22 as Konkan Strikers bowled out Deccan Blues for 141 in Pune.",
        "Konkan Strikers were 38 for two at stumps and will resume on the second morning needing 104 more to take the lead.",
    ),
    # health, Kenyan broadcaster: a passive "will" reported by the regulator
    (
        "Kenya's pharmacy regulator ordered the recall of three batches of a children's paracetamol syrup after tests found impurities.",
        "The manufacturer's licence will be suspended pending an inspection of its Thika plant, the regulator said.",
    ),
    # politics, US broadcaster: a present its date puts ahead
    (
        "The state legislature passed a $40 million grant scheme for rural clinics on Tuesday.",
        "Applications from clinics open on March 3.",
    ),
    # mining, South African wire: a company's forecast
    (
        "Rooiberg Platinum said first-half headline earnings fell 14%.",
        "The company expects full-year production of between 410,000 and 430,000 ounces.",
    ),
    # crime, UK broadcaster: a police force's patrols over the coming weeks
    (
        "Burglars stole jewellery worth £18,000 from the home of an 88-year-old widow in Bromsgrove.",
        "West Mercia Police said officers would be carrying out extra patrols in the area over the coming weeks.",
    ),
]


@pytest.mark.parametrize(("news", "step"), LEAD_STEP)
def test_lead_step_is_the_outlook(news: str, step: str) -> None:
    text = _outlook(f"{news}\n\n{step}\n")
    assert text
    assert news not in text
    assert text in step


# Negatives (guards, pass before and after; the last four fail on the round's first
# draft, a plain 3.0 with no firmness, news or refusal test): a later lead sentence that
# is no step stays out, and a body sentence that looks ahead is still the outlook rather
# than the lead.
LEAD_NO_STEP = [
    # weather, Irish broadcaster: a bare possibility
    "Heavy rain flooded roads across Co Galway overnight.\n\nMore rain could fall later, forecasters said.\n",
    # sport, Nigerian broadsheet: a past report with nothing ahead
    "Kano Pillars beat Enyimba 2-0 in Kano on Sunday.\n\nBoth goals came in the second half from the substitute Musa Idris.\n",
    # culture, UK broadsheet: a remark, "will never forget"
    "The novelist Harriet Quill won the Fenwick Prize for fiction on Thursday night.\n\nShe said she would never forget the moment her name was read out.\n",
    # courts, Australian broadsheet: the sentence's terms, no date
    "A Geelong builder has been jailed for five years for defrauding 30 clients.\n\nHe was ordered to repay the money.\n",
    # business, Australian trade press: a bare "will" of a pronoun, no firm step
    "Tallowood Capital has bought a majority stake in the Perth oat milk maker Creek & Co.\n\nFounder Megan Doyle started the business in her garage in 2017. She will remain chief executive.\n",
    # industry, Irish broadsheet: the news looks ahead itself, the "will" after it is its terms
    "Shannon Foundry is to close its Limerick works.\n\nThe firm will cut 240 jobs.\n\nStaff were told on Monday.\n",
    # safety, US local paper: a refusal, negated
    "A Dayton plant has been fined $90,000 over a worker's fall.\n\nThe company said it would not tolerate unsafe practices.\n",
    # housing, Kenyan broadsheet: a standing rule that recurs
    "A Nakuru landlord has been fined for letting unsafe rooms.\n\nLandlords must register their properties every year in January.\n",
]


@pytest.mark.parametrize("text", LEAD_NO_STEP)
def test_lead_no_step_no_outlook(text: str) -> None:
    assert _outlook(text) == ""


def test_body_step_beats_the_lead() -> None:
    # guard: the body's own dated step is the outlook, the lead's plan is not repeated
    text = (
        "Ashworth Homes said it would consider an appeal after councillors rejected its plans for 450 homes.\n\n"
        "The decision was made after a three-hour meeting.\n\n"
        "Residents had lodged more than 600 objections.\n\n"
        "The council's planning committee will meet again on 14 March to consider a separate scheme in the town.\n"
    )
    assert _outlook(text) == (
        "The council's planning committee will meet again on 14 March to consider a separate scheme in the town."
    )


# --- The lead's first sentence when nothing else looks ahead ----------------------------
# Each fails on the code before the round (the first sentence was never the outlook).

OPENING = [
    # business, UK wire, with a dateline left out of the outlook
    (
        "LONDON - Shareholders in Marlow Bakeries will vote on the proposed takeover by Belgian rival Dumont Group at a meeting on April 22.",
        "Shareholders in Marlow Bakeries will vote on the proposed takeover by Belgian rival Dumont Group at a meeting on April 22.",
        "Marlow Bakeries, which will mark its centenary next year, opened its first shop in Reading in 1926.",
    ),
    # politics, Nigerian wire: a reported plan with its week
    (
        "ABUJA, March 5 - Senate President Musa Adeyemi said the upper chamber would debate the police reform bill next week.",
        "Senate President Musa Adeyemi said the upper chamber would debate the police reform bill next week.",
        "The bill has already passed the House of Representatives.",
    ),
    # transport, UK broadcaster: a walkout with its days
    (
        "Drivers at Calder Coaches will walk out on 12 and 13 May in a row over rest days.",
        "Drivers at Calder Coaches will walk out on 12 and 13 May in a row over rest days.",
        "The company's operations director, Neil Storey, said talks had broken down on Friday.",
    ),
    # courts, Irish local paper: a sentencing date
    (
        "A Tullamore man who admitted stealing €40,000 from a GAA club will be sentenced at Tullamore Circuit Court on 9 June.",
        "A Tullamore man who admitted stealing €40,000 from a GAA club will be sentenced at Tullamore Circuit Court on 9 June.",
        "Judge Anne Horgan said the offence was a grave breach of trust.",
    ),
]


@pytest.mark.parametrize(("first", "outlook", "rest"), OPENING)
def test_opening_step_is_the_outlook(first: str, outlook: str, rest: str) -> None:
    assert _outlook(f"{first}\n\n{rest}\n") == outlook


# Negatives (guards): an amount in the first sentence is the news's measure (the first
# fails on the round's first draft, without the amount rule); a bare "will" with no time
# is the news; the first sentence with a body step after it is not repeated.
OPENING_NO_STEP = [
    # local government, UK local paper: a rise decided
    "Council tax in Elmbridge will rise by 4.99% from April after councillors approved the budget.\n\nThe increase adds £88 a year to a Band D bill. Opposition councillors voted against.\n",
    # politics, Canadian broadcaster: a spending plan with its amount
    "The federal government will spend $900 million over four years on rural broadband, the minister announced on Tuesday.\n\nThe opposition called the sum inadequate.\n",
    # business, South African broadsheet: a bare "will", the news itself
    "Karoo Steel will close its Vereeniging plant with the loss of 600 jobs.\n\nThe plant opened in 1962.\n",
    # transport, Singaporean broadsheet: a year only, and the day of the report (fails on
    # the round's second draft, which read "on Monday" as the step's day)
    "The opening of the Kallang ferry terminal has been pushed back to 2031, the port authority said on Monday.\n\nThe terminal was to have opened in 2027.\n",
]


@pytest.mark.parametrize("text", OPENING_NO_STEP)
def test_opening_no_step(text: str) -> None:
    assert _outlook(text) == ""


def test_opening_not_repeated_when_the_body_looks_ahead() -> None:
    # guard: a body step is the outlook; the first sentence is not added to it
    text = (
        "Shareholders in Marlow Bakeries will vote on the takeover by Dumont Group at a meeting on April 22.\n\n"
        "The board has recommended the offer.\n\n"
        "Analysts said the price was fair.\n\n"
        "Dumont will publish its offer document on March 20.\n"
    )
    assert _outlook(text) == "Dumont will publish its offer document on March 20."


# --- An age is no date ------------------------------------------------------------------
# Each fails on the code before the round (the age read as a time ahead).

AGE = [
    # science, South African wire
    "Great white sharks do not breed until their twenties, which makes populations slow to recover.",
    # health, UK broadsheet
    "Children are not offered the vaccine until the age of five.",
    # health, US broadcaster
    "Most carriers of the gene do not show symptoms until their sixties.",
    # screening, Indian broadsheet
    "Patients in the trial are not screened until the age of 50.",
    # wildlife, New Zealand broadcaster
    "Kiwi chicks are not independent until their twenties.",
]


@pytest.mark.parametrize("sentence", AGE)
def test_age_is_no_time_ahead(sentence: str) -> None:
    text = (
        "Researchers tagged 40 animals off the coast last month.\n\n"
        "The study was published in a journal on Monday.\n\n"
        "The team took samples from each animal.\n\n"
        f"{sentence}\n"
    )
    assert _outlook(text) == ""


# Negatives (guards, pass before and after): a date beside an age word, and a step with
# a date after an age.
AGE_STAYS = [
    # politics, UK broadsheet
    "The state pension age will rise to 67 in 2028.",
    # sport, New Zealand broadsheet
    "Tane Rewiti, who is in his thirties, will captain the side against Fiji on Saturday.",
]


@pytest.mark.parametrize("sentence", AGE_STAYS)
def test_age_with_a_date_stays(sentence: str) -> None:
    text = (
        "Researchers tagged 40 animals off the coast last month.\n\n"
        "The study was published in a journal on Monday.\n\n"
        "The team took samples from each animal.\n\n"
        f"{sentence}\n"
    )
    assert sentence in _outlook(text)
