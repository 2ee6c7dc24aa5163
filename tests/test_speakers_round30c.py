# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 30c speakers: a given name and a surname the recognizer called a body, which
nothing shows to be one, is the person a later "she" stands for ("Nadia Brightwater has
spent six years studying seagrass"); a description set off by commas ("The marine
ecologist, whose contract ends in July, said") goes back to the one it describes instead
of hiding her from the pronoun; the name in apposition to the subject kept as written
("Moana Reti-Harding", never "Reti - Harding"); a body's own noun ("the committee's
report", "the council said") never read as the title of the person the next sentence
names ("Committee chair Ruth Halloran said"); the one a noun's participle names ("The
survey, led by Dr Sam Cato, found") neither an asker nor passed over for someone further
back; and "‘…?’ Banks asked." where the tagger took the surname for a common noun.

Every passage here is synthetic, written for these tests (invented people, firms,
councils, papers and places of no consequence), across British, Irish, Australian,
Indian, Nigerian, Canadian, South African, Singaporean and US copy. A wrong speaker is
worse than "unattributed": the negatives hold each rule back where someone else, or
nobody, is meant.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

UNATTRIBUTED = "unattributed"


def _speaker_of(text: str, part: str) -> str:
    speakers = [q.speaker for q in build_brief(text).quotes if part in q.text]
    assert len(speakers) <= 1
    return speakers[0] if speakers else "(no quote)"


def _check(article: str, part: str, speaker: str) -> None:
    """`speaker` is who is credited; "!X" is anyone but X, nobody included."""
    found = _speaker_of(article, part)
    assert found != "(no quote)"
    if speaker.startswith("!"):
        assert found != speaker[1:]
    else:
        assert found == speaker


# A given name and a surname the recognizer called a body is a person, unless the
# article shows a body ("it", staff, shares).
@pytest.mark.parametrize(
    ("article", "name", "kind"),
    [
        # the person above, and nothing shows a body
        (
            "Headline\n\nNadia Brightwater has spent six years studying seagrass in the estuary.",
            "Nadia Brightwater",
            "person",
        ),
        # negative, British business: the same shape of name, called "it", is a firm
        (
            "Headline\n\nNadia Brightwater said it would cut 40 jobs at its Leeds plant after a fall in orders.",
            "Nadia Brightwater",
            "organization",
        ),
    ],
)
def test_kind_of_a_given_name_and_surname(article: str, name: str, kind: str) -> None:
    kinds = {a.name: a.kind for a in build_brief(article).actors}
    assert kinds.get(name) == kind


# A description set off by commas reads back to the one it describes.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # Irish local, farming
        (
            'Headline\n\nSeán Hegarty has farmed the valley for 40 years. The farmer, who lost 200 ewes in the flood, said the insurers had refused to pay.\n\n"We have nothing left," he said.',
            "nothing left",
            "Seán Hegarty",
        ),
        # British broadsheet, science: a name the recognizer called a body, too
        (
            'Headline\n\nNadia Brightwater has spent six years studying seagrass in the estuary. The marine ecologist, whose contract ends in July, said she had already applied for jobs abroad. "I love this place, but I cannot pay my rent with a promise," she said.',
            "pay my rent",
            "Nadia Brightwater",
        ),
        # Indian broadsheet, health: the nurse's own description
        (
            'Headline\n\nPriya Raghavan has worked nights at the district hospital since 2011. The nurse, whose ward lost four posts in March, said staff were exhausted. "We cover two wards with one team," she said.',
            "two wards",
            "Priya Raghavan",
        ),
        # negative, South African local: a description of another gender is someone else
        (
            'Headline\n\nThabo Mokoena has farmed the valley for 40 years. The vet, who examined the herd, said the insurers had refused to pay.\n\n"We have nothing left," she said.',
            "nothing left",
            "!Thabo Mokoena",
        ),
        # negative, Canadian local: a description with its own clause, no commas, brings
        # someone in
        (
            'Headline\n\nMarc Tremblay has farmed the valley for 40 years. The inspector who examined the herd said the insurers had refused to pay.\n\n"We have nothing left," he said.',
            "nothing left",
            "!Marc Tremblay",
        ),
    ],
)
def test_description_set_off_by_commas(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# The name in apposition to the subject, as written.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # New Zealand broadcaster, health
        (
            'Headline\n\nIn a written statement, the chief executive, Moana Reti-Harding, said the hospital was "deeply sorry for the distress caused".',
            "deeply sorry",
            "Moana Reti-Harding",
        ),
        # Nigerian broadsheet, politics
        (
            'Headline\n\nThe party chairman, Chief Emeka Obiora-Ade, said: "We will not support this budget."',
            "not support this budget",
            "Emeka Obiora-Ade",
        ),
    ],
)
def test_apposed_name_as_written(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# A body's own noun is no one's title.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # British broadsheet, politics: the report's words, not the chair's
        (
            'Headline\n\nThe committee\'s report concludes that ministers showed "a striking lack of curiosity" about the contract. Committee chair Dame Ruth Halloran said: "Lessons must be learned, and fast."',
            "striking lack of curiosity",
            UNATTRIBUTED,
        ),
        # the chair's own words stay hers
        (
            'Headline\n\nThe committee\'s report concludes that ministers showed "a striking lack of curiosity" about the contract. Committee chair Dame Ruth Halloran said: "Lessons must be learned, and fast."',
            "Lessons must be learned",
            "Ruth Halloran",
        ),
        # Australian local government
        (
            'Headline\n\nThe council said the plan was "dead in the water". Council leader Ann Lee said the shire would try again next year.',
            "dead in the water",
            "!Ann Lee",
        ),
        # Nigerian business
        (
            'Headline\n\nThe board said the new tariffs were "fair and reasonable". Board chairman Tunde Okoro said it would not budge.',
            "fair and reasonable",
            "!Tunde Okoro",
        ),
        # a person's own title still names the one the next sentence brings in
        (
            'Headline\n\n"You have shown no remorse at all," the judge told him. District Judge Sarah Quint fined him £400.',
            "no remorse",
            "Sarah Quint",
        ),
    ],
)
def test_body_noun_is_no_title(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# The one a noun's participle names: no asker, and not passed over.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # British broadsheet, science
        (
            'Headline\n\nThe Victorian naturalist Ambrose Feltham wrote of "a garden without end". The new survey, led by Dr Fenella Cato, found "a far poorer picture than we had hoped," she said.',
            "far poorer picture",
            "!Ambrose Feltham",
        ),
        # Singaporean broadsheet, transport
        (
            'Headline\n\nTransport Minister Lim Wei Jie, who opened the line, praised the engineers. The review, carried out by Professor Ong Boon Huat, found "serious gaps in the signalling", he said.',
            "serious gaps",
            "!Lim Wei Jie",
        ),
        # negative: no agent between, the pronoun goes on with the one who spoke
        (
            'Headline\n\nTransport Minister Lim Wei Jie said the line would reopen on Monday. The review, which was published on Friday, found "no lasting damage", he said.',
            "no lasting damage",
            "Lim Wei Jie",
        ),
        # negative: a fronted challenge still names the one challenging as asker
        (
            'Headline\n\nChallenged by Ann Lee over the timing, Tom Reed said: "We had no choice."\n\n"It was the right call," he said.',
            "right call",
            "Tom Reed",
        ),
    ],
)
def test_participle_agent(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# "‘…?’ Banks asked.": a surname the tagger took for a common noun.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # US local, health
        (
            'Headline\n\nLoretta Banks, 71, does not drive after dark.\n\n"Who is going to take me to Millbrook in January?" Banks asked. "My son works nights."',
            "Millbrook in January",
            "Loretta Banks",
        ),
        # British local, high street
        (
            'Headline\n\nTom Rose has run the hardware shop for 30 years.\n\n"Why would anyone shop here now?" Rose asked. "The car park is gone."',
            "anyone shop here",
            "Tom Rose",
        ),
        # negative: nobody the article named so
        (
            'Headline\n\nThe bank closed its last branch in the town on Friday.\n\n"Who is going to pay for this?" Banks asked.',
            "pay for this",
            UNATTRIBUTED,
        ),
    ],
)
def test_question_then_surname_asked(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# A colon after a clause whose predicate is an adjective or a participle ("was less
# reticent:", "was more bullish:"): its subject introduces the words, never the one
# who spoke before.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # Irish broadcaster, Gaelic games
        (
            'Headline\n\nKerry manager Seán Ó Briain was in no mood to talk about the referee. "I am not getting into that," he said. Captain Tadhg Moriarty was less reticent: "Everyone in the ground saw it."',
            "Everyone in the ground",
            "Tadhg Moriarty",
        ),
        # British tabloid, football
        (
            'Headline\n\nThe manager, Gary Pell, said little after the defeat. Captain Joe Blake was less guarded: "We were awful from start to finish."',
            "awful from start",
            "Joe Blake",
        ),
        # Australian broadcaster, AFL
        (
            'Headline\n\nVeteran ruckman Dane Lyle thinks the young side is a year away. Coach Trish Malloy was more bullish: "We can win it this year."',
            "win it this year",
            "Trish Malloy",
        ),
        # Irish broadsheet, politics: a verb of reply after the title and name
        (
            'Headline\n\n"The Taoiseach is living in a parallel universe," the Labour leader, Orla Colbert, told the Dáil. Taoiseach Cormac Lenihan shot back: "At least it has houses in it."',
            "houses in it",
            "Cormac Lenihan",
        ),
        # US wire, basketball: the clause's pronoun object stands for what was said
        (
            'Headline\n\n"We just wanted it more," said guard Tamika Boyd. Forward Rhea Olsen echoed that: "Nobody was going to outwork us tonight."',
            "outwork us tonight",
            "Rhea Olsen",
        ),
        # South African broadsheet, rugby
        (
            'Headline\n\n"It was a fair result," said coach Pieter Botha. Captain Sipho Ndlovu disputed this: "We were robbed at the breakdown."',
            "robbed at the breakdown",
            "Sipho Ndlovu",
        ),
        # negative, British courts: a message read out is not the reader's
        (
            'Headline\n\nJudge Ellen Voss read a statement from the victim: "I no longer feel safe in my own home."',
            "no longer feel safe",
            "!Ellen Voss",
        ),
        # negative, Indian courts: the words of a message the accused sent
        (
            'Headline\n\nThe court heard that Rakesh Menon sent a message reading: "You will pay for this."',
            "You will pay",
            "!Rakesh Menon",
        ),
    ],
)
def test_colon_after_a_predicate(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# A quote's own words hang on the verb beside them, whatever the parser did with its
# opening mark ("‘…,’ Rep. Hank Dolby posted on X. Minutes later, ... replied:").
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # US wire, politics
        (
            'Headline\n\n"This bill is dead on arrival," Rep. Hank Dolby posted on X. Minutes later, Rep. Alicia Moreno replied: "Read it first, Hank."',
            "dead on arrival",
            "Hank Dolby",
        ),
        # Nigerian broadsheet, politics
        (
            'Headline\n\n"We will appeal the judgment," Senator Bola Adeyemi wrote on X. Hours later, the party chairman, Musa Danjuma, said: "Good luck to him."',
            "appeal the judgment",
            "Bola Adeyemi",
        ),
        # the reply stays the replier's
        (
            'Headline\n\n"This bill is dead on arrival," Rep. Hank Dolby posted on X. Minutes later, Rep. Alicia Moreno replied: "Read it first, Hank."',
            "Read it first",
            "Alicia Moreno",
        ),
    ],
)
def test_words_hang_on_their_own_verb(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# A given name set off after a word of kin ("Pereira's mother, Ines,") is that
# relative, whatever the recognizer took the name for.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # US wire, courts
        (
            'Headline\n\nThe two men who died, Lucan Pereira, 23, and Fergus MacNeill, 41, were asleep below deck. Pereira\'s mother, Ines, held a photograph of her son on the steps of the court.\n\n"Nothing the judge does will bring him back," she said.',
            "bring him back",
            "Ines",
        ),
        # Nigerian broadsheet, courts
        (
            'Headline\n\nOkafor\'s widow, Grace, wept in the gallery as the verdict was read.\n\n"He was my whole world," she said.',
            "my whole world",
            "Grace",
        ),
        # negative, Indian local: the relative is of the other gender
        (
            'Headline\n\nLalitha Iyer lost her savings. Her son, Arjun, drove her to the court.\n\n"I do not know whom to ask for my money," she said.',
            "whom to ask",
            "!Arjun",
        ),
        # negative, Irish local: a husband is no "she"
        (
            'Headline\n\nThe family home flooded twice in a month. Her husband, Mick, bailed out the kitchen all night.\n\n"We cannot live like this," she said.',
            "cannot live like this",
            "!Mick",
        ),
    ],
)
def test_given_name_after_kin(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# "Prosecutor Megan Arrieta had asked for 17 years": a request made is no question put,
# so the one who asked is who a later "she" stands for.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # US wire, courts
        (
            'Headline\n\nWarren Stroud, 61, pleaded guilty to wire fraud in October.\n\nAssistant U.S. Attorney Megan Arrieta had asked for 17 years.\n\n"He chose his victims because they trusted him," she told the judge.',
            "chose his victims",
            "Megan Arrieta",
        ),
        # Australian broadcaster, courts
        (
            'Headline\n\nDarren Kimble, 52, was found guilty of manslaughter last month.\n\nCrown prosecutor Leanne Whitford asked for a non-parole period of six years.\n\n"The victim never stood a chance," she said.',
            "never stood a chance",
            "Leanne Whitford",
        ),
        # negative, British local: a question put ("asked whether") still names the asker,
        # who is not the one answering
        (
            'Headline\n\nCouncillor Tom Reed faced the meeting. Sam Okoro asked whether he would resign.\n\n"I have done nothing wrong," he said.',
            "done nothing wrong",
            "!Sam Okoro",
        ),
    ],
)
def test_asked_for_is_a_request(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)


# Words inside the clause of someone's comments or claim are theirs, never the speaker
# beside them (the brief may leave them out when their owner is no actor).
@pytest.mark.parametrize(
    ("article", "part", "not_speaker", "own_words", "speaker"),
    [
        # British broadsheet, rugby
        (
            'Headline\n\nAsked about Toby Wren\'s comments that the referee had "lost control", Exeter Vale coach Matt Dyer said: "Toby is entitled to his view."',
            "lost control",
            "Matt Dyer",
            "entitled to his view",
            "Matt Dyer",
        ),
        # Irish tabloid, showbiz
        (
            'Headline\n\nEchoing her co-star Jack Reilly\'s claim that the set was "toxic", actress Paige Doherty said: "It was the worst job of my life."',
            "toxic",
            "Paige Doherty",
            "worst job of my life",
            "Paige Doherty",
        ),
        # Indian broadsheet, politics
        (
            'Headline\n\nResponding to Ravi Menon\'s remark that the budget was "a cruel joke", Finance Minister Anjali Rao said: "The numbers speak for themselves."',
            "a cruel joke",
            "Anjali Rao",
            "numbers speak for themselves",
            "Anjali Rao",
        ),
    ],
)
def test_words_in_anothers_comments(
    article: str, part: str, not_speaker: str, own_words: str, speaker: str
) -> None:
    quotes = build_brief(article).quotes
    assert [q.speaker for q in quotes if part in q.text and q.speaker == not_speaker] == []
    assert [q.speaker for q in quotes if own_words in q.text] == [speaker]


# A capitalized title of more than one word ("the Chief Minister said") is the one the
# article gave it, and a qualifier ("Deputy") must be the holder's too.
@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        # Indian broadsheet, floods
        (
            'Headline\n\nChief Minister Ravi Menon visited the relief camp at Alappuzha on Monday.\n\n"We will rebuild every house," the Chief Minister said.',
            "rebuild every house",
            "Ravi Menon",
        ),
        # British broadcaster, health
        (
            'Headline\n\nPrime Minister Tom Lister visited the ward on Monday.\n\n"We have run out of excuses on waiting lists," the Prime Minister said.',
            "run out of excuses",
            "Tom Lister",
        ),
        # Nigerian broadsheet, politics
        (
            'Headline\n\nDeputy Governor Amina Bello received the delegation in Kaduna.\n\n"Every displaced family will be resettled," the Deputy Governor said.',
            "displaced family",
            "Amina Bello",
        ),
        # negative: a deputy is not the one whose title lacks it
        (
            'Headline\n\nPrime Minister Tom Lister visited the ward on Monday.\n\n"We have run out of excuses," the Deputy Prime Minister said.',
            "run out of excuses",
            "!Tom Lister",
        ),
        # negative: another minister's title is not the Prime Minister's
        (
            'Headline\n\nHealth Minister Ann Lee visited the ward on Monday.\n\n"We have run out of excuses," the Prime Minister said.',
            "run out of excuses",
            "!Ann Lee",
        ),
    ],
)
def test_capitalized_title_of_words(article: str, part: str, speaker: str) -> None:
    _check(article, part, speaker)
