# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 8a, on synthetic articles written for these tests (invented people,
bodies and places). An unnamed spokesperson the article gives to a body with "its"
("Halvard Bank said ... Its spokesman said") speaks for that body, as "it said" would.
A name followed by an age ("the captain, Leah Oduya, 29, said:") speaks even when a
fronted phrase ("After the final whistle,") makes the parser hang the name off the
phrase instead of the verb. A country that ends a longer body's name ("The charity
Diabetes Action UK") is not the body a later "spokeswoman for the charity" speaks for.
A fronted participle the parser makes the subject ("Writing on Instagram, the striker,
Joao Matos, said:") leaves the name speaking. A name the article calls a body by a
noun ("The charity Warmer Homes") is what "the charity said" stands for, even when the
recognizer read the name as a person's. "X's verdict was blunt: ‘…’" credits X, and
"The club's statement read: ‘…’" the club (not whoever reads a statement out). A
relative the lead only describes ("the boy's mother said she would ‘…’") is the one
person the article later gives that kin word ("his mother, Denise Achebe"). "As Donna
Kerr put it: ‘…’" credits her, as do "she shared a message with fans: ‘…’" and "In
the words of her manager, Pete Dunn: ‘…’" theirs. Beats: business, trade, sport, local politics, courts, health."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

ITS_SPOKESPERSON = [
    # Business: a bank.
    (
        """Bank on rates

Mortgage rates rose again.

Halvard Bank said it would raise its fixed rates. Its spokesman said: "We are passing on higher funding costs."
""",
        "Halvard Bank",
    ),
    # Trade: an exporters' body, partial quote.
    (
        """Trade body on exports

Exports of cheese fell last year.

The trade body Dairy Exporters Canada said the figures were disappointing. Its spokeswoman said the tariffs had "made our products too expensive in key markets".
""",
        "Dairy Exporters Canada",
    ),
    # Sport: a club.
    (
        """Club parts with coach

The coach has left after three seasons.

Kelby Rovers confirmed the departure on Monday. Its spokesperson said: "We thank him for everything he gave this club."
""",
        "Kelby Rovers",
    ),
    # Local politics: a council.
    (
        """Bins row

Collections have been missed for a third week.

Marston Vale Council said crews were short-staffed. Its spokeswoman said: "We are sorry and we are hiring more drivers."
""",
        "Marston Vale Council",
    ),
]


@pytest.mark.parametrize(("text", "body"), ITS_SPOKESPERSON)
def test_its_spokesperson_speaks_for_the_body(text: str, body: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == body


def test_its_spokesperson_with_no_body_before_is_no_one() -> None:
    text = """Rain delays harvest

Farmers in the valley have lost weeks of work to the rain.

Grower Tom Ashby said the crop was rotting. Its spokesman said: "We have never seen a summer like it."
"""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "Tom Ashby"


NAME_AGE_AFTER_FRONTED_PHRASE = [
    # Sport.
    (
        """Captain proud of side

The home side won the cup final on penalties.

After the final whistle, the captain, Leah Oduya, 29, said: "This group never gives up on each other."
""",
        "Leah Oduya",
    ),
    # Courts: a victim statement.
    (
        """Victim speaks out

A man has been jailed for attacking a pensioner in her home.

In a statement read to the court, the victim, Ada Pelham, 84, said: "I no longer feel safe in the house I have lived in for 50 years."
""",
        "Ada Pelham",
    ),
    # Business.
    (
        """Bakery founder retires

The bakery chain has a new owner.

At a meeting with staff on Friday, the founder, Marguerite Lasalle, 71, said: "It is time for a new generation to run the business."
""",
        "Marguerite Lasalle",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAME_AGE_AFTER_FRONTED_PHRASE)
def test_a_name_with_its_age_before_the_cue_speaks(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


COUNTRY_ENDING_A_BODY = [
    (
        """Charity calls for checks

Researchers found a link between night work and diabetes.

The charity Diabetes Action UK said the results were a reminder to employers. A spokeswoman for the charity said: "Simple checks can pick this up early."
""",
        "UK",
        "Diabetes Action UK",
    ),
    (
        """Group on river pollution

Sewage spills rose for a third year.

The campaign group Salmon Watch Ireland said the figures were shameful. A spokesman for the group said: "Our rivers are being used as drains."
""",
        "Ireland",
        "Salmon Watch Ireland",
    ),
]


@pytest.mark.parametrize(("text", "country", "body"), COUNTRY_ENDING_A_BODY)
def test_a_country_ending_a_body_name_is_not_its_spokesperson_s_body(
    text: str, country: str, body: str
) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != country
    assert quotes[0].speaker in (body, "unattributed")


FRONTED_PARTICIPLE = [
    # Sport.
    (
        """Striker signs

The club has signed a new striker.

Writing on Instagram, the striker, Joao Matos, said: "Proud to join this great club."
""",
        "Joao Matos",
    ),
    # Sport, another outlet's wording.
    (
        """Defender apologises

The defender was sent off on Saturday.

Writing on Twitter, the defender, Kofi Mensah, said: "I let the lads down and I am sorry."
""",
        "Kofi Mensah",
    ),
    # Business.
    (
        """Boss on job cuts

The bank will close 40 branches.

Posting on LinkedIn, the chief executive, Ruth Calder, said: "These decisions are never easy."
""",
        "Ruth Calder",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), FRONTED_PARTICIPLE)
def test_a_fronted_participle_parsed_as_subject_leaves_the_name_speaking(
    text: str, speaker: str
) -> None:
    # "Writing on Instagram, the striker, Joao Matos, said:" parsed with "Writing" as
    # the verb's subject and the name hung off "Instagram".
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


BODY_CALLED_BY_ITS_NOUN = [
    # Charity (the recognizer reads the name as a person's).
    (
        """Charity on heating

Energy bills rose again.

The charity Warmer Homes said it was alarmed. "Pensioners will be choosing between heating and eating," the charity said.
""",
        "Warmer Homes",
    ),
    # Business: a building society.
    (
        """Savings rates cut

Savers will earn less from next month.

The building society Harbourne Mutual said it had no choice. "We have held rates for as long as we could," the society said.
""",
        "Harbourne Mutual",
    ),
    # Housing.
    (
        """Damp homes

Tenants have complained of mould for a year.

The housing association Brightwater Homes said repairs had begun. "Every affected flat will be inspected by March," the association said.
""",
        "Brightwater Homes",
    ),
]


@pytest.mark.parametrize(("text", "body"), BODY_CALLED_BY_ITS_NOUN)
def test_a_name_the_article_calls_a_body_speaks_as_the_body(text: str, body: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == body


def test_a_person_given_a_body_noun_only_as_employer_is_not_the_body() -> None:
    # "the charity" is Warmer Homes, not the person who works for it.
    text = """Charity on heating

Energy bills rose again.

Kerry Blount, who works for the charity Warmer Homes, said pensioners were struggling. "Nobody should be cold in their own home," the charity said.
"""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "Kerry Blount"


WHOSE_UTTERANCE = [
    # Politics.
    (
        """Budget row

The chancellor delivered her budget.

Shadow chancellor Dev Raman's verdict was blunt: "This is a budget for nobody."
""",
        "Dev Raman",
    ),
    # Labour.
    (
        """Wage talks

Talks between the airline and cabin crew broke down.

Union negotiator Mia Castro's message to the airline was simple: "Put a fair offer on the table and we will talk."
""",
        "Mia Castro",
    ),
    # Courts: a pronoun's.
    (
        """Landlord fined

A landlord has been fined for renting out a flat riddled with mould.

Tenant Grace Obi watched from the public gallery. Her verdict was brief: "He got off lightly."
""",
        "Grace Obi",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), WHOSE_UTTERANCE)
def test_whose_verdict_or_message_introduces_the_quote(text: str, speaker: str) -> None:
    # "X's verdict was blunt: ‘…’": the utterance's owner speaks.
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


DOCUMENT_READ = [
    # Sport: a club's statement.
    (
        """Club statement

The striker has been suspended.

Harlow Athletic's statement read: "The club will not comment further while the investigation continues."
""",
        "Harlow Athletic",
    ),
    # Local: a charity's statement after it spoke.
    (
        """Charity closes

The charity will close its last three shops.

Rosewood Hospice said it had run out of money. The statement read: "We have done everything we can to keep our shops open."
""",
        "Rosewood Hospice",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DOCUMENT_READ)
def test_a_statement_that_read_speaks_for_its_owner(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_who_reads_out_a_statement_is_not_its_speaker() -> None:
    text = """Arson case

A man has admitted setting fire to a neighbour's car.

Judge Ellen Voss read a statement from the victim to the court: "I have not slept properly since that night."
"""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "Ellen Voss"


LEAD_RELATIVE_NAMED_LATER = [
    # Courts.
    (
        """Teenager sentenced

A teenager who stabbed a schoolboy was locked up for 12 years, as the boy's mother said she would "never stop missing him".

The 17-year-old, who cannot be named, was convicted of manslaughter in June.

Speaking outside court, his mother, Denise Achebe, said the family would now grieve in private.
""",
        "Denise Achebe",
    ),
    # Health: an inquest.
    (
        """Inquest into care home death

A coroner has criticised a care home after a resident choked, as the woman's son said staff had "ignored every warning we gave".

Edith Morrow, 88, died in March.

Her son, Graham Morrow, told the inquest he had raised concerns in writing.
""",
        "Graham Morrow",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), LEAD_RELATIVE_NAMED_LATER)
def test_a_relative_the_lead_describes_is_the_one_named_later(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_a_lead_relative_with_two_later_holders_is_no_one() -> None:
    text = """Crash inquest

Two pedestrians died in the crash, and the victim's brother said the road had been "a death trap for years".

Sam Keel's brother, Ian Keel, gave evidence first. Rita Vance's brother, Colin Vance, followed.
"""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker not in ("Ian Keel", "Colin Vance")


PUT_IT = [
    # Labour.
    (
        """Factory closure

The factory will close in June with 400 jobs lost.

As union rep Donna Kerr put it: "This town was built around that factory."
""",
        "Donna Kerr",
    ),
    # Sport.
    (
        """Cup exit

The holders were knocked out by a fourth-tier side.

Goalkeeper Ruben Alves put it bluntly: "We were second best all over the pitch."
""",
        "Ruben Alves",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PUT_IT)
def test_as_someone_put_it_introduces_their_words(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


SHARED_OR_WORDS_OF = [
    # Entertainment: a message shared on social media.
    (
        """Star reacts

The singer's tour was cancelled.

Lola Grant, 27, shared a message with fans on Instagram: "Gutted beyond words, I will make it up to you all."
""",
        "Lola Grant",
    ),
    # Agriculture: "in the words of".
    (
        """Drought hits farms

Farmers have been told to expect a poor harvest.

In the words of one grower, Tom Hale: "We have not had rain worth the name since April."
""",
        "Tom Hale",
    ),
    # Entertainment: a manager's words.
    (
        """Star reacts

The singer's tour was cancelled.

In the words of her manager, Pete Dunn: "Nobody is more upset than Lola."
""",
        "Pete Dunn",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SHARED_OR_WORDS_OF)
def test_a_shared_message_or_someone_s_words_introduce_the_quote(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
