"""Numbered candidates for the LLM's `select` strategy: what the extractive layer found,
each with an id and the character span it came from. Pure; no I/O.

The model is shown the article with these ids as markers (`[Q1]`, `[F2]`, `[A3]`,
`[S4]`) and answers with ids instead of retyping quotes and figures, so what reaches the
brief is copied from the article by span: verbatim by construction.

Everything comes from the article's one analysis (briefsmith.core.analysis): its
sentences, actors, quotes with their attributed speakers, and actor mentions found in
one pass; everything after that is a binary search, so building the candidates is linear
in the article (items are capped as the extractive engine caps them). A quote's
candidate speakers are the analysis's attribution and the names it allows; a quote the
article presents as nobody's speech (a sign, a denial, a false claim) gets no speaker
candidates, so the model cannot credit one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any

from briefsmith.core.analysis import Analysis
from briefsmith.core.extraction.actors import ActorRecord
from briefsmith.core.extraction.figures import find_figures
from briefsmith.core.extraction.quotes import NOBODYS_SPEECH, drop_nested, is_listed
from briefsmith.core.schema import UNATTRIBUTED, ActorKind, Span
from briefsmith.core.segments import SentenceIndex

# The version of the candidate builder. The select prompt shows the candidates, so a
# recorded select conversation replays only with the candidates it was recorded with:
# cassettes name the version they were recorded with, and a replay of an older one uses
# the candidates frozen beside it (`frozen_candidates`). 1: the regex attribution; 2:
# the linguistic layer (briefsmith.core.analysis); 3: actors settled by the parse and
# ranked by centrality, speakers described or carried on, measures from the clause; 4:
# bodies and people settled further (shared surnames, "it"/"which", addresses), roles for
# bodies, speakers named in the next sentence; 5: speakers referred back by age, role or
# group, things and characters no actors, roles from verbs and lead descriptions, figures
# outside the story's event dropped; 6: the analysis of version 6 (claims and denials
# nobody's, speakers by description, particles and clerics, roles for defence lawyers),
# figures below zero, in prefixed currencies, background spans and make-ups dropped;
# 7: the analysis of version 7, house numbers, captions and hyperbole dropped, measures
# through frames, quantifiers and change nouns; 8: the analysis of version 8, time offsets,
# incidental small counts, working groups, dimension adjectives and tenure points dropped,
# measures of changes named as nouns, "the figure" for what came before, compared levels;
# 9: the analysis of version 9, sport tallies and gaps, innings totals, rate points,
# career records and race events, prices per unit with a slash, changes then levels,
# shares against a level or a target; 10: the analysis of version 10, race times and
# margins in seconds, field marks in metres, event distances and labels ("No 9") no figure,
# per-share sums and ranges, thresholds ("worth more than $10m each"), changes told after
# the amount, shares "of them", fractions as changes, cohorts kept in what is counted;
# 11: the analysis of version 11, conversions of distances in words, shares restating a
# move, stage/tier/service numbers and ratios no figure, small casualty counts, index
# levels after a move, levels after "rose from", "followed by" shares, counts "of them",
# rate bases ("per household", "a day"), a place's population, whom a sum is paid to.
# 12: the analysis of version 12, short fragments a speech verb frames offered as quotes,
# model numbers, shirt numbers, sides short of players, device specifications and moving
# averages no figure, race times with their distance, sizes, averages, changes of
# transitive verbs and compared levels measured.
# 13: the analysis of version 13; phone, emergency and airliner-variant numbers, numbers
# that end or open a name, labels before a noun ("type 2"), codes, versions, notes and
# coins, screen resolutions and sport idioms ("100% fit") no figure; confidence
# intervals' levels no figure; ratios with their interval, rates per a base, compared
# risks, named changes, shares made up and levels after a change measured.
# 14: the analysis of version 14; names opened by a span of time, road-race distances,
# rooms of a home, scripture, odds and works' numbers no figure; rupees, lakh and crore,
# spans of two units, "and a half", cricket runs; speeds and data rates as units.
# 16: the analysis of version 16; ranked groups, call signs, animal ages, chart places,
# grades and car test speeds no figure; naira and shillings money; changes "of X to Y",
# "going up by X to Y" and household sizes measured.
# 17: the analysis of version 17; flats' rooms, darts beds, bench and shortlist sizes,
# teams named by digits, family sizes no figure; penalties in time and "5 out of 5"
# figures; counted levels after "to", "That is £64 more", "That works out at" measured.
# 18: the analysis of version 18; scores and innings passed on the way, sides' strength,
# venue sizes, averages and later ordinals' totals no figure; bowling figures, series
# standings and "unbeaten on" figures; caps keep their "no"; costs set off by commas,
# changes in a count, poll standings and group prices measured.
# 19: the analysis of version 19; airliner variants after a count, service numbers,
# product models, codes, named races and lists no figure; "Two of its older A320s" a
# figure; a part keeps its total, "for every 1,000" its base, "to X from Y" both levels;
# rand before a price per period.
# 20: the analysis of version 20 (rounds 18 and 19: codes, group names, labels after a
# plural noun, build compounds, a baby's age no figure; drilled holes, results after
# "finished", magnitudes and times taken figures; measures as in the analysis).
# 21: the analysis of version 21 (round 20: portfolios and listed briefs, model codes,
# ages that set the scene, metres, thin sums of "that").
# 22: the analysis of version 22 (round 21: bodies joined by "and", firms named with
# "'s", kinds, return periods, lineages and histories no figure, depths in metres).
# 23: the analysis of version 23 (round 22: straight single quotes, line-wrap dots,
# wrong speakers swept, sides by nicknames, roles by "as", shared range scales).
# 24: the analysis of version 24 (a body's boss never the body).
# 25: the analysis of version 25 (round 23: dotted ranks, plural possessives in single
# quotes, line-wrap dots after prepositions and titles, glued rand prices, metre ranges).
# 26: the analysis of version 26 (round 24: speakers named next, times of day, roles
# after headlines, bodies after "to").
# 27: the analysis of version 27 (round 25: spokesmen "through its", silent people,
# nicknames, clock times of opening hours, measures of sums a budget holds).
# 28: the analysis of version 28 (round 26: spokespersons and watchers, seats in brackets,
# bodies before firms' names, family-name-first names, race times, storeys, idioms,
# counts of times, ringgit and rupiah).
# 29: the analysis of version 29 (round 27: appositions to subjects, describing verbs,
# firms by trade and legal form, result scores by their sides, golf scores, grid places,
# crowds, extra paid, deadlines and third dated steps in the outlook).
# 30: the analysis of version 30 (round 28: the above, points moves and prices, windows
# and limits, a total after a part, codes glued to a capital, orders with a deadline;
# and the cleaning sweep: captions' credits, reporters' notes, labels over the byline).
# 31: the analysis of version 31 (round 29: the above, figures put "at" on an object,
# vote tallies, times held at, bands, holdings; display-line repeats, gapped counts,
# stoppage lengths, 24-hour clocks; granted spans and dates to be fixed in the outlook;
# and cleaning: funding notes, results menus, named and participle captions).
# 34: the analysis of version 34 (round 32: the above, runs of results, records and
# tallies so far, parts "of them", margins, multiples, attendance and capacity).
# 35: the analysis of version 35 (round 33: the above, prize money, fees and wages,
# speeds, partnerships, poll support, index levels, prices per unit; margins "to spare",
# hazard levels, fuel grades, "one" killed or arrested).
# 36: the analysis of version 36 (round 34: the above, all-out totals, cost overruns,
# exchange rates, time spent in a state, leads in points; numbered services as labels,
# bare counts after a count, decision tallies; routines "as always", gerund truths).
# 37: the analysis of version 37 (round 35: the above, counts of times after a name,
# levels passed, periods a sum covers, ages past an adverb or a picture pointer, posts
# held before; levels a verb carries a total to, weekly wages; the lead's step or first
# sentence as the outlook when nothing else looks ahead, ages read as dates).
# 38: the analysis of version 38 (round 36: the above, trains named by time and route,
# the window a later ordinal is told in; a body's own account item, hyphened-prefix
# nouns, another sum's scale letter; spans from now, purposes' dates, proceedings that
# continue, months as given names).
# 39: the analysis of version 39 (round 37: the above) and cleaning that keeps a story's
# sentence told after furniture in the same paragraph.
# 40: the analysis of version 40 (round 38: datelines, apostrophes, titles with a stop,
# subjects after a fronted phrase) and cleaning that keeps a standfirst under a given
# title.
# 41: the analysis of version 41 and cleaning that takes a tabloid's long headline and
# one ending on a quoted word off the head of the text (round 39).
# 42: the analysis of version 42, and figure candidates read from the parse as the
# extractive engine's are (round 40).
# 43: the analysis of version 43 and round 41's figures (session moves and closing
# prices, totals, distances gone, sums as subjects, parts of a fronted whole, ages told
# as a possessive or a range).
# 44: the analysis of version 44 (round 42's roles, actors and figures).
# 45: the analysis of version 45 (round 43's roles and "half-a-million").
CANDIDATES_VERSION = 45

# As the extractive engine caps each kind: a hostile article with thousands of quotes
# must not make the prompt (or the validation) grow without bound.
MAX_CANDIDATES = 100
# Sentences are the bulk of the prompt; past this many, later sentences get no marker
# (they are still shown) and cannot be cited.
MAX_SENTENCES = 400
MAX_SPEAKERS_PER_QUOTE = 4
# Places rarely speak; people, organizations, groups and countries do.
_SPEAKING_KINDS = frozenset({"person", "organization", "group", "country"})
# Quotations the article presents as nobody's speech: no speaker candidates.
# Marker kinds, and the field of the answer each belongs to.
KIND_PREFIXES = {"quote": "Q", "figure": "F", "actor": "A", "sentence": "S"}


@dataclass(frozen=True)
class SentenceCandidate:
    id: str
    start: int
    end: int


@dataclass(frozen=True)
class ActorCandidate:
    id: str
    name: str
    kind: ActorKind
    role: str | None
    aliases: tuple[str, ...]
    start: int | None  # first mention, when it is the name itself
    end: int | None


@dataclass(frozen=True)
class QuoteCandidate:
    id: str
    start: int
    end: int
    text: str
    # Actor ids that may have said it: the linguistic layer's attribution first, then
    # the other names it allows (a pronoun's possible antecedents); none for a quote the
    # article presents as nobody's speech.
    speakers: tuple[str, ...]


@dataclass(frozen=True)
class FigureCandidate:
    id: str
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str | None
    measures: str
    sentence: str | None  # the id of the sentence it sits in


@dataclass
class Candidates:
    text: str
    sentences: list[SentenceCandidate] = field(default_factory=list)
    actors: list[ActorCandidate] = field(default_factory=list)
    quotes: list[QuoteCandidate] = field(default_factory=list)
    figures: list[FigureCandidate] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id: dict[str, object] = {}
        groups: tuple[list[Any], ...] = (self.sentences, self.actors, self.quotes, self.figures)
        for group in groups:
            for item in group:
                self._by_id[item.id] = item

    def get(self, candidate_id: str) -> object | None:
        return self._by_id.get(candidate_id)

    def quote(self, candidate_id: str) -> QuoteCandidate | None:
        found = self._by_id.get(candidate_id)
        return found if isinstance(found, QuoteCandidate) else None

    def figure(self, candidate_id: str) -> FigureCandidate | None:
        found = self._by_id.get(candidate_id)
        return found if isinstance(found, FigureCandidate) else None

    def actor(self, candidate_id: str) -> ActorCandidate | None:
        found = self._by_id.get(candidate_id)
        return found if isinstance(found, ActorCandidate) else None

    def sentence(self, candidate_id: str) -> SentenceCandidate | None:
        found = self._by_id.get(candidate_id)
        return found if isinstance(found, SentenceCandidate) else None

    def span_of(self, candidate_id: str) -> Span | None:
        found = self._by_id.get(candidate_id)
        start, end = getattr(found, "start", None), getattr(found, "end", None)
        return Span(start=start, end=end) if start is not None and end is not None else None

    def marked_text(self) -> str:
        """The article with each candidate's marker written just before it: `[S1]` at a
        sentence's start, `[Q1]` before a quote's opening mark, `[F1]` before a figure,
        `[A1]` before an actor's first mention. Built in one pass over sorted inserts."""
        inserts: list[tuple[int, int, str]] = []
        groups: tuple[list[Any], ...] = (self.sentences, self.actors, self.quotes, self.figures)
        for order, group in enumerate(groups):
            for item in group:
                start = getattr(item, "start", None)
                if start is None:
                    continue
                if isinstance(item, QuoteCandidate):
                    start -= 1  # before the opening mark, so the quote reads as quoted
                inserts.append((max(start, 0), order, f"[{item.id}]"))
        inserts.sort()
        pieces: list[str] = []
        cursor = 0
        for position, _, marker in inserts:
            pieces.append(self.text[cursor:position])
            pieces.append(marker)
            cursor = position
        pieces.append(self.text[cursor:])
        return "".join(pieces)


def candidates_json(candidates: Candidates) -> dict[str, Any]:
    """The candidates as JSON data (to freeze them beside a recording)."""
    return {
        "sentences": [asdict(s) for s in candidates.sentences],
        "actors": [asdict(a) for a in candidates.actors],
        "quotes": [asdict(q) for q in candidates.quotes],
        "figures": [asdict(f) for f in candidates.figures],
    }


def frozen_candidates(text: str, data: dict[str, Any]) -> Candidates:
    """Candidates frozen as JSON (`candidates_json`) for an article text; every span
    must still index the text's own words, or the frozen set is refused."""
    candidates = Candidates(
        text,
        [SentenceCandidate(**s) for s in data["sentences"]],
        [ActorCandidate(**{**a, "aliases": tuple(a["aliases"])}) for a in data["actors"]],
        [QuoteCandidate(**{**q, "speakers": tuple(q["speakers"])}) for q in data["quotes"]],
        [FigureCandidate(**f) for f in data["figures"]],
    )
    for quote in candidates.quotes:
        if text[quote.start : quote.end] != quote.text:
            raise ValueError(f"frozen candidate {quote.id} does not match the article text")
    return candidates


def _actor_span(text: str, record: ActorRecord) -> tuple[int | None, int | None]:
    for name in sorted(record.all_names(), key=len, reverse=True):
        if text.startswith(name, record.first):
            return record.first, record.first + len(name)
    return None, None


def _sentence_ids(split: SentenceIndex) -> tuple[list[SentenceCandidate], list[int]]:
    shown = split.sentences[:MAX_SENTENCES]
    return (
        [SentenceCandidate(f"S{n}", s.start, s.end) for n, s in enumerate(shown, 1)],
        [s.start for s in shown],
    )


def build_candidates(text: str, analysis: Analysis) -> Candidates:
    """The numbered candidates of a cleaned article text, from its analysis."""
    split = analysis.sentences
    sentences, sentence_starts = _sentence_ids(split)

    def sentence_at(position: int) -> int | None:
        index = bisect_right(sentence_starts, position) - 1
        if index < 0 or position >= sentences[index].end:
            return None
        return index

    records = analysis.actors[:MAX_CANDIDATES]
    actors = [
        ActorCandidate(f"A{n}", r.name, r.kind, r.role, tuple(r.aliases), *_actor_span(text, r))
        for n, r in enumerate(records, 1)
    ]
    actor_by_name = {a.name: a.id for a in actors}
    found = [q for q in analysis.quotes if is_listed(q)]
    quotes: list[QuoteCandidate] = []
    for n, quote in enumerate(drop_nested(found[:MAX_CANDIDATES]), 1):
        speakers: list[str] = []
        if quote.speaker != UNATTRIBUTED and quote.speaker in actor_by_name:
            speakers.append(actor_by_name[quote.speaker])
        for name in quote.candidates:
            if name in actor_by_name and actor_by_name[name] not in speakers:
                speakers.append(actor_by_name[name])
        if quote.kind in NOBODYS_SPEECH:
            speakers = []
        # Only the names the article's own attribution allows are offered: a name that
        # merely stands near the quotation is not its speaker (grounding would overrule
        # the model anyway).
        quotes.append(
            QuoteCandidate(
                f"Q{n}",
                quote.start,
                quote.end,
                text[quote.start : quote.end] if not quote.parts else quote.text,
                tuple(speakers[:MAX_SPEAKERS_PER_QUOTE]),
            )
        )

    figures = []
    for n, figure in enumerate(find_figures(text, analysis)[:MAX_CANDIDATES], 1):
        index = sentence_at(figure.start)
        figures.append(
            FigureCandidate(
                f"F{n}",
                figure.start,
                figure.end,
                text[figure.start : figure.end],
                figure.value,
                figure.value_max,
                figure.unit,
                figure.measures,
                sentences[index].id if index is not None else None,
            )
        )
    return Candidates(text, sentences, actors, quotes, figures)
