"""Turning raw input into a clean article. Pure: bytes or text in, CleanArticle out.

Cleaning removes only boilerplate that is recognisably not the story: photo captions
and credits, comment forms, "You may also like", a headline repeated at the end, and the
furniture of news pages (bylines, published/updated timestamps, share and follow
prompts, comment counters, the agency tag of a wire dateline). A sentence of the story
is never removed: every rule matches a whole paragraph that has the shape of furniture
(short, name- or date-shaped, no sentence around it), and tests hold a corpus of
hand-made pages to exact expected output.

Scraped pages often join their lines with a lone period (`By . Jane Roe . PUBLISHED:
. 07:04 EST, 12 May 2014 . | . UPDATED: …`); such separators become paragraph breaks.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

from rapidfuzz import fuzz

from briefsmith.core.errors import ArticleTooLarge, EmptyArticle, NotText
from briefsmith.core.lexicon import (
    AUTHOR_NOTE_BREAKERS,
    CAPTION_PARTICIPLES,
    CAPTION_VERBS,
    CLAUSE_WORDS,
    DOUBLE_QUOTE_MARKS,
    GIVEN_NAMES,
    LINE_WRAP_DANGLING_WORDS,
    LINE_WRAP_OPEN_PREPOSITIONS,
    LINE_WRAP_TITLES,
    NAME_PARTICLES,
    ORG_CONNECTORS,
    OUTLET_NAME_HEADS,
    QUOTE_OPENERS,
    SENTENCE_OPENING_VERBS,
    SENTENCE_OPENING_WORDS,
    SINGLE_QUOTE_MARKS,
    SPEECH_VERBS,
    STRANDING_WH_WORDS,
    WEEKDAYS,
    WRAP_SENTENCE_OPENERS,
)
from briefsmith.core.schema import ArticleInput, CleanArticle
from briefsmith.core.segments import sentences as split_sentences

_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Unicode's control characters (category Cc) are exactly U+0000-001F and U+007F-009F;
# one translate table (linear, in C) instead of a per-character category lookup.
_CONTROL_CODES = [*range(0x20), *range(0x7F, 0xA0)]
# normalize_text's one table: space-likes and tabs to a space, invisibles and controls
# (all but the newline, which the line endings have become) dropped.
_NORMALIZE = {
    **dict.fromkeys(_CONTROL_CODES, None),
    **_SPACE_LIKE,
    **_INVISIBLE,
    ord("\t"): " ",
    ord("\n"): "\n",
}
# The same changes one character at a time, for text that is not ASCII, where translate
# looks every character up in the table: a fixed number of C-speed scans, each
# replacing only when the character occurs at all.
_NORMALIZE_EACH = tuple(
    (chr(code), replacement or "") for code, replacement in _NORMALIZE.items() if code != 10
)
# Controls that text files do not hold (all but newline, carriage return, tab, form feed).
_BINARY_CONTROLS = re.compile(
    "[" + "".join(f"\\x{code:02x}" for code in _CONTROL_CODES if chr(code) not in "\n\r\t\f") + "]"
)

# A caption that ends with its credit in brackets: "... (Picture: Getty)".
_BRACKET_CREDIT = re.compile(
    r"\((?:Picture|Pictures|Photo|Photos|Photograph|Image|Images|Credit|Video)s?\s*:[^)]*\)\s*$",
    re.IGNORECASE,
)
# Round 28: the other ways a caption's bracketed credit is written: a picture handed
# out ("(Supplied)", "(Supplied: Tasman Space Agency)", "(Handout)", "(Courtesy: the
# family)"), from the archive ("(File picture)", "(File)"), an outlet's or agency's
# own picture ("(Express Photo)", "(PTI Photo)"), a credit line ("(Photo credit:
# Channels TV)", "(Photo/Courtesy)"), and a broadcaster's with its photographer ("(ABC
# News: Jo Roe)"). Only at the end of a caption-length paragraph whose text before it
# ends a sentence or is a caption's own, so a story sentence about a supply is kept.
_CAPTION_CREDIT = re.compile(
    r"(?:^|[.!?\"”’]\s*|\s)\((?:(?:Supplied|Handout|Courtesy|File)(?:\s+(?:photo|picture|image|"
    r"pic|footage))?(?:\s*[:/]\s*[^()]{1,60}|\s+of\s+[^()]{1,60})?|(?-i:[A-Z][\w&.'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,2}\s+(?:Photo|Photograph|Pic|Picture|Image)s?"
    r"(?:\s*/\s*[^()]{1,40})?|(?:Photo|Picture|Image)s?\s*(?:credit|courtesy)?"
    r"\s*/\s*[^()]{1,40}|(?:Photo|Picture|Image)s?\s+(?:credit|courtesy)\s*:\s*[^()]{1,60}|"
    r"(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,2}\s+(?:News|TV|Television|Radio)\s*:"
    r"\s*[^()]{1,40})\)\s*$",
    re.IGNORECASE,
)
# A caption glued to a photographer/agency credit: "...her clinic.Dean Taylor/NBC News".
_SLASH_CREDIT = re.compile(
    r"(?:^|[.!?”\"’)])\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*/\s*"
    r"(?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3}\s*$"
)
# A comment form's heading: nothing after it belongs to the story. The whole paragraph
# must be the heading ("Leave a comment on the plan by Friday, the council said." is
# story text).
_COMMENTS_HEADING = re.compile(
    r"^Leave a (?:Reply|Comment)(?:\s+Cancel reply)?\s*[:.…]*$", re.IGNORECASE
)
# The heading of a box of links to other stories, again only as a whole paragraph
# ("You may also like to know that ..." is story text). The box is the heading and the
# link titles after it; a page may put it mid-story, so the story resumes after them.
_LINKS_HEADING = re.compile(
    r"^(?:You (?:may|might) also (?:like|enjoy)|Related|Recommended(?: for you)?|Read more|"
    r"Read next|Read also|Also read|See also|More from [\w’' .&-]{1,40}|More on this story|"
    r"Topics|Tags|Most (?:read|popular|viewed)|Explore more on these topics|More on these topics|"
    r"Trending(?: now| stories| today)?|Top stories|Popular now|Editor'?s (?:picks|choice)|"
    r"More stories|Other stories|More like this|Latest (?:news|stories|headlines)|Watch more|"
    r"In other news|Top picks|Read this next|What to read next|Catch up on the latest|"
    r"Most watched|(?:From )?around the web|Related internet links)"
    r"(?:\s+(?:stories|articles?|coverage|content|links|reading|videos|topics))?\s*[:.…]*$",
    re.IGNORECASE,
)
# One link to another story inside the text: "Read more: <headline>", "RELATED: <...>",
# "Also Read | <headline>", a broadcaster's bare "READ: <headline>".
# Only with a headline after it (no sentence end): "Related: the mayor said ...." stays.
_LINK_LINE = re.compile(
    r"^(?:Read more|Related|Read also|Also read|See also|Recommended|Read next|More|Read)"
    r"\s*[:|]\s*\S",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
# Comment-form lines that may appear on their own.
_FORM_LINES = [
    re.compile(r"^Your email address will not be published\.?", re.IGNORECASE),
    re.compile(r"Required fields are marked \*\s*$", re.IGNORECASE),
]
_WORDS = re.compile(r"\w+")
# How alike a given title and the head of the text must be to count as the same
# headline (rapidfuzz ratio, 0-100, on case-folded words): typos and punctuation pass.
_TITLE_SIMILARITY = 92
_QUOTE_OPENERS = QUOTE_OPENERS
# A paragraph ending as a sentence does is no headline; so is one ending in a straight
# single quote mark that closes a sentence ("... said: 'He took my savings.'"), the way
# tabloid and many wire pages quote (round 36).
# A character of one sentence, after its start: no "!" or "?", and no full stop that
# ends it before another sentence ("... for advice. Helpline staff answered"); a dot
# inside an address, a number or an abbreviation ("jo.roe@", "www.", "0113.555") is one.
# The verbs a page opens its calls to the reader with ("Follow us on ...", "Sign up").
_READER_CALL = (
    r"(?:Follow|Like|Email|E-mail|Call|Text|Visit|Contact|Share|Send|WhatsApp|Message|"
    r"Sign up|Subscribe|Download|Listen|Watch)"
)
_NO_NEW_SENTENCE = r"(?:[^.!?]|\.(?!\s+[\"“‘'(]?[A-Z0-9]))"
# A closing quote mark ends a sentence only after the sentence's own stop; after a word
# it closes a quoted word a headline ends on ('... calls the offer "final"', round 39).
_HEADLINE_END = re.compile(r"(?:[.!?:;,)]|[.!?,…:;][\"”’»']+)$")

# --- Page furniture -------------------------------------------------------------------
# Words a name, byline or credit may hold besides capitalised words.
_NAME_LINKS = (ORG_CONNECTORS - {"on"}) | NAME_PARTICLES | frozenset({"&", "in", "via"})
# A capitalised word in any script's capitals ("Áine", "Ó", "Željko"), or an initial.
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[A-Z]\.)$")
_NAME_SPLIT = re.compile(r"[\s,;/|]+")
_CREDIT_LABEL = re.compile(
    r"^(?:(?:Photo(?:graph)?|Picture|Image|Video|Credit|Footage|Graphic|Illustration|Chart)s?"
    r"\s*(?::|by|source\s*[,:])\s*"
    r"|by\s+)",
    re.IGNORECASE,
)
_CREDIT_AGENCY = re.compile(
    r"\b(?:Getty(?: Images)?|AP(?: Photo)?|Associated Press|Reuters|REUTERS|AFP|EPA|"
    r"Shutterstock|Alamy|Rex Features|PA(?: Wire| Images)?|Splash News|Bloomberg)\b"
)
# "Written by", "Words:", "Posted by" sign a page as "By" does.
_BYLINE = re.compile(
    r"^(?:By|BY|by(?=:)|From(?= [A-Z])|(?:Written|Words|Posted|Reported|Edited|Story) by|"
    r"Words(?=:))\b:?\s*(?P<names>.*?)(?:\s+on\s+(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|"
    r"\d{1,2} [A-Z][a-z]+\.? \d{4}))?$"
)
# Where the reporter filed from, after the names: "at Castle Meadow", "in Gdansk".
_BYLINE_PLACE = re.compile(r"\s+(?:at|in)\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}$")
# Round 28: a dateline with its date on a line of its own under a reporter's name
# ("PANAJI, 14 February", "NAIROBI, March 3, 2026").
_DATELINE_STAMP = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,30},\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*$"
)
# A reporter's e-mail address or handle beside the byline.
_ADDRESS = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$")
# A broadcaster's label or a reporter's post under the byline: "ITV News Anglia",
# "Local Democracy Reporting Service", "BBC Sport at Devonshire Park", "Radio X Sport".
_OUTLET_LINE = re.compile(
    r"\b(?:News|Newsroom|Reporting Service|News Agency|Sports?)\b"
    r"|^[A-Z]{2,5}(?: [A-Z][a-z]+){0,2} at "
)
# A page's own label for the caption under a picture; the next line is the caption.
_CAPTION_LABEL = re.compile(r"^(?:Image|Photo|Picture|Video|Media) caption\s*[,:]?$", re.IGNORECASE)
# The label and its caption on one line: "Image caption, Fans queued from dawn".
_LABELLED_CAPTION = re.compile(
    r"^(?:Image|Photo|Picture|Video|Media) caption\s*[,:]\s*\S.{0,220}$", re.IGNORECASE
)
# A caption that ends in its credit: "Fans at the gates on Monday. Photograph: Jo Roe/AP".
_TRAILING_CREDIT = re.compile(
    r"(?:^|[.!?”\"’)]\s+)(?:(?:Photograph|Photo|Picture|Image|Illustration|Composite|Credit|"
    r"Supplied|Courtesy|Handout)s?\s*:|(?:Photo|Picture|Image)s?\s+(?:courtesy of|credit\s*:?))"
    r"\s*[^.!?:]{2,80}$"
)
# A caption's pointer to the picture with no verb after it: "Jo Roe (left) with her
# dog", "His car (pictured), which ...". A line that goes on with a verb ("Jo Roe
# (pictured) quit after 71 shows") may be a caption or a tabloid's summary line, and
# is kept. A round-30 try that dropped such lines in the body deleted a line whose fact
# the story tells nowhere else; a caption that repeats the story costs less than a lost
# fact.
_PICTURE_POINTER = re.compile(
    r"\((?:pictured|picture|photo|left|right|centre|center|above|below|inset|top|bottom)"
    r"\b[^)]*\)\s*(?:$|,\s*(?:which|who|whose|where|when)\b|(?:on|with|in|at|outside|"
    r"inside|during|after|before|and|alongside|beside|near|as)\b)",
    re.IGNORECASE,
)
# The same pointer after a comma, with no brackets: "Jo Roe, pictured with her dog last
# year", "Ann Lee, seen here in Leeds, ...".
_COMMA_PICTURE_POINTER = re.compile(
    r",\s*(?:pictured|seen here|shown here|seen)\s+(?:on|with|in|at|outside|inside|during|"
    r"after|before|alongside|beside|near|as|leaving|arriving)\b",
    re.IGNORECASE,
)
# A caption in the present tense: a subject of a few words, then a caption's verb, then
# where or when ("Fans gather outside the ground before the game", "Jo Roe arrives at
# court on Monday", "Ms Roe is greeted by staff on the ward").
_SUBJECT_WORD = r"(?!(?:" + "|".join(sorted(CLAUSE_WORDS)) + r")\b)[^\s.!?]+"
_PRESENT_CAPTION = re.compile(
    r"^(?=(?-i:[A-Z0-9]))" + _SUBJECT_WORD + r"(?:\s+" + _SUBJECT_WORD + r"){0,6}?\s+"
    r"(?:(?:is|are) (?:pictured|seen|greeted|shown|welcomed|met|applauded|cheered)|"
    r"(?:" + "|".join(sorted(CAPTION_VERBS | CAPTION_PARTICIPLES)) + r"))\s+"
    r"(?:[^\s.!?]+\s+){0,8}?(?:on|in|at|outside|inside|during|after|before|with|by|to|"
    r"near|beside|alongside|from|last|up|aboard|into|over|through|across|along|ahead)\b",
    re.IGNORECASE,
)
# Round 22: a caption with no verb, telling who is pictured where and when ("Gemma Roe
# and her family outside their motel in Missouri on Saturday", "Firefighters at the
# scene on Tuesday night", "Jo Roe with her award last year"): a short subject, a
# preposition, and a time at the end of a line that ends no sentence.
# Its subject may hold a possessive ("Jo Roe and her family").
_CAPTION_CLAUSE_WORDS = CLAUSE_WORDS - {"her", "his", "their", "its", "our", "my", "your"}
_CAPTION_SUBJECT_WORD = r"(?!(?:" + "|".join(sorted(_CAPTION_CLAUSE_WORDS)) + r")\b)[^\s.!?]+"
_VERBLESS_CAPTION = re.compile(
    r"^(?=(?-i:[A-Z]))" + _CAPTION_SUBJECT_WORD + r"(?:\s+" + _CAPTION_SUBJECT_WORD + r"){0,6}?\s+"
    r"(?:with|outside|inside|at|beside|alongside|near|during|after|before|in|on)\s+"
    r"[^.!?:;\"“”‘’']{0,120}?\b(?:on (?:" + "|".join(sorted(WEEKDAYS)) + r")(?: (?:morning|"
    r"afternoon|evening|night))?|last (?:week|month|year|summer|winter|spring|autumn|night)|"
    r"yesterday|earlier this (?:week|month|year))$",
    re.IGNORECASE,
)
# Round 29: a caption naming who is pictured and where, with no verb and no time: a
# name of two to four words, an age if any, a place ("Jo Roe, 67, in her garden in
# Leeds", "Ama Obi at her stall in Accra"), and at most a "which"/"where" clause after a
# comma ("..., where she spent 11 days in intensive care"). Words that open a clause
# ("as", "after", "and", a pronoun or auxiliary) end the place, so "Jo Roe in talks as
# City close in" is no caption.
_CAPTION_PLACE_WORD = (
    r"(?!(?:"
    + "|".join(sorted(_CAPTION_CLAUSE_WORDS | {"as", "after", "before", "while", "and", "but"}))
    + r")\b)[^\s.!?,;:\"“”]+"
)
_NAMED_CAPTION = re.compile(
    r"^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:, \d{1,3},)? (?:in|at|with|outside|"
    r"inside|near|beside|on) " + _CAPTION_PLACE_WORD + r"(?: " + _CAPTION_PLACE_WORD + r"){0,10}"
    r"(?:, (?:which|where|who|whose|when) [^.!?;:\"“”]{0,140})?$"
)
_CAPTION_MAX_CHARS = 220
_QUOTE_MARKS = "".join(DOUBLE_QUOTE_MARKS | SINGLE_QUOTE_MARKS)
# One sentence ending and another starting: a caption is never two sentences.
_SENTENCE_INSIDE = re.compile(r"[.!?][\"'”’»)]*\s+[\"'“‘«(]*[A-Z]")
# "Reporting by Jane Roe in Lagos; Editing by John Doe" (a wire story's last line).
# A broadcaster's or a Canadian paper's credit line: "—With a report from Jane Roe",
# "With files from The Canadian Press", "With reporting by Jo Roe and Ada Lee".
_CONTRIBUTOR = re.compile(
    r"^(?:[—–-]{1,2}\s*)?(?:(?:Additional )?(?:Reporting|Writing|Editing|Edited|Compiled|"
    r"Produced)(?: and \w+)?(?: by:? |:\s*(?=[A-Z]))|"
    r"With (?:a report|reports|files|(?:additional )?reporting|inputs) "
    r"(?:from|by) )(?P<names>.+)$",
    re.IGNORECASE,
)
# Where a wire's contributor filed from, up to the next contributor.
_CONTRIBUTOR_PLACE = re.compile(r"\s+in\s+[^;,]+?(?=\s+and\s+|\s*,|$)")
# What may follow a byline's names after a comma or bar ("By Jane Roe, Political Editor").
_BYLINE_ROLES = frozenset(
    {
        "editor",
        "correspondent",
        "reporter",
        "writer",
        "team",
        "staff",
        "desk",
        "columnist",
        "critic",
        "commentator",
        "journalist",
        "contributor",
        "presenter",
    }
)
_STAMP_LABEL = re.compile(
    r"\b(?:(?:first |last )?(?:published|updated|modified|posted)|last updated)"
    r"(?:\s+(?:at|on))?\s*:?",
    re.IGNORECASE,
)
_MONTHS = (
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_STAMP_WORDS = frozenset(
    (
        _MONTHS + " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed "
        "thu thurs fri sat sun am pm a.m p.m est edt cst cdt mst mdt pst pdt et ct pt gmt bst "
        "utc cet cest ist aest aedt sgt hkt jst kst wat eat cat sast nzst nzdt awst acst pkt wib "
        "on at ago min mins minute minutes hour hours hr hrs day "
        "days week weeks read"
    ).split()
)
_STAMP_NUMBER = re.compile(
    r"^\d{1,4}(?:[:./-]\d{1,4}){0,2}(?:st|nd|rd|th|am|pm|h)?$", re.IGNORECASE
)
_DATE_OR_TIME = re.compile(
    rf"\b(?:{_MONTHS.replace(' ', '|')})\b|\d[:.]\d\d|\b\d+\s+(?:\w+\s+)?ago\b"
    r"|\b\d+\s+min(?:ute)?s?\s+read\b",
    re.IGNORECASE,
)
# The parts of a page's meta line ("Tuesday 13 January 2026 | Containers | By Jane Roe",
# "14 May 2025 • 6:00pm").
_META_SEPARATOR = re.compile(r"\s+[|•·]\s+")
_SECTION_LABEL = re.compile(r"^[^\W\d_][\w'’&-]*(?: [\w'’&-]+){0,2}$")
_DIVIDER = re.compile(r"^[|•·*/\\—–_-]+(?:\s+[|•·*/\\—–_-]+)*$")
# Round 29: the opening of a note on the page's own journalism ("This story", "Our
# climate reporting", "The Courier's health coverage"), in no one's reported words.
_PAGE_OWN_JOURNALISM = (
    r"^(?![^!?]*\b(?:said|says|told|heard|claimed|alleged|according to)\b)"
    r"(?:This|Our|The [A-Z][\w&.'’ -]{0,40}?['’]s?)\s+(?:[\w-]+\s+){0,2}?"
)
# Round 29: the sections of a sports page's results menu ("results", "live scores").
_RESULTS_SECTIONS = (
    r"results|fixtures|scores|scorecards|cards|racecards|tables?|standings|tips|odds"
)
_SHARE_LINES = [
    re.compile(r"^Follow\b[^.!?@]{0,60}@\w+(?:\s+on\s+\w+)?\s*[.!]?$", re.IGNORECASE),
    re.compile(r"^Scroll down (?:for|to (?:watch|see|view))\b[^.!?]{0,50}[.!]?$", re.IGNORECASE),
    re.compile(
        r"^(?:Share|Click to share|Tweet|Email|Pin)(?: (?:this|the|it))?(?: (?:article|story|"
        r"page|post|video))?(?: (?:on|via|by) \w+)?(?: or comment on this article)?\s*[:.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:Share|Tweet|Email|E-mail|Print|Pin|WhatsApp|Facebook|Twitter|LinkedIn|Reddit)"
        r"(?:(?:\s*[|/·•,]\s*|\s+)(?:Share|Tweet|Email|E-mail|Print|Pin|WhatsApp|Facebook|"
        r"Twitter|LinkedIn|Reddit))*$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:View |Read |Show )?(?:all )?comments?\s*\(\s*[\d,]+\s*\)$", re.IGNORECASE),
    re.compile(r"^(?:[\d,]+ comments?|View comments|Comments)$", re.IGNORECASE),
    # A gallery's or a page's counter, alone or before its caption ("Image 1 of 6", "Photo
    # 3 of 8: Fallen trees ...", "Page 2 of 3"), a gallery button ("See all 24 photos"),
    # and a line of share, comment and view counters ("Share 34 | Comments 12", "1.2K
    # shares · 48 comments", "Viewed 1,204 times").
    re.compile(
        r"^(?:Image|Photo|Picture|Slide|Gallery|Page)\s+\d{1,3}\s+of\s+\d{1,3}"
        r"(?:\s*[:|–—-]\s*.{0,200})?$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:See|View) all \d{1,4} (?:photos|images|pictures|slides)\s*$", re.IGNORECASE),
    re.compile(r"^Viewed [\d,]+ times\s*$", re.IGNORECASE),
    re.compile(
        r"^(?:(?:Shares?|Comments?|Likes?|Views?)\s*[\d,.]+[KkMm]?|[\d,.]+[KkMm]?\s*"
        r"(?:shares?|comments?|likes?|views?))(?:\s*[|·•,/]\s*(?:(?:Shares?|Comments?|Likes?|"
        r"Views?)\s*[\d,.]+[KkMm]?|[\d,.]+[KkMm]?\s*(?:shares?|comments?|likes?|views?)))*$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:Save|Bookmark|Saved|Listen|Listen to this article)$", re.IGNORECASE),
    # A page's text-size buttons ("Normal text size", "Larger text size").
    re.compile(
        r"^(?:(?:Very )?(?:Normal|Larger?|Small(?:er)?|Default) )?text size$", re.IGNORECASE
    ),
    # A promotion for the outlet's own newsletter after a line of pitch: "Cut through the
    # noise ... Subscribers can sign up to our weekly Inside Politics newsletter."
    re.compile(
        r"^(?:[^.!?]{0,160}[.!?]\s+)?[^.!?]{0,40}\b(?:sign up|subscribe)\b[^.!?]{0,60}\bour\b"
        r"[^.!?]{0,60}\bnewsletters?\b[^.!?]{0,40}[.!]?$",
        re.IGNORECASE,
    ),
    # Calls to the reader: tips, newsletters, live channels, phone-ins.
    re.compile(
        r"^(?:Do you have|Have you got|Got) (?:a|any) (?:story|news tip|tip|news)\b.*$",
        re.IGNORECASE,
    ),
    # (One sentence: a dot inside an address or a number is no sentence end, but a
    # paragraph that goes on with the story after the number is story text: "Call 0800
    # 555 111 for advice. Helpline staff answered 2,300 calls, the council said.")
    re.compile(
        r"^(?:Reach|Contact|Email|E-mail|Call|Text|Write to)\b[^.!?]*"
        rf"(?:@|\d{{3}}[\s.-]?\d{{3,4}}){_NO_NEW_SENTENCE}*"
        # (more calls to the reader after it: "... on 01632 555 123. Follow us on X.")
        rf"(?:[.!]\s+{_READER_CALL}\b{_NO_NEW_SENTENCE}*)*[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:[^.!?]{0,60}[?!]\s*)?Sign up\b[^.!?]{0,80}\bnewsletters?\b[^.!?]{0,40}[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(r"^Watch [\w’' .&-]{2,40} live\b[^.!?]{0,60}[.!]?$", re.IGNORECASE),
    re.compile(
        r"^Watch (?:the )?(?:highlights|full|video|replay|again|back|now|live|every)\b"
        # (not a sentence told by someone: "Watch the video above the fireplace, she joked")
        r"(?![^.!?]{0,80},\s*(?:[\w'’-]+\s+){1,3}(?:said|says|joked|added|told|wrote)\b)"
        r"[^.!?]{0,80}[.!]?$",
        re.IGNORECASE,
    ),
    # A question to the reader and where to send the answer: "Have a news tip? Email
    # tips@...", "Know more about this? Call our newsroom on ...". An appeal that names
    # the police or anyone else is story text.
    re.compile(
        r"^[^.!?]{0,80}\?\s*(?:Email|E-mail|Call|Contact|Text|Message|WhatsApp|Write to|"
        r"Get in touch with|Share your (?:experiences?|stories|story|views|pictures|photos) by "
        r"(?:emailing|contacting|messaging|calling|texting))\b(?=[^!?]*(?:@|\b(?:us|our "
        r"newsroom|the newsroom|(?:our|the) (?:news|sports?|picture) ?desk)\b))[^!?]{0,140}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:Have|Got) (?:a|any) (?:[\w-]+ )?(?:story|stories|news tip|tip|news)\b"
        r"(?: for us| to share)?\s*\?.*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:Get|Receive|Want)\b[^.!?]{0,80}\b(?:sent|delivered)\b[^.!?]{0,30}\binbox(?:es)?\b"
        r"[^.!?]{0,40}[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(r"^Subscribe(?: now| today)?\b[^.!?]{0,100}[.!]?$", re.IGNORECASE),
    re.compile(
        r"^Follow\b[^.!?]{0,80}\bon (?:(?:our|the) )?(?:Facebook|Instagram|Twitter|X|TikTok|"
        r"YouTube|Threads|Bluesky|LinkedIn|WhatsApp|Snapchat|Google News|Apple News|Flipboard|"
        r"social(?: media)?|live (?:blog|"
        r"page|text|coverage))\b[^.!?]{0,60}[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(r"^Follow\b[^.!?]{0,80}\bas it happens\b[^.!?]{0,60}[.!]?$", re.IGNORECASE),
    # A follow-us line that goes on to ask for stories: "Follow X on Facebook. Send your
    # story ideas to news@...".
    re.compile(
        r"^Follow\b[^.!?]{0,80}\bon (?:(?:our|the) )?(?:Facebook|Instagram|Twitter|X|TikTok|"
        r"YouTube|Threads|Bluesky|LinkedIn|WhatsApp|Snapchat|social media)\b[^.!?]{0,60}[.!]\s+"
        r"(?:Send|Email|E-mail|Share)\b[^!?]{0,80}@[^!?\s]{3,80}\s*$",
        re.IGNORECASE,
    ),
    # Topics with their items on one line, and a line of links to more of a section.
    re.compile(r"^(?:Related )?(?:Topics|Tags)\s*:\s*[^.!?:]{1,120}$", re.IGNORECASE),
    re.compile(
        r"^More (?:[\w’'&-]+ ){1,4}(?:coverage|news|stories)\s*:\s*[^.!?]{1,100}$", re.IGNORECASE
    ),
    # Where an advertisement stood.
    re.compile(
        r"^(?:Advertisement(?: feature)?|Advert|Sponsored(?: content)?|Skip advert|"
        r"(?:Story|Article) continues (?:below|after)"
        r"(?: (?:this |the |an )?(?:ad|advert|advertisement))?|"
        r"Continue reading(?: the main story| below)?)\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^Get involved (?:on|via|at|with)\b.*$", re.IGNORECASE),
    # A page's controls and banners, each only as a whole line: buttons, galleries,
    # cookie notices, pleas for support, rights notices, filing labels.
    re.compile(
        r"^(?:Skip to (?:main )?(?:content|navigation)|Loading(?:…|\.{3})?|"
        r"Advertisement\s*[–—-]?\s*Scroll to continue(?: with content)?|"
        r"Gift (?:this|the) (?:article|story)|Print(?: this (?:page|article|story))?|"
        r"Listen(?: to (?:this|the) (?:article|story))?\s*\(\s*\d+ mins?\s*\)|"
        r"Copy link|Link copied|(?:Hide|Show|Toggle) caption|Enlarge (?:this )?image|"
        r"View (?:gallery|all photos|slideshow)|\d{1,3} of \d{1,3}|"
        r"Support (?:our|independent|local|quality) journalism|"
        r"Become an? (?:member|subscriber|supporter)(?: today| now)?|"
        r"Our Standards: [^.!?]{2,80}\.?|All rights reserved\.?|"
        r"(?:Sign up|Register|Log in|Sign in)(?: here| now| today| for free)?\s*[.!]?|"
        r"Don'?t miss(?: out)?|(?:Accept|Reject|Manage)(?: all)? cookies|Cookie settings|"
        r"We use cookies\b[^!?]{0,100}|Send us your (?:news|story|stories|pictures|photos|videos)"
        r"(?:(?:,| and| or| &) (?:your )?(?:news|stories|pictures|photos|videos))*|"
        r"Filed under\s*:?\s*[^.!?]{2,80}|Posted in [^.!?|]{2,40}\|\s*\d+ Comments?)\s*$",
        re.IGNORECASE,
    ),
    # Where the page came from and where the rest of it is: "This article originally
    # appeared on ...", "Read the full story here", "Click here to read more ...".
    re.compile(
        r"^This (?:article|story|report|piece) (?:originally|first) appeared (?:on|in)\b"
        r"[^!?]{0,120}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:Read|See|View) the full (?:story|article|report|statement|interview|judgment|"
        r"judgement|letter|transcript|ruling)(?: here| online| at [^.!?]{1,60})?"
        r"\s*[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(r"^Click here\b[^.!?]{0,80}[.!]?$", re.IGNORECASE),
    re.compile(
        r"^Comments (?:are|have been) (?:closed|disabled|turned off)(?: (?:on|for) this "
        r"(?:article|story|page|post))?\s*[.!]?$",
        re.IGNORECASE,
    ),
    # Credits at the foot: "X contributed to this report", "This article was produced
    # by ...", a copyright notice.
    re.compile(
        r"^[^.!?]{2,120}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^This (?:article|story|report|content) (?:was|is|has been) (?:produced|written|"
        r"provided|supplied|published|funded) (?:by|as part of|in partnership with|"
        r"through)\b[^!?]{0,120}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:Copyright\s*(?:©|\(c\))?\s*(?:\d{4}|[A-Z][\w&.'’ -]{1,40}\s\d{4})|©|\(c\)\s*\d{4})"
        r"[^!?]{0,260}$",
        re.IGNORECASE,
    ),
    # Round 28: a copyright notice opening with the mark and the owner, no year ("(c)
    # Business Ledger Ltd. All rights reserved."); a legal text's "(c)" clause names no
    # rights reserved.
    re.compile(r"^(?:©|\(c\))\s*[^!?]{1,100}\bAll rights reserved\.?$", re.IGNORECASE),
    # Round 28: a wire's exchange-rate note on a line of its own ("($1 = 1.52 Australian
    # dollars)", "(£1 = €1.17)", "(1 euro = $1.08)"): a sum equal to a sum, in brackets.
    re.compile(
        r"^\(\s*[^()=\d]{0,6}1(?:\s+[^\W\d_]+){0,2}\s*=\s*[^()=]{0,6}[\d.,]+(?:\s+[^\W\d_]+){0,3}\s*\)$"
    ),
    # Round 28: a news agency's name or initials alone in brackets at a story's foot
    # ("(PNA)", "(Xinhua)", "(NAN)"): an agency's credit, never a sentence.
    re.compile(r"^\((?:[A-Z]{2,6}|Xinhua|Bernama|Yonhap|Kyodo|Anadolu|Antara)\)$"),
    re.compile(r"^Read more here\s*[:.!]?$", re.IGNORECASE),
    # Round 28: an editor's correction or update note about the page itself
    # ("Correction: An earlier version of this article misstated ...", "Clarification:
    # This story has been amended to ..."), and where the page first ran ("Originally
    # published as <headline>").
    re.compile(
        r"^(?:Correction|Clarification|Update|Editor['’]s note)\s*:\s*(?:An? (?:earlier|previous) "
        r"version|This (?:article|story|report|piece)|The headline|A headline)\b[^!?]{0,300}$",
        re.IGNORECASE,
    ),
    # ("Originally published in 1952, the novel was banned" goes on as a sentence.)
    re.compile(r"^Originally published (?:as|in|on|at|by)\s+[^,;!?]{1,160}$", re.IGNORECASE),
    # Round 28: share buttons with their window note, a picture credit in square
    # brackets, and a call for the reader's views ending in the address to send them to.
    re.compile(
        r"^Click to (?:share|email|print)\b[^.!?()]{0,60}(?:\s*\(Opens in new window\))?$",
        re.IGNORECASE,
    ),
    re.compile(r"^\[(?:Photo|Picture|Image|Graphic|Video)s?\s*:[^\]]{1,60}\]$", re.IGNORECASE),
    re.compile(
        r"^(?:[^.!?]{0,60}[.!?]\s+)?(?:Send|Email|E-mail|Share|Tell us)\b[^.!?]{0,60}\b(?:to|at)\s+"
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$",
        re.IGNORECASE,
    ),
    # Round 28: share buttons run together on one line ("Share on Facebook Share on
    # Twitter", "Share on X | Share via Email").
    re.compile(
        r"^(?:(?:Share|Post|Tweet) (?:on|via|to) (?:Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|"
        r"Email|E-mail|Pinterest|Telegram|Threads|Bluesky)\s*[|·•,/]?\s*){2,8}$",
        re.IGNORECASE,
    ),
    re.compile(r"^[\d.,]+k?\s+shares?$", re.IGNORECASE),
    # A picture credit on a line of its own: "(AP Photo/Jane Doe)", "(Photo by Jo Roe/
    # Getty Images)", "(Reuters/Jo Roe)".
    re.compile(
        r"^\((?:[^()]{0,40}\b(?:Photo|Photos|Photograph|Image|Images|Picture|Pictures|Pool)"
        r"\b[^()]{0,60}|(?:AP|AFP|Reuters|PA|EPA|Getty)\s*/[^()]{1,60})\)$",
    ),
    # A pointer to a picture, a video or a chart's source, with its subject and no
    # sentence: "Watch: How the fare rise will hit you", "Pictured: The new kitchen",
    # "Source: Office for National Statistics". ("Source: a council officer said ..."
    # goes on as a sentence and stays.)
    re.compile(
        r"^(?:Watch|Video|Pictured|Picture|Listen|Gallery|In pictures|Photos|Sources?)\s*:"
        r"\s*[^.!?:]{2,120}$",
        re.IGNORECASE,
    ),
    # Page controls of one line: "Share this with", "Jump to comments", "Supported by".
    re.compile(
        r"^(?:Share this with|(?:Jump|Go|Skip) to (?:the )?comments|Supported by|"
        r"In partnership with|Sponsored by|Presented by)\s*$",
        re.IGNORECASE,
    ),
    # An editor's note on the page's own history: "This story has been updated with ...".
    re.compile(
        r"^This (?:article|story|report|piece|page) (?:has been|was) (?:updated|amended|"
        r"corrected)\b[^!?]{0,160}$",
        re.IGNORECASE,
    ),
    # The editor's note on a correction or on what the story contains: "Editor's note: An
    # earlier version of this story misstated the date."
    re.compile(r"^Editor['’]?s note\s*:\s*[^!?]{0,240}$", re.IGNORECASE),
    # An Indian or Asian wire's sign-off: the agency and its desk staff's initials ("PTI
    # KMS SKY AH", "IANS ab/vd").
    re.compile(
        r"^(?:PTI|IANS|ANI|UNI|Bernama|Xinhua)(?:\s+[A-Za-z]{2,4}(?:/[A-Za-z]{2,4})*){1,6}$"
    ),
    # A question to the reader and what to do about it: "Enjoyed this article? Share it
    # with a friend", "Want more stories like this? Sign up here.".
    re.compile(
        r"^(?:Enjoyed|Enjoy|Liked|Like|Want|Love|Loved)\b[^.!?]{0,60}\?\s*(?:Share|Sign up|"
        r"Subscribe|Follow|Click|Tap|Download|Get|Join|Register|Support|Add us)\b[^!?]{0,100}$",
        re.IGNORECASE,
    ),
    # A page's navigation, promotion slots, player controls and reader notices, each only
    # as a whole line: "Next article", "Back to top", "Promoted stories", "Play video",
    # "File photo", "Join the conversation", "Download our free app", "This article is
    # more than 2 years old", "Was this article helpful?", "Reuse this content".
    re.compile(
        r"^(?:(?:Next|Previous|Prev|Last) (?:article|story|page|post)|(?:Back|Return) to "
        r"(?:top|homepage|home)|(?:Promoted|Sponsored|Recommended|Partner) (?:stories|content|"
        r"links|posts)|Paid (?:content|post|partnership)|Ad feedback|Skip ad|Report (?:this )?ad|"
        r"(?:Stock|File|Library|Handout) (?:photo|picture|image|pic)|Video player|"
        r"(?:Play|Watch|Replay) (?:the )?video|Newsletters?|Join the (?:conversation|debate|"
        r"discussion)|Have your say(?: (?:in|on) (?:the|our) comments(?: (?:below|section))?| "
        r"below)?|Open (?:in|the) app|(?:Download|Get) (?:our|the) (?:free )?(?:[\w-]+ )?app\b"
        r"[^.!?]{0,60}|Contact (?:the|our) (?:newsdesk|news desk|newsroom)|Contact us|"
        r"Reuse this content|This (?:article|story|page) is (?:more|over) than (?:a|one|\d{1,2}|"
        r"two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old|"
        r"Thank you for your feedback|Was this (?:article|story|page) (?:helpful|useful)\?|"
        r"We(?:'|’)?d love to hear from you|How would you rate this (?:article|story)\?|"
        r"Already (?:a|an) (?:subscriber|member|customer)\? ?(?:Log|Sign) in(?: here)?|"
        r"This (?:content|video|page) is not available(?: in your (?:region|country|location))?|"
        r"(?:Please )?enable (?:JavaScript|cookies)\b[^.!?]{0,60}|"
        r"Additional reporting by [^.!?]{1,80})\s*[.!]?$",
        re.IGNORECASE,
    ),
    # A plea for the paper's funding: "Our journalism relies on your support. Subscribe
    # today." (a sentence about journalism in the story does not ask the reader to pay).
    re.compile(
        r"^(?:Our|Independent|Local|Quality|Trusted) journalism\b[^!?]{0,80}\b(?:support|"
        r"subscri\w*|donat\w*)\b[^!?]{0,80}(?:Subscribe|Donate|Support us|Sign up|Become)"
        r"\b[^!?]{0,60}$",
        re.IGNORECASE,
    ),
    # Where the reader affected by the story can find help: "If you have been affected by
    # any of the issues in this story, help is available.", "For confidential support call
    # ... on 116 123". An appeal that is news ("Police urged anyone affected to call
    # 101") names someone else and stays.
    re.compile(
        r"^(?:If you(?:'|’)?(?:ve| have) been affected by (?:any of )?the (?:issues|topics|"
        r"matters) (?:raised |discussed |covered )?in this (?:story|article|report|piece)\b"
        r"[^!?]{0,200}|For (?:confidential |free )?(?:emotional )?support,? (?:call|contact|"
        rf"visit|text)\b{_NO_NEW_SENTENCE}{{0,160}}|"
        # "For queries on results, call the exams helpline on 0800 ...", "For more
        # information, visit www....": the reader told where to ask, in one sentence of
        # its own that gives a number, an address or a help line ("For more information,
        # visit the council's website" may be the story's own advice, and stays).
        r"(?=[^!?]*(?:\d{3}|@|www\.|https?://|\.(?:com|org|gov|net|uk|ie|in|au)\b|"
        r"help ?line|hotline))"
        r"For (?:more |further )?(?:information|details|queries|questions|enquiries|inquiries|"
        r"advice|help)(?: (?:on|about|regarding|with|for) [^,.!?]{1,60})?,? (?:please )?"
        r"(?:call|contact|ring|phone|visit|text|email|e-mail|go to|see)\b"
        rf"{_NO_NEW_SENTENCE}{{0,160}})$",
        re.IGNORECASE,
    ),
    # Embedded posts' furniture, not their words: a picture link, a post's signature
    # ("— Jo Roe (@joroe) March 4, 2025"), "A post shared by ...", "View this post on
    # Instagram"; a bare web address; "Follow our coverage at https://...".
    re.compile(
        r"^(?:pic\.twitter\.com/\w+|[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? "
        r"\d{1,2},? \d{4}|A post shared by [^()\n]{1,60}(?:\(@[\w.]{1,30}\))?|View this post "
        r"on (?:Instagram|Facebook|X|Twitter|TikTok|Threads)|(?:https?://|www\.)\S+|"
        r"(?:Follow|Read|See|Find|Visit|Watch|Listen)\b[^!?]{0,100}\s(?:https?://|www\.)\S+)\s*$",
        re.IGNORECASE,
    ),
    # A wire writer's credit at the foot: "Associated Press writer Jo Roe in Denver
    # contributed." (who contributed is a journalist, not "Hundreds of volunteers").
    re.compile(
        r"^[^.!?]{0,60}\b(?:writers?|reporters?|correspondents?|journalists?|staff|Press|"
        r"Reuters|AFP)\b[^.!?]{0,80}\bcontributed(?: reporting)?\.?$",
    ),
    # A page's labels, breadcrumbs and controls: "BREAKING", "LIVE", "Exclusive",
    # "News › Local › Leeds", "You are here: Home / News", "Sort by Newest", "Please log
    # in to comment", "Privacy policy", "Get in touch", "About the author".
    re.compile(
        r"^(?:LIVE|Live updates|BREAKING(?: NEWS)?|Breaking news|EXCLUSIVE|UPDATED|JUST IN|"
        r"DEVELOPING(?: STORY)?|You are here\s*:[^.!?]{1,100}|[\w&'’ -]{2,30}(?:\s*[›»]\s*"
        r"[\w&'’ -]{2,30}){1,6}|(?i:Sort by (?:newest|oldest|best|top|most popular)|"
        r"(?:Please )?(?:log|sign) in to (?:comment|reply|continue)|Terms (?:and|&) conditions|"
        r"Privacy (?:policy|notice)|Get in touch|About the author))\s*[.!]?$",
    ),
    # The page's own notes on itself, whole lines: corrections, standards, the author's
    # links, a print-edition note, "developing story", "More to follow".
    re.compile(
        r"^(?:Ad|Content from our partners|Follow (?:us|this author|me)|Comment|Report an "
        r"(?:error|issue)|Spotted (?:a|an) (?:mistake|error|typo)\?[^.!?]{0,40}|Corrections "
        r"(?:and|&) clarifications|Our editorial (?:standards|policy|values)|Why you can trust "
        r"us|Contact the (?:author|reporter|writer)|More (?:by|from) [A-Z][\w'’.-]*(?: [A-Z]"
        r"[\w'’.-]*){1,3}|Print edition\s*:[^.!?]{1,40}|(?:Originally|First) published (?:on|at) "
        r"[\w ]{1,30}(?:,? \d{4})?(?:,? \d{1,2}[:.]\d{2}\s*(?:am|pm|[ap]\.m\.)?)?|This (?:is a "
        r"(?:developing|breaking(?: news)?) story|story is developing|story will be updated)(?:,? "
        r"and (?:it )?(?:will|may|could) be updated)?(?: (?:as|when) [^!?]{1,60})?|More (?:to "
        r"follow|follows|soon)|(?:Image|Photo|Picture)?:?\s*Supplied|iStock(?:photo)?)\s*[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:A version of this (?:article|story) appear(?:s|ed) in print\b[^!?]{0,200}|This "
        r"(?:article|story) appeared in the print edition\b[^!?]{0,100})$",
        re.IGNORECASE,
    ),
    # A news agency's name as a line of its own at the story's foot or under a picture:
    # "(Reuters)", "— AP", "AAP", "With inputs from PTI", "(With agency inputs)".
    re.compile(
        r"^(?:[—–-]\s*)?\(?(?:Reuters|AP|AFP|AAP|PTI|IANS|ANI|dpa|UPI|Bloomberg|PA)\)?$|"
        r"^\(?With (?:inputs from (?:PTI|IANS|ANI|agencies|Reuters|AFP|AP)(?:,? (?:and )?(?:PTI|"
        r"IANS|ANI|agencies|Reuters|AFP|AP))*|(?:agency|wire) inputs)\.?\)?\.?$",
    ),
    # More of a page's controls and calls, whole lines: "Show more", "Tap to unmute",
    # "Elsewhere on the BBC", "Get in touch with us at <address>", "For the latest news,
    # download the X app.", "Sign up for breaking news alerts", "Listen to ... on Sounds
    # ...", a wire's redistribution notice, a web address without its scheme.
    re.compile(
        r"^(?:Features|Key points|WATCH|Loading (?:form|comments|video)(?:…|\.{3})?|Read more "
        r"about|Explore more|Click to (?:expand|enlarge|play)|Tap to (?:unmute|expand|play|"
        r"enlarge)|Open image in gallery|Show (?:more|less|caption)|Expand|Close|Caption|"
        r"Elsewhere on (?:the )?[\w&'’. -]{2,20}|Around the (?:BBC|web|network|site)|"
        r"(?:Get|Stay up to date with) the latest (?:news|updates|headlines)\b[^.!?]{0,60}|"
        r"Sign up (?:for|to)\b[^.!?]{0,60}\b(?:alerts|notifications|updates)|Help keep\b"
        r"[^.!?]{0,60}\bsharing this (?:article|story)|This material may not be published\b"
        r"[^!?]{0,80}|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/\S*)\s*[.!:]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:[^.!?]{0,100}?\b(?:contact|email|e-mail|message|write to|get in touch with) us\b"
        r"[^!?]{0,40}@\S+[^!?]{0,40}|For (?:the latest|all the latest)\b[^.!?]{0,60}, "
        r"(?:download|follow|sign up|subscribe|visit|get)\b[^!?]{0,80}|Listen to\b[^!?]{0,80}"
        r"\bon (?:BBC )?Sounds\b[^!?]{0,120})$",
        re.IGNORECASE,
    ),
    # The outlet's own disclaimer under its links: "The BBC is not responsible for the
    # content of external sites."
    re.compile(
        r"^(?:The )?[\w&'’. -]{2,40} (?:is|are) not responsible for the content of external "
        r"(?:internet )?(?:sites|websites|links)\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^Send us your (?:news|story|stories|pictures|photos|videos|tips)\b[^!?]{0,40}"
        r"(?:@|\b(?:here|online)\b)[^!?\s]*\s*[.!]?$",
        re.IGNORECASE,
    ),
    # Round 22: the foot of a page and of a press release. A syndication note ("(Except
    # for the headline, this story has not been edited by ... staff and is published from
    # a syndicated feed.)"), a note of first publication ("This story was originally
    # published June 14, 2025", "This report by The Canadian Press was first published
    # ..."), a release's end mark and notes heading ("-ENDS-", "###", "Notes to editors"),
    # a "most read" box's heading, an invitation to an outlet's channel ("Join our
    # WhatsApp channel for breaking news", "Join ST's Telegram channel and ...") and a
    # portal's call to read more of it ("Catch all the Business News, ... on ...").
    re.compile(
        r"^\(?[^()]{0,120}\b(?:edited|reworked|auto-generated|published)\b[^()]{0,80}"
        r"\bsyndicated feed\.?\)?\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^This (?:story|article|report)(?: by [^.,]{1,40})?(?: was)? (?:originally|first) "
        r"(?:published|appeared)(?:\s+(?:on|in|at|by)\s+[^,;]{1,60}|\s+[A-Z][a-z]{2,8}\.? "
        r"\d{1,2},? \d{4}[^!?]{0,30})?\.?$"
    ),
    re.compile(r"^[-–—]*\s*(?:ENDS|END|###|-30-)\s*[-–—]*$"),
    re.compile(r"^Notes? (?:to|for) editors\s*:?$", re.IGNORECASE),
    re.compile(r"^(?:MOST (?:READ|POPULAR|VIEWED)|Most (?:read|popular|viewed))(?: [A-Za-z]+)?$"),
    re.compile(
        r"^(?:Join|Follow) (?:our|us on|[A-Z][\w&]*['’]s) (?:official )?(?:WhatsApp|Telegram|"
        r"Google News|YouTube|Instagram|Facebook|Signal)\b[^.!?]{0,100}[.!]?$"
    ),
    re.compile(r"^Catch (?:all )?the (?:latest )?[\w ,&-]{0,100}\bNews\b[^!?]{0,100}$"),
    # Round 29: a note on who pays for the page's journalism, a whole line: "LDR is local
    # body journalism co-funded by RNZ and NZ On Air.", "This reporting is supported by
    # the Public Interest Journalism Initiative.", "The Courier's health coverage
    # receives funding from ...", "X is a Report for America corps member ...". The
    # subject is the page's own journalism ("This story", "Our climate reporting"), so
    # "The research was funded by the Wellcome Trust" stays.
    re.compile(
        _PAGE_OWN_JOURNALISM + r"(?:article|"
        r"story|reporting|coverage|content|journalism|piece)\s+(?:is|was|are|"
        r"were|has been|have been|is being)\s+(?:(?:co-)?funded|supported|made possible|"
        r"underwritten|sponsored|paid for|(?:produced|created|made) (?:with (?:the )?"
        r"support|in partnership)|part of (?:the |a )?[^.!?]{0,60}?(?:Service|Initiative|"
        r"Fund|Network|Project|Scheme|partnership|series|project|scheme))\b[^!?]{0,200}$"
    ),
    re.compile(
        _PAGE_OWN_JOURNALISM + r"(?:reporting|"
        r"coverage|journalism)\s+(?:receives|received|gets) (?:funding|support|a grant)\b"
        r"[^!?]{0,200}$"
    ),
    re.compile(
        r"^(?=[^!?]{0,240}$)(?![^!?]*\b(?:said|says|told|according to)\b)"
        r"(?:[^.!?]{0,80}\b(?:LDR|Local Democracy Reporting(?: Service)?)\b"
        r"[^.!?]{0,80}\b(?:funded|co-funded|journalism|part of|scheme|partnership)\b|"
        r"[^.!?]{0,120}\b(?:(?:is|are) (?:a |an )?Report for America\b|through Report for "
        r"America\b|Report for America corps member))[^!?]*$"
    ),
    # Round 29: a sports page's menu of results, a whole line of two or more of its
    # sections ("Racing results and cards", "Live scores, results and fixtures",
    # "Premier League table, fixtures and results").
    re.compile(
        r"^(?:[A-Z][\w'’-]*\s+){0,3}?(?:live\s+)?(?:" + _RESULTS_SECTIONS + r")"
        r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:live\s+)?(?:"
        + _RESULTS_SECTIONS
        + r"|stats|statistics))+$",
        re.IGNORECASE,
    ),
    # Round 23: a release's distributor lines ("News provided by Acme Foods Ltd, 12 Mar,
    # 2026, 09:00 ET", "SOURCE Acme Foods"): names, dates and times only.
    re.compile(r"^News provided by(?:,?\s+(?:[A-Z0-9&][\w&.:'’-]*|of|and|the))*\s*$"),
    re.compile(r"^SOURCE [A-Z][\w&.'’-]*(?: (?:[A-Z0-9&][\w&.'’-]*|of|and|the)){0,7}\s*$"),
]
# A wire tag at the head of a paragraph: "(CNN) -- ", "LONDON (Reuters) - ",
# "WASHINGTON (AP) — ". The place stays (it is the dateline); the tag goes.
_WIRE_TAG = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)? )?"
    r"\((?P<tag>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})\)\s*"
    r"(?P<dash>--|[—–-])?\s*(?=\S)"
)
# Furniture is short; longer paragraphs are never tested against its patterns.
_FURNITURE_MAX_CHARS = 160
# The fewest words of a story's sentence told after furniture in its paragraph.
_STORY_SENTENCE_MIN_WORDS = 4
# A lone period between spaces: the line separator of scraped pages (" . ").
_LONE_PERIOD = re.compile(r"(?:^|\s+)\.(?=\s|$)")
# A single lone dot with a word on each side and a lower-case word after it (not a
# brand written in lower case, "eBay", "iPhone", which may open a sentence); also after
# a closing quote, bracket or per cent sign ("a 'disgrace' . and", "4.2% . in").
_WRAP_DOT = re.compile(r"(?<=[\w,;%)'’\"”])\s+\.\s+(?=[a-z][a-z'’-]*\b)(?![a-z]+[A-Z])")
# A single lone dot after a word no sentence ends with ("along . Wickham Lane", "the .
# Red Cross", "Mr . Okafor"), before a capitalized word: a wrapped line too.
_WRAP_DOT_BEFORE_CAPITAL = re.compile(
    r"(?<![\w.])(?P<word>[^\W\d_]+)\s+\.\s+(?=[A-Z][\w'’-]*\b)(?!\S+\s+\.(?:\s|$))"
)
_WRAP_DOT_AFTER_PREPOSITION = re.compile(
    r"(?<![\w.])(?P<word>"
    + "|".join(sorted(LINE_WRAP_OPEN_PREPOSITIONS))
    + r")\s+\.\s+(?=[A-Z][\w'’-]*\b)"
)
_ENDS_SENTENCE = re.compile(r"[.!?…:;,\"”’»)\]|]$")
# Round 23: a spaced ellipsis whose last dot touches a closing quote or bracket ("we
# wait . . .\"", "a long night . . .'"): text, not three separators.
_CLOSED_ELLIPSIS = re.compile(r"\s\.\s\.\s\.(?=[\"'”’»)\]]+(?:\s|$))")


def _name_shaped(text: str, max_words: int = 10) -> bool:
    """Capitalised words and name links only ("Jane Roe and John Doe, CNN")."""
    words = [w for w in _NAME_SPLIT.split(text.strip().rstrip(".")) if w]
    if not words or len(words) > max_words:
        return False
    if not any(_name_word(w) for w in words):
        return False
    return all(_name_word(w) or w.casefold() in _NAME_LINKS for w in words)


def _name_word(word: str) -> bool:
    return word[:1].isupper() and bool(_NAME_WORD.match(word))


def _is_credit(paragraph: str) -> bool:
    """A photo credit on its own ("Photo: Jane Roe/Reuters", "AP Photo/Evan Vucci"): short,
    name-shaped, no verb. A story sentence that mentions an agency is never one."""
    if len(paragraph) > 80:
        return False
    rest = _CREDIT_LABEL.sub("", paragraph, count=1)
    labelled = rest != paragraph
    if not (labelled or _CREDIT_AGENCY.search(paragraph)):
        return False
    # A stock library after the photographer's name: "Photo by Jo Roe on Unsplash".
    if labelled:
        rest = _ON_PICTURE_LIBRARY.sub("", rest)
    return _name_shaped(rest)


_ON_PICTURE_LIBRARY = re.compile(r"\s+on\s+(?:Unsplash|Pexels|Pixabay|Flickr|iStock)\s*$")


def _is_timestamp(paragraph: str) -> bool:
    """ "PUBLISHED: 07:04 EST, 12 May 2014 | UPDATED: …", "Last updated at 10:44 AM on
    3rd March 2011", "UPDATED:", or a date on its own line."""
    if len(paragraph) > 120:
        return False
    rest, labels = _STAMP_LABEL.subn(" ", paragraph)
    # ("Updated April 11 2026 - 9:47PM": a dash between the date and the time)
    words = [w.rstrip(".,") for w in _NAME_SPLIT.split(rest) if w.strip(".,—–-")]
    if not all(w.casefold() in _STAMP_WORDS or _STAMP_NUMBER.match(w) for w in words):
        return False
    return bool(labels) or bool(_DATE_OR_TIME.search(rest))


# A post of up to three words ending in a reporter's role, before a capitalised name.
_BYLINE_POST_FIRST = re.compile(
    r"^(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:" + "|".join(sorted(_BYLINE_ROLES)) + r")\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _byline_role(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 4 and words[-1].casefold() in _BYLINE_ROLES


def _contributors_shaped(names: str) -> bool:
    """A wire's contributors, each perhaps with where they filed from: "Jo Roe in Dar es
    Salaam and Ada Lee in Lagos" (place particles such as "es" are not name links)."""
    return _name_shaped(_CONTRIBUTOR_PLACE.sub("", names), max_words=16)


def _byline_names(paragraph: str) -> str | None:
    """The names of a byline ("By Jane Roe and John Doe" -> "Jane Roe and John Doe"),
    "" for a bare "By", None when the paragraph is not a byline."""
    if len(paragraph) > _FURNITURE_MAX_CHARS:
        return None
    byline = _BYLINE.match(paragraph)
    if byline is None:
        parts = [part.strip() for part in paragraph.strip("().").split(";")]
        found = [_CONTRIBUTOR.match(part) for part in parts]
        if all(found) and all(_contributors_shaped(m.group("names")) for m in found if m):
            return "; ".join(m.group("names") for m in found if m)
        return None
    names, *roles = re.split(r"\s*[,|]\s*", byline.group("names").strip())
    roles = [role for role in roles if role]
    if not names and not roles:
        return ""
    if roles and not all(
        _byline_role(role) or _name_shaped(role) or _ADDRESS.match(role) for role in roles
    ):
        return None
    # "By Jo Roe at Castle Meadow", "By Jo Roe in Gdansk", "By Trade Weekly staff".
    names = _BYLINE_PLACE.sub("", names)
    # Round 28: the reporter's post before the names ("By science reporter Jo Roe", "By
    # Africa correspondent Kofi Mensah in Nairobi").
    names = _BYLINE_POST_FIRST.sub("", names, count=1)
    *outlet, last = names.split() or [""]
    # ("By Pit & Port Mining Review reporters": the outlet's staff in the plural too)
    if outlet and (
        last.casefold() in _BYLINE_ROLES or last.casefold().removesuffix("s") in _BYLINE_ROLES
    ):
        names = " ".join(outlet)
    return names if _name_shaped(names, max_words=14) else None


def _is_post_line(paragraph: str) -> bool:
    """A reporter's post or outlet on its own line, without "By": "Business reporter",
    "Priyanka Roe Health correspondent", "Transport correspondent, BBC News", "Tom Roe,
    Social Affairs Correspondent"; or a broadcaster's label ("ITV News Anglia")."""
    if len(paragraph) > 80 or _SENTENCE_END.search(paragraph):
        return False
    parts = [part for part in re.split(r"\s*[,|]\s*", paragraph.strip()) if part]
    if any(_byline_role(part) for part in parts):
        return all(_byline_role(part) or _name_shaped(part, max_words=5) for part in parts)
    # "at" joins the outlet to where its reporter is ("BBC Scotland at Hampden").
    return _name_shaped(paragraph.replace(" at ", " "), max_words=6) and bool(
        _OUTLET_LINE.search(paragraph)
    )


def _is_meta_line(paragraph: str) -> bool:
    """A page's meta line of a date, a byline, a reading time and section labels, parted
    by bars, bullets or commas: "Tuesday 13 January 2026 | Containers | By Jane Roe",
    "14 May 2025 • 6:00pm", "Friday August 15 2025, 6.00pm, The Times"."""
    if len(paragraph) > 120 or _SENTENCE_END.search(paragraph.rstrip(".")):
        return False
    stamped = False

    def meta(part: str) -> bool:
        nonlocal stamped
        if _is_timestamp(part) or _byline_names(part):
            stamped = True
            return True
        # A section label: "Containers", "Offshore wind", "Cold chain".
        return _name_shaped(part, max_words=3) or (
            part[:1].isupper() and bool(_SECTION_LABEL.match(part))
        )

    parts = [p for p in _META_SEPARATOR.split(paragraph.strip()) if p]
    pieces = [
        piece
        for part in parts
        for piece in ([part] if meta(part) else [q for q in part.split(", ") if q])
    ]
    return len(pieces) >= 2 and all(meta(piece) for piece in pieces) and stamped


# One field of a fact box: a short label, a colon, a short value ("Venue: Eden Gardens").
_FACT_FIELD = re.compile(r"^[A-Z][\w'’ -]{0,24}:\s*\S[^:]{0,50}$")


def _is_fact_box(paragraph: str) -> bool:
    """A page's fact box on one line, its fields parted by bars or bullets: "Polling
    date: December 1 | Counting: December 4", "Date: 4 May | Venue: Eden Gardens"; no
    sentence of the story is fields all the way through."""
    if len(paragraph) > 160 or _SENTENCE_END.search(paragraph):
        return False
    parts = [p for p in _META_SEPARATOR.split(paragraph.strip()) if p]
    return len(parts) >= 2 and all(_FACT_FIELD.match(p) for p in parts)


def _is_share_line(paragraph: str) -> bool:
    if len(paragraph) > _FURNITURE_MAX_CHARS:
        return False
    return bool(_DIVIDER.match(paragraph)) or any(p.match(paragraph) for p in _SHARE_LINES)


# What a sentence addressed to the reader, or a help line's notice, holds: "you", "us",
# a call to act, a number to ring, an address, the line's hours ("Lines are open").
_ADDRESSES_THE_READER = re.compile(
    r"\b(?:you|your|yours|we|us|our|ours)\b|@|www\.|https?://|\d{3}[\s.-]?\d{3}|"
    r"\b(?:help ?line|hotline|samaritans|lines are open|free of charge|confidential|"
    rf"click|tap|subscribe|sign up|download)\b|^[\"“‘'(]?{_READER_CALL}\b",
    re.IGNORECASE,
)


def _reports(sentence: str) -> bool:
    """Does the sentence report what someone said ("the council said", "according to")?"""
    words = {w.casefold() for w in re.findall(r"[A-Za-z]+", sentence)}
    return bool(words & SPEECH_VERBS) or "according to" in sentence.casefold()


def _story_after_furniture(paragraph: str) -> tuple[str, str]:
    """A furniture paragraph parted into the furniture and the story told after it in the
    same paragraph ("If you have been affected by the issues in this article, support is
    available. Residents said the water rose within minutes."): the sentences at its end
    that report (a speech verb or "according to": "Police said three people were
    rescued"), neither addressing the reader nor furniture themselves, are the story's,
    and stay; a page's own note goes on in sentences that report nothing ("The Courier
    retains full editorial control."). The first sentence is always the furniture the
    pattern found."""
    sentences = [s.text for s in split_sentences(paragraph.strip())]
    story = len(sentences)
    while story > 1:
        sentence = sentences[story - 1]
        if (
            _ADDRESSES_THE_READER.search(sentence)
            or not _reports(sentence)
            or _is_share_line(sentence)
            or len(sentence.split()) < _STORY_SENTENCE_MIN_WORDS
        ):
            break
        story -= 1
    return " ".join(sentences[:story]), " ".join(sentences[story:])


def _drop_furniture(
    paragraphs: list[tuple[int, str]], removed: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Bylines, timestamps, share prompts and wire tags out; every other paragraph kept.
    Paragraphs travel with their position in the page, so what is removed can be shown
    where it stood.

    A byline split over several lines (`By . Jane Roe . and John Doe .`) is followed
    through its name-shaped continuation lines, and only those."""
    kept: list[tuple[int, str]] = []
    in_byline = after_byline = False
    unsigned = _unsigned_bylines(paragraphs)
    # A byline may already have gone as a credit ("By Jo Roe" reads as one).
    bylines = {position for position, text in removed if _byline_names(text) is not None}
    for position, paragraph in paragraphs:
        after_byline = after_byline or position - 1 in bylines
        if (
            position in unsigned
            or (in_byline and _name_shaped(paragraph) and not paragraph.rstrip().endswith("."))
            or (after_byline and _is_masthead(paragraph))
        ):
            removed.append((position, paragraph))
            continue
        names = _byline_names(paragraph)
        after_byline = names is not None
        # A bare "By" (or a byline ending in a comma) is continued by the next lines.
        in_byline = names == "" or (names is not None and paragraph.rstrip().endswith(","))
        if names is None and _is_share_line(paragraph):
            furniture, story = _story_after_furniture(paragraph)
            removed.append((position, furniture))
            if story:
                kept.append((position, story))
            continue
        if (
            names is not None
            or _is_timestamp(paragraph)
            or _is_post_line(paragraph)
            or _is_meta_line(paragraph)
            or _is_fact_box(paragraph)
        ):
            removed.append((position, paragraph))
            continue
        tag = _WIRE_TAG.match(paragraph)
        if tag and (tag.group("place") is None or tag.group("dash")):
            removed.append((position, paragraph[tag.start("tag") - 1 : tag.end("tag") + 1]))
            place = tag.group("place")
            lead = f"{place}{tag.group('dash')} " if place else ""
            paragraph = lead + paragraph[tag.end() :]
        kept.append((position, paragraph))
    labels = _header_labels(kept, removed)
    removed.extend(p for p in kept if p[0] in labels)
    return [p for p in kept if p[0] not in labels]


def _header_labels(kept: list[tuple[int, str]], removed: list[tuple[int, str]]) -> set[int]:
    """Round 28: above the story, a section's label or the outlet's name on a line of
    its own ("Health", "Premiership Rugby", "Pennine Today") over the page's byline,
    timestamp or share buttons. Only lines of one to three capitalised words, only above
    furniture already found, and the headline is never one (a first line only when it is
    a single word over a longer line: "Racing" over the headline)."""
    header = list(itertools.takewhile(lambda p: not _SENTENCE_END.search(p[1]), kept))
    if len(header) < 2:
        return set()
    body_start = kept[len(header)][0] if len(header) < len(kept) else None
    furniture = [position for position, _ in removed if body_start is None or position < body_start]
    if not furniture:
        return set()
    last = max(furniture)
    labels = {
        position
        for position, paragraph in header[1:]
        if position < last and _is_label_line(paragraph)
    }
    first_position, first = header[0]
    if (
        first_position < last
        and len(first.split()) == 1
        and _is_label_line(first)
        and not _is_label_line(header[1][1])
    ):
        labels.add(first_position)
    return labels


def _is_label_line(paragraph: str) -> bool:
    return (
        len(paragraph) <= 30
        and paragraph[:1].isupper()
        and bool(_SECTION_LABEL.match(paragraph))
        and _name_shaped(paragraph, max_words=3)
    )


# A reporter's note at the foot of the page: "Jo Roe is the Post's crime reporter.",
# "Ann Lee is a freelance journalist based in Leeds.", "Tom Fry covers courts for the
# Herald and can be reached at ...".
_AUTHOR_NOTE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:is (?:(?:a|an|the|our) )?"
    r"(?P<post>[^.!?\"“”]{1,100})|(?:covers|writes about|reports on) [^.!?\"“”]{1,120})\.?$"
)
_AUTHOR_NOTES_CHECKED = 3
# Round 28: how to reach the reporter, after the note ("Follow her on X @jroe", "Reach
# him at jroe@courier.com", "You can follow her on Twitter at @jroe", "She can be reached
# at ...", or the bare address). A note that gives one is the page's, wherever it stands.
_AUTHOR_CONTACT = re.compile(
    r"(?<=[.!?])\s+(?:(?:You can |(?:He|She|They) can be )?(?:Follow|Reach|Reached|Email|E-mail|"
    r"Emailed|Contact|Contacted|Write to|Tweet)\b"
    r"[^!?]{0,80}?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"\s*\.?$",
    re.IGNORECASE,
)


# A news agency's desk initials on the copy's last line, one group per editor who
# handled it ("PTI ABC DEF GH", "ANI RK SKS"): capitals only, no words, no stop.
_DESK_INITIALS = re.compile(r"^(?:[A-Z]{2,4}[ \t]+){2,7}[A-Z]{2,4}$")


def _is_author_note(paragraph: str, story: list[tuple[int, str]]) -> bool:
    """The last paragraph telling who wrote the page, about someone the story never
    names: "Jo Roe is the Post's crime reporter." (a profile's last line about the
    person it is about names them before, and stays)."""
    if len(paragraph) > _FURNITURE_MAX_CHARS:
        return False
    note = _AUTHOR_NOTE.match(_AUTHOR_CONTACT.sub("", paragraph))
    if note is None:
        return False
    words = [word.casefold() for word in _WORDS.findall(note.group("post") or "")]
    if AUTHOR_NOTE_BREAKERS.intersection(words) or (
        words and not _BYLINE_ROLES.intersection(words)
    ):
        return False
    surname = note.group("name").split()[-1]
    return not any(surname in text for _, text in story)


def _is_masthead(paragraph: str) -> bool:
    """A newspaper's name on its own line ("The Cedar Falls Courier", "Mid Wales
    Herald"): read as furniture only right under a byline, where the paper names itself."""
    words = paragraph.split()
    return (
        2 <= len(words) <= 6
        and not _SENTENCE_END.search(paragraph)
        and words[-1] in OUTLET_NAME_HEADS
        and _name_shaped(paragraph, max_words=6)
    )


def _unsigned_bylines(paragraphs: list[tuple[int, str]]) -> set[int]:
    """Above the story, a reporter's or outlet's name on its own line without "By",
    told by what comes next: a post ("Malachy Roe" over "Health Correspondent") or a
    timestamp ("Jo Roe in Gdansk" over "Tue 6 Oct 2026 09.15 BST"). A name line in the
    story, or one with nothing of that kind under it, is kept."""
    found: set[int] = set()
    # The page's first line is its headline, which may be in title case ("Governor
    # Signs Meals Bill") and stand over a timestamp: never a byline.
    for (position, paragraph), (next_position, following) in itertools.pairwise(paragraphs[1:]):
        if _SENTENCE_END.search(paragraph):
            break
        name = _BYLINE_PLACE.sub("", paragraph)
        if (
            len(paragraph) <= 60
            and _name_shaped(name, max_words=5)
            and (
                _is_post_line(following)
                or _is_timestamp(following)
                or bool(_DATELINE_STAMP.match(following))
                or bool(_ADDRESS.match(following))
                or (
                    bool(_SENTENCE_END.search(following))
                    and _people_named(paragraph)
                    and not _named_again(paragraph, paragraphs)
                )
            )
        ):
            found.add(position)
        if _ADDRESS.match(following) and position in found:
            found.add(next_position)  # the reporter's handle under the name
    return found


# Where a line of several names parts them: "Jane Roe, Tom Fry and Ann Lee".
_NAME_LIST = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _named_again(names: str, paragraphs: list[tuple[int, str]]) -> bool:
    """Whether a surname of the name line comes back in the page's other paragraphs
    (then the line names the story's subject, not its reporter)."""
    surnames = {name.split()[-1] for name in _NAME_LIST.split(names) if name}
    return any(surname in text for _, text in paragraphs if text != names for surname in surnames)


def _people_named(paragraph: str) -> bool:
    """Only the names of people, each opening with a known given name: "Jane Roe",
    "Jane Roe and Tom Fry", "JANE ROE" (a reporter's name over the story's first
    sentence, where a place or a body's name would be a label of its own)."""
    names = _NAME_LIST.split(paragraph.strip())
    return all(
        2 <= len(words := name.split()) <= 3
        and words[0].casefold() in GIVEN_NAMES
        and all(_name_word(word) for word in words)
        for name in names
    )


def _headline_shaped(paragraph: str) -> bool:
    """A link's title: short, and not a sentence (no sentence-ending punctuation)."""
    return len(paragraph) <= _FURNITURE_MAX_CHARS and not _SENTENCE_END.search(paragraph)


def _drop_link_boxes(
    paragraphs: list[tuple[int, str]], removed: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Comment forms (the heading and all after it), boxes of links to other stories
    (the heading and the link titles after it) and single link lines out. A paragraph
    is furniture only when all of it has that shape, so story text that merely starts
    with the same words ("You may also like to know ...") is kept, and so is the story
    after a box placed mid-article. Paragraphs are (position, text) pairs."""
    kept: list[tuple[int, str]] = []
    in_box = False
    for cut, (position, paragraph) in enumerate(paragraphs):
        if _COMMENTS_HEADING.match(paragraph):
            removed.extend(paragraphs[cut:])
            break
        if _LINKS_HEADING.match(paragraph):
            in_box = True
            removed.append((position, paragraph))
            continue
        if in_box and _headline_shaped(paragraph):
            removed.append((position, paragraph))
            continue
        in_box = False
        if _LINK_LINE.match(paragraph) and _headline_shaped(paragraph):
            removed.append((position, paragraph))
            continue
        kept.append((position, paragraph))
    return kept


def _split_lone_periods(paragraph: str) -> list[str]:
    """ "By . Jane Roe . The council met ." -> ["By", "Jane Roe", "The council met."].

    A piece that reads like a sentence gets its period back; a spaced ellipsis
    (". . .") is text, not three separators."""
    if " ." not in paragraph and not paragraph.startswith("."):
        return [paragraph]
    # A lone dot between two words of one sentence is a line-wrap mark of the page it
    # was copied from ("a woman who . claims"): the words are rejoined, not cut.
    paragraph = _WRAP_DOT.sub(" ", paragraph)
    paragraph = _WRAP_DOT_BEFORE_CAPITAL.sub(_rejoined_before_capital, paragraph)
    # Round 23: after a lower-case preposition, also before a name a dot ends ("found at
    # her home in . Leeds . Police said"): "in Leeds", then the sentence's end.
    paragraph = _WRAP_DOT_AFTER_PREPOSITION.sub(_rejoined_before_capital, paragraph)
    if " ." not in paragraph and not paragraph.startswith("."):
        return [paragraph]
    cuts: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    # The lone dots of an ellipsis closed by a quote mark are part of the quote.
    ellipsis_dots = {
        at for m in _CLOSED_ELLIPSIS.finditer(paragraph) for at in range(m.start(), m.end())
    }
    lone = [m for m in _LONE_PERIOD.finditer(paragraph) if m.end() - 1 not in ellipsis_dots]
    for match in [*lone, None]:
        if match is not None and run and match.start() == run[-1].end():
            run.append(match)
            continue
        if run and len(run) != 3:
            cuts.append((run[0].start(), run[-1].end()))
        run = [match] if match is not None else []
    if not cuts:
        return [paragraph]
    pieces, start = [], 0
    for cut_start, cut_end in cuts:
        pieces.append(paragraph[start:cut_start])
        start = cut_end
    pieces.append(paragraph[start:])
    return [_with_period(p.strip()) for p in pieces if p.strip()]


def _rejoined_before_capital(match: re.Match[str]) -> str:
    word = match.group("word")
    if word.casefold() in _DANGLING_WORDS:
        return word + " "
    # Round 23: a title before the name it opens ("Prof . Aisha Bello"), not a title
    # word that ends a sentence before another ("praise the Lord . The choir sang").
    if word in _WRAP_TITLES and not _opens_sentence(match.string, match.end()):
        return word + " "
    # Round 23: "moved to . Brisbane", "a statement from . Acme", "met with . Prime
    # Minister": a preposition a sentence may end on ("where it came from . Police are
    # ...") wraps a line unless the sentence stranded it (a wh-word before it) or what
    # follows the dot reads as a new sentence's opening.
    if (
        word in _OPEN_PREPOSITIONS
        and not _opens_sentence(match.string, match.end())
        and not _strands_preposition(match.string, match.start())
    ):
        return word + " "
    return match.group()


def _opens_sentence(text: str, at: int) -> bool:
    """The capitalized words at `at` open a sentence: a pronoun or determiner ("It",
    "The"), or one capitalized word with a finite verb after it ("Analysts were",
    "Critics say", "Police said", "Officials declined")."""
    words = _NEXT_WORDS.match(text, at)
    if words is None:
        return False
    first, second = words.group(1), words.group(2) or ""
    if (
        first in SENTENCE_OPENING_WORDS
        or first in WRAP_SENTENCE_OPENERS
        or first.casefold() in CLAUSE_WORDS
    ):
        return True
    if not second[:1].islower():
        return False
    return second in SENTENCE_OPENING_VERBS or (second.endswith("ed") and len(second) > 4)


def _strands_preposition(text: str, at: int) -> bool:
    """A wh-word earlier in the sentence ending at `at` ("where the money came from",
    "what we are here for"): the preposition may end it."""
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    return any(w.casefold() in STRANDING_WH_WORDS for w in _WORDS.findall(text[start + 1 : at]))


_DANGLING_WORDS = frozenset(w.casefold() for w in LINE_WRAP_DANGLING_WORDS)
_OPEN_PREPOSITIONS = frozenset(LINE_WRAP_OPEN_PREPOSITIONS)
_WRAP_TITLES = frozenset(t.rstrip(".") for t in LINE_WRAP_TITLES if t[:1].isupper())
# The word after a wrap dot and the one after it ("Analysts were", "Prime Minister").
_NEXT_WORDS = re.compile(r"\s*([\w'’-]+)(?:[,;]?\s+([\w'’-]+))?")


def _with_period(piece: str) -> str:
    lower_words = sum(
        1 for w in piece.split() if w[:1].islower() and w.casefold() not in _NAME_LINKS
    )
    if lower_words >= 2 and not _ENDS_SENTENCE.search(piece):
        return piece + "."
    return piece


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
    controls = sum(1 for _ in _BINARY_CONTROLS.finditer(text))
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
    if text.isascii():
        return text.translate(_NORMALIZE)
    for character, replacement in _NORMALIZE_EACH:
        if character in text:
            text = text.replace(character, replacement)
    return text


def _paragraphs(text: str) -> list[str]:
    return [
        piece
        for line in text.split("\n")
        if line.strip()
        for piece in _split_lone_periods(" ".join(line.split()))
    ]


def _is_caption(paragraph: str) -> bool:
    return bool(
        _BRACKET_CREDIT.search(paragraph)
        or (len(paragraph) <= _CAPTION_MAX_CHARS and _CAPTION_CREDIT.search(paragraph))
        or _SLASH_CREDIT.search(paragraph)
        or _LABELLED_CAPTION.match(paragraph)
        or (len(paragraph) <= 2 * _CAPTION_MAX_CHARS and _TRAILING_CREDIT.search(paragraph))
        or _is_credit(paragraph)
    )


def _is_pointing_caption(paragraph: str) -> bool:
    """A line in the story's body that points at a picture, or tells one in a caption's
    present tense, and ends without a sentence's stop."""
    if _TRAILING_PICTURE_POINTER.search(paragraph):
        # "Fans queue for tickets (stock image)": the pointer itself ends the line.
        paragraph = _TRAILING_PICTURE_POINTER.sub("", paragraph)
        return bool(paragraph) and _is_unfinished_caption(paragraph)
    return _is_unfinished_caption(paragraph) and bool(
        _PICTURE_POINTER.search(paragraph)
        or _COMMA_PICTURE_POINTER.search(paragraph)
        or _PRESENT_CAPTION.match(paragraph)
        or _VERBLESS_CAPTION.match(paragraph)
        or _NAMED_CAPTION.match(paragraph)
    )


# Any pointer to a picture: "(pictured)", "(pictured outside court)", "(left)", and a
# picture desk's label for an illustration that shows no one in the story ("(stock
# image)", "(file photo)").
_ANY_PICTURE_POINTER = re.compile(
    r"\((?:pictured|picture|photo|left|right|centre|center|above|below|inset|top|bottom|"
    r"(?:stock|file|library|archive) (?:image|photo|photograph|picture))\b[^)]*\)",
    re.IGNORECASE,
)
_TRAILING_PICTURE_POINTER = re.compile(
    r"\s*" + _ANY_PICTURE_POINTER.pattern + r"\s*$", re.IGNORECASE
)


def picture_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of `text` that point at a picture and end without a
    sentence's stop ("Jo Roe (pictured) has scored six goals in 27 games"): a caption,
    or a tabloid's summary bullet that the story tells again. Cleaning keeps the ones
    that go on with a verb; what they say is not the story's own telling."""
    spans: list[tuple[int, int]] = []
    for pointer in _ANY_PICTURE_POINTER.finditer(text):
        start = text.rfind("\n", 0, pointer.start()) + 1
        end = text.find("\n", pointer.end())
        end = len(text) if end == -1 else end
        if (not spans or spans[-1][1] < start) and _is_unfinished_caption(text[start:end]):
            spans.append((start, end))
    return spans


def _is_unfinished_caption(paragraph: str) -> bool:
    """A caption is short and ends without a sentence's stop ("Ms Roe (pictured) outside
    court on Friday"); a story sentence that points at a picture ends like one."""
    if len(paragraph) > _CAPTION_MAX_CHARS or _SENTENCE_INSIDE.search(paragraph):
        return False
    return not _ENDS_SENTENCE.search(paragraph.rstrip(_QUOTE_MARKS))


# Round 23: a press release's boilerplate. "About Acme Foods" as a whole line, and the
# contact block's heading ("Media contact:", "Press enquiries").
_ABOUT_HEADING = re.compile(
    r"^About (?:the )?(?P<name>[A-Z][\w&.'’-]*"
    r"(?:,? (?:[A-Z0-9][\w&.'’-]*|of|and|&|for|de|the)){0,7})\s*:?$"
)
_CONTACT_HEADING = re.compile(
    r"^(?:(?:Media|Press|Investor|News)(?: relations)? (?:contacts?|enquiries|inquiries)|"
    r"For (?:further|more) information(?: please contact)?|Contacts?)\s*:?$",
    re.IGNORECASE,
)
_CONTACT_LINE_MAX_CHARS = 100


def _drop_release_boilerplate(
    paragraphs: list[tuple[int, str]], removed: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """A press release's tail: from an "About <Firm>" heading whose next paragraph opens
    with the firm's name, when the firm was named in the story above and no quote follows
    ("About Orrin Biotech" / "Orrin Biotech is a contract research firm ..."), to the end;
    and a contact block at the end ("Media contact:" and short lines with no sentence
    in them). A crosshead of a story ("About Tarrow", then the story goes on with
    quotes) stays."""
    for at in range(1, len(paragraphs) - 1):
        heading = _ABOUT_HEADING.match(paragraphs[at][1])
        if heading is not None and _opens_release_tail(paragraphs, at, heading.group("name")):
            removed.extend(paragraphs[at:])
            return paragraphs[:at]
    for at in range(1, len(paragraphs) - 1):
        if _CONTACT_HEADING.match(paragraphs[at][1]) and all(
            len(text) <= _CONTACT_LINE_MAX_CHARS
            and not _SENTENCE_INSIDE.search(text)
            and ("@" in text or not _SENTENCE_END.search(text))
            for _, text in paragraphs[at + 1 :]
        ):
            removed.extend(paragraphs[at:])
            return paragraphs[:at]
    return paragraphs


def _opens_release_tail(paragraphs: list[tuple[int, str]], at: int, name: str) -> bool:
    head = name.split()[0].rstrip(",")
    description = paragraphs[at + 1][1]
    opens = description.startswith(head) or description.startswith("The " + head)
    story = " ".join(text for _, text in paragraphs[:at])
    # The story goes on when a quote or a report follows ("..., the regulator said").
    quoted = any(
        text[:1] in _QUOTE_OPENERS
        or any(mark in text for mark in _DOUBLE_QUOTE_CHARS)
        or _REPORTED.search(text)
        for _, text in paragraphs[at + 1 :]
    )
    return opens and head in story and not quoted


_DOUBLE_QUOTE_CHARS = "".join(DOUBLE_QUOTE_MARKS)
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")


def _looks_like_headline(paragraph: str, followed_by: str | None = None) -> bool:
    """Is the page's first paragraph its headline? `followed_by` is the paragraph under
    it, when there is one."""
    if _HEADLINE_END.search(paragraph):
        return False
    if len(paragraph) <= 160:
        return True
    # Round 23: a press release's long headline ("Acme and Orrin Sign Agreement to Build
    # ..., Creating 220 Jobs and ...") is written in title case: most of its words
    # capitalized, no sentence inside.
    if len(paragraph) > _LONG_HEADLINE_MAX_CHARS or _SENTENCE_INSIDE.search(paragraph):
        return False
    # Round 39: a tabloid's long headline turns on a spaced dash into a second clause
    # ("Grandfather, 74, ... dies in hospital - as his family demand answers"), or stands
    # over bullet lines that do not end as sentences either; a lede that lost its full
    # stop is followed by the story's sentences.
    return (
        _in_title_case(paragraph)
        or bool(_CLAUSE_AFTER_A_DASH.search(paragraph))
        or (followed_by is not None and not _HEADLINE_END.search(followed_by))
    )


def _in_title_case(paragraph: str) -> bool:
    """Most of its words capitalized ("Striking Nurses Return to Wards")."""
    words = [w for w in paragraph.split() if w[:1].isalpha()]
    capitalized = sum(1 for w in words if w[:1].isupper())
    return capitalized >= _TITLE_CASE_SHARE * len(words)


_LONG_HEADLINE_MAX_CHARS = 300
_CLAUSE_AFTER_A_DASH = re.compile(r"\s[-–—]{1,2}\s+[a-z]")
_TITLE_CASE_SHARE = 0.7
# The most words a headline in sentence case runs to; a standfirst runs longer.
_HEADLINE_MAX_WORDS = 14


def _reads_as_standfirst(paragraph: str) -> bool:
    """Under a title the caller gave, is the text's first line the standfirst that opens
    the story ("Wind-driven fire jumps Highway 5A; at least nine homes lost, officials
    say") rather than the page's own headline under a CMS title? A clause break (a
    comma, a semicolon) or more words than a headline takes, in sentence case. Dropping
    a standfirst loses the story's own words, so the doubt keeps it (round 38: with the
    headline given as the title, the standfirst went, where the same page with its
    headline in the text kept it)."""
    if any(w[:1].isalpha() for w in paragraph.split()) and _in_title_case(paragraph):
        return False  # "Striking Nurses Return to Wards as Talks Resume": a headline
    return ";" in paragraph or "," in paragraph or len(paragraph.split()) > _HEADLINE_MAX_WORDS


def _headline_key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _without_title(first: str, title: str) -> list[str]:
    """The first paragraph with a given title taken off its head: the whole paragraph
    when it is the title, near enough (case, spacing, punctuation, a typo), or the
    title's words when the paragraph starts with them and the story follows."""
    wanted = _headline_key(title)
    if not wanted:
        return [first]
    if fuzz.ratio(_headline_key(first), wanted) >= _TITLE_SIMILARITY:
        return []
    words = list(_WORDS.finditer(first))
    count = len(wanted.split())
    for size in (count, count - 1, count + 1):
        if not 0 < size < len(words):
            continue
        head = _headline_key(first[: words[size - 1].end()])
        rest = first[words[size - 1].end() :].lstrip(" :.!?”’")
        story_starts = rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in _QUOTE_OPENERS
        if story_starts and fuzz.ratio(head, wanted) >= _TITLE_SIMILARITY:
            return [rest]
    return [first]


def _removed_offsets(kept: list[tuple[int, str]], removed: list[tuple[int, str]]) -> list[int]:
    """Where each removed piece stood in the cleaned text: the offset of the first kept
    paragraph at or after it in the page (the end of the text when none is)."""
    starts: list[tuple[int, int]] = []
    offset = 0
    for position, paragraph in kept:
        starts.append((position, offset))
        offset += len(paragraph) + 2
    total = max(offset - 2, 0)
    found: list[int] = []
    for position, _ in removed:
        at = bisect.bisect_left(starts, (position, -1))
        found.append(starts[at][1] if at < len(starts) else total)
    return found


def clean_article(article: ArticleInput, max_bytes: int | None = None) -> CleanArticle:
    """Normalize and strip boilerplate. Raises EmptyArticle / ArticleTooLarge / NotText."""
    for value in (article.text, article.title or "", article.source or ""):
        require_unicode_text(value)
    if max_bytes is not None and len(article.text.encode("utf-8")) > max_bytes:
        raise ArticleTooLarge(len(article.text.encode("utf-8")), max_bytes)
    paragraphs = list(enumerate(_paragraphs(normalize_text(article.text))))
    removed: list[tuple[int, str]] = []

    paragraphs = _drop_link_boxes(paragraphs, removed)

    kept: list[tuple[int, str]] = []
    after_caption_label = in_body = False
    for position, paragraph in paragraphs:
        labelled = after_caption_label and _is_unfinished_caption(paragraph)
        after_caption_label = bool(_CAPTION_LABEL.match(paragraph))
        # Above the story, a tabloid's bullet lines summarize it without full stops
        # ("Jo Roe (pictured) quit after 71 shows"): only in the body is a line that
        # points at a picture without ending a sentence a caption.
        pointed = in_body and _is_pointing_caption(paragraph)
        if (
            after_caption_label
            or labelled
            or pointed
            or _is_caption(paragraph)
            or any(form.search(paragraph) for form in _FORM_LINES)
        ):
            removed.append((position, paragraph))
        else:
            kept.append((position, paragraph))
            in_body = in_body or bool(_SENTENCE_END.search(paragraph))
    kept = _drop_furniture(kept, removed)
    kept = _drop_release_boilerplate(kept, removed)
    if len(kept) > 2 and _is_author_note(kept[-1][1], kept[:-1]):
        removed.append(kept.pop())
    if len(kept) > 2 and _DESK_INITIALS.match(kept[-1][1]):
        removed.append(kept.pop())
    # A note that says how to reach its reporter is furniture wherever it stands. A page
    # has one or two; only the first few short lines ending in an address are checked,
    # since each check reads the whole story for the reporter's surname.
    contacts = [
        (position, paragraph)
        for position, paragraph in kept[1:]
        if len(paragraph) <= _FURNITURE_MAX_CHARS and _AUTHOR_CONTACT.search(paragraph)
    ]
    noted = {
        position
        for position, paragraph in contacts[:_AUTHOR_NOTES_CHECKED]
        if _is_author_note(paragraph, [p for p in kept if p[0] != position])
    }
    if noted and len(kept) > len(noted) + 1:
        removed.extend(p for p in kept if p[0] in noted)
        kept = [p for p in kept if p[0] not in noted]

    title = " ".join(article.title.split()) if article.title and article.title.strip() else None
    if title is None and len(kept) > 1 and _looks_like_headline(kept[0][1], kept[1][1]):
        title = kept.pop(0)[1]
    elif title is not None and kept:
        position, first = kept[0]
        kept[:1] = [(position, rest) for rest in _without_title(first, title)]
        unchanged = len(kept) > 1 and kept[0] == (position, first)
        headline = unchanged and _looks_like_headline(first, kept[1][1])
        if headline and not _reads_as_standfirst(first):
            # The article's own headline under another (CMS or SEO) title: still the
            # headline, never the story's first sentence.
            removed.append(kept.pop(0))
    if title is not None and len(kept) > 1 and kept[-1][1].casefold() == title.casefold():
        removed.append(kept.pop())

    if not kept:
        raise EmptyArticle(
            "the article has no text"
            if not article.text.strip()
            else "the article has no text left once boilerplate is removed"
        )
    return CleanArticle(
        text="\n\n".join(paragraph for _, paragraph in kept),
        title=title,
        source=article.source,
        url=article.url,
        removed=[piece for _, piece in removed],
        removed_at=_removed_offsets(kept, removed),
    )
