"""Speakers, round 7a: someone referred back to by a description the article never gave
them ("captain Joe Mbeki ... The midfielder said"), partial quotes after a bare "A
spokesman said" carried on by "he"/"she", and the cases that must stay unattributed
(two people just named, a person named with no title). Every article here is synthetic
(written for these tests; invented people, clubs, forces and companies), across sport,
crime, politics, business and local news, in straight, single and curly quote styles."""

from __future__ import annotations

from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.engines.linguistic import analysis_of


def _speakers(text: str) -> dict[str, str]:
    return {p.text: p.speaker for p in analysis_of(text).passages}


# --- a description that points to the person just named with a title ------------------


def test_a_position_noun_refers_to_the_titled_person_just_named():
    # synthetic: sport, tabloid, single quotes; the manager was named before
    sport = _speakers(
        "Harwick Rovers manager Colin Tate said his side had been unlucky.\n\n"
        "Tate was joined by captain Joe Mbeki, who has been linked with a move to Spain. "
        "The midfielder said: 'I am staying here. This is my home.'"
    )
    assert sport["I am staying here. This is my home."] == "Joe Mbeki"
    # synthetic: sport, broadcaster, curly quotes, a woman
    netball = _speakers(
        "Greyfield coach Anna Pryce backed her squad before the final.\n\n"
        "She was joined at the briefing by vice-captain Sara Lund. "
        "The winger said: “We know what we have to do on Sunday.”"
    )
    assert netball["We know what we have to do on Sunday."] == "Sara Lund"


def test_a_person_named_in_the_headline_and_given_a_title_again_is_the_description():
    # synthetic: sport, tabloid: the standfirst names the captain before the body does
    speakers = _speakers(
        "Skipper Liam Fahey vows to stay at Corby Athletic amid Dutch interest\n\n"
        "Corby Athletic boss Sean Orme insisted his side can still go up.\n\n"
        "Orme was joined at the press conference by captain Liam Fahey. "
        "The defender said: 'I have two years left here and I intend to see them out.'"
    )
    assert speakers["I have two years left here and I intend to see them out."] == ("Liam Fahey")


def test_a_pronoun_after_the_description_is_the_person_it_described():
    # synthetic: sport, tabloid, single quotes: "he" after "The striker said: ..."
    speakers = _speakers(
        "Harwick Rovers manager Colin Tate said his side had been unlucky.\n\n"
        "Tate was joined by captain Joe Mbeki. The midfielder said: 'I am staying here.'"
        "\n\nThe 29-year-old added that the players had met on Monday. 'We cleared the air "
        "in there,' he revealed."
    )
    assert speakers["We cleared the air in there"] == "Joe Mbeki"


def test_a_description_of_the_titled_person_just_named_takes_their_partial_quotes():
    # synthetic: politics, broadsheet, double quotes, partial quotes in reported speech
    speakers = _speakers(
        "Ministers defended the energy plan on Tuesday.\n\n"
        "Former Treasury adviser Paul Grant was less impressed. Writing in a newspaper "
        'column, the economist said the plan was "a recipe for higher bills" and '
        '"simply not credible".'
    )
    assert speakers["a recipe for higher bills"] == "Paul Grant"
    assert speakers["simply not credible"] == "Paul Grant"


def test_a_word_for_a_player_that_is_no_role_noun_refers_back_too():
    # synthetic: sport, broadsheet, curly quotes: "the international" after a titled name
    speakers = _speakers(
        "Kelso beat Abbotsford 24-17 at Linden Park.\n\n"
        "Former Kelso lock Ewan Rennie was in the crowd. Speaking afterwards, the "
        "international said the pack had been “magnificent from first to last”."
    )
    assert speakers["magnificent from first to last"] == "Ewan Rennie"


def test_a_business_noun_is_the_business_not_the_analyst_just_named():
    # synthetic: business, trade: "the carrier" is the shipping line named before
    speakers = _speakers(
        "Freight rates on the Asia-Europe lane rose 12% last week.\n\n"
        "“Carriers are pulling capacity hard,” said Dara Quill, head of research at "
        "Baltic Lens.\n\n"
        "Shipping line Coral Star Lines denied cutting sailings. In a customer advisory, "
        "the carrier said the changes reflected “routine network adjustments”."
    )
    assert speakers["Carriers are pulling capacity hard"] == "Dara Quill"
    assert speakers["routine network adjustments"] == "Coral Star Lines"


def test_a_club_name_qualifying_the_title_is_no_second_person():
    # synthetic: sport, local, double quotes: "Harwick" is the club, not someone else
    speakers = _speakers(
        "Harwick lost 3-0 at home to Dunmore on Saturday.\n\n"
        "Former Harwick striker Joe Bain was less kind. On his radio show, the pundit "
        'said the side had "lost all belief in the manager".'
    )
    assert speakers["lost all belief in the manager"] == "Joe Bain"


def test_the_officer_is_the_detective_who_has_just_spoken():
    # synthetic: crime, local, double quotes
    speakers = _speakers(
        "Detective Sergeant Rob Hale, of the county's major crime team, said: "
        '"We need the public\'s help to find the man responsible for this."\n\n'
        'The officer added: "Please check your doorbell cameras for anything unusual."'
    )
    assert speakers["Please check your doorbell cameras for anything unusual."] == "Rob Hale"


def test_two_people_just_named_leave_the_description_unattributed():
    # synthetic: courts, wire: a prosecutor and a defendant both named with a title
    speakers = _speakers(
        "A jury at Kelham Crown Court was sworn in on Monday.\n\n"
        "Prosecutor Ann Fenwick told the court that builder Tom Ashby had lied to "
        "customers. The barrister said: 'He took their money and never came back.'"
    )
    assert speakers["He took their money and never came back."] == UNATTRIBUTED


def test_a_person_named_without_a_title_is_not_the_description():
    # synthetic: crime, local: the man arrested is no officer
    speakers = _speakers(
        "Police were called to Mill Lane in Oxworth on Friday night.\n\n"
        "Officers arrested Dean Parry, 25, at the scene. The officer said: "
        '"This was a frightening incident for the whole street."'
    )
    assert speakers["This was a frightening incident for the whole street."] == UNATTRIBUTED


# --- a bare spokesperson's partial quotes carried on by a pronoun ----------------------


def test_a_pronoun_after_the_spokeswoman_carries_on_for_the_body():
    # synthetic: local, fire service, partial quote in reported speech
    speakers = _speakers(
        "Thames Vale Fire Service said the blaze started in a kitchen.\n\n"
        'A spokeswoman said: "Crews were on scene within six minutes."\n\n'
        "The spokeswoman said firefighters had rescued two people and a dog.\n\n"
        'She added that the service had seen "a sharp rise in kitchen fires" this winter.'
    )
    assert speakers["Crews were on scene within six minutes."] == "Thames Vale Fire Service"
    assert speakers["a sharp rise in kitchen fires"] == "Thames Vale Fire Service"


def test_a_pronoun_after_a_spokesman_for_a_company_carries_on_for_it():
    # synthetic: business, wire, curly quotes
    speakers = _speakers(
        "Shares in Corvale Foods fell 9% after it cut its profit forecast.\n\n"
        "A spokesman for Corvale Foods said the company was “confident in its plan”.\n\n"
        "He said the board would “look again at the dividend” in the spring."
    )
    assert speakers["confident in its plan"] == "Corvale Foods"
    assert speakers["look again at the dividend"] == "Corvale Foods"


def test_a_pronoun_after_a_spokesman_is_nobody_when_a_named_person_came_between():
    # synthetic: local, council: a named councillor spoke after the spokesman
    speakers = _speakers(
        "Ashdown Borough Council said the car park would close in May.\n\n"
        'A spokesman said: "We know this will be difficult for traders."\n\n'
        'Councillor Mary Hughes said the decision was "short-sighted".\n\n'
        'She said shops would "lose their passing trade" within weeks.'
    )
    assert speakers["lose their passing trade"] == "Mary Hughes"


# --- a quoted piece coordinated with another quoted piece -----------------------------


def test_a_second_quoted_piece_after_and_has_the_first_ones_speaker():
    # synthetic: courts, wire, double quotes: named speaker, two pieces joined by "and"
    courts = _speakers(
        "A former bank clerk was jailed for three years on Monday.\n\n"
        'Judge Oliver Marsh said her conduct was "a gross breach of trust" and '
        '"wholly deliberate".'
    )
    assert courts["a gross breach of trust"] == "Oliver Marsh"
    assert courts["wholly deliberate"] == "Oliver Marsh"
    # synthetic: sport, tabloid, single quotes: the second piece has its own clause
    sport = _speakers(
        "Former Dunmore winger Kyle Ross was scathing on Sunday.\n\n"
        "Ross said the team had 'given up far too early' and that the defending was "
        "'the worst I have seen all season'."
    )
    assert sport["given up far too early"] == "Kyle Ross"
    assert sport["the worst I have seen all season"] == "Kyle Ross"


def test_a_second_quoted_piece_of_a_denied_claim_stays_unattributed():
    # synthetic: politics, broadsheet: the claim's words are nobody's, both pieces
    speakers = _speakers(
        "The health secretary, Carol Dunne, denied claims that she had "
        '"misled the house" and "hidden the figures".'
    )
    assert speakers["misled the house"] == UNATTRIBUTED
    assert speakers["hidden the figures"] == UNATTRIBUTED


# --- a family statement ----------------------------------------------------------------


def test_his_or_her_family_speaks_in_the_articles_words():
    # synthetic: crime, local, double quotes, a written statement through the police
    crime = _speakers(
        "Derek Hollis, 71, died in hospital after he was hit by a van in Marston.\n\n"
        'In a statement released through the police, his family said: "Derek was the '
        'heart of our family and we are lost without him."'
    )
    assert crime["Derek was the heart of our family and we are lost without him."] == ("his family")
    # synthetic: weather, broadcaster, curly quotes, partial quote after "described"
    weather = _speakers(
        "Ann Pryor, 34, was swept away by floodwater near Kelby on Sunday.\n\n"
        "Her family described her as “the life and soul of every party”."
    )
    assert weather["the life and soul of every party"] == "Her family"


def test_a_titled_persons_family_or_relative_is_credited_in_the_articles_words():
    # synthetic: courts, wire: "Mr" before the owner's surname
    courts = _speakers(
        "Peter Lomax was killed when a crane collapsed at a site in Hartford in 2023.\n\n"
        "Outside court, Mr Lomax's family said: 'Today we finally have some answers.'"
    )
    assert courts["Today we finally have some answers."] == "Mr Lomax's family"
    # synthetic: obituary, broadsheet: a relative of "Mrs" someone
    obituary = _speakers(
        "The potter Edith Crane has died aged 94.\n\n"
        "Mrs Crane's daughter said: “She was at the wheel until the week she died.”"
    )
    assert obituary["She was at the wheel until the week she died."] == "Mrs Crane's daughter"


def test_a_family_with_nobody_named_before_is_not_credited():
    # synthetic: local: "his" has no one named to stand for
    speakers = _speakers(
        'A man died in a house fire in Elmley overnight. His family said: "We are '
        'heartbroken and ask for privacy."'
    )
    assert speakers["We are heartbroken and ask for privacy."] == UNATTRIBUTED


# --- "he revealed", "she reflected" after a quote -----------------------------------------


def test_revealed_and_reflected_beside_a_quote_attribute_it():
    # synthetic: sport, tabloid, single quotes: a named speaker, then a pronoun
    sport = _speakers(
        "Winger Tyrone Hales has signed a new deal at Oxwell Town.\n\n"
        "'The gaffer rang me on Christmas Day,' Hales revealed. 'I didn't need asking twice.'"
    )
    assert sport["The gaffer rang me on Christmas Day"] == "Tyrone Hales"
    assert sport["I didn't need asking twice."] == "Tyrone Hales"
    # synthetic: culture, broadcaster, curly quotes, the verb before its subject
    culture = _speakers(
        "The actor Miriam Doyle returns to the stage in Dublin next month.\n\n"
        "“I had forgotten how frightening a first night is,” revealed Doyle."
    )
    assert culture["I had forgotten how frightening a first night is"] == "Miriam Doyle"


def test_a_report_that_revealed_quoted_words_is_no_speaker():
    # synthetic: health, broadsheet: a document revealing words is written, no person's
    speakers = _speakers(
        "An inspection of Grantley General Hospital found long waits in its emergency "
        "department.\n\nThe report revealed “serious failings in leadership” at the trust."
    )
    assert speakers["serious failings in leadership"] == UNATTRIBUTED


# --- a body named in the possessive ("District Council's cabinet") --------------------

_MIDDLE = (
    "Resident Joan Treloar, who has lived on the front for 40 years, said the plan would "
    "drive visitors to other towns along the coast and leave the cafes empty all winter.\n\n"
    "Opposition councillor Mark Penrose said the cabinet had rushed the decision through "
    "without a proper look at the figures.\n\n"
)


def test_a_spokesperson_for_the_council_is_the_council_named_in_the_possessive():
    # synthetic: local government, local paper, double quotes
    speakers = _speakers(
        "Parking charges will be brought in on the seafront at Porthvean from April.\n\n"
        "West Kerrow District Council's cabinet backed the plan by five votes to three on "
        "Tuesday night.\n\n" + _MIDDLE + 'A spokesperson for the council said: "The '
        'charges are in line with other resorts on this coast."'
    )
    assert speakers["The charges are in line with other resorts on this coast."] == (
        "West Kerrow District Council"
    )
    # synthetic: sport, broadcaster, curly apostrophe: "the club said"
    sport = _speakers(
        "Dunmore Rovers’ manager was sacked on Monday after a run of eight defeats.\n\n"
        "“We thank him for his efforts and wish him well,” the club said."
    )
    assert sport["We thank him for his efforts and wish him well"] == "Dunmore Rovers"


# --- "a spokesperson for the council" far from where the council was named ---------------

_FAR = _MIDDLE + (
    "Shop owner Peter Carne said takings were already down by a fifth on last year and "
    "that many traders would not survive another bad summer on the seafront. He said the "
    "traders had not been asked for their views before the meeting and felt ignored.\n\n"
    "A petition against the charges, started by a group of parents whose children use the "
    "beach after school, had gathered more than 2,000 names by Friday morning, and the "
    "organisers said they would hand it in at the next full meeting in the town hall.\n\n"
    "Cafe owner Lisa Hocking said she had already cut her winter opening hours and would "
    "have to let two of her four staff go if trade fell again next year. She said the "
    "town relied on day trippers who would simply drive on to the next beach instead.\n\n"
    "Fisherman Tom Rowe, whose family has worked out of the harbour for three "
    "generations, said crews would have to pay to park next to their own boats, which he "
    "called unfair on people who had no choice about where they worked.\n\n"
    "The lifeboat station's volunteers, who launch from the slipway at the western end of "
    "the front, asked for their own permits so that crews answering a call would not be "
    "held up at the machines or fined while they were out at sea.\n\n"
    "The plan will now go to a full meeting for a final vote in March, when members of "
    "the public will be able to put questions to the cabinet member in charge of it, and "
    "traders have said they will fill the public gallery to make their case again.\n\n"
)


def test_a_spokesperson_for_the_council_is_the_one_council_named_far_before():
    # synthetic: local government, local paper: the council named once, far back
    text = (
        "Parking charges will be brought in on the seafront at Porthvean from April.\n\n"
        "West Kerrow District Council's cabinet backed the plan by five votes to three on "
        "Tuesday night.\n\n" + _FAR + 'A spokesperson for the council said: "The '
        'charges are in line with other resorts on this coast."'
    )
    far = text.index("A spokesperson") - text.index("West Kerrow")
    assert far > 1600  # beyond the mentions the look back reaches
    speakers = _speakers(text)
    assert speakers["The charges are in line with other resorts on this coast."] == (
        "West Kerrow District Council"
    )


def test_the_council_far_from_two_councils_is_nobody():
    # synthetic: local government: a district and a county council, both far back
    speakers = _speakers(
        "Parking charges will be brought in on the seafront at Porthvean from April.\n\n"
        "West Kerrow District Council backed the plan, which Kerrow County Council had "
        "opposed.\n\n" + _FAR + 'A spokesperson for the council said: "The charges are '
        'in line with other resorts on this coast."'
    )
    assert speakers["The charges are in line with other resorts on this coast."] == (UNATTRIBUTED)


# --- descriptions the recognizer took for names: never a place or a word as speaker -----


def test_the_mp_for_a_seat_is_the_mp_named_before_not_the_seat():
    # synthetic: politics, broadcaster, double quotes
    speakers = _speakers(
        "Tory MP Sarah Benn has called for an inquiry into the ferry contract.\n\n"
        "Speaking in the Commons, the MP for Eastleigh North said it was "
        '"a scandal that cannot be swept under the carpet".'
    )
    assert speakers["a scandal that cannot be swept under the carpet"] == "Sarah Benn"


def test_a_demonym_the_recognizer_took_for_a_name_is_never_the_speaker():
    # synthetic: sport, tabloid, straight double quotes: nobody was called "the Scot"
    speakers = _speakers(
        "Hollybrook United striker Dan Price was sent off in the 80th minute.\n\n"
        'Manager Neil Cobb was furious. "It was never a red card," the Scot fumed.'
    )
    assert speakers["It was never a red card"] != "Scot"
    # synthetic: sport, wire: the article gave the word before, so it is that person
    named = _speakers(
        "Ross Kerr, a Scot who moved to Canada as a boy, won the 5,000m in Toronto.\n\n"
        '"I did it for my gran," the Scot said.'
    )
    assert named["I did it for my gran"] == "Ross Kerr"


def test_a_doctor_or_chief_executive_just_named_is_the_entomologist_or_the_boss():
    # synthetic: science, wire, double quotes: "Dr" is a title, "-ist" a person's noun
    science = _speakers(
        "Scientists at the University of Grantham have found a new species of beetle.\n\n"
        'Dr Amara Osei, who led the study, said the find was "completely unexpected". '
        'The entomologist added: "We almost walked straight past it."'
    )
    assert science["We almost walked straight past it."] == "Amara Osei"
    # synthetic: health, local, curly quotes: "the boss" after the chief executive
    health = _speakers(
        "Westmoor Ambulance Service said it had received 1,200 calls on New Year's Eve.\n\n"
        "Its chief executive, Helen Marsh, said staff had worked “flat out”. "
        "The boss added: “I want to thank every one of them.”"
    )
    assert health["I want to thank every one of them."] == "Helen Marsh"


def test_mr_is_no_title_that_makes_the_officer():
    # synthetic: crime, local: a man arrested is "Mr", the officer is someone else
    speakers = _speakers(
        "Police were called to a house in Tern Street, Oxworth, on Friday night.\n\n"
        "Officers arrested Mr Dean Parry at the scene. The officer said: "
        '"This was a frightening incident for the whole street."'
    )
    assert speakers["This was a frightening incident for the whole street."] == UNATTRIBUTED
