"""A quote right after a colon that ends a main clause is introduced by that clause's
subject, even with no speech verb ("The Chancellor, Ruth Daly, hit back: '…'", "Her
opponent was gracious: '…'"), before any cue from the sentence before is read. Without
this rule the words went to the previous quote's speaker: a wrong speaker, worse than
none. A colon that ends a clause under the main one ("heard he sent a message reading:",
"with one fan writing:") or a subject that names nobody ("The sign was simple:") credits
nobody by this rule. A quote cut by its attribution in mid-sentence (`"A," said Tom
Hale, "and b."`) is one quote; and a body named in the speaker's own title ("Treasury
Secretary Lena Ortiz told reporters. 'B.'") is no other speaker, so the next words carry
on hers. All articles are synthetic, written for these tests (invented
people and bodies), across beats: politics, sport, courts, business, science, local."""

from __future__ import annotations

import pytest
from briefsmith.core.candidates import build_candidates
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

INTRODUCED = [
    (
        'Opposition leader Gareth Bryn attacked the budget. "This is a budget for the few, '
        'paid for by the many," he told MPs. The Chancellor, Ruth Daly, hit back: "He has '
        'no plan of his own."\n\nThe vote is on Tuesday.',
        "He has no plan of his own.",
        "Ruth Daly",
    ),
    (
        'Tennis player Aiko Mori beat the top seed in straight sets. "I played my best tennis '
        'today," Mori, 21, said. Her opponent, Petra Lind, was gracious: "She was simply too '
        'good for me."\n\nMori plays again on Thursday.',
        "She was simply too good for me.",
        "Petra Lind",
    ),
    (
        'Prosecutor Alan Firth told the jury the evidence was overwhelming. "He planned '
        "every step,\" Mr Firth said. Defence barrister Kofi Annor was blunt: 'There is not "
        "a single witness who puts my client at the scene.'\n\nThe trial continues.",
        "There is not a single witness who puts my client at the scene.",
        "Kofi Annor",
    ),
    (
        'Chief executive Dana Fitch said sales had recovered. "The worst is behind us," she '
        "said. The company's founder, Li Wei, was more cautious: \"We still have a lot of work "
        'to do before anyone celebrates."\n\nResults are due in May.',
        "We still have a lot of work to do before anyone celebrates.",
        "Li Wei",
    ),
    (
        'Dr Ines Moreau said the drug had worked in most patients. "The results are very '
        'encouraging," she said. Professor Hana Berg, who was not involved in the study, '
        'disagreed: "The trial was far too small to tell us anything yet."\n\nA larger '
        "trial begins next year.",
        "The trial was far too small to tell us anything yet.",
        "Hana Berg",
    ),
]

NOT_INTRODUCED = [
    (
        "Site manager Colin Rudd denies the charge. The court heard that Rudd had sent a "
        'message to shift leaders reading: "Skip the checks on nights." Prosecutor Jane '
        "Moss said he later deleted it.\n\nThe trial continues.",
        "Skip the checks on nights.",
        "Jane Moss",
    ),
    (
        "Star Holly Kerr has quit the soap after ten years. Fans were quick to react online, "
        "with one writing: 'No Holly, no show. Simple as that.'\n\nThe channel declined to "
        "comment.",
        "No Holly, no show. Simple as that.",
        "Holly Kerr",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INTRODUCED)
def test_the_subject_before_the_colon_introduces_the_quote(
    text: str, words: str, speaker: str
) -> None:
    credited = {q.text: q.speaker for q in build_brief(text).quotes}
    assert credited.get(words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), INTRODUCED[:2])
def test_the_select_candidates_offer_the_introducer(text: str, words: str, speaker: str) -> None:
    candidates = build_candidates(text, analysis_of(text))
    names = {a.id: a.name for a in candidates.actors}
    quote = next(q for q in candidates.quotes if q.text == words)
    assert quote.speakers, "the quote offers no speaker"
    assert names[quote.speakers[0]] == speaker


@pytest.mark.parametrize(("text", "words", "wrong"), NOT_INTRODUCED)
def test_a_colon_under_the_main_clause_introduces_no_one(text: str, words: str, wrong: str) -> None:
    credited = {q.text: q.speaker for q in build_brief(text).quotes}
    assert words in credited
    assert credited[words] != wrong


CUT_IN_TWO = [
    (
        '"We did everything right," said homeowner Tom Hale, "and still the water came '
        'in."\n\nThe flood hit 40 homes.',
        "Tom Hale",
    ),
    (
        "'This is the best squad I have worked with,' Coach Ama Boateng said, 'but we have "
        "won nothing yet.'\n\nThe season starts on Saturday.",
        "Ama Boateng",
    ),
    (
        "\u201cThe defendant showed no remorse,\u201d said Detective Sergeant Ruth Cole, "
        "\u201cwhich made this case all the harder for the family.\u201d\n\nHe will be "
        "sentenced next month.",
        "Ruth Cole",
    ),
]

TITLED_BY_A_BODY = [
    (
        '"The numbers don\'t lie," Treasury Secretary Lena Ortiz told reporters. '
        '"Inflation is coming down."\n\nMarkets rose.',
        "Inflation is coming down.",
        "Lena Ortiz",
    ),
    (
        '"Sales were weak," Harlow Foods chief executive Dana Fitch told analysts. "We '
        'expect a better second half."\n\nShares fell.',
        "We expect a better second half.",
        "Dana Fitch",
    ),
    (
        '"It was a penalty," Rovers manager Ian Holt told reporters. "The referee got '
        'it wrong."\n\nRovers are fifth.',
        "The referee got it wrong.",
        "Ian Holt",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CUT_IN_TWO)
def test_a_quote_cut_in_mid_sentence_is_one_quote(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
    assert len(quotes[0].parts) == 2


@pytest.mark.parametrize(("text", "words", "speaker"), TITLED_BY_A_BODY)
def test_a_body_in_the_speakers_title_is_no_other_speaker(
    text: str, words: str, speaker: str
) -> None:
    quotes = build_brief(text).quotes
    holding = [q for q in quotes if words in q.text]
    assert len(holding) == 1
    assert holding[0].speaker == speaker


def test_a_body_that_is_its_own_subject_still_stops_the_carry() -> None:
    text = (
        '"Sales were weak," Dana Fitch told analysts. Harlow Foods declined to comment '
        'further. "We expect a better second half."\n\nShares fell.'
    )
    quotes = {q.text: q.speaker for q in build_brief(text).quotes}
    assert quotes["We expect a better second half."] != "Dana Fitch"
