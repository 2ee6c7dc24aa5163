"""Speaker precision and recall, round 6: people the small recognizer does not find as
people, and pronouns reaching back past a paragraph about someone else. Every article
here is synthetic (written for these tests; invented people, hospitals, courts and
firms), across courts, health, transport, local and business beats, in straight single,
straight double and curly quote styles. A wrong speaker is worse than `unattributed`, so
several cases must stay unattributed."""

from __future__ import annotations

import pytest
from briefsmith.core.analysis.tokens import name_shaped
from briefsmith.core.names import given_name_gender
from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.engines.linguistic import analysis_of


def _speakers(text: str) -> dict[str, str]:
    """Each quoted passage (each part of a split quote on its own) and its speaker."""
    return {p.text: p.speaker for p in analysis_of(text).passages}


# --- a person the recognizer calls a body, a place or nothing -----------------------


@pytest.mark.parametrize(
    ("name", "sentence", "pronoun"),
    [
        # recognized as an ORG
        ("Nadia Ferreira", "{} travels from York to Hull every day.", "she"),
        ("Amara Okonkwo", "{} gave evidence at Snaresbrook Crown Court on Monday.", "she"),
        ("Orla Donnelly", "{} waited eleven hours at Royal Wessex Hospital.", "she"),
        ("Giorgos Papadakis", "{} travels from York to Hull every day.", "he"),
        ("Matteo Bruno", "{} travels from York to Hull every day.", "he"),
        # not recognized at all, or only in part
        ("Priyanka Deshmukh", "{} teaches at a primary school in Leicester.", "she"),
        ("Thandiwe Dlamini", "{} waited eleven hours at Royal Wessex Hospital.", "she"),
        ("Emeka Eze", "{} gave evidence at Maidstone Crown Court on Tuesday.", "he"),
        ("Olumide Adebayo", "{} travels from York to Hull every day.", "he"),
        ("Chidinma Obi", "{} waited eleven hours at Royal Wessex Hospital.", "she"),
    ],
)
def test_a_person_the_recognizer_misses_is_the_pronoun_speaker(name, sentence, pronoun):
    # synthetic: transport, health and courts; a person of the same gender named first
    other = "Helen Barker" if pronoun == "she" else "David Barker"
    speakers = _speakers(
        f"{other} chairs the residents' group. "
        + sentence.format(name)
        + f" 'Nothing ever changes,' {pronoun} said."
    )
    # never the earlier person: the sentence between is about someone else
    assert speakers["Nothing ever changes"] == name


def test_a_name_the_recognizer_calls_a_body_speaks_alone_in_its_paragraph():
    # synthetic: health, tabloid, straight single quotes
    speakers = _speakers(
        "Zainab Qureshi spent two nights on a trolley in a corridor at Northgate "
        "General Hospital.\n\n"
        "'Nobody told us anything for hours,' she said. 'We just waited.'"
    )
    assert speakers["Nobody told us anything for hours"] == "Zainab Qureshi"
    assert speakers["We just waited."] == "Zainab Qureshi"


def test_a_given_name_of_the_other_gender_is_passed_over_not_taken():
    # synthetic: courts, broadsheet, curly quotes: "he" is not the woman just named
    speakers = _speakers(
        "Prosecutor Daniel Whitcombe opened the case on Monday.\n\n"
        "Agnieszka Wrobel told police she had seen the van twice that week.\n\n"
        "“The evidence will show a plan, not an accident,” he told jurors."
    )
    assert speakers["The evidence will show a plan, not an accident"] == "Daniel Whitcombe"


def test_an_unknown_name_shaped_subject_stops_the_pronoun():
    # synthetic: local, straight double quotes: a name nobody can read the gender of
    # stands between; the earlier woman is not guessed
    speakers = _speakers(
        "Councillor Rosalind Achterberg chaired the meeting.\n\n"
        "Oluwakemi Tshabalala-Nwosu runs the food bank on Station Road.\n\n"
        '"We fed 400 families last month," she said.'
    )
    assert speakers["We fed 400 families last month"] in (
        UNATTRIBUTED,
        "Oluwakemi Tshabalala-Nwosu",
    )


def test_the_gazetteer_reads_gender_and_name_shape():
    assert given_name_gender("Nadia Ferreira") == "f"
    assert given_name_gender("Tariq Hussain") == "m"
    assert given_name_gender("Acme Holdings") is None
    assert name_shaped(["Nadia", "Ferreira"])
    assert name_shaped(["Ifeoma", "Adeyemi-Clarke"])
    assert not name_shaped(["Northgate", "Hospital"])
    assert not name_shaped(["NHS", "England"])


# --- a pronoun reaching back past a paragraph about someone else ---------------------


def test_a_speaker_is_reached_past_a_paragraph_about_people_of_the_other_gender():
    # synthetic: health, local, straight single quotes
    speakers = _speakers(
        "Grace Obi, the ward sister, said the unit had lost six nurses since March.\n\n"
        "The trust's chief executive, Martin Hale, and its finance director, Paul Reddy, "
        "approved the cuts in January.\n\n"
        "'We were never asked,' she said."
    )
    assert speakers["We were never asked"] == "Grace Obi"


def test_someone_the_court_heard_about_is_not_credited_over_the_judge():
    # synthetic: courts, tabloid: the victim is only spoken of; the judge or nobody
    speakers = _speakers(
        "Judge Anne Molloy said the case was one of the worst she had seen.\n\n"
        "The jury had heard that the victim, Susan Pike, was left with a broken jaw.\n\n"
        "'You showed no mercy,' she told him."
    )
    assert speakers["You showed no mercy"] in (UNATTRIBUTED, "Anne Molloy")


def test_someone_only_acted_on_is_not_credited_over_an_earlier_witness():
    # synthetic: crime, broadsheet, straight double quotes: the man arrested did not
    # speak; the witness did
    speakers = _speakers(
        "Witness Daniel Ross said he saw the car speed away.\n\n"
        "The driver, Gary Webb, was arrested two days later in Leeds.\n\n"
        '"It was going far too fast," he said.'
    )
    assert speakers["It was going far too fast"] in (UNATTRIBUTED, "Daniel Ross")


def test_a_mr_is_not_the_woman_who_shares_his_surname():
    # synthetic: courts, broadsheet: "Mr Hartley" is not Joanne Hartley
    speakers = _speakers(
        "Mr Hartley told the court he had been at home all evening.\n\n"
        "His wife, Joanne Hartley, and their neighbour, Ruth Kemp, gave evidence for the "
        "prosecution.\n\n"
        '"I never left the house," he said.'
    )
    assert speakers["I never left the house"] != "Joanne Hartley"
    assert speakers["I never left the house"] != "Ruth Kemp"


def test_a_newly_introduced_person_still_speaks_after_an_earlier_speaker():
    # synthetic: local, tabloid: the one the paragraph introduces is "she"
    speakers = _speakers(
        "Council leader Ann Whitlow said the road would reopen in May.\n\n"
        "Bernadette Kowalski, 71, has lived on the street for 40 years.\n\n"
        "'It has been a nightmare,' she said."
    )
    assert speakers["It has been a nightmare"] == "Bernadette Kowalski"


def test_a_defendant_who_denies_the_charge_is_not_credited_over_the_prosecutor():
    # synthetic: courts, local: the plea sentence is about the defendant; "she told
    # the jury" may be either woman, so nobody is guessed
    speakers = _speakers(
        "Opening the case at Exeter Crown Court, prosecutor Chloe Tanner said the fire "
        "was started deliberately.\n\n"
        "Priya Malik, 41, denies arson.\n\n"
        "'He planned it for weeks,' she told the jury."
    )
    assert speakers["He planned it for weeks"] in (UNATTRIBUTED, "Chloe Tanner")


def test_a_friend_of_someone_speaks_for_nobody_named():
    # synthetic: crime, tabloid: the friend speaks, not the woman named before
    speakers = _speakers(
        "Helen Marsh runs the cafe on the corner.\n\n"
        "A friend of Ann Lee said the family was devastated. "
        "'She was everything to us,' she said."
    )
    # round 9: the friend's own "she said" is credited as the description
    assert speakers["She was everything to us"] == "A friend"


def test_a_name_right_before_said_speaks_when_the_parse_took_another_subject():
    # synthetic: courts, broadsheet: the opening participle parsed as the subject
    speakers = _speakers(
        "Graham Tollbridge, 52, denies manslaughter.\n\n"
        "Opening the case at Basildon Crown Court, prosecutor Matteo Ricardi KC said the "
        'alarms had been disconnected. "This was no accident," he told jurors.'
    )
    assert speakers["This was no accident"] == "Matteo Ricardi"


def test_an_officer_the_recognizer_misses_speaks_not_the_victim_before():
    # synthetic: crime, local: no entity at all on the rank and name; the victim named
    # before is a man too
    speakers = _speakers(
        "Emeka Nwosu, 19, was stabbed outside a takeaway in Peckham, the court heard.\n\n"
        "Witness Chiamaka Eze said she saw two men run towards the bus stop.\n\n"
        '"They were laughing," she said.\n\n'
        "Detective Sergeant Imran Sheikh said officers found the knife in a drain.\n\n"
        '"It was a brutal attack on a young man," he said.'
    )
    assert speakers["They were laughing"] == "Chiamaka Eze"
    assert speakers["It was a brutal attack on a young man"] == "Imran Sheikh"


def test_a_crown_court_story_with_alternating_witnesses():
    # synthetic: courts, tabloid: prosecutor, manager, defence and judge in turn
    speakers = _speakers(
        "A nurse who stole morphine from a hospice was jailed yesterday.\n\n"
        "Kerry-Ann Doolan, 38, admitted theft at Preston Crown Court.\n\n"
        "Prosecutor Samuel Adeyinka said she had taken 90 vials over six months. "
        '"She used the codes of colleagues who trusted her," he said.\n\n'
        "Hospice manager Bernadette Quayle said staff had been devastated. "
        "'We are a family here,' she said.\n\n"
        "Defending, Rhodri Bevan said his client had been addicted since a back injury.\n\n"
        'Judge Farah Iqbal told Doolan: "You betrayed patients at the end of their lives."\n\n'
        'She added: "Nothing I say will undo that."'
    )
    assert speakers["She used the codes of colleagues who trusted her"] == "Samuel Adeyinka"
    assert speakers["We are a family here"] == "Bernadette Quayle"
    assert speakers["You betrayed patients at the end of their lives."] == "Farah Iqbal"
    assert speakers["Nothing I say will undo that."] == "Farah Iqbal"


def test_a_league_naming_what_kind_of_club_is_not_the_club_that_speaks():
    # synthetic: sport, tabloid: "the Premiership club" is the club named before, never
    # the league
    speakers = _speakers(
        "Hollinford Town striker Kieran Voss has asked to leave after talks with the "
        "Premiership club broke down.\n\n"
        "His post was quickly followed by a statement from the club.\n\n"
        "'We are disappointed that Kieran has gone public,' it said."
    )
    assert speakers["We are disappointed that Kieran has gone public"] != "Premiership"


def test_a_union_named_before_its_noun_still_speaks_when_it_acts():
    # synthetic: business, local: "The Unison union" is the body that accuses
    speakers = _speakers(
        "Brackley Foods will close its bakery in March.\n\n"
        'The Unison union, which represents the bakers, accused the firm of "walking away '
        'from a town" and said it had not been consulted.'
    )
    assert speakers["walking away from a town"] != UNATTRIBUTED
    assert speakers["walking away from a town"] != "Brackley Foods"
