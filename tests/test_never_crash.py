"""Issue 9, "never crash": whatever text comes in and whatever an engine produces, a
surface gets a valid brief or a BriefsmithError, never a pydantic ValidationError or
another traceback."""

import asyncio
import json

import pytest
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.errors import BriefsmithError, EmptyArticle, EngineFailed
from briefsmith.core.schema import ArticleInput, Brief, BriefMeta, CleanArticle, fit_situation
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.llm_draft import salvage_draft
from briefsmith.surfaces.cli.main import app
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

WORDS = [
    "the",
    "council",
    "voted",
    "on",
    "Tuesday",
    "to",
    "close",
    "a",
    "library",
    "after",
    "years",
    "of",
    "debate",
    "and",
    "residents",
    "said",
    "they",
    "would",
    "appeal",
    "police",
    "officers",
    "judge",
    "court",
    "ruled",
    "shares",
    "fell",
    "percent",
    "profit",
    "team",
    "won",
    "final",
    "season",
    "scientists",
    "found",
    "new",
    "species",
    "river",
    "mayor",
    "budget",
    "Mr.",
    "Dr.",
    "U.S.",
    "No.",
    "St.",
    "a.m.",
    "p.m.",
    "Inc.",
    "company",
    "million",
    "billion",
    "players",
    "coach",
    "hospital",
    "patients",
]
NAMES = ["Ann Lee", "John Hall", "Priya Raman", "Tom O'Neill", "Maria de la Cruz", "JANE ROE"]


@st.composite
def sentence(draw, max_words=30):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=max_words))
    words[0] = words[0].capitalize()
    end = draw(st.sampled_from([".", "!", "?", "", " .", "…", '."', "”"]))
    opener = draw(st.sampled_from(["", "", '"', "“", "'", "("]))
    return opener + " ".join(words) + end


@st.composite
def furniture(draw):
    name = draw(st.sampled_from(NAMES))
    other = draw(st.sampled_from(NAMES))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    stamp = f"{hour:02d}:{minute:02d} EST, {draw(st.integers(1, 28))} May 2014"
    return draw(
        st.sampled_from(
            [
                f"By . {name} . and {other} .",
                f"By {name}",
                f"PUBLISHED: . {stamp} . | . UPDATED: . {stamp} .",
                f"Last updated at {stamp}",
                f"LONDON (Reuters) - {name} said.",
                "(CNN) --",
                "WASHINGTON (AP) —",
                f"Follow @{name.split()[0]}",
                "Scroll down for video",
                "Share this article",
                f"Comments ({draw(st.integers(0, 999))})",
                " . ".join(
                    str(n) for n in draw(st.lists(st.integers(-(10**6), 10**9), max_size=8))
                ),
                '"' * draw(st.integers(1, 5)),
            ]
        )
    )


@st.composite
def article_text(draw):
    pieces = draw(
        st.lists(
            st.one_of(
                sentence(),
                furniture(),
                sentence(max_words=400).map(lambda s: s.rstrip(".!?")),  # a run-on
                st.text(max_size=80),
            ),
            min_size=1,
            max_size=14,
        )
    )
    separators = draw(st.lists(st.sampled_from([" ", " . ", "\n", "\n\n", ". ", ""]), min_size=14))
    return "".join(p + s for p, s in zip(pieces, separators, strict=False))


def _brief_or_domain_error(text: str, title: str | None = None) -> Brief | None:
    try:
        result = asyncio.run(make_brief(ArticleInput(text=text, title=title), ExtractiveEngine()))
    except BriefsmithError:
        return None
    # Revalidated from its JSON: what a client or the store would read back.
    Brief.model_validate_json(result.brief.model_dump_json())
    return result.brief


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=article_text(), title=st.one_of(st.none(), sentence(max_words=8)))
def test_any_article_like_text_gives_a_valid_brief_or_a_domain_error(text, title):
    _brief_or_domain_error(text, title)


@pytest.mark.parametrize(
    "text",
    [
        "no punctuation at all just words running on " * 200,
        "1, 2, 3, 4, 5, 6, 7, 8, 9, 10",
        "“She said. He said. They said. We said. You said.",
        "Mr. Lee met Dr. Roe at No. 10 St. James at 9 a.m. on Monday. U.S. officials left.",
    ],
)
def test_awkward_articles_give_a_valid_brief(text):
    brief = _brief_or_domain_error(text)
    assert brief is not None
    assert brief.situation


def test_a_page_of_nothing_but_furniture_is_an_empty_article():
    with pytest.raises(EmptyArticle, match="boilerplate"):
        asyncio.run(
            make_brief(
                ArticleInput(text="By . A Writer . PUBLISHED: . 07:04 EST, 12 May 2014 ."),
                ExtractiveEngine(),
            )
        )


def test_situation_of_many_short_sentences_is_trimmed_to_the_schema():
    text = "Mr. Lee spoke. Dr. Roe spoke. No. 5 won. St. Ives lost. U.S. stocks rose."
    brief = _brief_or_domain_error(text)
    assert brief is not None
    assert fit_situation(brief.situation) == brief.situation


def test_fit_situation_cuts_after_the_third_sentence():
    assert fit_situation("One. Two. Three. Four. Five.") == "One. Two. Three."
    assert fit_situation("  Just one  ") == "Just one"


def test_an_llm_draft_with_four_sentences_is_repaired_with_a_warning():
    raw = json.dumps(
        {
            "situation": "The mill closed. Jobs went. The town mourned. A sale failed.",
            "actors": [],
            "quotes": [],
            "figures": [],
            "outlook": "",
        }
    )
    draft, warnings = salvage_draft(raw)
    assert draft.situation == "The mill closed. Jobs went. The town mourned."
    assert any(w.code == "situation-trimmed" and w.field == "situation" for w in warnings)


class SyntheticSchemaBreakingEngine:
    """Synthetic engine: builds a Brief that breaks the schema, as a buggy engine would."""

    name = "synthetic-broken"
    model = None
    prompt_version = None

    async def summarize(self, article: CleanArticle) -> Brief:
        return Brief(situation="One. Two. Three. Four.", meta=BriefMeta(engine=self.name))

    async def ready(self) -> tuple[bool, str]:
        return True, "synthetic"


def test_an_engine_brief_that_breaks_the_schema_is_a_domain_error():
    with pytest.raises(EngineFailed, match="breaks the schema"):
        asyncio.run(make_brief(ArticleInput(text="A story here."), SyntheticSchemaBreakingEngine()))


TABLOID_PAGE = (
    "By . A Writer . PUBLISHED: . 07:04 EST, 12 May 2014 . | . UPDATED: . 09:31 EST, "
    "12 May 2014 . Two lawyers representing a retired teacher filed a new lawsuit against "
    "the school board on Monday . The suit says the board ignored repeated complaints "
    "about the heating . A judge is expected to hear the case in September . The board "
    "said it would not comment on pending litigation ."
)


def test_brief_summarize_on_a_tabloid_page_with_lone_period_separators(tmp_path):
    page = tmp_path / "tabloid.txt"
    page.write_text(TABLOID_PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(page)], env={"BRIEF_ENGINE": "extractive"})
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert "PUBLISHED" not in brief["article"]["text"]
    assert "A Writer" not in brief["article"]["text"]
    assert brief["brief"]["situation"].startswith("Two lawyers representing a retired teacher")
    assert "PUBLISHED" not in brief["brief"]["situation"]
    assert brief["brief"]["situation"].endswith("hear the case in September.")
