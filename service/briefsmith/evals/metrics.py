"""Per-field scores of a brief against a hand-written reference. Pure: no I/O.

Every list field is scored as a set: candidate items are paired one-to-one with reference
items (an optimal assignment, scipy's `linear_sum_assignment`, that first maximizes the
number of pairs and then their total similarity), so order never matters and one
candidate item can never match two reference items.

- actors: a pair needs a name similarity >= NAME_THRESHOLD between any name or alias of
  the two (transliterations like Cherevaty/Cherevatiy; "Mr. Stoltenberg" = "Jens Stoltenberg").
- quotes: a pair needs a token overlap (Dice over the longest common token subsequence of
  the texts normalized by the grounding module) >= QUOTE_THRESHOLD. On matched quotes,
  the speaker is right when it names the reference speaker or any alias of that actor.
- figures: a pair needs the same value within FIGURE_TOLERANCE (relative) and compatible
  units (a measurement unit - km, miles, %, USD, months... - must agree; a counted noun
  such as "civilians" never conflicts); the meaning ("measures") similarity of the pair
  breaks ties and is reported.
- situation, outlook: ROUGE-L F1 (rouge-score, stemmed) and content-word recall; the
  field score is their mean.
- faithfulness (reference-free): the share of the engine's quotes, figures and actors
  that the grounding check finds unsupported by the article (counting those the engine
  already dropped itself); the field score is 1 - that share.

Beyond the F1s, the fields an editor reads (each a mean over the articles where it is
defined, with a bootstrap interval; docs/evals.md has the table):

- actor_precision, actor_recall: recall counts the reference's key actors (`key: true`;
  in the old format every actor not `optional`); a matched non-key actor is free.
  actor_kinds: the share of matched actors whose kind agrees. roles: the share of
  matched actors with a reference role whose role agrees (content-word overlap
  coefficient >= ROLE_THRESHOLD; no role given is wrong).
- quote_recall: the share of required reference quotes some quote matched. A quote in
  several parts (split by its attribution, or over paragraphs; parts joined by " … ")
  may be matched by the whole or by its parts, one engine quote per part.
- speaker_precision: of the matched quotes the engine credits to someone, the share
  credited to the right speaker (a named speaker on a reference `unattributed` quote is
  wrong; `unattributed` is not a claim). speaker_recall: of the matched quotes whose
  reference names a speaker, the share the engine credits to that speaker (leaving it
  `unattributed` is a miss).
- figure_precision: the share of the engine's figures that match a reference figure
  (value and unit, or its text or one of its explicit `alternates`). measures: of the
  matched figures, the share whose `measures` holds at least MEASURES_THRESHOLD of the
  reference's content words.
- outlook_precision: with no reference outlook, 1 for an empty outlook and 0 for any;
  otherwise the share of the engine's outlook sentences that look ahead as the
  reference does (content-word overlap coefficient >= OUTLOOK_THRESHOLD).
- furniture_left, story_lost (lower is better): the share of the reference's furniture
  lines still in the cleaned text as a line (whole, trimmed, or attached at a
  paragraph's start or end; see `_furniture_left`), and of its `keep` story sentences
  missing from it (compared word by word, punctuation ignored).

Reference items marked `optional` (old format only) may be matched without counting as
a false positive, but recall counts only required items. Precision and recall of an
empty list: a field with nothing required and nothing claimed is perfect; claiming
nothing when something is required scores 0 on both.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from nltk.stem.porter import PorterStemmer
from pydantic import BaseModel, Field
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from rouge_score import rouge_scorer, tokenizers
from scipy.optimize import linear_sum_assignment

from briefsmith.core.grounding import check_grounding, normalize
from briefsmith.core.names import (
    NAME_SIMILARITY,
    NameParts,
    geography_agrees,
    names_similarity,
    same_person,
    written_title,
)
from briefsmith.core.schema import (
    UNATTRIBUTED,
    Actor,
    Brief,
    BriefWarning,
    Figure,
    Quote,
    WarningCode,
)
from briefsmith.core.segments import sentences
from briefsmith.core.units import units_compatible
from briefsmith.engines.linguistic import analysis_of
from briefsmith.evals.dataset import PART_SEPARATOR, Reference, ReferenceActor, ReferenceQuote

# 2: the news fields (speaker precision and recall, actor, role, measures, outlook
# precision, furniture). 3: two people each named in full under other names are never
# scored as each other through a surname both carry, when the candidate's full name
# is another reference person's (_named_in_full_as_another). 4: a title written short in a
# role is its office spelled out ("Ch Supt" is "chief superintendent", "Det Sgt" a
# "detective sergeant"), on both sides (_spelled_out).
METRICS_VERSION = "4"

NAME_THRESHOLD = NAME_SIMILARITY  # the one name matcher's threshold, 0-100
QUOTE_THRESHOLD = 0.5  # token Dice overlap, 0-1
FIGURE_TOLERANCE = 0.02  # relative difference between values
MEASURES_THRESHOLD = 1 / 3  # share of the reference measures' content words, 0-1
ROLE_THRESHOLD = 0.5  # content-word overlap coefficient of two roles, 0-1
OUTLOOK_THRESHOLD = 0.4  # content-word overlap coefficient of a sentence and the outlook

# Weights of the overall score. A field that is undefined for an article (no matched quote
# to judge speakers on, a reference without an outlook, a brief with no items to check
# for faithfulness) is left out and the remaining weights are renormalized.
WEIGHTS: dict[str, float] = {
    "actors": 0.15,
    "quotes": 0.15,
    "speaker_precision": 0.05,
    "speaker_recall": 0.05,
    "figures": 0.15,
    "situation": 0.15,
    "outlook": 0.10,
    "faithfulness": 0.20,
}
# Fields reported and gated but outside the overall score (they refine the ones above).
DETAIL_FIELDS: tuple[str, ...] = (
    "actor_precision",
    "actor_recall",
    "actor_kinds",
    "roles",
    "quote_recall",
    "figure_precision",
    "measures",
    "outlook_precision",
    "furniture_left",
    "story_lost",
)
FIELDS: tuple[str, ...] = (*WEIGHTS, *DETAIL_FIELDS, "overall")
# Shares of mistakes: a rise is a regression.
LOWER_IS_BETTER: frozenset[str] = frozenset({"furniture_left", "story_lost"})

# The classes of misses a report groups, in its order: slug -> heading.
MISS_CLASSES: dict[str, str] = {
    "wrong-speaker": "wrong speaker",
    "missed-speaker": "missed speaker",
    "missed-quote": "missed quote",
    "extra-quote": "quote not in the reference",
    "junk-figure": "junk figure",
    "missed-figure": "missed figure",
    "wrong-measures": "wrong measures",
    "place-as-actor": "place listed as actor",
    "extra-actor": "actor not in the reference",
    "missed-key-actor": "missed key actor",
    "wrong-role": "wrong role",
    "leftover-furniture": "leftover furniture",
    "lost-sentence": "lost story sentence",
    "outlook-not-ahead": "outlook that does not look ahead",
}

BOOTSTRAP_RESAMPLES = 2000
BOOTSTRAP_SEED = 20230213

# Function words left out of content-word recall (matched before stemming).
_STOPWORD_WORDS = (
    "a an the and or but if of at by for with about against between into through during "
    "before after above below to from up down in out on off over under again further then "
    "once here there when where why how all any both each few more most other some such no "
    "nor not only own same so than too very can will just should now is are was were be "
    "been being have has had having do does did doing it its itself they them their theirs "
    "we us our ours you your he him his she her hers i me my this that these those which "
    "who whom what as also would could may might must shall s t said say says"
)
_STOPWORDS = frozenset(_STOPWORD_WORDS.split())

# rouge-score's own tokenizer and stemmer, so content words agree with ROUGE-L's tokens.
_TOKENIZER = tokenizers.DefaultTokenizer(use_stemmer=False)
_STEMMER = PorterStemmer("ORIGINAL_ALGORITHM")
_ROUGE = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
_WORD = re.compile(r"\w+(?:'\w+)*")


# --------------------------------------------------------------------------------------
# Result records


class Match(BaseModel):
    candidate: int
    reference: int
    similarity: float


class SetScore(BaseModel):
    precision: float
    recall: float
    f1: float
    true_positives: int
    false_positives: int
    false_negatives: int
    matches: list[Match]
    missed: list[str]  # required reference items no candidate matched
    extra: list[str]  # candidate items that matched no reference item


class ActorScore(SetScore):
    kind_accuracy: float | None
    role_accuracy: float | None = None


class QuoteScore(SetScore):
    # Of all matched quotes, the share with the right speaker (unattributed where the
    # reference has none): the old single figure, kept for reading old runs.
    speaker_accuracy: float | None
    misattributed: list[str]
    speaker_precision: float | None = None
    speaker_recall: float | None = None


class FigureScore(SetScore):
    meaning_similarity: float | None
    measures_accuracy: float | None = None


class Miss(BaseModel):
    """One mistake, for the report: its class (a MISS_CLASSES slug), the item, what was
    wrong, and the article sentence it came from."""

    kind: str
    item: str
    detail: str = ""
    sentence: str | None = None


class CleaningScore(BaseModel):
    furniture: int
    furniture_left: list[str]
    keep: int
    lost: list[str]


class TextScore(BaseModel):
    rouge_l: float
    content_recall: float
    score: float


class FaithfulnessScore(BaseModel):
    actors_unsupported: float | None
    quotes_unsupported: float | None
    figures_unsupported: float | None
    items: int
    unsupported: int
    hallucination_rate: float | None
    score: float | None
    problems: list[str]


class ArticleScores(BaseModel):
    actors: ActorScore
    quotes: QuoteScore
    figures: FigureScore
    situation: TextScore | None
    outlook: TextScore | None
    faithfulness: FaithfulnessScore | None
    fields: dict[str, float | None]
    overall: float
    outlook_precision: float | None = None
    cleaning: CleaningScore | None = None
    misses: list[Miss] = Field(default_factory=list)


class FieldSummary(BaseModel):
    mean: float | None
    ci_low: float | None
    ci_high: float | None
    n: int


# --------------------------------------------------------------------------------------
# Building blocks


def assign(similarity: Sequence[Sequence[float | None]]) -> list[Match]:
    """One-to-one pairs of rows and columns; None marks a pair that may not match.

    Maximizes the number of pairs first, then their total similarity: every allowed pair
    is worth more than any possible sum of similarities, so no pair is given up for a
    better-scoring one elsewhere.
    """
    rows = len(similarity)
    cols = len(similarity[0]) if rows else 0
    if not rows or not cols:
        return []
    pair_bonus = float(min(rows, cols) + 1)
    weights = np.zeros((rows, cols))
    for r, row in enumerate(similarity):
        for c, value in enumerate(row):
            if value is not None:
                weights[r, c] = pair_bonus + value
    chosen_rows, chosen_cols = linear_sum_assignment(weights, maximize=True)
    return [
        Match(candidate=int(r), reference=int(c), similarity=float(similarity[r][c]))
        for r, c in zip(chosen_rows, chosen_cols, strict=True)
        if similarity[r][c] is not None
    ]


def prf(true_positives: int, false_positives: int, required: int) -> tuple[float, float, float]:
    claimed = true_positives + false_positives
    if required == 0:
        recall = 1.0
        precision = 1.0 if claimed == 0 else true_positives / claimed
    elif claimed == 0:
        precision = recall = 0.0
    else:
        precision = true_positives / claimed
        recall = true_positives / required
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def quote_tokens(text: str) -> list[str]:
    return _WORD.findall(normalize(text, casefold=True).text)


def quote_overlap(a: str, b: str) -> float:
    """Dice coefficient over the longest common subsequence of words, 0-1."""
    ta, tb = quote_tokens(a), quote_tokens(b)
    if not ta or not tb:
        return 0.0
    return 2 * LCSseq.similarity(ta, tb) / (len(ta) + len(tb))


def values_match(a: float, b: float, tolerance: float = FIGURE_TOLERANCE) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-12)


def meaning_similarity(a: str, b: str) -> float:
    if not a.strip() or not b.strip():
        return 0.0
    return fuzz.token_set_ratio(a, b, processor=str.casefold) / 100


def content_words(text: str) -> list[str]:
    """Lowercased words that are not function words or bare numbers, stemmed as ROUGE does
    (rouge-score leaves words of three letters or fewer unstemmed)."""
    return [
        _STEMMER.stem(t) if len(t) > 3 else t
        for t in _TOKENIZER.tokenize(text)
        if t not in _STOPWORDS and not t.isdigit()
    ]


# --------------------------------------------------------------------------------------
# Field scores


class _FaithfulnessInput(Protocol):
    @property
    def actors(self) -> Sequence[Actor]: ...
    @property
    def quotes(self) -> Sequence[Quote]: ...
    @property
    def figures(self) -> Sequence[Figure]: ...


# A brief scored as it was served (no raw engine output at hand) is already cleaned of
# what the engine made up; the warnings briefsmith.core.grounding.enforce_grounding left for each
# item it dropped are the only trace, so faithfulness counts them (by code and field,
# never by their wording).
_ITEM_FIELDS: dict[str, str] = {"actors": "actor", "quotes": "quote", "figures": "figure"}


def _set_score(
    similarity: list[list[float | None]],
    candidate_labels: list[str],
    reference_labels: list[str],
    reference_optional: list[bool],
) -> tuple[list[Match], tuple[float, float, float], int, int, list[str], list[str]]:
    matches = assign(similarity)
    matched_refs = {m.reference for m in matches}
    matched_cands = {m.candidate for m in matches}
    true_positives = sum(not reference_optional[m.reference] for m in matches)
    extra = [label for i, label in enumerate(candidate_labels) if i not in matched_cands]
    required = sum(not optional for optional in reference_optional)
    missed = [
        label
        for i, label in enumerate(reference_labels)
        if i not in matched_refs and not reference_optional[i]
    ]
    return (
        matches,
        prf(true_positives, len(extra), required),
        true_positives,
        len(extra),
        missed,
        extra,
    )


def _share(right: int, total: int) -> float | None:
    return right / total if total else None


def overlap_coefficient(a: str, b: str) -> float:
    """Shared content words over the smaller side's content words, 0-1."""
    wa, wb = set(content_words(a)), set(content_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def reference_word_share(candidate: str, reference: str) -> float:
    """The share of the reference's content words that the candidate holds, 0-1."""
    wanted = set(content_words(reference))
    if not wanted:
        return 1.0 if candidate.strip() else 0.0
    return len(wanted & set(content_words(candidate))) / len(wanted)


def role_agrees(candidate: str | None, reference: str) -> bool:
    return (
        bool(candidate)
        and overlap_coefficient(_spelled_out(candidate or ""), _spelled_out(reference))
        >= ROLE_THRESHOLD
    )


_ROLE_WORD = re.compile(r"[^\W\d_][\w.]*")


def _spelled_out(role: str) -> str:
    """A role with each title written short and capitalized spelled out as its office
    ("Ch Supt of Police Scotland" -> "chief superintendent of Police Scotland"), by the
    one table the engine reads titles with; a lower-case word stays ("Banca di Roma")."""
    return _ROLE_WORD.sub(
        lambda m: written_title(m.group()) if m.group()[:1].isupper() else m.group(), role
    )


def measures_agree(candidate: str, reference: str) -> bool:
    return reference_word_share(candidate, reference) >= MEASURES_THRESHOLD


def _full_names(names: Sequence[str]) -> list[str]:
    return [n for n in names if NameParts.of(n, "person").given_names]


def _agreeing_in_full(names: Sequence[str], references: Sequence[ReferenceActor]) -> set[int]:
    """The reference people whose full names agree with a full name of the candidate's."""
    ours = _full_names(names)
    return {
        index
        for index, ref in enumerate(references)
        if ref.kind == "person"
        and any(same_person(a, b, "person") for a in ours for b in _full_names(ref.names))
    }


def _named_in_full_as_another(
    names: Sequence[str], index: int, references: Sequence[ReferenceActor], agreeing: set[int]
) -> bool:
    """Is the candidate, named in full, another reference person named in full, and by
    no form this one's full names agree with ("Kerensa Pengelly", beside the reference's
    "Gareth Pengelly" and "Kerensa Pengelly")? A bare surname that either side lists
    ("Pengelly") then makes them neither the other: without this, namesakes could be
    scored as each other, an arbitrary tie of the assignment."""
    reference = references[index]
    return (
        reference.kind == "person"
        and bool(agreeing - {index})
        and index not in agreeing
        and bool(_full_names(reference.names))
        and bool(_full_names(names))
    )


def score_actors(candidates: Sequence[Actor], references: Sequence[ReferenceActor]) -> ActorScore:
    similarity: list[list[float | None]] = []
    for actor in candidates:
        row: list[float | None] = []
        agreeing = (
            _agreeing_in_full([actor.name, *actor.aliases], references)
            if actor.kind == "person"
            else set()
        )
        for index, ref in enumerate(references):
            # Whether they are one actor is the one rule's (same_person); how alike the
            # names are only weighs the one-to-one assignment.
            names = [actor.name, *actor.aliases]
            same = (
                geography_agrees(actor.kind, ref.kind)
                and any(same_person(n, r, ref.kind) for n in names for r in ref.names)
                and not _named_in_full_as_another(names, index, references, agreeing)
            )
            row.append(names_similarity(names, ref.names) / 100 if same else None)
        similarity.append(row)
    matches, (p, r, f1), tp, fp, missed, extra = _set_score(
        similarity,
        [a.name for a in candidates],
        [a.name for a in references],
        [not a.required for a in references],
    )
    kinds = [candidates[m.candidate].kind == references[m.reference].kind for m in matches]
    roles = [
        role_agrees(candidates[m.candidate].role, role)
        for m in matches
        if (role := references[m.reference].role)
    ]
    return ActorScore(
        precision=p,
        recall=r,
        f1=f1,
        true_positives=tp,
        false_positives=fp,
        false_negatives=len(missed),
        matches=matches,
        missed=missed,
        extra=extra,
        kind_accuracy=_share(sum(kinds), len(kinds)),
        role_accuracy=_share(sum(roles), len(roles)),
    )


def speaker_is_right(speaker: str, reference_speaker: str, reference: Reference) -> bool:
    said = (speaker or UNATTRIBUTED).strip()
    if reference_speaker.strip().casefold() == UNATTRIBUTED:
        return said.casefold() == UNATTRIBUTED
    if said.casefold() == UNATTRIBUTED:
        return False
    actor = reference.speaker_actor(reference_speaker)
    names = actor.names if actor else [reference_speaker]
    return any(same_person(said, name, actor.kind if actor else "person") for name in names)


def _quote_slots(refs: Sequence[ReferenceQuote]) -> list[tuple[int, list[str]]]:
    """One slot per part of each reference quote: (quote index, texts it may match).
    A part is matched by itself or by the whole quote."""
    slots: list[tuple[int, list[str]]] = []
    for index, ref in enumerate(refs):
        parts = ref.parts
        if len(parts) <= 1:
            slots.append((index, [ref.text]))
        else:
            joined = " ".join(parts)
            slots += [(index, [part, joined]) for part in parts]
    return slots


def _is_unattributed(speaker: str | None) -> bool:
    return (speaker or UNATTRIBUTED).strip().casefold() == UNATTRIBUTED


def score_quotes(candidates: Sequence[Quote], reference: Reference) -> QuoteScore:
    refs = reference.quotes
    slots = _quote_slots(refs)
    similarity: list[list[float | None]] = []
    for quote in candidates:
        row: list[float | None] = []
        for _, texts in slots:
            overlap = max(quote_overlap(quote.text, text) for text in texts)
            row.append(overlap if overlap >= QUOTE_THRESHOLD else None)
        similarity.append(row)
    slot_matches = assign(similarity)
    # Back to reference quotes: a quote is found when any of its parts is.
    matches = [
        Match(candidate=m.candidate, reference=slots[m.reference][0], similarity=m.similarity)
        for m in slot_matches
    ]
    found = {m.reference for m in matches}
    optional = [q.optional for q in refs]
    matched_cands = {m.candidate for m in matches}
    extra = [q.text for i, q in enumerate(candidates) if i not in matched_cands]
    true_positives = sum(not optional[m.reference] for m in matches)
    required = sum(not o for o in optional)
    missed = [q.text for i, q in enumerate(refs) if i not in found and not optional[i]]
    found_required = sum(1 for i in found if not optional[i])
    precision, _, _ = prf(true_positives, len(extra), required)
    recall = found_required / required if required else 1.0
    if required and not candidates:
        precision = 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    misattributed = []
    claimed = claimed_right = named = named_right = 0
    for m in matches:
        said, wanted = candidates[m.candidate].speaker, refs[m.reference].speaker
        right = speaker_is_right(said, wanted, reference)
        if not right:
            misattributed.append(f'"{candidates[m.candidate].text}": {said} (reference: {wanted})')
        if not _is_unattributed(said):
            claimed += 1
            claimed_right += right
        if not _is_unattributed(wanted):
            named += 1
            named_right += right
    return QuoteScore(
        precision=precision,
        recall=recall,
        f1=f1,
        true_positives=true_positives,
        false_positives=len(extra),
        false_negatives=len(missed),
        matches=matches,
        missed=missed,
        extra=extra,
        speaker_accuracy=1 - len(misattributed) / len(matches) if matches else None,
        misattributed=misattributed,
        speaker_precision=_share(claimed_right, claimed),
        speaker_recall=_share(named_right, named),
    )


def _figure_values_match(
    candidate: Figure, reference_value: float, reference_max: float | None
) -> bool:
    ends = [reference_value] if reference_max is None else [reference_value, reference_max]
    if not any(values_match(candidate.value, end) for end in ends):
        return False
    if candidate.value_max is not None and reference_max is not None:
        return values_match(candidate.value_max, reference_max)
    return True


def _same_span(candidate: str, texts: Sequence[str]) -> bool:
    wanted = quote_tokens(candidate)
    return bool(wanted) and any(quote_tokens(text) == wanted for text in texts)


def score_figures(candidates: Sequence[Figure], reference: Reference) -> FigureScore:
    refs = reference.figures
    similarity: list[list[float | None]] = []
    for figure in candidates:
        row: list[float | None] = []
        for ref in refs:
            same = (
                _figure_values_match(figure, ref.value, ref.value_max)
                and units_compatible(figure.unit, ref.unit)
            ) or _same_span(figure.text, [ref.text, *ref.alternates])
            row.append(meaning_similarity(figure.measures, ref.measures) if same else None)
        similarity.append(row)
    matches, (p, r, f1), tp, fp, missed, extra = _set_score(
        similarity,
        [f.text for f in candidates],
        [f"{f.text} ({f.measures})" for f in refs],
        [f.optional for f in refs],
    )
    measured = [
        measures_agree(candidates[m.candidate].measures, refs[m.reference].measures)
        for m in matches
    ]
    return FigureScore(
        precision=p,
        recall=r,
        f1=f1,
        true_positives=tp,
        false_positives=fp,
        false_negatives=len(missed),
        matches=matches,
        missed=missed,
        extra=extra,
        meaning_similarity=(statistics.fmean(m.similarity for m in matches) if matches else None),
        measures_accuracy=_share(sum(measured), len(measured)),
    )


def score_text(candidate: str, reference: str) -> TextScore | None:
    """None when the reference has no text for this field (nothing to score against)."""
    if not reference.strip():
        return None
    rouge_l = _ROUGE.score(reference, candidate)["rougeL"].fmeasure if candidate.strip() else 0.0
    wanted = set(content_words(reference))
    found = set(content_words(candidate))
    recall = len(wanted & found) / len(wanted) if wanted else 1.0
    return TextScore(rouge_l=rouge_l, content_recall=recall, score=(rouge_l + recall) / 2)


def outlook_sentences(outlook: str) -> list[str]:
    return [s.text.strip() for s in sentences(outlook) if s.text.strip()]


def looks_ahead(sentence: str, reference_outlook: str) -> bool:
    return overlap_coefficient(sentence, reference_outlook) >= OUTLOOK_THRESHOLD


def score_outlook_precision(candidate: str, reference: str) -> float | None:
    """With no reference outlook: 1 for saying nothing, 0 for saying anything. Else the
    share of the candidate's sentences that look ahead as the reference does; None when
    the candidate says nothing (nothing claimed; the outlook score counts the miss)."""
    said = outlook_sentences(candidate)
    if not reference.strip():
        return 0.0 if said else 1.0
    if not said:
        return None
    return sum(looks_ahead(s, reference) for s in said) / len(said)


def _word_line(text: str) -> str:
    return " " + " ".join(quote_tokens(text)) + " "


def _furniture_left(furniture: str, cleaned_lines: list[list[str]]) -> bool:
    """Whether a furniture line survived cleaning: a line of the cleaned text is the
    furniture line, or at least half of it when cleaning trimmed it, or the furniture
    line of two words or more still begins or ends a cleaned line (a dateline or a
    credit left attached). The same words inside a story sentence are not the line
    left: a topic tag "Flooding" under a flood story, an outlet the story names."""
    words = quote_tokens(furniture)
    if not words:
        return False
    for line in cleaned_lines:
        attached = line[: len(words)] == words or line[-len(words) :] == words
        if attached and (len(words) > 1 or len(line) == 1):
            return True
        if 2 * len(line) >= len(words) and _word_line(" ".join(line)) in _word_line(furniture):
            return True
    return False


def score_cleaning(reference: Reference, article_text: str) -> CleaningScore | None:
    """The reference's furniture lines still in the cleaned text (as a line of it, see
    `_furniture_left`) and its `keep` story sentences missing from it, compared as word
    sequences (punctuation and quote marks ignored). None when the reference lists
    neither."""
    if not reference.furniture and not reference.keep:
        return None
    words = _word_line(article_text)
    cleaned_lines = [tokens for line in article_text.split("\n") if (tokens := quote_tokens(line))]
    return CleaningScore(
        furniture=len(reference.furniture),
        furniture_left=[
            line for line in reference.furniture if _furniture_left(line, cleaned_lines)
        ],
        keep=len(reference.keep),
        lost=[line for line in reference.keep if _word_line(line) not in words],
    )


def score_faithfulness(brief: _FaithfulnessInput, article_text: str) -> FaithfulnessScore | None:
    """How much of what the engine claimed the article does not support. None for a brief
    that claims nothing.

    Counts the brief's items that the grounding check rejects plus the items the engine
    itself already dropped as ungrounded (named in `meta.warnings`)."""
    report = check_grounding(brief, article_text, analysis_of(article_text))
    meta = getattr(brief, "meta", None)
    warnings: list[BriefWarning] = getattr(meta, "warnings", [])
    earlier = [
        w for w in warnings if w.code == WarningCode.UNGROUNDED_DROPPED and w.field in _ITEM_FIELDS
    ]
    dropped = Counter(_ITEM_FIELDS[w.field] for w in earlier if w.field)
    rates: dict[str, float | None] = {}
    items = unsupported = 0
    for field in ("actor", "quote", "figure"):
        verdicts = report.of(field)
        total = len(verdicts) + dropped[field]
        bad = sum(not v.grounded for v in verdicts) + dropped[field]
        rates[field] = bad / total if total else None
        items += total
        unsupported += bad
    if not items:
        return None
    rate = unsupported / items
    return FaithfulnessScore(
        actors_unsupported=rates["actor"],
        quotes_unsupported=rates["quote"],
        figures_unsupported=rates["figure"],
        items=items,
        unsupported=unsupported,
        hallucination_rate=rate,
        score=1 - rate,
        problems=[
            *(w.message for w in earlier),
            *(v.reason for v in report.ungrounded if v.reason),
        ],
    )


def overall_score(fields: dict[str, float | None], weights: dict[str, float] = WEIGHTS) -> float:
    defined = {
        name: value for name, value in fields.items() if name in weights and value is not None
    }
    total = sum(weights[name] for name in defined)
    return sum(weights[name] * value for name, value in defined.items()) / total if total else 0.0


class _SentenceFinder:
    """The article sentence an item came from: at its span when the engine gave one,
    else where its words first occur (punctuation, quote marks and case ignored)."""

    def __init__(self, text: str):
        self.text = text
        self._sentences = sentences(text)

    def at(self, position: int) -> str | None:
        for sentence in self._sentences:
            if sentence.start <= position < max(sentence.end, sentence.start + 1):
                return sentence.text.strip()
        return None

    def of(self, needle: str, span: object = None) -> str | None:
        start = getattr(span, "start", None)
        if isinstance(start, int) and start < len(self.text):
            return self.at(start)
        words = _WORD.findall(needle.split(PART_SEPARATOR.strip())[0])[:12]
        if not words:
            return None
        pattern = r"\W+".join(re.escape(w) for w in words)
        found = re.search(rf"(?<!\w){pattern}(?!\w)", self.text, re.IGNORECASE)
        return self.at(found.start()) if found else None


def find_misses(
    brief: Brief | None,
    reference: Reference,
    article_text: str,
    actors: ActorScore,
    quotes: QuoteScore,
    figures: FigureScore,
    cleaning: CleaningScore | None,
) -> list[Miss]:
    """Every mistake of one brief, classed (MISS_CLASSES) with its sentence."""
    find = _SentenceFinder(article_text)
    misses: list[Miss] = []
    cand_quotes = brief.quotes if brief else []
    for m in quotes.matches:
        quote, ref = cand_quotes[m.candidate], reference.quotes[m.reference]
        if speaker_is_right(quote.speaker, ref.speaker, reference):
            continue
        kind = "missed-speaker" if _is_unattributed(quote.speaker) else "wrong-speaker"
        misses.append(
            Miss(
                kind=kind,
                item=quote.text,
                detail=f"engine: {quote.speaker or UNATTRIBUTED}; reference: {ref.speaker}",
                sentence=find.of(quote.text, quote.span),
            )
        )
    found = {m.reference for m in quotes.matches}
    for index, ref in enumerate(reference.quotes):
        if index not in found and not ref.optional:
            detail = f"speaker: {ref.speaker}" + (f"; {ref.kind}" if ref.kind else "")
            misses.append(
                Miss(kind="missed-quote", item=ref.text, detail=detail, sentence=find.of(ref.text))
            )
    matched = {m.candidate for m in quotes.matches}
    for index, quote in enumerate(cand_quotes):
        if index not in matched:
            misses.append(
                Miss(
                    kind="extra-quote",
                    item=quote.text,
                    detail=f"speaker: {quote.speaker}",
                    sentence=find.of(quote.text, quote.span),
                )
            )

    cand_figures = brief.figures if brief else []
    matched = {m.candidate for m in figures.matches}
    for index, figure in enumerate(cand_figures):
        if index not in matched:
            misses.append(
                Miss(
                    kind="junk-figure",
                    item=f"{figure.text} — {figure.measures}",
                    sentence=find.of(figure.text, figure.span),
                )
            )
    for m in figures.matches:
        figure, ref_figure = cand_figures[m.candidate], reference.figures[m.reference]
        if not measures_agree(figure.measures, ref_figure.measures):
            misses.append(
                Miss(
                    kind="wrong-measures",
                    item=f"{figure.text} — {figure.measures}",
                    detail=f"reference: {ref_figure.measures}",
                    sentence=find.of(figure.text, figure.span),
                )
            )
    found = {m.reference for m in figures.matches}
    for index, ref_figure in enumerate(reference.figures):
        if index not in found and not ref_figure.optional:
            misses.append(
                Miss(
                    kind="missed-figure",
                    item=f"{ref_figure.text} — {ref_figure.measures}",
                    sentence=find.of(ref_figure.text),
                )
            )

    cand_actors = brief.actors if brief else []
    matched = {m.candidate for m in actors.matches}
    for index, actor in enumerate(cand_actors):
        if index not in matched:
            misses.append(
                Miss(
                    kind="place-as-actor" if actor.kind == "place" else "extra-actor",
                    item=actor.name,
                    detail=f"kind: {actor.kind}",
                    sentence=find.of(actor.name, actor.span),
                )
            )
    for m in actors.matches:
        actor, ref_actor = cand_actors[m.candidate], reference.actors[m.reference]
        if ref_actor.role and not role_agrees(actor.role, ref_actor.role):
            misses.append(
                Miss(
                    kind="wrong-role",
                    item=actor.name,
                    detail=f"engine: {actor.role or '(none)'}; reference: {ref_actor.role}",
                    sentence=find.of(actor.name, actor.span),
                )
            )
    found = {m.reference for m in actors.matches}
    for index, ref_actor in enumerate(reference.actors):
        if index not in found and ref_actor.required:
            misses.append(
                Miss(
                    kind="missed-key-actor",
                    item=ref_actor.name,
                    detail=f"kind: {ref_actor.kind}"
                    + (f"; role: {ref_actor.role}" if ref_actor.role else ""),
                    sentence=find.of(ref_actor.name),
                )
            )

    outlook = brief.outlook if brief else ""
    for sentence in outlook_sentences(outlook):
        if not reference.outlook or not looks_ahead(sentence, reference.outlook):
            misses.append(
                Miss(
                    kind="outlook-not-ahead",
                    item=sentence,
                    detail=f"reference: {reference.outlook or '(none: the article says nothing)'}",
                    sentence=find.of(sentence),
                )
            )
    if cleaning is not None:
        misses += [
            Miss(kind="leftover-furniture", item=line, sentence=line)
            for line in cleaning.furniture_left
        ]
        misses += [Miss(kind="lost-sentence", item=line, sentence=line) for line in cleaning.lost]
    return misses


def score_article(
    brief: Brief | None,
    reference: Reference,
    article_text: str,
    raw_brief: _FaithfulnessInput | None = None,
) -> ArticleScores:
    """Score a brief; `None` (the engine failed) scores as an empty brief.

    Faithfulness is measured on `raw_brief` when given: the engine's own output, before
    the pipeline dropped what the article does not support. The final brief passed that
    check by construction, so only the raw one tells how much the engine made up.
    `article_text` is the cleaned article (furniture and lost sentences are read in it).
    """
    actors = score_actors(brief.actors if brief else [], reference.actors)
    quotes = score_quotes(brief.quotes if brief else [], reference)
    figures = score_figures(brief.figures if brief else [], reference)
    situation = score_text(brief.situation if brief else "", reference.situation)
    outlook = score_text(brief.outlook if brief else "", reference.outlook)
    outlook_precision = score_outlook_precision(brief.outlook if brief else "", reference.outlook)
    cleaning = score_cleaning(reference, article_text)
    checked = raw_brief if raw_brief is not None else brief
    faithfulness = score_faithfulness(checked, article_text) if checked is not None else None
    fields: dict[str, float | None] = {
        "actors": actors.f1,
        "quotes": quotes.f1,
        "speaker_precision": quotes.speaker_precision,
        "speaker_recall": quotes.speaker_recall,
        "figures": figures.f1,
        "situation": situation.score if situation else None,
        "outlook": outlook.score if outlook else None,
        "faithfulness": faithfulness.score if faithfulness else None,
        "actor_precision": actors.precision,
        "actor_recall": actors.recall,
        "actor_kinds": actors.kind_accuracy,
        "roles": actors.role_accuracy,
        "quote_recall": quotes.recall,
        "figure_precision": figures.precision,
        "measures": figures.measures_accuracy,
        "outlook_precision": outlook_precision,
        "furniture_left": _share(len(cleaning.furniture_left), cleaning.furniture)
        if cleaning
        else None,
        "story_lost": _share(len(cleaning.lost), cleaning.keep) if cleaning else None,
    }
    overall = overall_score(fields)
    return ArticleScores(
        actors=actors,
        quotes=quotes,
        figures=figures,
        situation=situation,
        outlook=outlook,
        faithfulness=faithfulness,
        fields={**fields, "overall": overall},
        overall=overall,
        outlook_precision=outlook_precision,
        cleaning=cleaning,
        misses=find_misses(brief, reference, article_text, actors, quotes, figures, cleaning),
    )


# --------------------------------------------------------------------------------------
# Aggregation over articles


def bootstrap_ci(
    values: Sequence[float],
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
    confidence: float = 0.95,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean, resampling articles with replacement.
    Seeded, so the same scores always give the same interval."""
    if not values:
        raise ValueError("no values to bootstrap")
    rng = random.Random(seed)
    n = len(values)
    means = sorted(statistics.fmean(rng.choices(values, k=n)) for _ in range(resamples))
    tail = (1 - confidence) / 2
    low = means[int(tail * (resamples - 1))]
    high = means[round((1 - tail) * (resamples - 1))]
    return low, high


def summarize(
    per_article: Sequence[dict[str, float | None]],
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> dict[str, FieldSummary]:
    """Mean and 95% bootstrap CI of each field over the articles where it is defined."""
    summary: dict[str, FieldSummary] = {}
    for field in FIELDS:
        values = [value for s in per_article if (value := s.get(field)) is not None]
        if not values:
            summary[field] = FieldSummary(mean=None, ci_low=None, ci_high=None, n=0)
            continue
        low, high = bootstrap_ci(values, resamples=resamples, seed=seed)
        summary[field] = FieldSummary(
            mean=statistics.fmean(values), ci_low=low, ci_high=high, n=len(values)
        )
    return summary
