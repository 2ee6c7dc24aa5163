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

Reference items marked `optional` may be matched without counting as a false positive,
but recall counts only required items. Precision and recall of an empty list: a field
with nothing required and nothing claimed is perfect; claiming nothing when something is
required scores 0 on both.
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
from pydantic import BaseModel
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from rouge_score import rouge_scorer, tokenizers
from scipy.optimize import linear_sum_assignment

from briefsmith.core.grounding import check_grounding, normalize
from briefsmith.core.names import NAME_SIMILARITY, names_similarity
from briefsmith.core.schema import (
    UNATTRIBUTED,
    Actor,
    Brief,
    BriefWarning,
    Figure,
    Quote,
    WarningCode,
)
from briefsmith.core.units import units_compatible
from briefsmith.engines.linguistic import analysis_of
from briefsmith.evals.dataset import Reference, ReferenceActor

METRICS_VERSION = "1"

NAME_THRESHOLD = NAME_SIMILARITY  # the one name matcher's threshold, 0-100
QUOTE_THRESHOLD = 0.5  # token Dice overlap, 0-1
FIGURE_TOLERANCE = 0.02  # relative difference between values

# Weights of the overall score. A field that is undefined for an article (no matched quote
# to judge speakers on, a reference without an outlook, a brief with no items to check
# for faithfulness) is left out and the remaining weights are renormalized.
WEIGHTS: dict[str, float] = {
    "actors": 0.15,
    "quotes": 0.15,
    "speakers": 0.10,
    "figures": 0.15,
    "situation": 0.15,
    "outlook": 0.10,
    "faithfulness": 0.20,
}
FIELDS: tuple[str, ...] = (*WEIGHTS, "overall")

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


class QuoteScore(SetScore):
    speaker_accuracy: float | None
    misattributed: list[str]


class FigureScore(SetScore):
    meaning_similarity: float | None


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


def score_actors(candidates: Sequence[Actor], references: Sequence[ReferenceActor]) -> ActorScore:
    similarity: list[list[float | None]] = []
    for actor in candidates:
        row: list[float | None] = []
        for ref in references:
            score = names_similarity([actor.name, *actor.aliases], ref.names)
            row.append(score / 100 if score >= NAME_THRESHOLD else None)
        similarity.append(row)
    matches, (p, r, f1), tp, fp, missed, extra = _set_score(
        similarity,
        [a.name for a in candidates],
        [a.name for a in references],
        [a.optional for a in references],
    )
    kinds = [candidates[m.candidate].kind == references[m.reference].kind for m in matches]
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
        kind_accuracy=sum(kinds) / len(kinds) if kinds else None,
    )


def speaker_is_right(speaker: str, reference_speaker: str, reference: Reference) -> bool:
    said = (speaker or UNATTRIBUTED).strip()
    if reference_speaker.strip().casefold() == UNATTRIBUTED:
        return said.casefold() == UNATTRIBUTED
    if said.casefold() == UNATTRIBUTED:
        return False
    actor = reference.speaker_actor(reference_speaker)
    names = actor.names if actor else [reference_speaker]
    return names_similarity([said], names) >= NAME_THRESHOLD


def score_quotes(candidates: Sequence[Quote], reference: Reference) -> QuoteScore:
    refs = reference.quotes
    similarity: list[list[float | None]] = []
    for quote in candidates:
        row: list[float | None] = []
        for ref in refs:
            overlap = quote_overlap(quote.text, ref.text)
            row.append(overlap if overlap >= QUOTE_THRESHOLD else None)
        similarity.append(row)
    matches, (p, r, f1), tp, fp, missed, extra = _set_score(
        similarity,
        [q.text for q in candidates],
        [q.text for q in refs],
        [q.optional for q in refs],
    )
    misattributed = [
        f'"{candidates[m.candidate].text}": {candidates[m.candidate].speaker} '
        f"(reference: {refs[m.reference].speaker})"
        for m in matches
        if not speaker_is_right(
            candidates[m.candidate].speaker, refs[m.reference].speaker, reference
        )
    ]
    return QuoteScore(
        precision=p,
        recall=r,
        f1=f1,
        true_positives=tp,
        false_positives=fp,
        false_negatives=len(missed),
        matches=matches,
        missed=missed,
        extra=extra,
        speaker_accuracy=1 - len(misattributed) / len(matches) if matches else None,
        misattributed=misattributed,
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


def score_figures(candidates: Sequence[Figure], reference: Reference) -> FigureScore:
    refs = reference.figures
    similarity: list[list[float | None]] = []
    for figure in candidates:
        row: list[float | None] = []
        for ref in refs:
            same = _figure_values_match(figure, ref.value, ref.value_max) and units_compatible(
                figure.unit, ref.unit
            )
            row.append(meaning_similarity(figure.measures, ref.measures) if same else None)
        similarity.append(row)
    matches, (p, r, f1), tp, fp, missed, extra = _set_score(
        similarity,
        [f.text for f in candidates],
        [f"{f.text} ({f.measures})" for f in refs],
        [f.optional for f in refs],
    )
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
    """
    actors = score_actors(brief.actors if brief else [], reference.actors)
    quotes = score_quotes(brief.quotes if brief else [], reference)
    figures = score_figures(brief.figures if brief else [], reference)
    situation = score_text(brief.situation if brief else "", reference.situation)
    outlook = score_text(brief.outlook if brief else "", reference.outlook)
    checked = raw_brief if raw_brief is not None else brief
    faithfulness = score_faithfulness(checked, article_text) if checked is not None else None
    fields: dict[str, float | None] = {
        "actors": actors.f1,
        "quotes": quotes.f1,
        "speakers": quotes.speaker_accuracy,
        "figures": figures.f1,
        "situation": situation.score if situation else None,
        "outlook": outlook.score if outlook else None,
        "faithfulness": faithfulness.score if faithfulness else None,
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
