"""Speakers, round 6b: a spokesman for "the company" the article never tied to that
noun, a quote coordinated with a speech verb used of an amount ("would add £6m ... and
would ‘…’"), and a particle surname ("de la Cruz") that only the actor step makes an
alias. Every article here is synthetic (written for these tests; invented people and
organizations), across business, transport, sport, obituaries and local news, in
curly, straight and single quote styles."""

from __future__ import annotations

from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.engines.linguistic import analysis_of


def _speakers(text: str) -> dict[str, str]:
    return {p.text: p.speaker for p in analysis_of(text).passages}


# --- a spokesman for "the company": the business that spoke just before ---------------


def test_a_spokesman_for_the_company_speaks_for_the_business_that_spoke_before():
    # synthetic: business, broadcaster, acronym given in brackets
    speakers = _speakers(
        "Talks to end a strike at the port of Castlemoor will resume on Monday.\n\n"
        "The port's operator, Castlemoor Harbour Services (CHS), has offered a 4% rise.\n\n"
        "CHS said the walkout was costing it about £1m a day.\n\n"
        "A spokesman for the company said a settlement at 8% would add £3.2m a year "
        'to its wage bill and would "put future investment at risk".'
    )
    assert speakers["put future investment at risk"] in ("CHS", "Castlemoor Harbour Services")


def test_a_spokesman_for_the_company_is_not_given_a_union_or_a_council():
    # synthetic: local, the body that spoke before is a council: "the company" is not it
    council = _speakers(
        "Bins in Ashcombe will be collected fortnightly from April.\n\n"
        "Ashcombe District Council said the change would save £400,000 a year.\n\n"
        'A spokesman for the company said crews would be "retrained over the winter".'
    )
    assert council["retrained over the winter"] == UNATTRIBUTED
    # synthetic: business, wire, the union spoke last
    union = _speakers(
        "Workers at the Dunmore bakery walked out on Friday.\n\n"
        "The Bakers' Union said the offer was an insult.\n\n"
        'A spokeswoman for the company said the offer was "fair and final".'
    )
    assert union["fair and final"] == UNATTRIBUTED


def test_a_speech_verb_used_of_an_amount_does_not_frame_the_quote_after_it():
    # synthetic: transport, local, straight quotes: "add £40" is no speech
    speakers = _speakers(
        "Fares will rise by 5% in March, the Grantley Rail Company said.\n\n"
        "A spokesman for the firm said the increase would add £40 to an annual season "
        'ticket and would "keep trains running".'
    )
    assert speakers["keep trains running"] == "Grantley Rail Company"


# --- a particle surname the actor step makes an alias -----------------------------------


def test_a_particle_surname_alias_found_by_the_actor_step_credits_the_quote():
    # synthetic: obituary, broadsheet, straight quotes
    obituary = _speakers(
        "The singer Ana Lucía de la Cruz, who toured with him for a decade, spoke at "
        "the funeral on Friday.\n\n"
        '"He never sang a line he didn\'t believe," de la Cruz said.'
    )
    assert obituary["He never sang a line he didn't believe"] == "Ana Lucía de la Cruz"
    # synthetic: sport, tabloid, single quotes
    sport = _speakers(
        "Defender Juan Carlos de la Fuente scored twice as Harwick won 3-1.\n\n"
        "'I owed the fans that one,' de la Fuente said."
    )
    assert sport["I owed the fans that one"] == "Juan Carlos de la Fuente"


def test_an_unknown_surname_is_still_nobody():
    # synthetic: culture, local: a name written only as a surname nobody carries
    speakers = _speakers(
        "The festival opened on Friday with a parade through the town.\n\n"
        '"It was the best crowd we have had," de la Vega said.'
    )
    assert speakers["It was the best crowd we have had"] == UNATTRIBUTED


def test_a_spokesperson_for_a_body_by_its_short_name_speaks_for_the_body():
    # synthetic: business, local: "Loxley" is the group's short name, left unlabelled
    speakers = _speakers(
        "Loxley Outdoor Group, owned by Fennimore Capital, will close its Derby depot.\n\n"
        'A spokeswoman for Loxley said the site was "no longer viable".\n\n'
        '"We are sorry," the spokeswoman said.'
    )
    assert speakers["no longer viable"] == "Loxley Outdoor Group"
    assert speakers["We are sorry"] == "Loxley Outdoor Group"


def test_a_particle_surname_the_recognizer_calls_a_body_is_the_person_named_in_full():
    # Synthetic (invented names): "de los Reyes" comes back from the small pipeline as an
    # organization "Reyes"; the particles open the surname, so it is the actor named in full.
    text = (
        "The veteran actor Luis Miguel de los Reyes, 71, opened the festival on Friday.\n\n"
        '"I have never felt so nervous," de los Reyes said.\n'
    )
    assert _speakers(text) == {"I have never felt so nervous": "Luis Miguel de los Reyes"}
    assert [a.name for a in analysis_of(text).actors] == ["Luis Miguel de los Reyes"]


def test_a_lower_case_particle_after_a_determiner_opens_no_surname():
    # Synthetic: "the van" is a vehicle, not part of the name after it.
    text = 'Police said the van Smith was driving had no tax.\n\n"It was a mess," Smith said.\n'
    assert _speakers(text) == {"It was a mess": "Smith"}
