"""The one analysis of a cleaned article that every stage reads (Analysis): sentences,
tokens, actors, quotes with their speakers, and which spans were parsed. Pure."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefsmith.core.analysis.tokens import (
    Entity,
    Tokens,
)
from briefsmith.core.extraction.actors import (
    ActorRecord,
)
from briefsmith.core.extraction.quotes import (
    FoundQuote,
    NameMentions,
)
from briefsmith.core.segments import SentenceIndex

# The version of the analysis that builds attributions and candidates; bump it when
# their output changes on purpose (recorded LLM conversations name the one they used).
# 3: actors settled by the parse (briefsmith.core.extraction.actor_parse). 4: bodies,
# parties, addresses and shared surnames settled; roles for bodies and places; speakers
# named in the next sentence, documents and accusations. 5: speakers by age, role or
# group referred back, spokespeople and coordinated pronouns; things, characters and
# clubs settled; roles from verbs, lead descriptions, states before titles. 6: claims
# and denials nobody's, "it"/"the company" for a body described, descriptions ("the
# father-of-two", "the teenager", "the 33-year-old defender", "the Democratic governor"),
# relatives, relative-clause subjects passed over; particles, clerics, ships, datelines,
# newspapers as sources; roles by surname later, dashes, defence lawyers with clients.
# 7: parents spoken of as "Dad"/"Mum", names inside an anonymous source's report, a
# named person's rep or lawyer, titles only a person carries, first names alone; offices
# of a place as roles, "of <body>", headlines never a role, "His"/"Her" named, runners-up;
# persons inside a body's name, states acting, letters after a name (KC), plural trades.
# 8: given names tell a person the recognizer calls a body and agree with he/she; people
# only spoken of; particle surnames; bodies described later ("the Championship club"),
# firms named by trade, places only as where, acting groups, capitals as governments;
# roles from positions, "where she works as", "which represents"; spokesmen for "the
# company".
# 9: roles in brackets, in lists and after "appointed/replaces/succeeds ... as", former
# offices ("who had been", "resigned as"), "The <role>" referring back, acting and
# interim posts; parties and blocs, ministries by nationality, acronyms as agents, names a
# group goes by, "X Records, the label said"; speakers by a description given to no one
# ("the defender said"), "his family said", "the MP for <seat>", "who" after an apposition;
# clubs by a closing word or a plural nickname no surname takes.
# 10: roles by "as" and "speaking for", a body after the name with "from/of", trades and
# described posts named in the next sentence; places in apposition, firms by their trade
# or deal part, nicknames joined to clubs, one-word companies "the company said" reports;
# speakers by "its spokesman", "put it", "X's statement read", kin described in the lead,
# fronted participles; no pronoun credited past a nearer owner of its gender or to the
# dead; a description with its own complement is not the person brought in before.
# 11: cleaning takes more page furniture out (bylines without "By" or with a venue,
# reader calls, captions with their label or credit); roles from "(Con, <seat>)", "who
# has led X since", successors, a post set before the name, a party's possessive; letters
# after a name, "X and the Y" as two bodies, bodies ending in a country's name, named
# operations and works no actors, people and firms named once with a "who/which" clause;
# speakers by "His letter read:", a pronoun past someone a "she" reports on, an unnamed
# speaker's own "she said", lower-case state bodies, a title named in the next sentence,
# demonyms for one who spoke, a person with a post at a body (not the body), a name after
# a subject post the tagger misreads.
# 12: cleaning takes out present-tense captions, mastheads under a byline and page
# controls; words someone is branded, labelled or told are not theirs; given names of
# either gender tell none; "the carmaker said", demonyms tied to the one person of that
# country, a pronoun or an age named in the next sentence, "In a statement, the family
# said"; plural roles before names, US party labels, "Pro Tem", lawyers' and judges'
# titles; works, pubs, alter egos, horses and ships no actors, prizes that "went to"
# someone, reports "by" a body; a short fragment a speech verb frames is a quote.
# 13: words in title case, labels on the noun after them and names given ("dubbed",
# "titled", "known as") are no quotes; a colon after a main clause introduces its
# subject's words; a quote cut in mid-sentence is one; a body in the speaker's title is
# no other speaker; reports inside reports, families and lawyers of X, questioning verbs,
# statements read on someone's behalf, denied telling; named storms, laws, staged
# events, venues, rivers and cited outlets no actors, "X and Y" bodies split; posts
# given now over those held before, hyphenated kin, "No 2", counted plurals before names,
# offices being left; more page furniture out.
# 14: "so-called" and title-case names after "the" are labels; ages and nationalities
# read back only to the one they fit, transcript lines, documents and words someone saw;
# ranks, faith titles, party members' nouns and plural roles before lists; works,
# buildings, races, indices and visited countries no actors, bodies that fine or are
# fined act; testimony, the public's memories and past occasions no outlook; much more
# page furniture out.
# 16: people known only by a title and a surname they share are told apart by the title
# (Lord and Lady Felton, Dr and Mrs Bhatti) and named with it; peers by title and
# territory; a name cut at its hyphen whole; kin's given names no part of another's
# name; vessels' and logs' words, mottos and overheard words; offices named by their
# area; bodies cited as sources; stock phrases and warnings no outlook; help lines out.
# 17: titles tell namesakes apart (Mrs and Miss; "Dr Singh" the one written so in full);
# "the Earl said" the peer; a coordinated subject a pronoun's antecedent; a share or a sum
# no actor; family-name-first names after an office; seats in brackets; datelines before
# a colon, devices' and relayed words, plea verbs no speakers; bodies joined by "and"
# whole; headline words glued to a surname; what a name is described as sets its kind;
# a full stop after a unit letter ("£24m.") ends the sentence (the tokenizer's exception).
# 18: ranks and relatives tell namesakes apart ("Inspector Carla Reyes ... Sergeant
# Reyes"; "His daughter, Dr Whitby"); characters, songs, buildings and makers of long ago
# no actors; a post before "of" a body and then the name; written words read out (notes,
# plaques, emails) their author's or nobody's; Malaysian styles and hyphenated titles;
# bowling figures, series standings, scores passed on the way; costs, caps, polls and
# group prices measured; forecasts and hopes with their time the outlook.
# 19: bodies described as buildings, products or brands; "Trained by X, Horse jumped";
# "Council Member A" a title; a post with an owner over a past act, a linking verb's post
# over a pastime; device words, petitions and transmissions no speaker's; "Trained by X
# ... said the trainer"; someone spoken of in a reported clause no pronoun's antecedent;
# model numbers, service numbers, named races no figures; totals of a part and bases
# "for every N" measured; extents, terms for a class, opening hours and what untreated
# things will do no outlook; guidance of a past year's month history.
# 20: offices whose brief is a list ("Minister for Culture, Media and Sport A", the name
# trimmed of the brief, the office the role, the person the speaker), a body's post
# before its holder, church titles and callings, "X and Y" bodies after a body noun,
# makers of a dated or lasting work and whom a statue shows no actors, a common noun
# opening a business sentence no body; one office not another, a "-man" post no gender,
# a dated deed's agent no speaker, the one asked who replies, a rank before a name and a
# spokesperson for a described body; codes, group names, build compounds and a baby's
# age no figure, drilled holes, results after "finished", magnitudes and times taken
# figures; "profit before tax", a share as subject, a second price after ", or", a vote
# tally and "a further" amount measured; guidance given long ago, terms for a class,
# features, verdicts, asides and behaviour no outlook; windows the tagger reads as
# adjectives and plans reported last week outlook.
# 21: an office's portfolio no body and its words no person, a post's listed brief no
# part of the name and the whole post the role; a post before the name over a former
# calling, "Hon." a style; words given as a client's and a pronoun past an object no
# speaker, one remembered saying the speaker; model codes, vessels that sank, a firm
# named after its founder; an age setting the scene or opening a sentence no figure,
# "down a quarter" a change, metres not millions, a thin sum of "that", averaged spans;
# general truths with "when", terms for a bare class no outlook, polls' hours outlook;
# a lone capital between name words part of the name ("Michael J Fox", "Ciarán Ó
# Dálaigh").
# 22: two bodies joined by "and" two when each is written alone, a region's adjective
# kept before a head word, a body found late credited with its words; a post before the
# name over a later calling, acting titles, US and Canadian local titles; firms named
# with "'s", a one-word name taken up as "the <company noun>"; a campaign named after a
# person speaks as itself, writing read out no reader's words; kinds, return periods,
# lineages and a body's history no figure, depths in metres, averaged changes, a
# reporter's pronoun the owner, doers joined by "and" all named; general truths of a
# state, asides with years, a class's terms and habits no outlook, "in the autumn" and
# "in the new year" ahead.
# 23: straight single quotes read by the parser as double ones (offsets kept), elisions
# ("rock 'n' roll", "goin'") no closing mark, split quotes with the comma after the mark
# joined; line-wrap dots before a name rejoined, abbreviations that end a sentence;
# scare quotes in a fronted clause, subordinate cues and "X, of the Y Association," no
# wrong speaker, "added the minister", acronyms of a body named with its country; sides
# named by plural nicknames, bodies named in a post before a name; roles by "as" after
# an appointment or "sworn in", short chief-officer titles, a later calling over an act;
# hyphened rand and naira scales, shared range scales, "half a million", cents before a
# rand price, margins "ahead".
# 24: a body's boss or founder never the body ("the Chelsea boss said": the one given
# that post, or nobody).
# 25: round 23: abbreviated ranks with their dot one token ("Sgt.", "Cllr."), a noun
# after a speech verb with a subject read as a place, glued rand/naira prices as numbers;
# rival subjects, relative clauses, datelines and readings-out in attribution.
# 26: round 24: a post named in the next sentence, headline quotes repeated by the
# story, cross-examination and questions in attribution, bodies a contract goes to.
# 27: round 25: a body's spokesman named "through its" speaks, silence before a pronoun,
# lookalikes and dubbed nicknames, bodies counted as two, whole posts before a body; a
# spokesman "through its" the recognizer tags as nothing; a post's holder named once.
# 28: round 26: a spokesperson "through its" goes on as the next "she", the watcher not
# the one led away, "his attacker" beside another "he", deaths by "shot dead"; a seat
# after a party in brackets no person; bodies before one-word firms, operators, "the
# companies said" pairs, lender and bank over "and"; family-name-first names after an
# office; counts of times, average margins, wholes a person owns; ringgit and rupiah.
# 29: round 27: a name in apposition to a subject ("Its spokeswoman in Geneva, X,")
# speaks, describing verbs inside a report, bodies by their noun ("the racecourse
# said"), police ranks, descriptions read back ("the seamer said"); firms by their trade,
# offices by their brief, legal forms folded, "A and B" firms, clause openers no role.
# 30: round 28: spokespersons for bodies read as places, the one who declined to comment
# then speaks, a weekday surname, a name set off after the subject's phrase; countries
# before people's nouns, bodies through a post or before one, trade nouns before a
# firm, event winners, positions read as verbs, "Rival X", placings without a verb.
# 31: round 29: a description read back past a relative named since, the one the press
# reached, counsel who "submitted", a name after a fronted clause the parser left
# subjectless, no speaker the quote addresses by name; days' names as surnames,
# lower-case public bodies, places opening with Upper/Lower, national sides; offices
# before titled names, plural titles, "of" a body with a possessive, fronted scenes.
# 34: round 32: someone "of" a named person is not that person, short whole quotes,
# written words shown before a colon, split quotes with an inverted cue; bodies named
# once as objects, "A and B" bodies split by the parse, commentators' firms, sides.
# 35: round 33: a colon in the quote's own sentence is no introduction by the sentence
# before, a verb on people before a colon names who speaks, hyphened role words; "A and
# B" subjects, a place's public body, posts given by "whose" clauses, descriptions that
# name another body.
# 36: round 34: a post held in a body whose own name holds an "of", a place or a capital,
# with the holder named after it; a body cut at its "of" before a country; a day or a
# month before "the"; ages and "who founded" in roles; posts of bodies by their noun;
# bodies named through a person's post, papers credited as sources, nicknames.
# 37: round 35: a party and ward in brackets after a councillor, "a company spokesman"
# for the body named before, "Transport for X" bodies, "alongside" a second person of
# one gender, a bracketed wire dateline's dash read as a stop; roles from "he is ...,
# the jury was told", the lead's description of the person named next, a dateline's
# description; glued currency sums after "to".
# 38: round 36: a noun with a hyphened prefix ("co-workers") mended in the parse; two
# given names over one surname are two people; a name inside the subject's description
# does not speak; a document's words across a paragraph break; roles from a bare age or
# a post at a newly named body opening the next sentence, "is no ...", a title and a
# former calling; a firm introduced by its trade and country.
# 39: round 37: a post the tagger reads as a verb after "said" mended into the name's
# compound; a body introduced by its kind keeps its small words ("Hope for Harrow"); a
# portfolio in a title, a side before a person's noun and a title taken for a name never
# speak; a spokesperson of the body named before the noun; a name set off
# after a relation noun as the subject; "it said" of a statement read in the paragraph
# before; posts in capitals by appointment, held "since", told of a given name.
# 40: round 38: a wire dateline whose tag the cleaning took off read as a full stop, one
# in title case no actor; a curly apostrophe inside a word read straight by the parser,
# tokens and names kept as written; titles with a stop keyed as titles; a subject after
# a fronted phrase mended.
# 41: round 39: an occupation known by its ending ("Licensee", "Stonemason") before a
# given name and a surname is the role, not the name's first word.
# 42: round 40: a body takes its lower-case description as its role ("the trade body
# added"); a level before a count of places mended ("rose to 128 across 17 states"); a
# capitalized "No" before a number starts no sentence (a pipeline component).
# 43: round 41: a tabloid's quote marks around an amount alone ("a club-record
# '£38million'") read as spaces by the parser; a lead's subject keeps its role for the
# person named next over one acted on in its own participle ("while treating a patient").
# 44: round 42: roles told by testimony, a relative the lead brings in, a planned
# leaving, a trade on a bare noun, a body's later description and titled companions;
# people a clause's object is laid on or comes from; guarded currency letters after a
# price word, bare counts as subjects and the ages of things.
# 45: round 43: posts told through another's (predecessor, deputy, counterpart), "the
# agency" and "the bourse", epithets beside a club's name, hyphened posts and nationality
# epithets, posts taken up "as", posts held "now" and without their tenure; a quoted
# "this report" is no credit line; "half-a-million".
ANALYSIS_VERSION = 45


@dataclass
class Analysis:
    text: str
    sentences: SentenceIndex
    tokens: Tokens
    actors: list[ActorRecord]
    # Every quoted passage, each part on its own (grounding looks words up in these).
    passages: list[FoundQuote] = field(default_factory=list)
    # The quotes of the article: parts of one quote joined (text joined by " … ").
    quotes: list[FoundQuote] = field(default_factory=list)
    # The parse covers text[:parsed_until] (a hostile megabyte is parsed only so far).
    parsed_until: int = 0
    # The spans of the text that were parsed, in order (pieces that are not prose, such
    # as a run of a thousand quote marks, are left out).
    parsed: list[tuple[int, int]] = field(default_factory=list)
    version: int = ANALYSIS_VERSION

    def is_parsed(self, start: int, end: int) -> bool:
        """Is all of text[start:end] parsed (in one piece, or in consecutive pieces with
        only line breaks between them: a quote over several paragraphs)?"""
        first = bisect_right(self.parsed, (start, len(self.text) + 1)) - 1
        last = bisect_right(self.parsed, (end - 1, len(self.text) + 1)) - 1
        if first < 0 or last < first or not self.parsed[first][0] <= start:
            return False
        if end > self.parsed[last][1]:
            return False
        return all(
            not self.text[self.parsed[k][1] : self.parsed[k + 1][0]].strip()
            for k in range(first, last)
        )

    def people(self) -> NameMentions:
        return NameMentions(self.text, self.actors, {"person"})

    def entities(self, labels: Iterable[str] | None = None) -> list[Entity]:
        wanted = set(labels) if labels is not None else None
        return [e for e in self.tokens.entities if wanted is None or e.label in wanted]
