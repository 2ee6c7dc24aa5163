"""Story briefs: one brief from several articles about the same event.

`merge` is the pure core (actors, quotes and figures merged across articles, conflicts
flagged); `schema` the StoryBrief; `narrate` the situation and outlook (LLM or
extractive); `service` runs the usual pipeline per article and puts it together.
"""
