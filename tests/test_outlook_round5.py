"""Round 5 outlook: sentences with a future's words that look ahead of nothing. A
milestone told in passing ("the quarry, which will mark its centenary next year"),
evidence heard in court of what someone said they would do ("..., the court heard"),
the writer's own wish ("one can only hope ..."), a future of people in general
("anyone who has used the app will know the feeling"), and a question, against the next
steps courts and arts pages do report (a sentencing date, a resumed inquest, a launch
next month, a festival line-up).

Every article here is synthetic: written for these tests (invented names and places)
across beats (courts, culture, tech, sport, local news) and house styles (wire,
broadsheet column, review, local), not taken from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.linguistic import analysis_of

# Four sentences of past facts open every synthetic article: the first ones are the
# situation, none looks ahead.
LEAD = (
    "The decision was announced on Tuesday after months of argument.\n\n"
    "Officials met late into the evening to agree the details.\n\n"
    "Several people spoke at the meeting before the vote was taken.\n\n"
    "Many residents had already written to the local paper about it.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


@pytest.mark.parametrize(
    "aside",
    [
        # a milestone of age in a relative clause: what the thing is, not a next step
        (
            "The quarry, which will mark its centenary next year, has since introduced "
            "remote detonation."
        ),
        (
            "The bakery, which will celebrate its 50th anniversary in May, was bought by a "
            "chain in 2019."
        ),
        "The club, which turns 125 next season, sacked its manager on Monday.",
        (
            "The museum, which will celebrate its bicentenary in 2027, was founded by a "
            "textile merchant."
        ),
    ],
)
def test_a_milestone_told_in_passing_is_no_outlook(aside):
    assert _outlook(LEAD + aside + "\n") == ""


def test_a_milestone_the_story_is_about_is_the_outlook():
    ahead = "The museum will celebrate its bicentenary with a free exhibition next year."
    assert _outlook(LEAD + ahead + "\n") == ahead


@pytest.mark.parametrize(
    "evidence",
    [
        "She told officers she would return the money the next day, the court heard.",
        "Jurors heard that Quinn said he would burn the house down.",
        (
            "Hartley replied that he would take a view on the day and told colleagues he would "
            "check the sentry positions himself, but he never did so, the jury heard."
        ),
    ],
)
def test_what_the_court_heard_someone_would_do_is_the_past(evidence):
    assert _outlook(LEAD + evidence + "\n") == ""


def test_a_reported_plan_with_a_date_ahead_still_stands_beside_evidence():
    text = (
        LEAD
        + "She told officers she would return the money the next day, the court heard.\n\n"
        + "Mr Dunn's lawyer said his client would appeal against the conviction.\n"
    )
    assert _outlook(text) == "Mr Dunn's lawyer said his client would appeal against the conviction."


@pytest.mark.parametrize(
    "opinion",
    [
        # a review's or a column's voice: people in general, the writer's wish, questions
        "Anyone who has used the app will know the feeling.",
        "Audiences who remember the old hall's draughts will hardly recognise it.",
        "Visitors will appreciate the new lifts.",
        "Everyone will have their favourite track.",
        "Nobody will leave the theatre humming the tunes.",
        "Some will call it a masterpiece; others will walk out at the interval.",
        "One can only hope that the city's teenagers will find their way through its doors.",
        "Let us hope the minister will listen before the next winter.",
        "Will the council listen to the residents this time?",
        "Wouldn't that be the best reopening of all?",
        "Should a city of 140,000 people spend this kind of money on a concert hall?",
    ],
)
def test_an_opinion_or_a_question_is_no_outlook(opinion):
    assert _outlook(LEAD + opinion + "\n") == ""


@pytest.mark.parametrize(
    "ahead",
    [
        # courts
        "Okafor is due to appear at Leeds Crown Court on 9 May.",
        "The company will be sentenced at the same hearing.",
        (
            "The inquest into his death, opened and adjourned in 2024, is due to resume once "
            "the criminal proceedings have concluded."
        ),
        "He was remanded in custody and will appear at Manchester Crown Court on 12 May.",
        (
            "A spokesman for the firm said it was deeply sorry and would consider an appeal "
            "once it had studied the judgment."
        ),
        # culture and tech
        "Tickets for the paid events go on sale on 1 July.",
        "A new booking app, developed with a local software firm, is set to launch next month.",
        "The festival line-up will be announced on Friday.",
        "The developer says the game will be released on 14 February.",
    ],
)
def test_a_next_step_on_the_courts_and_arts_pages_is_the_outlook(ahead):
    # round 30: an aside set off by commas that tells no step is left out
    assert _outlook(LEAD + ahead + "\n") == ahead.replace(
        ", developed with a local software firm,", ""
    )


def test_a_column_keeps_its_launch_date_and_drops_its_closing_wish():
    text = (
        LEAD
        + "A new booking app is set to launch next month.\n\n"
        + "Audiences who remember the old hall will hardly recognise it.\n\n"
        + "For now, one can only hope that the city's teenagers will find their way through "
        "its doors.\n\n" + "Wouldn't that be the best reopening of all?\n"
    )
    assert _outlook(text) == "A new booking app is set to launch next month."


@pytest.mark.parametrize(
    "settled",
    [
        # a plan reported and carried out, or not, in the same sentence
        "The club said on Monday it would sack the manager, and did so hours later.",
        "Kerr told the supplier he would pay the invoice by Friday, but the money never arrived.",
        "The mayor promised she would publish the accounts, but she never did so.",
    ],
)
def test_a_plan_settled_in_the_same_sentence_is_no_outlook(settled):
    assert _outlook(LEAD + settled + "\n") == ""


def test_a_generic_word_as_a_determiner_keeps_the_actor():
    ahead = "Some residents will be moved to temporary homes from next month."
    assert _outlook(LEAD + ahead + "\n") == ahead


@pytest.mark.parametrize(
    "beforehand",
    [
        # said before an occasion the story reports
        "Before the game, the coach said his side would attack from the first whistle.",
        "Ahead of the final, Ross said she would enjoy every minute.",
        "Before the hearing, his lawyer said he would plead not guilty.",
    ],
)
def test_what_was_said_before_the_occasion_is_no_outlook(beforehand):
    assert _outlook(LEAD + beforehand + "\n") == ""


def test_said_ahead_of_a_dated_occasion_is_the_outlook():
    ahead = "Before Friday's deadline, the union said it would ballot its members."
    assert _outlook(LEAD + ahead + "\n") == ahead


@pytest.mark.parametrize(
    "account",
    [
        # the prosecution's account of a defendant's conduct, in a "would" of habit
        (
            "Prosecutor Dan Oyelaran said Tolley would tell the club's coaches that kit money "
            "had been delayed."
        ),
        "Prosecuting, Sarah Quill said Brennan would wait outside the post office for pensioners.",
    ],
)
def test_the_prosecutions_account_is_no_outlook(account):
    assert _outlook(LEAD + account + "\n") == ""


def test_the_prosecutions_own_plan_is_the_outlook():
    ahead = "Prosecutors said they would seek a retrial."
    assert _outlook(LEAD + ahead + "\n") == ahead


def test_the_writers_guess_gives_way_to_the_dated_step():
    text = (
        LEAD
        + "Consumer groups will no doubt ask why it took so long.\n\n"
        + "The firm's next model is due to go on sale in March.\n"
    )
    assert _outlook(text) == "The firm's next model is due to go on sale in March."


@pytest.mark.parametrize(
    "lent",
    [
        # a feeling the writer lends someone, a judgment of what was just said
        (
            "It was the club's first win in 12 matches, and manager Rob Kell will hope it "
            "marks a turning point."
        ),
        "Kell will be hoping his side can build on the result.",
        "Kell will want more from his strikers.",
        "The minister will be relieved that the figures were not worse.",
        "That will come as cold comfort to the families.",
        "Consumer groups will no doubt ask why it took so long.",
    ],
)
def test_the_writers_commentary_is_no_outlook(lent):
    assert _outlook(LEAD + lent + "\n") == ""


def test_a_relative_that_is_no_demonstrative():
    ahead = "The bypass, a scheme that will cost £40m, will open in June."
    assert _outlook(LEAD + ahead + "\n") == ahead


@pytest.mark.parametrize(
    "ahead",
    [
        # people in general, a feeling or a report with a date ahead: a next step
        "You will be able to apply from 1 April.",
        "Everyone affected will be contacted by the council next week.",
        "He will hope to return for the final on Sunday.",
        "The court was told he would be sentenced on Friday.",
        "Before the vote next week, the mayor said she would publish the accounts.",
    ],
)
def test_a_date_ahead_keeps_the_step(ahead):
    assert _outlook(LEAD + ahead + "\n") == ahead


@pytest.mark.parametrize(
    "onlookers",
    [
        "Critics will point to the cost.",
        "Readers will search in vain for a likeable character.",
    ],
)
def test_what_critics_and_readers_will_do_is_no_outlook(onlookers):
    assert _outlook(LEAD + onlookers + "\n") == ""


def test_fans_given_terms_with_a_date_are_the_outlook():
    ahead = "Fans will be able to buy tickets from Monday."
    assert _outlook(LEAD + ahead + "\n") == ahead
