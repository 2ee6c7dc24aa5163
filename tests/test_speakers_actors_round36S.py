# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 36 (helper S), speakers and actors, two classes of English news in general.

Actors: two given names joined by "and" before one surname ("Tom and Kiri Ramsay",
"Faisal and Aisha Abdullah", "the boy's parents, Hamza and Bilal Yusuf") are two people
who share the surname (a couple, siblings), each listed in full: the first, never written
whole, is listed too, not only the one the recognizer names. Not a place or a body after
a preposition of place ("in Katherine and Alice Springs", "clinics in Nelson and Grace
Harbour"), not a firm ("Ben and Jerry's"), not a run the capitalized word before opens
("Mary Anne and Tom Lee" is no "Anne Lee").

Speakers: a name run on from the noun it names inside the subject's own description
("Ali Khan, founder of the start-up Tidewise, said"), which the parser may hang on the
subject as an apposition, is the noun's name (the start-up's), not the speaker's; the
subject speaks. As with a name set off by commas ("a friend of the victim, Alan Price,").
And a paragraph that opens with quoted words reported by a document ("‘…,’ the report
said") speaks for whoever the sentence before, the last of the paragraph before, gives
that document to ("A report by the Institute for Fiscal Research found ..."): news runs
one sentence to a paragraph, so the paragraph break does not part the two.

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Irish, New Zealand, Canadian, Australian,
Spanish, Welsh, Pakistani-British and Norwegian copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _brief(text: str):
    return build_brief("Headline\n\n" + text)


def _people(text: str) -> set[str]:
    return {a.name for a in _brief(text).actors if a.kind == "person"}


def _speaker(text: str, words: str) -> str:
    quotes = [q for q in _brief(text).quotes if words in q.text]
    assert quotes, f"no quote holds {words!r}"
    return quotes[0].speaker


# --- Two given names over one surname are two people --------------------------------
# Each fails on the code before the round: it listed one of the two, or neither.


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # NZ local, health charity
        (
            "Tom and Kiri Ramsay founded Tamariki Talk after their son learned to talk with speech therapy.",
            {"Tom Ramsay", "Kiri Ramsay"},
        ),
        # UK tabloid, lottery winners giving to cadets
        (
            'Jamie and Lisa Dunmore, who won £61m in 2019, have donated a minibus to Kettering Sea Cadets.\n\nThe couple said the cadets had "changed our son\'s life".',
            {"Jamie Dunmore", "Lisa Dunmore"},
        ),
        # UK broadsheet, inquest (the parents in apposition after a comma)
        (
            "Senior coroner Imelda Marriott-Shaw criticised Pennine Crescent Housing for failing to act on complaints from the boy's parents, Faisal and Aisha Abdullah.",
            {"Imelda Marriott-Shaw", "Faisal Abdullah", "Aisha Abdullah"},
        ),
        # UK local, courts (siblings; a surname that is also a given name)
        (
            "Hamza and Bilal Yusuf, of Small Heath, pocketed £60,000 from a fake charity, Birmingham Crown Court heard.",
            {"Hamza Yusuf", "Bilal Yusuf"},
        ),
        # Canadian wire, business (after a dateline)
        (
            "TORONTO (Maple Wire) - Priya and Arjun Malhotra opened their third bakery in Brampton on Saturday, two years after arriving from Delhi.",
            {"Priya Malhotra", "Arjun Malhotra"},
        ),
        # Australian broadcaster, science prize (after a common noun)
        (
            "The award went to siblings Chloe and Ethan Whitaker, who built a solar-powered wheelchair in their garage in Adelaide.",
            {"Chloe Whitaker", "Ethan Whitaker"},
        ),
        # Irish broadcaster, missing people
        (
            "Gardaí in Cork are searching for Sean and Niamh Brennan, a brother and sister missing since Friday.",
            {"Sean Brennan", "Niamh Brennan"},
        ),
        # UK regional, consumer (a common noun opening the sentence)
        (
            "Pensioners Maureen and Albert Higginbottom, of Rochdale, have been told their energy bill will double after a meter error.",
            {"Maureen Higginbottom", "Albert Higginbottom"},
        ),
    ],
)
def test_two_given_names_over_one_surname_are_two_people(text: str, people: set[str]) -> None:
    assert people <= _people(text)


# Negative cases: no person made of a place, a firm or half a double given name. Each
# guards a neighbour the rule could break (they pass before the round too).


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        # Australian broadcaster, health: two towns after "in"
        (
            "Territory Health Minister Ellen Pascoe said the government would fund a larger trial in Katherine and Alice Springs next wet season.",
            {"Katherine Springs", "Alice Springs"},
        ),
        # NZ local, health: a town and a harbour after "in"
        (
            "The Ministry of Health said it would open new clinics in Nelson and Grace Harbour next year.",
            {"Nelson Harbour", "Grace Harbour"},
        ),
        # US wire, business: a firm's name
        (
            "Ben and Jerry's said it would stop selling ice cream in the region.",
            {"Ben Jerry's", "Ben"},
        ),
        # Welsh local, arts: a double given name opens the first name
        (
            "Mary Anne and Tom Pryce opened a gallery in Tenby on Saturday.",
            {"Anne Pryce"},
        ),
    ],
)
def test_no_couple_of_places_firms_or_double_given_names(text: str, not_people: set[str]) -> None:
    assert not (not_people & _people(text))


# --- A name run on from a noun inside the subject's description -------------------


def test_start_ups_name_inside_the_founders_description_does_not_speak() -> None:
    # Fails before the round: the start-up ("Tidewise") was credited with the words.
    text = (
        'Mohammed Al-Rashid, founder of the Cardiff-based start-up Tidewise, said the funding would let the firm "go from five people to fifty".\n\n'
        "The round was led by Severn Ventures."
    )
    assert _speaker(text, "five people to fifty") == "Mohammed Al-Rashid"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # Norwegian charity (a name after its noun, no comma)
        (
            'Ingrid Solberg, chair of the Bergen charity Havly, said the grant would "keep the doors open for another winter".',
            "keep the doors open",
            "Ingrid Solberg",
        ),
        # Ghanaian think tank
        (
            'Kwame Asante, head of the Accra think tank Ubuntu Policy, said the budget "does nothing for the poorest".',
            "does nothing for the poorest",
            "Kwame Asante",
        ),
        # UK courts: the name set off by commas renames the victim (round 31)
        (
            'Jo Reid, a friend of the victim, Alan Price, said he "never hurt anyone".',
            "never hurt anyone",
            "Jo Reid",
        ),
        # UK politics: a phrase on the subject, then the speaker's name (must stay hers)
        (
            'Pressed by the committee chair, Alan Reeve, on bonuses, Helen Pitt replied: "The board decides pay, not me."',
            "The board decides pay",
            "Helen Pitt",
        ),
    ],
)
def test_subject_with_a_named_thing_in_its_description_speaks(
    text: str, words: str, speaker: str
) -> None:
    # Neighbours the change could break: each passes before the round and must after.
    assert _speaker(text, words) == speaker


# --- A document's words in the paragraph after the one that names its author ----------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # UK broadsheet, economy (a report by a body)
        (
            "A report by the Institute for Fiscal Research found households in the North East had seen the sharpest fall in disposable income.\n\n"
            '"The gap between regions is now wider than at any point since we began collecting this data," the report said.',
            "The gap between regions",
            "Institute for Fiscal Research",
        ),
        # Welsh trade press, retail (a survey)
        (
            "A survey by the Tallow Retail Consortium found footfall in Welsh high streets fell 4% in March.\n\n"
            '"Shoppers are staying at home until the weather turns," the survey said.',
            "Shoppers are staying at home",
            "Tallow Retail Consortium",
        ),
        # NZ broadcaster, transport (an audit by an office)
        (
            "An audit by the Office of the Auditor-General found the ferry contract had cost NZ$40m more than planned.\n\n"
            '"The ministry did not test the bids against its own estimates," the audit said.',
            "did not test the bids",
            "Office of the Auditor-General",
        ),
        # UK local, council (a letter from a councillor)
        (
            "A letter from Councillor Ann Bright was read out at the start of the meeting.\n\n"
            '"I cannot support a plan that closes the only library in my ward," the letter said.',
            "I cannot support a plan",
            "Ann Bright",
        ),
    ],
)
def test_documents_words_after_the_paragraph_naming_its_author(
    text: str, words: str, speaker: str
) -> None:
    # Each fails on the code before the round (the quote was left unattributed).
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Two sentences back: the document's author is too far to credit
        "A report by the Institute for Fiscal Research found households in the North East had seen the sharpest fall in income.\n\n"
        "The government disputed the figures.\n\n"
        '"The gap between regions is now wider than ever," the report said.',
        # The sentence before names the report but no author
        "The report was published on Monday after a two-year delay.\n\n"
        '"The gap between regions is now wider than ever," the report said.',
    ],
)
def test_documents_words_with_no_author_just_before_stay_unattributed(text: str) -> None:
    # Guards: unattributed before the round and after (nobody is credited by guess).
    assert _speaker(text, "The gap between regions") == "unattributed"
