"""Merge the briefs of several articles about one event into one story. Pure, no I/O.

Input: `(article_id, BriefResult)` pairs from the usual pipeline, so every item is
already grounded in its own article with its own span. Output: actors, quotes and
figures merged across the articles, each with `sources: [{article_id, span}]`, and
the disagreements flagged.

Nothing compares every item with every other: items meet only when they share a
blocking key (a name's first or last letters, a quote's words, a figure's measure and
unit), so the cost grows with the items, not with their pairs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from briefsmith.core.grounding import normalize
from briefsmith.core.lexicon import fold
from briefsmith.core.names import Match, NameParts, match_names
from briefsmith.core.numbers import same_number
from briefsmith.core.schema import UNATTRIBUTED, Actor, BriefResult, Figure, Quote, Span
from briefsmith.core.segments import sentences
from briefsmith.core.story.schema import (
    FigureStatus,
    FigureValue,
    QuoteSource,
    SourceRef,
    StoryActor,
    StoryFigure,
    StoryQuote,
    StorySentence,
)
from briefsmith.core.units import canonical_unit

ArticleBrief = tuple[str, BriefResult]

# Two reports are the same statement when their words agree this much (rapidfuzz, 0-100)
# after quote marks, case and punctuation are normalized away: in any order
# (token_sort_ratio), or one contained in the other (token_set_ratio) when the shorter
# has enough words that containment is not a coincidence.
SAME_QUOTE_SORTED = 85
SAME_QUOTE_CONTAINED = 92
MIN_WORDS_FOR_CONTAINMENT = 5
# Reports of one quantity that disagree (70,000 vs 80,000) are usually close; values
# further apart than this under the same label are more likely two different things
# ("age of child": one child of 2, another of 7) than a disagreement.
MAX_CONFLICT_RATIO = 2.0
# Words that carry no meaning in a figure's description or a lead sentence.
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "for",
        "to",
        "from",
        "by",
        "with",
        "and",
        "or",
        "as",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "were",
        "was",
        "is",
        "are",
        "been",
        "be",
        "has",
        "have",
        "had",
        "into",
        "over",
        "per",
        "than",
    ]
)


class _Clusters:
    """Union-find over items; optionally refusing to join two items of one article."""

    def __init__(self, articles: Sequence[str], *, one_per_article: bool):
        self.parent = list(range(len(articles)))
        self.articles = [{a} for a in articles]
        self.one_per_article = one_per_article

    def root(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> bool:
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return True
        if self.one_per_article and self.articles[ra] & self.articles[rb]:
            return False  # one article names two different actors: never one entity
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.articles[ra] |= self.articles[rb]
        return True

    def groups(self) -> list[list[int]]:
        members: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            members[self.root(item)].append(item)
        return sorted(members.values(), key=lambda group: group[0])


# A key shared by more items than this says little about any two of them (a word most
# quotes use); it stops pairing new items, so a hostile input cannot make every item
# meet every other. Real stories (2-20 articles) stay far below it.
MAX_ITEMS_PER_KEY = 64


def _candidate_pairs(keys_per_item: Sequence[Iterable[str]]) -> list[tuple[int, int]]:
    """Pairs of items sharing at least one blocking key, each once, in item order."""
    postings: dict[str, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    for item, keys in enumerate(keys_per_item):
        for key in set(keys):
            earlier_items = postings[key]
            if len(earlier_items) >= MAX_ITEMS_PER_KEY:
                continue
            for earlier in earlier_items:
                pairs.add((earlier, item))
            earlier_items.append(item)
    return sorted(pairs)


# --------------------------------------------------------------------------------------
# Actors


@dataclass(frozen=True)
class _ActorEntry:
    article_id: str
    actor: Actor
    parts: NameParts


class ActorIndex:
    """Which merged actor a name in a given article refers to."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, str], str] = {}

    def add(self, article_id: str, spelling: str, merged_name: str) -> None:
        self._names.setdefault((article_id, fold(spelling.strip())), merged_name)

    def resolve(self, article_id: str, name: str) -> str:
        if name.strip().casefold() == UNATTRIBUTED:
            return UNATTRIBUTED
        return self._names.get((article_id, fold(name.strip())), name)


def _merged_actor(entries: list[_ActorEntry]) -> StoryActor:
    counts = Counter(e.actor.name for e in entries)
    first_seen = {e.actor.name: i for i, e in reversed(list(enumerate(entries)))}
    name = min(
        counts,
        key=lambda n: (
            -(len(NameParts.of(n, "person").words) > 1),
            -counts[n],
            -len(n.split()),
            first_seen[n],
        ),
    )
    spellings: dict[str, str] = {}
    for entry in entries:
        for spelling in (entry.actor.name, *entry.actor.aliases):
            if spelling.strip() and fold(spelling) != fold(name):
                spellings.setdefault(fold(spelling), spelling)
    kinds = Counter(e.actor.kind for e in entries)
    return StoryActor(
        name=name,
        kind=max(kinds, key=lambda k: (kinds[k], k == "person")),
        role=next((e.actor.role for e in entries if e.actor.role), None),
        aliases=list(spellings.values()),
        sources=[SourceRef(article_id=e.article_id, span=e.actor.span) for e in entries],
    )


def merge_actors(briefs: Sequence[ArticleBrief]) -> tuple[list[StoryActor], ActorIndex]:
    entries = [
        _ActorEntry(article_id, actor, NameParts.of(actor.name, actor.kind))
        for article_id, result in briefs
        for actor in result.brief.actors
    ]
    clusters = _Clusters([e.article_id for e in entries], one_per_article=True)
    partial: dict[int, list[int]] = defaultdict(list)  # less specific -> fuller names
    for a, b in _candidate_pairs([e.parts.blocking_keys() for e in entries]):
        verdict = match_names(entries[a].parts, entries[b].parts)
        if verdict is Match.FULL:
            clusters.join(a, b)
        elif verdict is Match.PARTIAL:
            shorter, fuller = sorted((a, b), key=lambda i: (len(entries[i].parts.words), i))
            partial[shorter].append(fuller)
    # A bare surname or a short name joins only a name it cannot be confused with:
    # "Williams" next to both Serena and Venus Williams stays on its own.
    for shorter, fuller_names in sorted(partial.items()):
        fuller_roots = {clusters.root(f) for f in fuller_names} - {clusters.root(shorter)}
        if len(fuller_roots) == 1:
            clusters.join(shorter, fuller_roots.pop())
    groups = clusters.groups()
    groups.sort(key=lambda g: (-len({entries[i].article_id for i in g}), g[0]))
    index = ActorIndex()
    merged = []
    for group in groups:
        actor = _merged_actor([entries[i] for i in group])
        merged.append(actor)
        for i in group:
            for spelling in (entries[i].actor.name, *entries[i].actor.aliases):
                index.add(entries[i].article_id, spelling, actor.name)
    return merged, index


# --------------------------------------------------------------------------------------
# Quotes


def quote_words(text: str) -> str:
    """A quote reduced to its words: quote marks, case and punctuation normalized away."""
    return default_process(normalize(text).text)


def same_statement(words_a: str, words_b: str) -> bool:
    if fuzz.token_sort_ratio(words_a, words_b) >= SAME_QUOTE_SORTED:
        return True
    shorter = min(len(words_a.split()), len(words_b.split()))
    return (
        shorter >= MIN_WORDS_FOR_CONTAINMENT
        and fuzz.token_set_ratio(words_a, words_b) >= SAME_QUOTE_CONTAINED
    )


def _quote_keys(words: str) -> set[str]:
    tokens = words.split()
    content = {t for t in tokens if len(t) >= 4 and t not in _FILLER}
    return content or set(tokens)


def merge_quotes(briefs: Sequence[ArticleBrief], actors: ActorIndex) -> list[StoryQuote]:
    entries: list[tuple[str, Quote]] = [
        (article_id, quote) for article_id, result in briefs for quote in result.brief.quotes
    ]
    words = [quote_words(q.text) for _, q in entries]
    clusters = _Clusters([a for a, _ in entries], one_per_article=False)
    for a, b in _candidate_pairs([_quote_keys(w) for w in words]):
        if same_statement(words[a], words[b]):
            clusters.join(a, b)
    groups = clusters.groups()
    groups.sort(key=lambda g: (-len({entries[i][0] for i in g}), g[0]))
    merged = []
    for group in groups:
        sources = [
            QuoteSource(
                article_id=entries[i][0],
                span=entries[i][1].span,
                text=entries[i][1].text,
                speaker=actors.resolve(entries[i][0], entries[i][1].speaker),
            )
            for i in group
        ]
        named = Counter(s.speaker for s in sources if s.speaker != UNATTRIBUTED)
        speaker = max(named, key=lambda s: named[s]) if named else UNATTRIBUTED
        merged.append(
            StoryQuote(
                # The fullest report: shorter ones are usually cut from it.
                text=max((s.text for s in sources), key=len),
                speaker=speaker,
                speaker_conflict=len(named) > 1,
                speakers=list(named),
                sources=sources,
            )
        )
    return merged


# --------------------------------------------------------------------------------------
# Figures


def _plain(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def measure_key(measures: str) -> frozenset[str]:
    """What a figure measures, as a set of words: "pre-war population" = "prewar
    population", "civilians killed" = "civilian killed"."""
    words = re.findall(r"[^\W_]+", fold(measures.replace("-", "")))
    return frozenset(_plain(w) for w in words if w not in _FILLER)


def _unit_key(unit: str | None) -> str:
    return _plain(fold(unit)) if unit else ""


def _agree(a: Figure, b: Figure) -> bool:
    low_a, high_a = a.value, a.value_max if a.value_max is not None else a.value
    low_b, high_b = b.value, b.value_max if b.value_max is not None else b.value
    if same_number(low_a, low_b) and same_number(high_a, high_b):
        return True
    return low_a <= high_b and low_b <= high_a and (a.value_max or b.value_max) is not None


@dataclass
class _ValueCluster:
    figures: list[tuple[str, Figure]]

    @property
    def articles(self) -> set[str]:
        return {article_id for article_id, _ in self.figures}

    @property
    def value(self) -> float:
        return self.figures[0][1].value

    def as_value(self) -> FigureValue:
        _, first = self.figures[0]
        return FigureValue(
            text=first.text,
            value=first.value,
            value_max=first.value_max,
            sources=[SourceRef(article_id=a, span=f.span) for a, f in self.figures],
        )


def _is_disagreement(values: list[float]) -> bool:
    low, high = min(abs(v) for v in values), max(abs(v) for v in values)
    return low > 0 and high / low <= MAX_CONFLICT_RATIO


def _conflicts(clusters: list[_ValueCluster]) -> bool:
    """Two articles disagree when neither gives a value the other gives, and their
    values are close enough to be reports of one quantity."""
    per_article: dict[str, set[int]] = defaultdict(set)
    for index, cluster in enumerate(clusters):
        for article_id in cluster.articles:
            per_article[article_id].add(index)
    articles = sorted(per_article)
    for i, a in enumerate(articles):
        for b in articles[i + 1 :]:
            if per_article[a] & per_article[b]:
                continue
            values = [clusters[c].value for c in per_article[a] | per_article[b]]
            if _is_disagreement(values):
                return True
    return False


def _story_figure(
    figure: Figure, clusters: list[_ValueCluster], status: FigureStatus
) -> StoryFigure:
    return StoryFigure(
        measures=figure.measures,
        unit=figure.unit,
        status=status,
        values=[c.as_value() for c in clusters],
        sources=[s for c in clusters for s in c.as_value().sources],
    )


FigureGroups = dict[tuple[frozenset[str], str], list[tuple[str, Figure]]]


# Two measures read as one quantity share this many words beyond the unit, and this
# share of the smaller one's words.
_ALIKE_SHARED_WORDS = 2
_ALIKE_SHARE = 0.6


def _fold_into_fuller_reports(groups: FigureGroups) -> FigureGroups:
    """A figure whose measure is part of exactly one fuller measure of the same unit joins
    that group, so outlets that word a quantity with more or less detail are compared:
    "prewar population" with "estimated prewar population", a bare "1,500 jobs" with
    "jobs in its hardware division". Failing that, one whose measure shares most of its
    words (at least two beyond the unit) with exactly one other measure of the same unit
    joins the fuller of the two: "ferry crossings cancelled by the strike" and "ferry
    crossings cancelled by the stoppage" (measures read from each outlet's own clause
    differ in who did it). A bare measurement never joins (two "24 hours" need not be the
    same 24 hours), and nothing joins when two measures could be meant."""
    target: dict[tuple[frozenset[str], str], tuple[frozenset[str], str]] = {}
    by_unit: dict[str, list[frozenset[str]]] = defaultdict(list)
    for measure, unit in groups:
        by_unit[unit].append(measure)
    for measure, unit in groups:
        says_more = bool(measure - {unit})
        bare_count = bool(unit) and not says_more and canonical_unit(unit) is None
        if not (says_more or bare_count):
            continue
        others = by_unit[unit]
        fuller = [m for m in others if m > measure]
        if len(fuller) == 1:
            target[(measure, unit)] = (fuller[0], unit)
            continue
        if fuller or not says_more:
            continue
        own = measure - {unit}
        alike = [
            m
            for m in others
            if m != measure
            and len(own & (m - {unit})) >= _ALIKE_SHARED_WORDS
            and len(own & m) / min(len(own), len(m - {unit}) or 1) >= _ALIKE_SHARE
        ]
        if len(alike) == 1 and (len(alike[0]), sorted(alike[0])) > (len(measure), sorted(measure)):
            target[(measure, unit)] = (alike[0], unit)
    folded: FigureGroups = defaultdict(list)
    for key, figures in groups.items():
        end = key
        for _ in range(len(groups)):
            if end not in target:
                break
            end = target[end]
        folded[end].extend(figures)
    return folded


def merge_figures(briefs: Sequence[ArticleBrief]) -> list[StoryFigure]:
    briefs_order = {article_id: n for n, (article_id, _) in enumerate(briefs)}
    groups: FigureGroups = defaultdict(list)
    for article_id, result in briefs:
        for figure in result.brief.figures:
            groups[(measure_key(figure.measures), _unit_key(figure.unit))].append(
                (article_id, figure)
            )
    groups = _fold_into_fuller_reports(groups)
    conflicts, others = [], []
    for (measure, unit), figures in groups.items():
        # "24 hours" here and "24 hours" there need not be the same 24 hours: only a
        # figure that says what it measures beyond its unit is merged or contradicted.
        if not measure - {unit}:
            others += [
                _story_figure(figure, [_ValueCluster([(article_id, figure)])], "single")
                for article_id, figure in figures
            ]
            continue
        # In value order, each figure only meets the cluster before it: n log n.
        clusters: list[_ValueCluster] = []
        first_position: list[int] = []
        ordered = sorted(
            enumerate(figures), key=lambda item: (item[1][1].value, item[1][1].value_max or 0)
        )
        for position, (article_id, figure) in ordered:
            if clusters and _agree(clusters[-1].figures[0][1], figure):
                clusters[-1].figures.append((article_id, figure))
                first_position[-1] = min(first_position[-1], position)
            else:
                clusters.append(_ValueCluster([(article_id, figure)]))
                first_position.append(position)
        # Back in the order the articles gave them.
        clusters = [
            c for _, c in sorted(zip(first_position, clusters, strict=True), key=lambda p: p[0])
        ]
        for cluster in clusters:
            cluster.figures.sort(key=lambda item: briefs_order[item[0]])
        if len(clusters) > 1 and _conflicts(clusters):
            conflicts.append(_story_figure(figures[0][1], clusters, "conflict"))
            continue
        for cluster in clusters:
            status: FigureStatus = "agreed" if len(cluster.articles) > 1 else "single"
            others.append(_story_figure(cluster.figures[0][1], [cluster], status))
    others.sort(key=lambda f: -len({s.article_id for s in f.sources}))
    return conflicts + others


# --------------------------------------------------------------------------------------
# Situation and outlook, extractively


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", fold(text)) if len(w) >= 4 and w not in _FILLER}


def most_covered_sentence(
    candidates: Sequence[tuple[str, str]], article_words: dict[str, set[str]], texts: dict[str, str]
) -> StorySentence | None:
    """Of (article_id, sentence) candidates, the one whose words the *other* articles
    cover most, with its source. Earlier candidates win ties."""
    best: tuple[float, int] | None = None
    for position, (article_id, sentence) in enumerate(candidates):
        words = _content_words(sentence)
        if not words:
            continue
        coverage = sum(
            len(words & vocabulary) / len(words)
            for other, vocabulary in article_words.items()
            if other != article_id
        )
        if best is None or coverage > best[0]:
            best = (coverage, position)
    if best is None:
        return None
    article_id, sentence = candidates[best[1]]
    start = texts[article_id].find(sentence)
    span = Span(start=start, end=start + len(sentence)) if start >= 0 else None
    return StorySentence(text=sentence, sources=[SourceRef(article_id=article_id, span=span)])


def extractive_narrative(
    briefs: Sequence[ArticleBrief],
) -> tuple[StorySentence, StorySentence | None]:
    texts = {article_id: result.article.text for article_id, result in briefs}
    article_words = {article_id: _content_words(text) for article_id, text in texts.items()}
    leads, outlooks = [], []
    for article_id, result in briefs:
        lead_sentences = sentences(result.brief.situation)
        if lead_sentences:
            leads.append((article_id, lead_sentences[0].text))
        outlooks += [(article_id, s.text) for s in sentences(result.brief.outlook)]
    situation = most_covered_sentence(leads, article_words, texts)
    if situation is None:
        situation = StorySentence(text=briefs[0][1].brief.situation)
    return situation, most_covered_sentence(outlooks, article_words, texts)


# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergedStory:
    actors: list[StoryActor]
    quotes: list[StoryQuote]
    figures: list[StoryFigure]
    situation: StorySentence
    outlook: StorySentence | None


def merge_story(briefs: Sequence[ArticleBrief]) -> MergedStory:
    """Raises ValueError for fewer than one brief or repeated article ids."""
    if not briefs:
        raise ValueError("a story needs at least one article")
    ids = [article_id for article_id, _ in briefs]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique")
    actors, index = merge_actors(briefs)
    situation, outlook = extractive_narrative(briefs)
    return MergedStory(
        actors=actors,
        quotes=merge_quotes(briefs, index),
        figures=merge_figures(briefs),
        situation=situation,
        outlook=outlook,
    )
