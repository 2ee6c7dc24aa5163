"""Turning raw input into a clean article. Pure: bytes or text in, CleanArticle out.

Cleaning removes only boilerplate that is recognisably not the story (photo captions
and credits, comment forms, "You may also like", a headline repeated at the end). A
paragraph of the story is never removed; tests hold every seed to that.
"""

from __future__ import annotations

import re
import unicodedata

from service.errors import ArticleTooLarge, EmptyArticle, NotText
from service.schema import ArticleInput, CleanArticle

_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

# A caption that ends with its credit in brackets: "... (Picture: Getty)".
_BRACKET_CREDIT = re.compile(
    r"\((?:Picture|Pictures|Photo|Photos|Photograph|Image|Images|Credit|Video)s?\s*:[^)]*\)\s*$",
    re.IGNORECASE,
)
# A caption glued to a photographer/agency credit: "...her clinic.Dean Taylor/NBC News".
_SLASH_CREDIT = re.compile(
    r"(?:^|[.!?”\"’)])\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*/\s*"
    r"(?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3}\s*$"
)
_CREDIT_ONLY = re.compile(
    r"^(?:Photo(?:graph)?|Picture|Image)?\s*(?:by\s+)?[\w .'’-]*"
    r"(?:Getty Images|AP Photo|Reuters|AFP|EPA|Shutterstock)[\w ./'’-]*$",
    re.IGNORECASE,
)
# Markers after which nothing belongs to the story.
_TRAILERS = [
    re.compile(r"^Leave a (?:Reply|Comment)\b", re.IGNORECASE),
    re.compile(r"^You may also like\b", re.IGNORECASE),
    re.compile(
        r"^(?:Related|Recommended|Read more|More from)\s*(?:stories|articles)?\s*[:.…]*$",
        re.IGNORECASE,
    ),
]
# Comment-form lines that may appear on their own.
_FORM_LINES = [
    re.compile(r"^Your email address will not be published\.?", re.IGNORECASE),
    re.compile(r"Required fields are marked \*\s*$", re.IGNORECASE),
]
_HEADLINE_END = re.compile(r"[.!?:;,\"”’»)]$")


def decode_article_bytes(data: bytes, max_bytes: int) -> str:
    """Bytes from a file, stdin or a request body, as text; or a clear error."""
    if len(data) > max_bytes:
        raise ArticleTooLarge(len(data), max_bytes)
    if b"\x00" in data:
        raise NotText("input looks binary (it contains NUL bytes); send UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NotText(
            f"input is not valid UTF-8 (bad byte at offset {error.start}); send UTF-8 text"
        ) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise NotText("input looks binary (it is full of control characters); send UTF-8 text")
    return text


def require_unicode_text(text: str) -> None:
    """Refuse a lone surrogate (a JSON "\\ud800" escape, an undecodable command-line
    argument): it is not text, and nothing downstream can encode it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise NotText(
            f"input holds a lone surrogate (U+{ord(text[error.start]):04X}) at character "
            f"{error.start}, which is not text; send UTF-8 text"
        ) from None


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.translate(_SPACE_LIKE).translate(_INVISIBLE).replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


def _paragraphs(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _is_caption(paragraph: str) -> bool:
    return bool(
        _BRACKET_CREDIT.search(paragraph)
        or _SLASH_CREDIT.search(paragraph)
        or _CREDIT_ONLY.match(paragraph)
    )


def _looks_like_headline(paragraph: str) -> bool:
    return len(paragraph) <= 160 and not _HEADLINE_END.search(paragraph)


def clean_article(article: ArticleInput, max_bytes: int | None = None) -> CleanArticle:
    """Normalize and strip boilerplate. Raises EmptyArticle / ArticleTooLarge / NotText."""
    for value in (article.text, article.title or "", article.source or ""):
        require_unicode_text(value)
    if max_bytes is not None and len(article.text.encode("utf-8")) > max_bytes:
        raise ArticleTooLarge(len(article.text.encode("utf-8")), max_bytes)
    paragraphs = _paragraphs(normalize_text(article.text))
    removed: list[str] = []

    for position, paragraph in enumerate(paragraphs):
        if any(marker.search(paragraph) for marker in _TRAILERS):
            removed.extend(paragraphs[position:])
            paragraphs = paragraphs[:position]
            break

    kept: list[str] = []
    for paragraph in paragraphs:
        if _is_caption(paragraph) or any(form.search(paragraph) for form in _FORM_LINES):
            removed.append(paragraph)
        else:
            kept.append(paragraph)

    title = " ".join(article.title.split()) if article.title and article.title.strip() else None
    if title is None and len(kept) > 1 and _looks_like_headline(kept[0]):
        title = kept.pop(0)
    elif title is not None and kept and kept[0] == title:
        kept.pop(0)
    if title is not None and len(kept) > 1 and kept[-1].casefold() == title.casefold():
        removed.append(kept.pop())

    if not kept:
        raise EmptyArticle(
            "the article has no text"
            if not article.text.strip()
            else "the article has no text left once boilerplate is removed"
        )
    return CleanArticle(
        text="\n\n".join(kept),
        title=title,
        source=article.source,
        url=article.url,
        removed=removed,
    )
