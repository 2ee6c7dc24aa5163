"""A capitalised word that opens a sentence and ends like a participle or adverb
("Asked", "Reportedly") is not a given name; a given name that happens to end that way
("Ahmed", "Sterling") is. Hand-written articles, not the seeds."""

from briefsmith.core.extraction.actors import extract_actors

NAME_OPENS_THE_ARTICLE = (
    "Ahmed Karim scored twice as Northfield beat Harbour Town 3-1 on Saturday.\n\n"
    '"The whole team worked for this," Karim said after the match.'
)

PARTICIPLE_OPENS_A_SENTENCE = (
    "The council voted on Tuesday to close the library.\n\n"
    "Asked Smith about the vote, reporters waited for an answer. Nobody had asked "
    "before.\n\n"
    '"We had no choice," council leader Joan Smith said.'
)


def _names(text: str) -> list[str]:
    return [record.name for record in extract_actors(text)]


def test_a_given_name_ending_in_ed_that_opens_the_article_is_kept():
    assert "Ahmed Karim" in _names(NAME_OPENS_THE_ARTICLE)


def test_a_participle_opening_a_sentence_is_not_a_given_name():
    names = _names(PARTICIPLE_OPENS_A_SENTENCE)
    assert "Joan Smith" in names
    assert not any(name.startswith("Asked") for name in names)
