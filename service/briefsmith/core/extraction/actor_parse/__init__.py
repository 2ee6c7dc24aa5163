"""Actors from the parse: who acts in the story, named once, ranked by how central they
are. Pure.

The capitalized-run rules (briefsmith.core.extraction.actors) propose actors and the
attribution adds speakers; this pass reads the dependency parse and the named entities
of the one analysis to settle the list, the way the Gender Gap Tracker and Citron read
a parse rather than a surface:

- **Who acts**: a mention acts when it is the subject or object of a verb, the agent of
  a passive ("fined by the regulator"), the recipient of a transfer ("returned the
  objects to Nigeria"), the party to a deal ("talks with ..."), in apposition or
  coordination with such a mention ("Peru and Ecuador signed"), or the organization whose
  staff act ("an FMC spokesperson said", "the club's manager said"). A place only
  written after "in"/"from"/"at", before another noun ("UK users") or as a nationality
  ("Kenya's Ann Lee") sets the scene and is no actor; nor is an organization only named
  as someone's university, a dateline credit or a report's credit line.
- **Entities the rules missed**: a PERSON (given name and surname) or ORG the
  recognizer finds acting outside quotes joins the list.
- **One actor per name**: a title or description glued to a name ("Gardener Ann Lee",
  "Sir Ann Lee") is cut at the recognizer's entity; a name the recognizer extends
  ("Ann Lee Chebet") takes the fuller form; a possessive edge, a country owner ("Peru's
  Fisheries Agency"), a word cut from the front ("Government Association" beside
  "Local Government Association"), a short form ("Apex" beside "Apex Holdings") and an
  acronym ("FDA", "(GLAMOS)") join their full name.
- **Kinds**: a name the rules took for a person that the recognizer always calls an
  organization ("Hartley Town", "Southmere Water") is an organization.
- **Centrality**: mentions, speech, acting and a place in the first sentences rank the
  actors; the most central come first.

Every step reads bounded windows of the flat token index; the pass is linear in the
article (dictionary lookups, one pass over mentions and entities).
"""

from briefsmith.core.extraction.actor_parse.reading import (
    ParsedEntity,
    ParsedTokens,
    apposed_name_after,
    hyphen_in_word,
    lead_end_of,
    nationality_of_state_body,
    office_named,
    party_in_brackets,
    seat_in_brackets,
)
from briefsmith.core.extraction.actor_parse.refining import RefinedActors, refine_actors

__all__ = [
    "ParsedEntity",
    "ParsedTokens",
    "RefinedActors",
    "apposed_name_after",
    "hyphen_in_word",
    "lead_end_of",
    "nationality_of_state_body",
    "office_named",
    "party_in_brackets",
    "refine_actors",
    "seat_in_brackets",
]
