"""Synthetic hostile article shapes, shared by the adversarial tests and benches.

Each shape is a function of a target size in characters and returns text of about that
size built to stress one kind of scan: sentence boundaries, quote matching, number
parsing, name runs, abbreviations, tokenization, invisible characters, brackets. None of
it is real news; it is built to make a super-linear stage show itself.
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat_to(unit: str, chars: int) -> str:
    return unit * max(1, chars // len(unit))


def short_sentences_one_paragraph(chars: int) -> str:
    return _repeat_to("The council met today. Votes were cast. ", chars)


def straight_double_quotes(chars: int) -> str:
    return _repeat_to('"', chars)


def curly_double_quotes(chars: int) -> str:
    return _repeat_to("“", chars)


def guillemets(chars: int) -> str:
    return _repeat_to("«", chars)


def single_curly_quotes(chars: int) -> str:
    return _repeat_to("‘", chars)


def alternating_open_close_quotes(chars: int) -> str:
    return _repeat_to("“a” ‘b’ «c» ", chars)


def yes_said_smith(chars: int) -> str:
    return _repeat_to('"Yes," said Smith. ', chars)


def numbers_with_commas_and_ranges(chars: int) -> str:
    return _repeat_to("about 12,500 to 13,750 people, 4.5% and $3,200,000 or 7-9 units; ", chars)


def clock_times_scores_and_fractions(chars: int) -> str:
    return _repeat_to(
        "won 2-1 at 3pm, 10.30am, 14:00 and 2:14:38; two-thirds of the 2004/05 "
        "£17.5million and 3.5 per cent; call 0800 555 0123; voted six to three; ",
        chars,
    )


def capitalised_word_runs(chars: int) -> str:
    return _repeat_to("Grand Harbour Rowing Club Annual Trustee Board Meeting Hall ", chars)


def initials(chars: int) -> str:
    return _repeat_to("A. B. C. D. ", chars)


def long_word_without_spaces(chars: int) -> str:
    return _repeat_to("abcdefghij", chars)


def rtl_and_zero_width(chars: int) -> str:
    return _repeat_to(
        "Mayor\u200f said\u200b \u202etoday\u202c the\u200d vote\u2066 passed. ", chars
    )


def nested_brackets(chars: int) -> str:
    half = max(1, chars // 4)
    return "The plan (" + "([{" * (half // 3) + "x" + "}])" * (half // 3) + ") passed."


def attributed_quotes(chars: int) -> str:
    return _repeat_to("“We will build the bridge,” she said. ", chars)


def straight_single_quotes_and_apostrophes(chars: int) -> str:
    return _repeat_to("'We don't sell the Smiths' rock 'n' roll,' she said . and 'em ", chars)


def lone_line_wrap_dots(chars: int) -> str:
    return _repeat_to("a woman who . claims the . council ", chars)


def _synthetic_surname(number: int) -> str:
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]
    word = ""
    while True:
        word += syllables[number % 8]
        number //= 8
        if not number:
            return word.capitalize() + "son"


def many_distinct_people(chars: int) -> str:
    sentences = []
    total, number = 0, 0
    while total < chars:
        name = _synthetic_surname(number)
        sentence = f"Inspector Dana {name} said “the report is late” on Monday. "
        sentences.append(sentence)
        total += len(sentence)
        number += 1
    return "".join(sentences)


SHAPES: dict[str, Callable[[int], str]] = {
    "short sentences, one paragraph": short_sentences_one_paragraph,
    'straight quotes "': straight_double_quotes,
    "curly quotes “": curly_double_quotes,
    "guillemets «": guillemets,
    "single quotes ‘": single_curly_quotes,
    "alternating open/close quotes": alternating_open_close_quotes,
    '"Yes," said Smith.': yes_said_smith,
    "numbers, commas, ranges": numbers_with_commas_and_ranges,
    "clock times, scores, fractions": clock_times_scores_and_fractions,
    "capitalised word runs": capitalised_word_runs,
    "initials A. B. C. D.": initials,
    "long word, no spaces": long_word_without_spaces,
    "RTL marks, zero-width": rtl_and_zero_width,
    "nested brackets": nested_brackets,
    "attributed quotes, pronouns": attributed_quotes,
    "many distinct people": many_distinct_people,
    "straight single quotes, apostrophes": straight_single_quotes_and_apostrophes,
    "line-wrap dots": lone_line_wrap_dots,
}

# The shape the issue names as worst: one paragraph of attributed one-word quotes.
WORST_SHAPE = '"Yes," said Smith.'
