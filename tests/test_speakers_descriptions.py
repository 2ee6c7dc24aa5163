"""Speaker recall (issue 21): quotes that continue the previous speaker, unnamed speakers
described by a noun phrase, institutions by a common noun, names in apposition after
the quote, and pronouns resolved by gender and subjecthood. Every article here is
synthetic (written for these tests; fictional people and organizations), in several
beats and quoting styles; each class has a negative case beside it."""

from __future__ import annotations

import pytest
from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.engines.linguistic import analysis_of


def _speakers(text: str) -> dict[str, str]:
    """Each quoted passage (each part of a split quote on its own) and its speaker."""
    return {p.text: p.speaker for p in analysis_of(text).passages}


# --- 1. a quote that carries on the previous speaker ----------------------------------

# synthetic: business, curly double quotes, the attribution names the speaker's employer
CARRY_BUSINESS = (
    "Shares in Corvane Retail fell 12% on Thursday after a weak Christmas.\n\n"
    "“Shoppers simply did not turn up in December,” said Priya Castellan, an analyst "
    "at Lomond Securities. “The spring will tell us whether that was a blip.”\n\n"
    "The company declined to comment."
)

# synthetic: sport, straight double quotes, the speaker tells a broadcaster
CARRY_SPORT = (
    "Westmere Athletic won the county cup on Saturday.\n\n"
    '"We deserved that after the year we have had," Tomasz Rybak told Radio Westmere. '
    '"The lads never stopped running."'
)

# synthetic: courts, straight single quotes, a title the speaker is named with again
CARRY_COURT = (
    "A bookkeeper stole £90,000 from a village charity, a court heard.\n\n"
    "Prosecutor Amelia Grint said the thefts ran for six years. 'She took money meant "
    "for hospice patients,' Miss Grint told the court. 'Not a penny has been repaid.'"
)

# synthetic: a second named speaker between the two quotes stops the carry-over
CARRY_STOPPED = (
    "Councillors approved the new cycle lanes on Tuesday.\n\n"
    '"This will make the town centre safer," said Harriet Okafor, who chairs the '
    "transport committee. Opposition leader Dev Marsh said the plan was rushed. "
    '"Traders were never asked."'
)


def test_a_quote_standing_alone_after_an_attribution_carries_on_its_speaker():
    assert _speakers(CARRY_BUSINESS)["The spring will tell us whether that was a blip."] == (
        "Priya Castellan"
    )
    assert _speakers(CARRY_SPORT)["The lads never stopped running."] == "Tomasz Rybak"
    assert _speakers(CARRY_COURT)["Not a penny has been repaid."] == "Amelia Grint"


def test_an_intervening_named_speaker_stops_the_carry_over():
    speakers = _speakers(CARRY_STOPPED)
    assert speakers["This will make the town centre safer"] == "Harriet Okafor"
    assert speakers["Traders were never asked."] != "Harriet Okafor"


# --- 2. unnamed speakers described by a noun phrase ----------------------------------

# synthetic: local government, a spokesman whose body is a common noun
DESCRIBED_COUNCIL = (
    "Parking charges in Dunmore Street will double from May.\n\n"
    'A borough spokeswoman said: "The charges have not risen for a decade."'
)

# synthetic: health, the agency introduced with its acronym, then its spokesman
DESCRIBED_ACRONYM = (
    "The Coastal Water Safety Authority (CWSA) closed four beaches on Monday after "
    "sewage was found in the sea.\n\n"
    "'Bathers should stay out of the water until Thursday,' a CWSA spokesman said."
)

# synthetic: tabloid, an anonymous source and a parent at a protest
DESCRIBED_PEOPLE = (
    "The star of the quiz show has walked out of filming, insiders claim.\n\n"
    "A source told the newspaper: 'Nobody saw it coming.'\n\n"
    "Outside the studio, one mother shouted at security: 'Where are the refunds?'\n\n"
    'The incident was reported by a cyclist who said he saw "smoke pouring out of the '
    'roof".'
)

# synthetic: environment, campaigners from a named group; organisers of an event
DESCRIBED_GROUPS = (
    "A chemical plant has been fined £200,000 for polluting the Arden brook.\n\n"
    'Campaigners from the group Clean Arden Alliance said the fine was "nowhere near enough".'
    "\n\n"
    "Organisers of the Arden Valley Show, which had planned a riverside stage, said the "
    'spill had "ruined the summer".'
)

# synthetic: a bare spokesperson speaks for the organization that spoke last
DESCRIBED_BARE = (
    "The Kestrel Valley Rugby Union said it would review the pitch invasion. "
    '"Stewards will be retrained before next season" a spokeswoman said.'
)

# synthetic: negatives: a bare spokesman after a person spoke; a reporter's question;
# a question put by an unnamed fan; a report is not a person
DESCRIBED_NEGATIVE = (
    "Ferris Holdings chief executive Dara Quill denied the claims on Monday. "
    'A spokesman said the figures were "simply wrong".\n\n'
    'A reporter asked Quill: "Will you resign?"\n\n'
    'Asked by a supporter: "Is the club for sale?", Quill replied: "No."\n\n'
    'A newspaper report said the firm was "close to collapse".'
)


def test_a_spokesperson_of_a_body_named_only_by_a_common_noun_is_the_description():
    speakers = _speakers(DESCRIBED_COUNCIL)
    assert speakers["The charges have not risen for a decade."] == "A borough spokeswoman"


def test_a_spokesperson_of_an_organization_named_before_speaks_for_it():
    speakers = _speakers(DESCRIBED_ACRONYM)
    assert speakers["Bathers should stay out of the water until Thursday"] == (
        "Coastal Water Safety Authority"
    )


def test_unnamed_people_are_credited_by_their_description():
    speakers = _speakers(DESCRIBED_PEOPLE)
    assert speakers["Nobody saw it coming."] == "A source"
    assert speakers["Where are the refunds?"] == "one mother"
    assert speakers["smoke pouring out of the roof"] == "a cyclist"


def test_groups_speak_for_their_organization_or_by_their_description():
    speakers = _speakers(DESCRIBED_GROUPS)
    assert speakers["nowhere near enough"] == "Clean Arden Alliance"
    assert speakers["ruined the summer"] == "Organisers of the Arden Valley Show"


def test_a_bare_spokesperson_speaks_for_the_organization_that_spoke_last():
    speakers = _speakers(DESCRIBED_BARE)
    assert speakers["Stewards will be retrained before next season"] == (
        "Kestrel Valley Rugby Union"
    )


def test_descriptions_that_must_not_be_credited():
    speakers = _speakers(DESCRIBED_NEGATIVE)
    # a person spoke last: whose spokesman is not known
    assert speakers["simply wrong"] == UNATTRIBUTED
    # the press asking, and an unnamed one framing a question for the story's speaker
    assert speakers["Will you resign?"] == UNATTRIBUTED
    assert speakers["Is the club for sale?"] == UNATTRIBUTED
    assert speakers["close to collapse"] == UNATTRIBUTED


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter to parents said: 'The ground will be sold.'",
        "A statement said: 'The ground will be sold.'",
        "A newsletter sent to members said: 'The ground will be sold.'",
        # plural and vague: "some residents" is nobody in particular
        "Some residents said: 'The ground will be sold.'",
    ],
)
def test_things_that_say_and_vague_groups_are_not_described_speakers(sentence):
    speakers = _speakers("Plans for the stadium were revealed on Friday.\n\n" + sentence)
    assert speakers["The ground will be sold."] == UNATTRIBUTED


def test_an_agent_noun_is_a_described_person():
    speakers = _speakers(
        "A car left the road near Ashby on Sunday.\n\n"
        "A teenager told police: 'I saw it go into the water.'"
    )
    assert speakers["I saw it go into the water."] == "A teenager"


# --- 3. institutions by a common noun --------------------------------------------------

# synthetic: tech, the company described by the noun the article gave it
INSTITUTION_TECH = (
    "The meal-planning app StepCount has admitted that a coding error exposed the saved "
    "recipes of 40,000 users.\n\n"
    'The company, based in Bristol, said the flaw had been "fixed within hours".'
)

# synthetic: sport, the club by its name's ending, the statement introduced by a colon
INSTITUTION_SPORT = (
    "Brackley Town have sacked head coach Ruth Emery after nine defeats in a row.\n\n"
    "In a statement, the club said: 'The board thanks Ruth for her work.'"
)

# synthetic: transport, a carrier by its name's ending
INSTITUTION_CARRIER = (
    "Bluewater Shipping Lines cancelled three sailings from Felixstowe this week.\n\n"
    "In a note to customers, the carrier said the cuts reflected “weak winter demand”."
)

# synthetic: negative: "the club" with no club named nearby stays unattributed, and a
# company does not make "the club"
INSTITUTION_NOTHING_FITS = (
    "Harrow Foods Ltd reported record profits on Monday.\n\n"
    'The club said the sponsorship deal was "under review".'
)


def test_the_company_is_the_business_the_article_described():
    assert _speakers(INSTITUTION_TECH)["fixed within hours"] == "StepCount"


def test_the_club_and_the_carrier_by_their_names():
    assert _speakers(INSTITUTION_SPORT)["The board thanks Ruth for her work."] == "Brackley Town"
    assert _speakers(INSTITUTION_CARRIER)["weak winter demand"] == "Bluewater Shipping Lines"


def test_an_institution_noun_that_fits_nothing_stays_unattributed():
    assert _speakers(INSTITUTION_NOTHING_FITS)["under review"] == UNATTRIBUTED


# --- 4. the speaker named in apposition around the cue --------------------------------

# synthetic: science, "its director, Professor X, said in a statement"
APPOSITION_SCIENCE = (
    "The Halden Observatory has found a second moon around a distant asteroid.\n\n"
    "“This is the smallest moon we have ever confirmed,” its director, Professor "
    "Tobias Lindqvist, said in a statement."
)

# synthetic: health, "Dr X, the agency's adviser for ..., told a briefing"
APPOSITION_HEALTH = (
    "Cases of whooping cough have tripled in the region this year.\n\n"
    '"Parents should check their children\'s records now," Dr Anneliese Vortmann, the '
    "agency's senior adviser for childhood infections, told a news briefing in Geneva."
)

# synthetic: courts, the coroner named after her title, with a participle first
APPOSITION_COURT = (
    "An inquest has heard that a cyclist died after a lorry turned across his path.\n\n"
    "Recording a verdict of accidental death, the senior coroner for West Sussex, "
    "Marian Ashdown, said the junction had been 'a known danger for years'."
)


def test_a_name_in_apposition_before_the_cue_is_the_speaker():
    assert (
        _speakers(APPOSITION_SCIENCE)["This is the smallest moon we have ever confirmed"]
        == "Tobias Lindqvist"
    )
    assert _speakers(APPOSITION_HEALTH)["Parents should check their children's records now"] == (
        "Anneliese Vortmann"
    )
    assert _speakers(APPOSITION_COURT)["a known danger for years"] == "Marian Ashdown"


# --- 5. pronouns: the nearest subject or speaker of the right gender ------------------

# synthetic: courts, "she said" after a woman spoke, another woman named earlier
PRONOUN_COURT = (
    "A care home has been criticised after a resident fell at night.\n\n"
    "Giving evidence, nurse Kelly Braithwaite said she had been alone on the ward.\n\n"
    "Concluding the hearing, the area coroner, Joanna Pettifer, said the home had "
    "'failed him in every way'.\n\n"
    "'No one checked on him for six hours,' she said."
)

# synthetic: obituary, her husband named (and a subject) between her and her words
PRONOUN_OBITUARY = (
    "The potter Ingrid Solvang, who has died aged 90, believed a bowl should be used "
    "every day.\n\n"
    "She set up her first studio in Cornwall in 1961 with her husband, the painter "
    "Walter Haines. Walter Haines, who died in 1999, built the kilns himself.\n\n"
    "In a 1975 interview, she said: “A pot on a shelf is a pot that has failed.”"
)

# synthetic: politics, "she said" must not go to people only mentioned as objects
PRONOUN_OBJECT = (
    "Transport minister Lena Farrow announced the new rail timetable on Monday.\n\n"
    "Farrow praised Owen Pryce and Aisha Rahman, the engineers who designed it.\n\n"
    '"Trains will run every ten minutes," she said.'
)


def test_she_is_the_nearest_woman_who_spoke_not_one_named_earlier():
    assert _speakers(PRONOUN_COURT)["No one checked on him for six hours"] == "Joanna Pettifer"


# synthetic: business, the man's gender told only by a reflexive pronoun
PRONOUN_REFLEXIVE = (
    "The baker Rosa Lindqvist, who has died aged 84, opened her first shop in 1968.\n\n"
    "In 1975 Anders Berg bought the shop next door and rebuilt the ovens himself.\n\n"
    "Asked about her success, she said: “Bread is patience and nothing else.”"
)


def test_she_never_resolves_to_a_man():
    speakers = _speakers(PRONOUN_OBITUARY)
    assert speakers["A pot on a shelf is a pot that has failed."] == "Ingrid Solvang"
    speakers = _speakers(PRONOUN_REFLEXIVE)
    assert speakers["Bread is patience and nothing else."] == "Rosa Lindqvist"


def test_a_pronoun_does_not_pick_a_person_only_mentioned_as_object():
    speakers = _speakers(PRONOUN_OBJECT)
    # the two nearest names are objects of "praised": not who "she" is
    assert speakers["Trains will run every ten minutes"] == "Lena Farrow"


# --- names and clauses the parse gets half right ----------------------------------------

# synthetic: world, a two-word surname whose given name the recognizer may drop
FULL_NAME = (
    "Chile and Bolivia signed a water-sharing treaty on Friday.\n\n"
    "Her Bolivian counterpart, Esteban Rojas Villarroel, said the deal would "
    "“end a quarrel older than either of us.” He added: “Rivers do not read maps.”"
)

# synthetic: local, a first name with an age in apposition
AGED_NAME = (
    "The village butcher, Tom Pardoe, has died aged 91.\n\n"
    "Georgina, 58, said her father never missed a market day.\n\n"
    '"He knew every farmer by name and every cow by its mother."'
)

# synthetic: business, her own words after a denial (a guard: the words she calls it
# are hers, the words she denies are nobody's); a rumour dismissed; a banner
REJECTED_CLAIM = (
    "Chief executive Nadia Ferreira defended the merger on Monday.\n\n"
    "Ferreira also rejected a widely circulated claim that she had told bankers the bid "
    "would be “easier than selling bread”, calling it “something I have never said and "
    "would never say”.\n\n"
    "Fund manager Daniel Okafor also dismissed a rumour that he had told investors the "
    "fund was “safer than a bank”.\n\n"
    "Outside, strikers waved a banner, saying “Pay up, Ferreira”."
)


def test_the_speakers_full_name_is_kept():
    speakers = _speakers(FULL_NAME)
    assert speakers["end a quarrel older than either of us."] == "Esteban Rojas Villarroel"
    assert speakers["Rivers do not read maps."] == "Esteban Rojas Villarroel"


def test_a_first_name_with_an_age_is_a_person_who_speaks():
    speakers = _speakers(AGED_NAME)
    assert speakers["He knew every farmer by name and every cow by its mother."] == "Georgina"


def test_words_called_after_a_denial_are_the_deniers_own():
    quotes = {p.text: (p.speaker, p.kind) for p in analysis_of(REJECTED_CLAIM).passages}
    assert quotes["something I have never said and would never say"] == (
        "Nadia Ferreira",
        "speech",
    )
    assert quotes["easier than selling bread"][0] == UNATTRIBUTED
    assert quotes["safer than a bank"][0] == UNATTRIBUTED
    assert quotes["Pay up, Ferreira"][0] == UNATTRIBUTED
