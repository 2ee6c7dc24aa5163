"""Outlook, round 13 (d): pledges made on a past first occasion, habits one person tells a
court of another, duties laid on people in general, and the news's own outcome told by
"when".

- A pledge made at someone's first occasion, with no date ("At her first press
  conference as manager, Dunmore said she would ...", "In his maiden speech, the MP said
  he would fight for the shipyard", "Speaking at his first rally of the campaign, Naidoo
  said he would build 10,000 homes"): said then, the past, as "when she collected her
  medal" already was. One dated on the news's day ("At his first press conference as
  manager on Friday, ...") stays, and so does a first ahead ("The new board will hold its
  first meeting on 3 March").
- What one person tells a court, a jury or magistrates another "would" do, told by
  pronouns ("She told the court he would follow her home from work", "The woman told the
  jury that he would take her bank card"): a habit on trial. One's own pledge ("She told
  the court she would repay every penny") stays, as in round 4; so does counsel's step.
- A duty laid on people in general, with no date ("Those wishing to attend will need to
  register online", "Visitors will have to book a time slot in advance", "Dog owners will
  have to keep their pets on a lead"): the standing terms of taking part, no step anyone
  takes. A dated duty ("... will need to register by Friday", "Drivers will need a permit
  to park on the seafront from 1 April") and those who decide ("Councillors will have to
  approve the plan at a meeting on 6 May") stay.
- The news's own outcome told by "when" ("When the verdict was read out, her family said
  they would appeal", "When the result was declared, the losing candidate said he would
  demand a recount"): said on the day of the news, an outlook again (round 12 had taken
  every undated "when" occasion for the past); a past occasion ("When she collected her
  gold medal, ...", "When the hospital opened, ...") and an outcome dated back ("When the
  verdict was read out in 2019, ...") stay no outlook.

- What a thing will be able to do, with no date ("The telescope will be able to see
  galaxies that formed shortly after the Big Bang", "The new engine will be able to lift
  20 tonnes into orbit"): it describes the thing; a body's or people's new means ("The
  hospital will be able to treat 200 more patients a year") and a dated one ("The bridge
  will be able to carry lorries again from June") stay.
- Opening hours whose habit the parser hangs on the hours ("The museum is open from 10am
  to 4pm daily", "The cafe is open from 8am until 3pm on weekdays"), as "is open daily
  from 10am" already was.
- A show at a venue is a stage run, not the listings ("The show opens at the Lyceum on 12
  December", "The show runs at the Civic Theatre until 12 January"); a broadcast on a
  channel or at an hour ("The series continues on BBC One on Monday at 9pm", "The show
  returns to ITV in the autumn") stays the listings.

- A thing's pull on people ("The collection will appeal to anyone who grew up in the
  1980s", "The hatchback will appeal to young families on a budget"): a review's voice; a
  body that "will appeal to the High Court" takes a step.
- A promise told someone in the past, inside another report, with the deadline it had
  then ("The lawsuit claims the company told buyers the homes would be finished by 2022",
  "Passengers said they were told the flight would leave within the hour", "According to
  court documents, Varga told investors their money would be doubled within a year"):
  the past reported. With no time ("Staff said they were told the plant would close") or
  a near one ("... would reopen on Monday", "... next year") it stays.

- A thing moved to a date ahead by a phrasal verb or a plain "moved" ("The launch has been
  pushed back to next month", "The hearing was put back to Thursday", "The vote has been
  brought forward to Monday", "The festival has been moved to August"): what happens
  next, as "postponed to" and "delayed until" already were.

- A vow of effort that names no step ("Hale said the team would give everything for the
  shirt", "She said she would keep working hard and see what happens"), as "would do
  anything" and "would continue to monitor" already were.

- The police's account of what a suspect "would" do ("Officers said the men would break
  into cars parked near the beach", "Detectives said Lowe would pose as a council worker to
  get into homes"): how the crimes were done, as the prosecution's account already was;
  the police's own plan ("Detectives said they would examine CCTV"), a passive ("the men
  would be questioned") and a step in court ("Lowe would appear before magistrates")
  stay.

Every article here is synthetic: written for these tests (invented people, clubs,
courts, charities, councils and towns; wire, local, tabloid, broadsheet, broadcaster,
magazine, Indian, Irish, Australian, New Zealand and US local TV copy; courts, politics,
sport, space, aviation, charity, gambling, animals, tourism, property, gaming,
education), not taken from any eval set.
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
    "pledge",
    [
        # politics, broadsheet
        "In his first speech as party leader, Ashby said Labour would scrap the levy.",
        # education, local
        "On his first day in the job, the new headteacher told parents the school would "
        "ban mobile phones.",
        # health, broadcaster
        "At its first meeting, the new trust board said it would review every contract.",
        # elections, Indian English
        "Speaking at his first rally of the campaign, Naidoo said he would build 10,000 homes.",
        # space, magazine
        "At his first briefing as administrator, Okafor said the agency would return to the Moon.",
        # politics, local
        "In his maiden speech, the MP said he would fight for the shipyard.",
        # charity, local
        "At their inaugural meeting, the new trustees said the charity would sell the manor.",
        # politics, South African English
        "During her first visit to the region as minister, Pillay said the government would "
        "build a dam.",
    ],
)
def test_a_pledge_made_at_a_first_occasion_is_no_outlook(pledge: str) -> None:
    assert _outlook(LEAD + pledge + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # sport, tabloid: the first occasion is the news's day
        (
            "At his first press conference as manager on Friday, Ellery said he would sign "
            "two strikers.",
            "sign two strikers",
        ),
        # politics, US
        (
            "In her maiden speech in the Senate on Tuesday, Okoro said she would introduce a "
            "bill on water rights.",
            "introduce a bill",
        ),
        # health, local: a first ahead
        ("The new board will hold its first meeting on 3 March.", "first meeting"),
        ("The first phase of the scheme will open in May, the council said.", "first phase"),
    ],
)
def test_a_dated_or_coming_first_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "account",
    [
        # courts, local
        "She told the court he would follow her home from work.",
        # courts, tabloid: a noun tells, the other one is in the account
        "The woman told the jury that he would take her bank card and spend the money on drink.",
        # courts, broadcaster
        "He told magistrates she would lock him out of the house when they argued.",
        # courts, wire
        "The victim told Leeds Crown Court that he would send her up to 200 messages a day.",
        # courts, Irish English
        "His ex-partner told the court he would check her phone every night.",
        # courts, US local TV
        "Giving evidence, she told the jury he would hide her car keys.",
        # courts, Australian English
        "She told the court he would threaten to kill her dog if she left.",
    ],
)
def test_a_habit_told_to_a_court_of_another_is_no_outlook(account: str) -> None:
    assert _outlook(LEAD + account + "\n") == ""


@pytest.mark.parametrize(
    ("pledge", "step"),
    [
        ("She told the court she would repay every penny.", "repay every penny"),
        ("She told the jury she would plead guilty to the lesser charge.", "plead guilty"),
        ("His barrister told the court he would appeal against the sentence.", "appeal"),
    ],
)
def test_ones_own_pledge_to_a_court_stays(pledge: str, step: str) -> None:
    assert step in _outlook(LEAD + pledge + "\n")


@pytest.mark.parametrize(
    "duty",
    [
        # culture, local
        "Those wishing to attend will need to register online.",
        # politics, broadsheet
        "Those who want to speak at the meeting will need to give notice in writing.",
        # charity, local
        "Those wishing to donate will need to drop items at the church hall.",
        # tourism, Irish English
        "Visitors to the Cliffs of Moher will need to pay a parking charge.",
        # animals, tabloid
        "Dog owners will have to keep their pets on a lead.",
        # property, Australian English
        "Buyers will need to show pre-approval before they can bid.",
        # elections, Indian English
        "Voters who wish to cast a postal ballot will need to apply to the returning officer.",
        # education, US local TV
        "Parents who want to pick up their kids early will need to sign them out at the "
        "front office.",
        # tourism, magazine: need takes its object
        "Tourists will need a visa to enter the park.",
        # sport, local
        "Season ticket holders will have to show their cards at the turnstile.",
        # transport, broadcaster
        "Commuters will have to change at Reading.",
    ],
)
def test_a_duty_on_people_in_general_is_no_outlook(duty: str) -> None:
    assert _outlook(LEAD + duty + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Those wishing to attend will need to register by Friday.", "register by Friday"),
        ("Drivers will need a permit to park on the seafront from 1 April.", "from 1 April"),
        ("Councillors will have to approve the plan at a meeting on 6 May.", "approve the plan"),
        ("The council will have to submit a recovery plan by the end of June.", "recovery plan"),
    ],
)
def test_a_dated_duty_or_one_on_those_who_decide_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # courts, broadcaster
        ("When the verdict was read out, her family said they would appeal.", "would appeal"),
        # elections, wire
        (
            "When the result was declared, the losing candidate said he would demand a recount.",
            "recount",
        ),
        # labour, broadsheet
        ("When the decision was announced, the union said it would ballot its members.", "ballot"),
        # courts, tabloid
        (
            "When the jury returned its verdict, Hale's lawyer said he would appeal.",
            "would appeal",
        ),
        # planning, local
        (
            "When the ruling was handed down, the council said it would seek leave to appeal.",
            "seek leave",
        ),
    ],
)
def test_the_news_own_outcome_told_by_when_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "said_then",
    [
        "When she collected her gold medal, Okafor said she would keep running until she was 40.",
        "When the hospital opened, health chiefs said it would end the waiting lists for good.",
        "When he took over the club, the owner said he would bring European football to the town.",
        "When the verdict was read out in 2019, his family said they would appeal.",
    ],
)
def test_a_past_occasion_told_by_when_stays_no_outlook(said_then: str) -> None:
    assert _outlook(LEAD + said_then + "\n") == ""


@pytest.mark.parametrize(
    "described",
    [
        # space, magazine
        "The telescope will be able to see galaxies that formed shortly after the Big Bang.",
        # space, wire
        "The new engine will be able to lift 20 tonnes into orbit.",
        "The rover will be able to travel up to 200 metres a day.",
        # maritime, Canadian
        "The new ferry will be able to carry 1,500 passengers.",
    ],
)
def test_what_a_thing_will_be_able_to_do_is_no_outlook(described: str) -> None:
    assert _outlook(LEAD + described + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("The hospital will be able to treat 200 more patients a year.", "200 more patients"),
        ("The bridge will be able to carry lorries again from June.", "from June"),
        ("From Monday, passengers will be able to buy tickets on their phones.", "From Monday"),
    ],
)
def test_a_bodys_new_means_or_a_dated_one_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "hours",
    [
        # heritage, local
        "The museum is open from 10am to 4pm daily.",
        # food, US local TV
        "The cafe is open from 8am until 3pm on weekdays.",
        "The tip opens at 8am on weekends.",
    ],
)
def test_opening_hours_are_no_outlook(hours: str) -> None:
    assert _outlook(LEAD + hours + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # culture, broadsheet
        ("The show opens at the Lyceum on 12 December.", "opens at the Lyceum"),
        # culture, New Zealand
        ("The show runs at the Civic Theatre until 12 January.", "runs at the Civic"),
    ],
)
def test_a_show_at_a_venue_is_a_stage_run(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "listing",
    [
        "The series continues on BBC One on Monday at 9pm.",
        "The final episode airs on Sunday at 8pm.",
        "The show returns to ITV in the autumn.",
    ],
)
def test_a_broadcast_stays_the_listings(listing: str) -> None:
    assert _outlook(LEAD + listing + "\n") == ""


@pytest.mark.parametrize(
    "review",
    [
        # culture, magazine
        "The collection will appeal to anyone who grew up in the 1980s.",
        "The book will appeal to fans of crime fiction.",
        # motoring, magazine
        "The hatchback will appeal to young families on a budget.",
    ],
)
def test_a_things_pull_on_people_is_no_outlook(review: str) -> None:
    assert _outlook(LEAD + review + "\n") == ""


def test_a_body_that_will_appeal_takes_a_step() -> None:
    text = "The charity will appeal to the High Court against the ruling."
    assert "High Court" in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "account",
    [
        # business, wire
        "According to court documents, Varga told investors their money would be doubled "
        "within a year.",
        # property, Australian English
        "The lawsuit claims the company told buyers the homes would be finished by 2022.",
        # aviation, US local TV
        "Passengers said they were told the flight would leave within the hour.",
    ],
)
def test_a_promise_told_inside_another_report_is_no_outlook(account: str) -> None:
    assert _outlook(LEAD + account + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Staff said they were told the plant would close.", "plant would close"),
        ("The union said members were told the plant would close next year.", "next year"),
        ("The council said it told residents the road would reopen on Monday.", "on Monday"),
    ],
)
def test_a_plan_told_with_no_time_or_a_near_one_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # space, wire
        ("The launch has been pushed back to next month.", "pushed back"),
        # gaming, trade
        ("Its release has been pushed back to next spring, the studio said.", "pushed back"),
        # courts, local
        ("The hearing was put back to Thursday.", "put back"),
        # politics, broadcaster
        ("The vote has been brought forward to Monday.", "brought forward"),
        # culture, Irish English
        ("The festival has been moved to August because of the roadworks.", "moved to August"),
    ],
)
def test_a_thing_moved_to_a_date_ahead_is_outlook(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


def test_a_move_with_no_date_is_no_outlook() -> None:
    assert _outlook(LEAD + "The stall was moved to make way for the parade.\n") == ""


@pytest.mark.parametrize(
    "vow",
    [
        # sport, tabloid
        "Hale said the team would give everything for the shirt.",
        # sport, New Zealand
        "She said she would keep working hard and see what happens.",
        # sport, wire
        "The striker said he would give anything to play in a World Cup.",
        # charity, local
        "The founder said the charity would keep helping families for as long as it could.",
    ],
)
def test_a_vow_of_effort_is_no_outlook(vow: str) -> None:
    assert _outlook(LEAD + vow + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("The council will keep the library open until the new hub is built.", "library open"),
        ("The club said it would give the money to charity on Friday.", "on Friday"),
    ],
)
def test_a_step_with_keep_or_give_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")


@pytest.mark.parametrize(
    "account",
    [
        # crime, Australian English
        "Officers said the men would break into cars parked near the beach.",
        # crime, South African English
        "Detectives said Mokoena would befriend his victims online before asking for money.",
        # crime, local
        "Detectives said Lowe would pose as a council worker to get into homes.",
        # crime, Indian English
        "Police said Singh would follow women home from the station.",
        # crime, US local TV
        "A detective said the gang would use stolen number plates.",
    ],
)
def test_the_polices_account_of_a_suspect_is_no_outlook(account: str) -> None:
    assert _outlook(LEAD + account + "\n") == ""


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Detectives said they would examine CCTV from the area.", "examine CCTV"),
        ("Officers said Lowe would appear before magistrates on Monday.", "magistrates"),
        ("Police said the men would be questioned.", "questioned"),
        ("Officers said Lowe would appear before magistrates.", "magistrates"),
        # business, wire: an officer of a firm is no police officer
        (
            "The firm's chief financial officer, Ana Ruiz, said Corvane would repay every "
            "customer.",
            "repay every customer",
        ),
    ],
)
def test_the_polices_own_step_or_a_step_in_court_stays(text: str, step: str) -> None:
    assert step in _outlook(LEAD + text + "\n")
