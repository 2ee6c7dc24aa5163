"""The five seed articles, raw and cleaned, for tests that read them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput, CleanArticle

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))
SEED_IDS = [path.stem[:3] for path in SEED_PATHS]


def seed_path(prefix: str) -> Path:
    return next(path for path in SEED_PATHS if path.name.startswith(prefix))


def raw_seed(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


@lru_cache
def cleaned_seed(prefix: str) -> CleanArticle:
    return clean_article(ArticleInput(text=raw_seed(prefix)))
