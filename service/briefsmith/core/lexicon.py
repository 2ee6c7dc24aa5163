"""The one home of every word list and character set the core reads: titles, name
connectors, quote marks, abbreviations, speech verbs, organization head words, and the
one accent folding. Data, not logic: extend them here, and every reader (extraction,
names, grounding, segments, the engines) sees the change. `tests/test_lexicon_home.py`
fails when another module defines its own copy.

They describe English news prose in general, not any particular article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


def fold(text: str) -> str:
    """Case, accents and apostrophes folded, the one way: "Zelenskyy" -> "zelenskyy",
    "Müller" -> "muller", "O’Neill" -> "o'neill" (round 38: one outlet's typography is
    not another person), "Łukasz" keeps its letter (no decomposition exists)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_APOSTROPHE)


# Curly apostrophes read as the straight one (`fold`).
_APOSTROPHE = str.maketrans({"’": "'", "‘": "'"})


# Forms of address that say nothing of what a person does ("Mr Lee", "Ms Lee"), unlike
# "Dr", which says they are a doctor of something.
ADDRESS_HONORIFICS = (
    _words("Mr Mr. Mrs Mrs. Ms Ms. Miss Mx")
    # round 15: Singapore and Malaysian English ("Madam Lim Bee Hoon")
    | _words("Madam Mdm Mdm.")
    # round 29: Indian English ("District Collector Smt. Lakshmi Priya", "Shri Anil
    # Kapoor") and Nigerian English ("Kano State governor Alhaji Musa Bello")
    | _words("Shri Shri. Smt Smt. Shrimati Alhaji Alhaja")
)
# Honorifics of address that tell a woman's marital state: "Mrs Obi" and "Miss Obi" in
# one story are two women (a mother and her daughter), "Ms" tells neither apart.
MARITAL_HONORIFICS = {"mrs": "married", "miss": "unmarried"}
# Social honorifics: a name that is only one of these names no one ("Mr").
HONORIFICS = ADDRESS_HONORIFICS | _words("Dr Dr.")
# Titles of courtesy, rank and address that say nothing of what a person does in a story
# ("Sir Ann Lee", "Cllr Lee", "Professor Lee", "Miss Lee told the court"): part of how a
# name is written, stripped to find the person they name.
COURTESY_TITLES = _words("""
Miss Sir Dame Lord Lady Baroness Baron Professor Prof Prof. Cllr Cllr. Councillor Councilor
Coun Coun. Ald Ald.
Rev Rev. Revd Revd. Reverend Venerable Ven Ven. Very Rt Rt. Right Most Rabbi Imam Pastor
Father Fr Fr.
Hon Hon. Honourable Honorable
Cllrs Cllrs. Crs Crs. Profs Profs. Drs Drs.
""")  # (round 20: "Hon. Grace Mutua", "The Honourable member for ...", styles of address)
# (round 29b: a title's plural before two names, "Cllrs Aoife Lenihan and Martin
# Fennelly", "Drs Priya Nair and Tom Walsh": the title of each; PLURAL_TITLES)
# Titles of a knight or a dame, written before the given name ("Sir Roderick", "Dame
# Judi"): one word after them is a given name, not a surname.
KNIGHTHOOD_TITLES = _words("Sir Dame")
# Malaysian honorific styles written before a name ("Tan Sri Lim Kok Wah",
# "Datuk Seri Azman Ibrahim", "Transport Minister Datuk Seri Wee Ka Hock"): conferred
# styles like "Sir", no part of the name and no role; a style of one word only read
# before a name of two or more words ("Tan Wei Ling" is a name). Round 16.
HONORIFIC_STYLES: tuple[tuple[str, ...], ...] = tuple(
    tuple(style.split())
    for style in (
        "Tan Sri",
        "Puan Sri",
        "Toh Puan",
        "Datuk Seri",
        "Dato Seri",
        "Dato Sri",
        "Datin Seri",
        "Datin Paduka",
        "Datuk",
        "Dato",
        "Datin",
        "Tun",
    )
)
# Family names written first in Chinese, Malaysian Chinese, Singaporean and Vietnamese
# names of three words ("Seah Kian Peng", "Tay Mei Ying", "Nguyen Van An"): after an
# office's brief, the word where the holder's name starts when no given name is known
# ("Speaker of Parliament Seah Kian Peng"). Round 26.
FAMILY_FIRST_SURNAMES = _words("""
tan lim lee ng ong wong goh chua chan koh teo ang yeo tay ho low toh sim chong chia seah
foo yap lau leong lai loh choo quek heng chew phua soh pang tang liew khoo cheong chee
chin chow choi chu fong gan hew hong kang kok kwek lam leow lew liu loke lum mok neo
ooi poh seow siow sng tee teh tey thio tiong wee woo yong zhang wang chen zhou huang
nguyen tran pham hoang huynh phan bui dang ngo duong
""")
# What a person does for pleasure or follows ("a keen cyclist", "an avid reader", "a
# lifelong Rovers fan"): a description, but no post; an office or a calling the article
# gives the person comes first. Round 16.
PASTIME_ADJECTIVES = _words(
    "keen avid lifelong life-long passionate devoted diehard die-hard self-confessed"
)
# (round 17: "fanatic")
PASTIME_NOUNS = _words("fan enthusiast lover buff aficionado hobbyist fanatic")
# Words in lower case that open a clause or point at someone, never a modifier of a role
# noun set after a name ("Ann Lee, and officer Tom Bell,", "Ann Lee, his wife,"; not
# "Tom Kiely, parish priest of Ballymore,"). Round 16.
NOT_ROLE_MODIFIERS = _words("""
and or but nor who whom which whose that said says with as like his her their its our my
your then now not also
""")
# Titles before a name that only a person carries: a name the recognizer calls a body
# but writes after one ("the Rev Nkechi Obi-Harland") is a person's.
PERSON_ONLY_TITLES = frozenset(
    t.casefold().rstrip(".")
    for t in HONORIFICS
    | _words(
        "Sir Dame Professor Prof Cllr Councillor Rev Revd Reverend Venerable Ven Rabbi Imam Pastor"
    )
)
# Titles that say what office or rank a person holds, and that office spelled out as a
# role reads it ("Cllr Ann Lee" is a councillor, "Sen. Lee" a senator, "Det Sgt Lee" a
# detective sergeant; "Sir Ann Lee" holds none).
OFFICE_OF_TITLE = {
    "cllr": "councillor",
    "councillor": "councillor",
    "councilor": "councilor",
    # Canadian and US city councils ("Coun. Ann Lee", "Ald. Tom Bell").
    "coun": "councillor",
    "cr": "councillor",  # (round 23: Australian councils, "Cr Tom Pellow")
    "ald": "alderman",
    "professor": "professor",
    "prof": "professor",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "maj": "major",
    "capt": "captain",
    "adm": "admiral",
    "cpl": "corporal",
    "pvt": "private",
    "pte": "private",
    "gnr": "gunner",
    "tpr": "trooper",
    "spr": "sapper",
    "lcpl": "lance corporal",
    "cdre": "commodore",
    "cdr": "commander",
    "brig": "brigadier",
    "sqn": "squadron",
    "ldr": "leader",
    "flt": "flight",
    "wg": "wing",
    # Faith leaders' titles say the calling ("Imam Ann Lee" is an imam).
    "imam": "imam",
    "rabbi": "rabbi",
    "pastor": "pastor",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "ch": "chief",
    # British police ranks written before a name ("PC Ann Lee", "DCI Tom Bell").
    "con": "constable",
    "pc": "police constable",
    "ds": "detective sergeant",
    "di": "detective inspector",
    "dci": "detective chief inspector",
    "dsu": "detective superintendent",
    "pcso": "police community support officer",
    # Police ranks in Nigerian and Indian copy ("SP Grace Iringe-Koko", "DSP Ravi Nair",
    # "ACP Meena Rao"), a Canadian constable's ("Cst Lisa Tremblay"), an Irish garda's
    # ("Gda Tom Reilly"); round 27.
    "sp": "superintendent of police",
    "asp": "assistant superintendent of police",
    "dsp": "deputy superintendent of police",
    "acp": "assistant commissioner of police",
    "dcp": "deputy commissioner of police",
    "cst": "constable",
    "gda": "garda",
    # Titles written short in Nigerian, Filipino and Canadian copy ("Engr. Obinna Eze",
    # "Atty. Rosa Cruz", "Usec. Ana Reyes", "Const. Ann Roy"); round 30.
    "engr": "engineer",
    "atty": "attorney",
    "usec": "undersecretary",
    "asec": "assistant secretary",
    "const": "constable",
    "sec": "secretary",  # ("DILG Sec. Ana Cruz", a Filipino department's secretary)
    # A Catholic or Orthodox priest's title ("Father Declan Moyles", "Fr Tom Kiely"), round 16.
    "father": "priest",
    "fr": "priest",
}
# A title's plural written once before two or more names ("Cllrs Ann Lee and Tom Bell",
# "Sens. Ann Lee and Tom Bell", "Drs Ann Lee and Tom Bell"), with the title each name
# holds; the office it spells out (OFFICE_OF_TITLE) is each one's role. Round 29b.
PLURAL_TITLES = {
    "cllrs": "cllr",
    "crs": "cr",
    "profs": "prof",
    "drs": "dr",
    "sens": "sen",
}  # (not "Reps": "Sales Reps Ann Lee and ..." is a trade as often as a House's members)
OFFICE_OF_TITLE.update(
    {
        plural: OFFICE_OF_TITLE[one]
        for plural, one in PLURAL_TITLES.items()
        if one in OFFICE_OF_TITLE
    }
)
# Military ranks written before a name ("Col. Jane Doe").
RANKS = _words("""
Col Col. Colonel Gen Gen. General Lt Lt. Lieutenant Sgt Sgt. Sergeant Maj Maj. Major Capt
Capt. Captain Adm Adm. Admiral Cpl Cpl. Corporal Pvt Pvt. Pte Pte. Cdre Cdre. Rifleman
Guardsman Gnr Gnr. Tpr Tpr. Spr Spr. LCpl Cdr Cdr. Ldr Ldr. Brig Brig.
Flt Sqn Ldr Wg Cdr Gp Cdre
Vice-Admiral Rear-Admiral Vice-Marshal Lieutenant-Colonel Lieutenant-General Major-General
Lieutenant-Commander Brigadier-General Lance-Corporal Lance-Sergeant
Brig-Gen Lt-Gen Maj-Gen Lt-Col Lt-Cdr
""")  # (round 32: short ranks hyphened, "Brig-Gen Ann Eze" in Nigerian and South African copy)
# Ranks that are other words too: a rank only before a given name and a surname
# ("Private Jack Orme", "Commodore Ann Lee"), not in "Private Eye" or "the Commodore Hotel".
RANKS_BEFORE_FULL_NAMES = _words("Private Commodore SP ASP DSP ACP DCP")
# (round 27: police ranks in Nigerian and Indian copy, "SP Grace Iringe-Koko", "DSP Ravi
# Nair", letters that are a party's or a firm's too: "SP Setia said")
# The grades of police and armed-forces ranks: the last of them in a rank as written
# ("Detective Chief Inspector", "DCI", "Lieutenant-Colonel") is the grade it names. Two
# mentions of one surname with different grades ("Inspector Carla Reyes" and her brother
# "Sergeant Reyes") are two people; "Chief Inspector Kerr" and "Insp Kerr" one grade.
RANK_GRADES = frozenset(
    """
constable sergeant inspector superintendent private corporal lieutenant captain major
colonel brigadier general admiral commodore commander marshal
""".split()
)
# Words that only build a military rank with those above ("Vice Admiral", "Air Chief
# Marshal", "Brigadier General"): a title of these alone says no post.
RANK_PARTS = _words("""
Vice Rear Brigadier Brig Brig. Air Chief Marshal Field Commodore Lance Flight Wing Squadron
Leader Warrant Officer Staff Commander Able Leading Lance Garda Sqn Sqn. Flt Flt. Wg Wg.
Colour Color
Ch Ch.
""")
# Titles of the peerage and the royal family written with a territory ("the Duke of
# Ashcombe", "the Countess of Wessex", "the Princess of Wales"): the whole phrase is how
# the article names a person, and "the Duke and Duchess of X" names two.
PEERAGE_TITLES = _words("""
Duke Duchess Earl Countess Marquess Marchioness Marquis Viscount Viscountess Baron Baroness
Prince Princess
""")
# Words of a title that say its portfolio or service ("Foreign Minister", "State
# Senator", "Army Chief"): part of a title before a name, never a title on their own
# ("Lagos State", "the Army" are bodies).
PORTFOLIO_TITLE_WORDS = _words("Foreign Defense Defence Interior Finance State Army Navy")
# Honorifics, ranks and offices written before a name ("Col. Jane Doe", "Judge Ana Ruiz").
TITLES = (
    HONORIFICS
    | RANKS
    | _words("""
President Vice Prime Minister Deputy Secretary Chancellor Governor Gov Gov. Commander Chief
Spokesman Spokeswoman Senator Sen Sen. Rep Rep. Representative Mayor King Queen Prince
Princess Pope Ambassador Chairman Chairwoman Director Premier Marshal Judge Justice
General-Secretary Patriarch Sheikh Emir
Det Det. Detective Insp Insp. Inspector Supt Supt. Superintendent Whip Speaker Leader
Commissioner Treasurer Attorney Councilman Councilwoman Councilmember Alderman Alderwoman
Assemblyman Assemblywoman Assemblymember Congressman Congresswoman Selectman Selectwoman
Recorder Coroner Sheriff Constable PC DC DS DI DCI DSU PCSO Con Con. Seaman Airman Cardinal
Taoiseach Tánaiste Cathaoirleach Ceann Comhairle
Bishop Archbishop Archdeacon
MPP MHA MNA Supervisor Clerk
Reeve Tahsildar
Cr Cr.
Cst Cst. Gda Gda.
Sens.
Engr Engr. Atty Atty. Usec Usec. Asec Asec. Const Const. Sec Sec.
Undersecretary Under-Secretary
""")  # (round 18: church titles before a name; not "Canon", a firm's: "Canon Europe")
    # (round 21: Canadian provincial members, "MPP Laura Finch", "MHA", "MNA"; US local
    # offices, "County Supervisor Ann Lopez", "County Clerk", "Clerk-Treasurer")
    # (round 23: "Cr", an Australian councillor's title: "Cr Tom Pellow")
    # (round 34: "Ceann Comhairle", the Dáil's chair, both words read as the title
    # before a name as "Chief Constable" is)
    # (round 26: local offices one word long, "Reeve Ann Lee" in Canada, "Tahsildar Ravi
    # Nair" in India; "Sarpanch" the recognizer already leaves out of the name)
    # (round 27: police ranks, "Cst Lisa Tremblay" in Canadian, "Gda Tom Reilly" in Irish)
    # (round 30: titles written short before a name, "Engr. Obinna Eze" in Nigerian and
    # Filipino, "Atty. Rosa Cruz", "Usec. Ana Reyes" and "Asec." Filipino under- and
    # assistant secretaries, "Const. Ann Roy" a Canadian constable)
    # (round 32: the office "Usec." writes short, spelled out: "DepEd Undersecretary Ana
    # Reyes")
    | COURTESY_TITLES
    | PORTFOLIO_TITLE_WORDS
)
# The titles as they are compared: casefolded, without a full stop ("col", "cllr").
TITLE_WORDS = frozenset(t.casefold().rstrip(".") for t in TITLES)


def title_word(word: str) -> str:
    """A word as the titles are keyed when it is one ("Dr." -> "dr", "Sgt." -> "sgt": US
    copy writes the stop), else casefolded as it is ("No." stays "no.")."""
    folded = word.casefold()
    bare = folded.rstrip(".")
    return bare if bare != folded and bare in TITLE_WORDS else folded


# Lower-case role nouns that mark the name after them as a person ("volunteer Ann Lee").
ROLE_NOUNS = _words("""
spokesman spokeswoman spokesperson volunteer governor commander minister president chief
soldier lieutenant surgeon coordinator doctor medic nurse ally secretary major official
analyst resident leader mayor general colonel head director journalist correspondent
reporter officer wife husband mother father son daughter brother sister captain sergeant
adviser advisor expert professor researcher economist lawmaker senator deputy chairman chair
envoy ambassador diplomat prosecutor judge lawyer activist founder executive ceo owner
pilot fighter priest teacher student farmer driver worker engineer scientist historian
mp mep msp mla td whip speaker commissioner treasurer coach manager striker goalkeeper
midfielder defender forward player captain referee
athlete champion incumbent challenger candidate councillor councilor chancellor partner
investor banker trader accountant analyst auditor defendant plaintiff witness victim
attorney barrister solicitor detective inspector constable sheriff economist physician
chair chairwoman chairperson coroner recorder magistrate headteacher headmaster
headmistress principal paramedic firefighter midwife pharmacist dentist landlord
landlady publican shopkeeper caretaker pensioner grandmother grandfather widow widower
bishop archbishop archdeacon vicar rector curate chaplain
debutant substitute winger prop hooker flanker halfback fullback bowler seamer spinner batsman
wicketkeeper linebacker cornerback goaltender netminder taoiseach tanaiste tánaiste
cathaoirleach
trustee alderman selectman pitcher catcher shortstop quarterback goalie
host umpire premier sarpanch
counsel
five-eighth half-back dummy-half stand-off second-rower loose-forward
cfo coo cto cio cmo physio
md advocate collector
provost registrar bursar
ombudsman ombudswoman assistant convener convenor mec mca
""")  # (round 16: "counsel", as in "Senior Counsel Aoife Brennan", "counsel for the family")
# (round 22, helper d: rugby league's positions, "Rams five-eighth X"; helper f: the chief
# officers written short, "Ann Lee, CFO of Apex", "Apex CTO Ann Lee"; "physio", "Physio
# Lisa Garner"; round 23, helper f: "Marlow Cement MD X" (a managing director), "Public
# Advocate X", "District Collector Y"; round 26, helper f: a college's officers, "Ann
# Lee, registrar of the polytechnic,", "the provost", "the bursar"; not "dean", a given
# name too: "Her husband, Dean Lee"; round 30, helper f: "Ombudsman Ann Lee", "Assistant
# Tom Bell will take charge", a selection "convener", a South African province's "MEC", a
# Kenyan county assembly's member, "MCA")

# Verbs that attribute speech ("X said", "said X", "according to X").
SPEECH_VERBS = _words("""
said says say told tells added adds tweeted tweets wrote writes warned warns explained
explains noted notes stated states announced announces asked asks replied replies insisted
insists claimed claims declared declares labelled labeled called calls urged urges
estimated estimates recalled recalls posted posts argued argues acknowledged acknowledges
admitted admits confirmed confirms described describes predicted predicts promised
promises vowed vows stressed stresses emphasized emphasised
""")

PRONOUNS = frozenset({"he", "she", "they"})
# The pronouns of one other person: "team-mates said he would arrive early" tells of
# someone else, where "residents said they would fight the plans" is their own plan.
SINGLE_PERSON_PRONOUNS = _words("he she")

# Words that close an organization's name ("Wagner Group", "Ministry of Defense").
# (round 26: "Universiti", the Malay word opening a Malaysian university's name,
# "Universiti Sains Malaysia", so the name is no person's)
ORG_HEADS = _words("""
Group Ministry Institute Consulting Council Union Army Brigade Agency Office Committee
Commission Command Forces Force News Press Party Bank Corporation Company University Universiti
Department Administration Service Services Organization Organisation Alliance Coalition
Network Times Post Guard Parliament Senate Congress Court Fund Association Federation
Foundation Authority Regiment Battalion Division Corps Navy Institution Observer Agency
Inc Inc. Corp Corp. Ltd Ltd. LLC PLC plc Holdings Partners Capital Technologies Systems
Industries Motors Airlines Airways Pharmaceuticals Energy Labs Laboratories Trust Board
Tribunal Bureau Exchange Museum League Club FC Hospital School College Academy Church
Constabulary Prosecutors Reserve Society Center Centre Laboratory Research Analytics
Associates Advisors Advisers Media Studios Entertainment Pictures Foods Brands Stores
Logistics Water Events Lines Shipping Railway Railways Rail Online United Rovers Wanderers
Athletic Police Primary Consortium Rangers Albion Hotspur Hospice Bakery Bar Pub Inn Cafe
Restaurant Ambulance RFC AFC Diocese Archdiocese Synod Bloc Front Movement Forensics
Equity Securities Investments Ventures Insurance Cruises Hotels Resorts Holidays Mutual
Telecom Coastguard Customs Forum Networks Distribution Cement Consult Refinery Brewery
Breweries Distillery Dairies Farms
TV Television Radio
Assembly Conference Films
Regional
Ferries Ales Homes Metals Properties Developments Metro
Health Healthcare
Mining Minerals Engineering Chemicals
Aerospace Automotive Electronics Software Therapeutics Biotech Pharma Bancorp Textiles
Packaging Utilities Renewables Contractors
Grid
""")  # (round 37: "Grid" closes a network's name, "Northern Grid", which the recognizer
# may call a person or a place; no surname is "Grid".)
# (round 18: "the General Assembly voted", "the Methodist Conference", "Harbour Films")
# (round 27, lead: "Metro" closes a light-rail network's name, "Tyne and Wear Metro";
# the trades that close a firm's name, "Vantor Mining", "Brayford
# Engineering", which the recognizer may call a person; no such word is a surname.)
# (round 16, helper e: "TV Television Radio" close a broadcaster's name, "Lir TV",
# "Talk Radio", which the recognizer may call a person.)
# (round 20, helper e: "Regional" closes a carrier's name, "Kestrel Regional has ordered
# 12 turboprops", which the recognizer may call a person; no surname is "Regional".)
# (round 21, lead: trades whose plural closes a firm's name, "Westbay Ferries", "Kestrel
# Ales", "Greenfield Homes", which the recognizer may call a person or a place; no
# surname is one of them, and none names a minister's brief as "Mining" or "Resources" do.)
# The heads of a force's name: "Ukrainian Army" is a nationality's force more often than
# a name of its own.
MILITARY_HEADS = _words("""
Army Forces Force Navy Brigade Battalion Regiment Division Corps Command Guard Troops
""")
# Connectors allowed inside an organization's name ("Institute for the Study of War",
# "Hallam & Drury").
ORG_CONNECTORS = frozenset({"of", "for", "the", "on", "and", "&"})
# Prepositions that bring a second person in beside the subject of an act ("cut the
# ribbon alongside Dr Ann Lee", "toured the ward with Tom Bell"; round 35).
COMITATIVE_PREPOSITIONS = frozenset({"alongside", "beside", "with"})
# Lower-case particles of people's names ("Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = _words("de da del della di dos das du van von der den le la los las al bin ibn")
# Particles joined to the surname by a hyphen, in lower case ("Samir al-Rashid", "Nabil
# el-Khoury", "Hassan ash-Shami"): the Arabic article in its spellings, and "son of".
HYPHENED_NAME_PARTICLES = _words("al el ad ar as ash at az an bin ibn ben abu")
# Words inside a name that are not part of its initials when names are compared ("EU"
# for "European Union"): the organization connectors and the commonest particles.
NAME_CONNECTORS = ORG_CONNECTORS | frozenset({"de", "von"})
# Words that do not tell two written names apart wherever they stand ("Mr Okafor" is
# "Okafor"; "President Okafor" too): honorifics, ranks, and these, casefolded.
NAME_NOISE = frozenset(
    {w.casefold().rstrip(".") for w in HONORIFICS | RANKS} | {"president", "prof", "the"}
)

# Widely known organizations that news copy names by one word or an acronym, across
# beats (politics, business, sport, health). An organization the article itself names in
# full ("Apex Group") is found by ORG_HEADS, and its one-word short form ("Apex") is
# matched to it by rule (actors.py), so no article's own organizations belong here.
KNOWN_ORGANIZATIONS: dict[str, str] = {
    "NATO": "NATO",
    "EU": "European Union",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "OSCE": "OSCE",
    "IAEA": "IAEA",
    "ICC": "International Criminal Court",
    "IMF": "IMF",
    "Kremlin": "Kremlin",
    "Pentagon": "Pentagon",
    "Reuters": "Reuters",
    "AFP": "AFP",
    "Hamas": "Hamas",
    "Hezbollah": "Hezbollah",
    "Taliban": "Taliban",
    "Rosatom": "Rosatom",
    "Gazprom": "Gazprom",
    "WHO": "World Health Organization",
    "FBI": "FBI",
    "CIA": "CIA",
    "SEC": "Securities and Exchange Commission",
    "FIFA": "FIFA",
    "UEFA": "UEFA",
    "OPEC": "OPEC",
    "WTO": "World Trade Organization",
    "AP": "Associated Press",
    "BBC": "BBC",
    "Fed": "Federal Reserve",
    # Charities and agencies whose names the recognizer reads as a verb phrase, a person
    # or nothing ("Save the Children said", "Acas said").
    "Save the Children": "Save the Children",
    "Acas": "Acas",
    "Oxfam": "Oxfam",
    "Greenpeace": "Greenpeace",
    "UNICEF": "UNICEF",
    "Unicef": "UNICEF",
    "UNHCR": "UNHCR",
}

# Adjectives of nationality and region: capitalized, but never part of a person's name.
# General English data covering the world's larger countries and regions; compounds
# ("Kremlin-backed", "Pro-Western", "London-based") are recognised by rule in
# `is_demonym`, not listed.
DEMONYMS = _words("""
American Americans British Briton Britons English Scottish Welsh Irish Western European
Europeans Soviet German Germans French Polish Chinese Japanese Korean Koreans Indian
Indians Pakistani Pakistanis Afghan Afghans Iranian Iranians Iraqi Iraqis Syrian Syrians
Turkish Israeli Israelis Palestinian Palestinians Lebanese Saudi Egyptian Egyptians
Libyan Nigerian Nigerians Kenyan Kenyans Ethiopian South African African Africans
Mexican Mexicans Brazilian Brazilians Argentine Argentinian Colombian Venezuelan Chilean
Peruvian Cuban Canadian Canadians Australian Australians Italian Italians Spanish
Spaniard Portuguese Dutch Belgian Swiss Austrian Swedish Finnish Norwegian Danish
Icelandic Estonian Latvian Lithuanian Moldovan Georgian Armenian Azerbaijani Hungarian
Romanian Czech Slovak Bulgarian Serbian Croatian Bosnian Albanian Greek Cypriot
Ukrainian Ukrainians Russian Russians Belarusian Kazakh Uzbek Chechen Mongolian
Vietnamese Thai Filipino Indonesian Malaysian Singaporean Taiwanese Asian Asians Arab
Arabs Latino Latina Hispanic Nordic Baltic Balkan Caribbean Scandinavian Eastern
Northern Southern Central Allied Republican Republicans Democratic Democrat Democrats
Conservative Labour Liberal Muslim Christian Jewish Catholic Protestant Hindu Buddhist
Ghanaian Ugandan Tanzanian Rwandan Zambian Zimbabwean Malawian Mozambican Namibian
Senegalese Cameroonian Ivorian Sudanese Somali Algerian Moroccan Tunisian Jordanian
Emirati Qatari Kuwaiti Omani Yemeni Bangladeshi Lankan Nepalese Burmese Cambodian
Fijian Samoan Tongan Jamaican Trinidadian Barbadian Ecuadorian Bolivian Paraguayan
Uruguayan Slovenian Maltese Macedonian Montenegrin Kosovan Tajik Turkmen Kyrgyz Tibetan
Kurdish
""")
# People asked to comment from outside the story: their employer is an affiliation, not
# an actor ("Shore Capital analyst Ann Lee said").
COMMENTATOR_NOUNS = _words("""
analyst economist strategist commentator pundit consultant
""")
# Names of things that happen, not of those who act: storms ("Storm Edith", "Typhoon
# Bising", opening the name) and holidays and seasons ("Lunar New Year", ending it).
WEATHER_SYSTEM_WORDS = _words("Storm Hurricane Typhoon Cyclone Tropical Tornado Blizzard")
# ("Holidays" ends a tour firm's name, "Sunvale Holidays said", more often than an
# occasion's; the lead, round 26.)
OCCASION_WORDS = _words("Year Day Eve Week Weekend Holiday Festival")
# Last words of the name of a staged event ("the Kelburn Marathon", "the Royal Harrowgate
# Show", "the Davis Cup", "the Autumn Budget", the races "the Grand National" and "the
# 2,000 Guineas") or of a law or a pact ("the Online Safety Act", "the Good Friday
# Agreement", "the Fourth Amendment"): what happens or what binds, not who acts. Words no
# surname or body's name ends in ("Rockstar Games" and "Southern Baptist Convention" act,
# so those words are not here). Round 17 (helper e): parades, awards nights, carnivals,
# pageants and galas ("the Kelbrook Christmas Parade", "the National Soap Awards").
EVENT_NAME_HEADS = _words("""
Show Marathon Olympics Paralympics Championship Championships Cup Prix Summit Regatta
Tournament Expo Rally Derby Budget Statement National Stakes Handicap Guineas
Parade Awards Carnival Pageant Gala
Contest
""")  # (round 18: "the Eurovision Song Contest will be held in Basel")
LAW_NAME_HEADS = _words("""
Act Acts Bill Treaty Accord Accords Directive Amendment Charter Protocol Regulations
Agreement
""")
# Last words of a venue's or a building's name that no surname and no body's name ends
# in ("Wembley Stadium", "Haydock Racecourse", "Kelvin Tower", "the Severn Tunnel"): a
# place that hosts, is renamed, installs fences, closes or fails an inspection is the
# scene, unless it speaks (a venue's operators are named otherwise: "Ashcombe Stadium
# Ltd"; not "Bridge", which closes villages' and their clubs' names).
VENUE_HEADS = _words("""
Stadium Arena Racecourse Showground Velodrome Ballpark Speedway Tower Building Inn Arms
Tavern Viaduct Tunnel
""")
# Last words of the name of a craft or an instrument ("the Hubble Space Telescope", "the
# Beagle Lander"): a thing that observes, lands or fails, never who acts ("Rover" is also a
# carmaker's name).
CRAFT_NAME_HEADS = _words("Telescope Satellite Lander Spacecraft")
# Stock market indices, by the name they are written under before any number or
# "Index" ("the FTSE 100", "the Nasdaq Composite", "the Hang Seng Index"): what rises
# and falls, not who acts (an exchange that speaks is another matter).
MARKET_INDEX_NAMES = frozenset(
    {
        "FTSE",
        "Dow",
        "Dow Jones",
        "Nasdaq",
        "S&P",
        "Nikkei",
        "Topix",
        "Hang Seng",
        "Sensex",
        "Nifty",
        "DAX",
        "CAC",
        "STOXX",
        "Stoxx",
        "Euro Stoxx",
        "Kospi",
        "ASX",
        "IBEX",
        "Ibex",
        "TSX",
        "Shanghai Composite",
    }
)
# The words that close an index's written name after its own: "FTSE All-Share", "Dow
# Jones Industrial Average", "Hang Seng Index", "Nasdaq Composite".
MARKET_INDEX_TAILS = _words("Index Composite Industrial Average All-Share Share All")
# Words opening a government department's name, which may list its briefs with commas
# ("the Department for Culture, Media and Sport", "the Ministry of Housing, Communities
# and Local Government"): the whole list is one name.
DEPARTMENT_NAME_OPENERS = _words("Department Ministry")
# Festivals and holidays named by one word ("Ramadan begins on Friday", "Diwali falls
# late this year"): a time of year, not who acts.
HOLIDAY_NAMES = _words("""
Ramadan Eid Diwali Hanukkah Chanukah Passover Easter Christmas Lent Advent Pentecost
Hogmanay Halloween Thanksgiving Vaisakhi Holi Navratri Purim Michaelmas Whitsun
""")
# Verbs (lemmas) of going to see a place: "The King will visit Kenya", "Starmer toured
# Estonia": the place visited is where the story happens, not a party to it.
VISIT_LEMMAS = _words("visit tour")
# Round 28 (helper D): verbs whose object is a land one gets into or out of ("trying to
# reach Britain by boat", "fled Syria"): where the people go, not a party.
ARRIVAL_LEMMAS = _words("reach enter flee")
# Who keeps a pub, opening a sentence after the pub's name ("The Red Lion reopened ...
# Landlady Ann Lee said"): the name before is the pub's.
PUB_KEEPER_NOUNS = _words("landlord landlady publican licensee")
# Words before or after a watercourse's own name ("the River Ouse", "the Hudson River",
# "the Grand Union Canal"): a river that rises, peaks or bursts its banks sets the scene
# of a flood, and so does its bare name ("the Ouse peaked"), unless it speaks.
WATERCOURSE_WORDS = _words("River Canal Estuary")
# Words opening the name of a police or military operation ("Operation Silver Lantern",
# "Exercise Steadfast Shield"): a thing done, not one who acts.
OPERATION_WORDS = _words("Operation Exercise")
# Compass words that open a region's name ("South Wales Police").
COMPASS_WORDS = _words("North South East West")
# Adjectives of a region that open a body's name at a sentence's start ("Western Power
# Distribution said", "Northern Gas Networks apologised"), where other sentence-opening
# words are cut off a name.
REGION_NAME_OPENERS = _words("Northern Southern Eastern Western")
# Countries a body's name may close with ("Heart Rhythm UK", "Sight Support Scotland",
# "Macmillan Cymru"): the recognizer may take the country alone for a place.
BODY_NAME_COUNTRY_ENDS = _words("UK Britain Scotland Wales England Ireland Cymru")
# Words before a country that name a part of it, not a body ("Mid Wales", "North Wales").
COUNTRY_PART_WORDS = COMPASS_WORDS | _words("""
Northern Southern Eastern Western Central Mid Greater Upper Lower Rural Inner Outer Great
""")
# Parties named by one word, which acts as a subject ("Labour has won", "Democrats took
# the senate") although the same word also describes ("a Labour MP").
PARTY_NAMES = _words("""
Labour Conservatives Tories Democrats Republicans Liberals Greens
""")
# Nouns for a member of a party, written before a name as a demonym is ("fellow Tory
# Ann Lee", "veteran Unionist Tom Bell"): the word says what the person is, opens no name.
PARTY_MEMBER_NOUNS = _words("Tory Democrat Republican Unionist Loyalist Nationalist Socialist")
# Party labels a report writes in brackets after a member's name with the seat or ward
# ("Ann Lee (Con, Hatfield North)", "Tom Bell (Lab, Westfield)"), casefolded, and the
# party each one stands for.
PARTY_LABELS = {
    "con": "Conservative",
    "lab": "Labour",
    "ld": "Liberal Democrat",
    "lib dem": "Liberal Democrat",
    "snp": "SNP",
    "green": "Green",
    "grn": "Green",
    "ind": "Independent",
    "reform": "Reform UK",
    "pc": "Plaid Cymru",
    "plaid": "Plaid Cymru",
    "dup": "DUP",
    "uup": "UUP",
    "sdlp": "SDLP",
    "sf": "Sinn Féin",
    "alliance": "Alliance",
}
# Words written after an office before a name that still belong to the office, not the
# name ("Mayor Pro Tem Ann Lee", "Senate President Pro Tempore Tom Bell").
OFFICE_TAILS = frozenset({"Pro", "Tem", "Tempore"})
# US party letters a report writes with a member's state after the name ("Sen. Ann Lee
# (D-Calif.)", "Rep. Tom Bell, R-Neb.,"), and the party each one stands for.
US_PARTY_LETTERS = {"d": "Democratic", "r": "Republican", "i": "independent"}
# Role nouns that name no post a person is appointed or elected to: "was named player
# of the month", "became a victim of fraud" say nothing of what the person is now.
NOT_APPOINTED_NOUNS = _words(
    "player champion victim witness defendant plaintiff athlete suspect accused"
)  # (round 32: "was named as a suspect", no post)
# A US party's member as an apposition names it ("Ann Lee, a Democrat from Tucson,"):
# the member's noun (lower case) and the party's adjective.
US_PARTY_MEMBERS = {
    "democrat": "Democratic",
    "republican": "Republican",
    "independent": "independent",
}
# US states as news writes them short after a party letter: the AP style abbreviations
# and the two-letter postal codes, casefolded without dots, with the state each names.
US_STATE_SHORT = {
    **{
        short: state
        for state, shorts in {
            "Alabama": "ala al",
            "Alaska": "ak",
            "Arizona": "ariz az",
            "Arkansas": "ark ar",
            "California": "calif ca",
            "Colorado": "colo co",
            "Connecticut": "conn ct",
            "Delaware": "del de",
            "Florida": "fla fl",
            "Georgia": "ga",
            "Hawaii": "hi",
            "Idaho": "id",
            "Illinois": "ill il",
            "Indiana": "ind in",
            "Iowa": "ia",
            "Kansas": "kan ks",
            "Kentucky": "ky",
            "Louisiana": "la",
            "Maine": "me",
            "Maryland": "md",
            "Massachusetts": "mass ma",
            "Michigan": "mich mi",
            "Minnesota": "minn mn",
            "Mississippi": "miss ms",
            "Missouri": "mo",
            "Montana": "mont mt",
            "Nebraska": "neb ne",
            "Nevada": "nev nv",
            "New Hampshire": "nh",
            "New Jersey": "nj",
            "New Mexico": "nm",
            "New York": "ny",
            "North Carolina": "nc",
            "North Dakota": "nd",
            "Ohio": "oh",
            "Oklahoma": "okla ok",
            "Oregon": "ore or",
            "Pennsylvania": "pa",
            "Rhode Island": "ri",
            "South Carolina": "sc",
            "South Dakota": "sd",
            "Tennessee": "tenn tn",
            "Texas": "tx",
            "Utah": "ut",
            "Vermont": "vt",
            "Virginia": "va",
            "Washington": "wash wa",
            "West Virginia": "wva wv",
            "Wisconsin": "wis wi",
            "Wyoming": "wyo wy",
        }.items()
        for short in shorts.split()
    },
    **{
        state.casefold(): state
        for state in ("Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah")
    },
}
# Verbs that say a person heads a body ("who has led the council since 2015", "who runs
# the bank's mortgage arm"), lemmas, and the post that names the one who does.
HEADING_VERB_POSTS = {
    "lead": "leader",
    "head": "head",
    "run": "head",
    "chair": "chair",
    "manage": "manager",
    "edit": "editor",
    "captain": "captain",
    "command": "commander",
    "govern": "governor",
}
# Parts of a body one heads, besides the bodies themselves ("who runs the bank's
# mortgage arm", "who has led the Naval Service since 2021"): what a post is head of.
HEADED_UNIT_NOUNS = _words("""
arm division unit department branch school college university hospital ministry service
force navy army practice shop business team squad newsroom desk inquiry committee board
panel ward lab laboratory band orchestra choir museum gallery library theatre church
parish diocese station
""")
# Verbs of one person taking over another's post ("He will be replaced by Ann Lee",
# "Ann Lee will succeed Tom Bell"), lemmas; "replace" only of what is to come ("Lee
# was replaced by Bell after 20 minutes" is a substitution in a match).
SUCCESSION_LEMMAS = _words("succeed replace")
FUTURE_ONLY_SUCCESSION_LEMMAS = _words("replace")
# Words that make an organization's name a political party's: a party "spokesman" may
# be one of its politicians holding a brief, not the voice of the party itself.
PARTY_WORDS = PARTY_NAMES | _words("Party Conservative Liberal Green Democratic Republican")

_DEMONYM_COMPOUND = re.compile(
    r"^(?:(?:Pro|Anti|Non|Ex)-[A-Z][\w-]*|[A-Z][\w.]*-(?:backed|appointed|led|based|born|"
    r"owned|controlled|installed|allied|run|made|funded|held|occupied|speaking|listed))$"
)


@lru_cache
def _demonym_countries() -> dict[str, str]:
    """Listed demonyms -> the country they are formed from ("Ukrainian" -> Ukraine,
    "Russian" -> Russia, "Israeli" -> Israel), by the common English endings."""
    found: dict[str, tuple[int, str]] = {}
    for name, canonical in country_names().items():
        if " " in name:
            continue
        stem = name[:-1] if name[-1:] in "aeoy" else name
        forms = (name + "n", name + "i", stem + "ian", stem + "ese", stem + "an", stem)
        for form in (*forms, name + "ian"):
            # The longest country the form is built on: "Nigerian" is Nigeria's, not Niger's.
            if form in DEMONYMS and len(name) > found.get(form, (0, ""))[0]:
                found[form] = (len(name), canonical)
    return {
        **IRREGULAR_DEMONYMS,
        **{form: country for form, (_, country) in found.items()},
    }


# Demonyms (and the words for one of a people) whose form does not show the country.
IRREGULAR_DEMONYMS: dict[str, str] = {
    "British": "United Kingdom",
    "Briton": "United Kingdom",
    "American": "United States",
    "Spanish": "Spain",
    "Spaniard": "Spain",
    "Portuguese": "Portugal",
    "Dutch": "Netherlands",
    "Dutchman": "Netherlands",
    "Dutchwoman": "Netherlands",
    "French": "France",
    "Frenchman": "France",
    "Frenchwoman": "France",
    "Swiss": "Switzerland",
    "Swedish": "Sweden",
    "Swede": "Sweden",
    "Finnish": "Finland",
    "Finn": "Finland",
    "Danish": "Denmark",
    "Dane": "Denmark",
    "Polish": "Poland",
    "Pole": "Poland",
    "Turkish": "Turkey",
    "Turk": "Turkey",
    "Greek": "Greece",
    "Welsh": "Wales",
    "Welshman": "Wales",
    "Welshwoman": "Wales",
    "Scottish": "Scotland",
    "Scot": "Scotland",
    "Scotsman": "Scotland",
    "Scotswoman": "Scotland",
    "Irish": "Ireland",
    "Irishman": "Ireland",
    "Irishwoman": "Ireland",
    "English": "England",
    "Englishman": "England",
    "Englishwoman": "England",
    "Filipino": "Philippines",
    "Thai": "Thailand",
    "Icelandic": "Iceland",
    "Icelander": "Iceland",
    "New Zealander": "New Zealand",
    "Kiwi": "New Zealand",
}


def demonym_country(word: str) -> str | None:
    """The country a listed demonym names, if its form shows it."""
    return _demonym_countries().get(word)


def nationality_before_name(word: str) -> bool:
    """A word for someone's nationality written before their name, as wire and sport
    copy do ("Kenyan Paul Rotich", "Welshman Rhys Pugh"): a demonym whose country is
    known and that is no given name ("Finn Russell" is a name)."""
    return demonym_country(word) is not None and fold(word) not in (
        FEMININE_GIVEN_NAMES | MASCULINE_GIVEN_NAMES
    )


def is_demonym(word: str) -> bool:
    """A nationality, region or allegiance adjective: listed, or a compound by rule."""
    return word in DEMONYMS or bool(_DEMONYM_COMPOUND.match(word))


# Quote marks. Opening mark -> its closing mark ("„" closes with "“" in German style);
# an opening mark that some outlets close with the other style's mark.
QUOTE_PAIRS: dict[str, str] = {"“": "”", "«": "»", "‘": "’", '"': '"', "„": "“"}
ALTERNATE_CLOSERS: dict[str, str] = {"‘": "”", "“": "’"}
# Every opening mark a quotation or a quoted sentence starts with, the straight
# apostrophe included.
QUOTE_OPENERS = frozenset(QUOTE_PAIRS) | {"'"}
# Every opening mark, the straight single one included, -> its closing mark.
QUOTE_CLOSERS: dict[str, str] = {**QUOTE_PAIRS, "'": "'"}
# Single marks that also serve as apostrophes (don't, Smiths', 'em).
APOSTROPHES = frozenset("'’‘")
# Words that never follow a plural possessive ("the players' union" has a noun after the
# mark): after "terms' with", "said' and" the mark closes a quote.
NOT_POSSESSED = _words("""
with and or but to in on at for from by of as than that which who were was is are had
has have be been would will could should may might did do does after before over under
into onto about against between during without within since until while when where if
because so nor yet instead
""")
# For comparing quotes: every double and single mark, any style, any direction.
DOUBLE_QUOTE_MARKS = frozenset('"«»“”„‹›')
SINGLE_QUOTE_MARKS = frozenset("'‘’‚`´")
ANY_QUOTE_MARKS = DOUBLE_QUOTE_MARKS | SINGLE_QUOTE_MARKS

MONTHS = _words("""
January February March April May June July August September October November December
Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct.
Nov Nov. Dec Dec.
""")
WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
# Round 27 (helper b): the words that join the ends of a run of days ("Monday to Friday",
# "Monday-Saturday", "Tuesday through Thursday"), and those that make such a run one
# stretch of time rather than every week's days ("from Monday to Friday", "between
# Tuesday and Thursday"); the outlook reads them.
RANGE_WORDS = _words("to through thru - – —")
RANGE_OPENERS = _words("from between")

# Tokens (casefolded, without their final period) that end in a period without ending
# a sentence: the dotted titles and months, and these.
# Abbreviated words that open a place's or a body's name ("St. Mary's Hospital",
# "Mt. Sinai", "Ft. Worth").
NAME_OPENING_ABBREVIATIONS = _words("St St. Ste Ste. Mt Mt. Ft Ft. Saint Mount Fort")
ABBREVIATIONS = frozenset(
    {w.casefold().rstrip(".") for w in TITLES | MONTHS if w.endswith(".")}
    | _words("st jr sr prof no vs etc u.s u.k u.n e.g i.e a.m p.m inc ltd co")
    | _words("mt univ bros sdn bhd pvt govt dept")  # round 22
)

# Capitalized function words that begin sentences or headlines and are not names.
# Capitalized common nouns at a sentence start ("Police", "Officials") are recognised by
# rule in actors.py: the same word written in lower case elsewhere in the article.
COMMON_CAPITALIZED = _words("""
The A An And But Or If In On At As After Before Since For From Of To With Without By Among
Between During Under Over Into This That These Those There Their They He She It We You I
Our His Her Its Meanwhile However Instead Yet Still Now Then When While Where Why How What
Who Which Some Many Most Several Both Each Every All No Not Only Also Even Just More Less
Speaking According Asked Although Though Because Despite Here Together Another Other Like
Unlike
Western Eastern Northern Southern Local Police Civilians Officials Telegram Twitter
Facebook Instagram YouTube TikTok WhatsApp LinkedIn God Military Defense Defence Foreign
Interior Deputy Yes Please Thank Thanks Sorry Well Oh Last Next First Second Third
""")

# Capitalized words no person's name holds, which open the names of parks, estates and
# sites ("Exmoor National Park", "Hallam Wildlife Park", "Kingsway Retail Park"): a run
# holding one names a place or the body that runs it, never a person "Park".
SITE_NAME_WORDS = _words("""
National Wildlife Safari Theme Retail Business Holiday Science Industrial Technology
""")

# The last word of a place a body runs: "Gatwick Airport said", "Auckland Airport says
# it expects ...": such a place that speaks or acts is its operator (an organization).
OPERATED_PLACE_HEADS = _words("Airport")

PLACE_HEADS = _words("""
River Sea Ocean Lake Mountain Mountains Hills Valley Region Province Oblast District City
Town Village Street Square Bridge Island Islands Peninsula Bay Gulf Republic Kingdom
State States County Airport Station Port Plant
""")

# Common nouns for the kinds of organization that speak in news copy, with the words
# that end such an organization's name. A noun not listed matches an organization whose
# name holds it ("the ministry" -> "Ministry of Finance").
# Closing words of a club's name that no surname takes ("Lowther Town", "Ashby Rovers"):
# a name ending so is a club's even where the small recognizer called it a person.
CLUB_WORDS_NO_SURNAME_TAKES = _words(
    "FC AFC RFC United City Athletic Rovers Wanderers Town Albion Rangers Hotspur"
    # a side's nickname in the plural, as rugby league, ice hockey and US teams go by
    " Falcons Eagles Hawks Kestrels Sharks Tigers Lions Bears Wolves Panthers Rhinos"
    " Bulls Giants Dragons Knights Vikings Titans Warriors Raiders Saints Jets"
    # round 22: more sides' plural nicknames (rugby league, AFL, cricket leagues, US sport)
    " Rams Cobras Mariners Crows Mavericks Chargers Comets Vultures Broncos Cowboys Roosters"
    " Dolphins Stallions Jaguars Cougars Bulldogs Pirates Rockets Hornets Wildcats Steelers Leafs"
)
INSTITUTION_NOUNS: dict[str, frozenset[str]] = {
    "company": _words(
        "Inc Inc. Corp Corp. Corporation Company Co Ltd Ltd. LLC PLC plc Holdings Group "
        "Industries Technologies Motors Airlines Airways Foods Brands Stores Energy"
    ),
    "club": _words(
        "FC AFC Club United City Athletic Rovers Wanderers Town County Albion Rangers Villa "
        "Hotspur Celtic Harlequins Saracens RFC CC"
    ),
    "team": _words(
        "FC AFC Club United City Athletic Rovers Wanderers Team Town County Albion Rangers "
        "Villa Hotspur Celtic RFC CC"
    ),
    "carrier": _words(
        "Lines Line Airlines Airline Airways Air Shipping Maritime Express Rail Railways "
        "Railway Logistics Freight Telecom Mobile"
    ),
    "airline": _words("Airlines Airline Airways Air Aviation"),
    "firm": _words("Inc Corp Ltd LLC PLC Holdings Group Partners Associates"),
    "army": _words("Army Forces Force Command"),
    "military": _words("Army Forces Force Command Ministry"),
    "government": _words("Government Ministry Administration Cabinet"),
    "bank": _words("Bank Reserve"),
    "force": _words("Police Constabulary Force"),
    "regulator": _words("Authority Commission Agency Board Office"),
    "prosecutors": _words("Office Prosecutors Department"),
}
# Last words of a public body's name ("Danish Energy Agency", "Ministry of Finance" is
# read by its first): a business noun ("the company", "the firm") never stands for it,
# whatever trade word the name holds ("Energy").
PUBLIC_BODY_HEADS = (
    INSTITUTION_NOUNS["government"]
    | INSTITUTION_NOUNS["regulator"]
    | INSTITUTION_NOUNS["force"]
    | INSTITUTION_NOUNS["prosecutors"]
    | _words("Council Department Court Parliament Assembly Inspectorate Ombudsman")
)
# Round 40: a body described in lower case only ("..., the Residential Lenders Association
# said. ..., the trade body added", "the energy regulator raised its cap", "the charity
# said") is the body the sentence before made its subject only when the kind of body the
# noun names fits that body's name: "the regulator" is never the water company just
# fined, "the union" never the employer. The words of a name each kind goes by:
REGULATOR_NAME_WORDS = INSTITUTION_NOUNS["regulator"] | _words(
    "Regulator Watchdog Ombudsman Inspectorate Directorate Commissioner Commission"
)
UNION_NAME_WORDS = _words("Union Federation Confederation Congress Guild")
# Non-profit bodies: "the charity", "the trade body", "the campaign group" stand for a
# name that is neither a company's nor a public body's.
NON_PROFIT_DESCRIPTION_NOUNS = _words("""
charity body association organisation organization campaign group society federation
foundation coalition alliance network nonprofit
""")
# Nouns of the kind that tell nothing alone ("the company said", "the body said"): they
# describe a body only with a word before them ("the trade body", "the Leeds company").
# ("the agency" alone tells a public agency since round 43: PUBLIC_AGENCY_NAME_WORDS.)
BODY_NOUNS_TELLING_NOTHING_ALONE = _words("""
company firm business group body organisation organization network chain brand
giant outfit provider platform app store association society network
""")
# The words of a public agency's name ("National Roads Executive", "Highway Patrol Corps",
# "Bureau of Meteorology"), which "the agency" alone stands for (round 43).
PUBLIC_AGENCY_NAME_WORDS = INSTITUTION_NOUNS["regulator"] | _words(
    "Agency Executive Corps Bureau Service Services Directorate Inspectorate Administration"
)
# Referring words: "the rival carrier", "the other union", "the former regulator" are
# some other body than the one just named (lemmas).
OTHER_BODY_WORDS = _words("""
other another rival former previous new second latter smaller larger bigger biggest
parent sister
""")
# Nouns the article may give a business when it names it ("the fitness app Strydo",
# "homewares retailer Lark & Co"): a later "the company" or "the firm" stands for it.
COMPANY_NOUNS = _words("""
company firm business group maker manufacturer retailer carrier airline app platform
startup start-up chain operator provider supplier developer producer publisher brand
insurer lender bank giant outfit conglomerate shipper miner utility supermarket grocer
broadcaster network studio agency consultancy carmaker automaker drugmaker chipmaker
housebuilder bookmaker brewer distiller shipbuilder
planemaker jetmaker steelmaker telco haulier refiner exporter
store smelter bourse co-operative cooperative
""")
# (round 43: "bourse", "co-operative": "The Highveld Securities Exchange halted trading.
# The bourse said", "Bellmoor Dairies raised its price. The co-operative, which has 900
# members,".)
# (round 26, helper d: "store", "smelter": "Harrowgate will shut 20 stores, the
# department store said", "Ridgeback, the smelter said, lost 30% of its output".)
# (round 23, helper c: "planemaker" ... "exporter", the last line above: "Boeing declined
# to comment. ‘…,’ the planemaker said" is Boeing's.)
# Plural nouns only bodies go by, reporting for two named just before: "Toolana and
# Carrow will merge, the companies said" is two firms (lemmas; round 26, helper d).
FIRM_REPORTER_NOUNS = _words("""
company firm group business bank lender insurer retailer supermarket airline carrier
operator utility carmaker automaker drugmaker chipmaker housebuilder miner chain
""")
# The last words of a bank's own name, which one lender's name over "and" never closes on
# in the news ("Barclays and Lloyds Banking Group raised rates" is two lenders; not
# "Tyne and Wear Metro" or "Avon and Somerset Police"). Round 26, helper d.
BANK_NAME_ENDS = frozenset({"Bank", "Banking Group"})
# Words that open the halves of one bank's name over "and" ("Development and Investment
# Bank", "Agricultural and Rural Bank", "Trade and Development Bank"): no split.
ONE_BANK_NAME_WORDS = _words("""
Development Investment Trade Commerce Commercial Industrial Industry Agricultural
Agriculture Rural Savings Loan Loans Building Mortgage Export Import Merchant Farmers
Credit Finance Reconstruction Infrastructure Housing Mutual Cooperative Co-operative
Federal Reserve National People's Postal Land Mining Energy Enterprise Enterprises
""")
# Words that stand for whichever organization the article named last.
ANY_INSTITUTION = frozenset({"statement", "organization", "organisation", "it"})

FORWARD_CUES = (
    r"will|won[’']t|would|expected|expects|expect|could|may|might|plans? to|planned to|"
    r"planning to|predicts?|predicted|likely|unlikely|set to|poised|looming|upcoming|prelude|"
    r"intends?|aims? to|next (?:week|month|year|few)|soon|coming (?:days|weeks|months)|"
    r"on the verge"
)

# The outlook read from the parse (briefsmith.core.extraction.summary). What a modal
# auxiliary (its lemma, lower case) says of its verb's time: "will"/"shall" the future,
# "would" the future seen from a report (or a condition), "could"/"may"/"might"/"should"
# a possibility, "must" an obligation. "can" speaks of the present and is not listed.
MODAL_FORCE: dict[str, str] = {
    "will": "future",
    "shall": "future",
    "would": "conditional",
    "could": "possible",
    "may": "possible",
    "might": "possible",
    "should": "possible",
    "must": "obligation",
}
# Verbs and adjectives (lemmas) whose to-infinitive is a plan or a schedule: "plans to",
# "is due to", "is expected to", "is set to", "is going to", "is to" ("be").
INTENT_LEMMAS = _words("""
plan intend expect schedule set due poise prepare propose be likely unlikely go slate
intent bound
""")
# ... and those whose to-infinitive is a projection or a wish, a possibility rather than
# a next step: "is projected to fall", "seeks to expand", "hopes to return".
# Speech verbs that look ahead by their meaning: what someone warns or predicts "may"
# happen is an outlook, though a bare "may" is not.
WARNING_LEMMAS = _words("warn predict forecast fear caution")
# Verbs (lemmas) of a forecast made, with its object: "the Met Office has forecast
# temperatures of 34C on Saturday", "analysts forecast two more cuts next year" (the tagger
# reads "forecast" as a past) look ahead to the time they name, however the forecast is
# told ("had forecast" is behind).
PREDICTION_LEMMAS = _words("forecast predict project expect")
# Round 33 (helper b): nouns of a warning or a notice given out, and the verbs (lemmas)
# that give one out: what "has issued a heavy rain warning for Westland from 9pm
# Thursday", "has issued 72-hour strike notice" or "a status orange alert has been
# declared from 6am Friday" warns of is ahead, at the time it names.
ALERT_NOUNS = _words("warning alert advisory notice")
ALERT_ISSUING_LEMMAS = _words("issue declare")
# Verbs (lemmas) of a commitment whose to-infinitive stays ahead however the commitment is
# told: "has pledged to publish its response by the summer", "vowed to fight the ruling"
# (unlike an expectation of the past: "was expected to land").
COMMITMENT_LEMMAS = _words("promise pledge vow undertake commit threaten swear")
FORECAST_LEMMAS = _words("project forecast predict estimate seek hope aim try want")
# Verbs (lemmas) that put something off to a date ahead: "sentencing was adjourned until
# March 14", "the vote was postponed to next week", "he was bailed until June 2". The act
# is past; the date it names is the story's next step.
RESCHEDULE_LEMMAS = _words("adjourn postpone defer delay reschedule bail remand")
# Phrasal verbs (lemma, particle) that move a thing to another date, and the plain verb
# of a move: "the launch has been pushed back to next month", "the hearing was put back to
# Thursday", "the vote has been brought forward to Monday", "the festival has been moved
# to August" (with a date ahead, what happens next).
RESCHEDULE_PHRASALS = frozenset(
    {
        ("push", "back"),
        ("put", "back"),
        ("bring", "forward"),
        ("move", "back"),
        ("move", "forward"),
        ("pull", "forward"),
    }
)
MOVING_LEMMAS = _words("move switch")
# Verbs (lemmas) whose to-infinitive with a date is an appointment: "he was bailed to
# appear before magistrates on June 3", "she was summoned to appear on 4 May" (not an
# order: "ordered to pay costs within 28 days" is the penalty, already news).
APPOINTMENT_LEMMAS = _words("bail summon remand")
# Round 28: verbs (lemmas) of an order whose to-infinitive with a span or a deadline ahead
# is a step still to be taken: "the judge ordered him to pay £150,000 within three
# months", "was ordered to repay the full amount within 28 days", "directed the council
# to publish the report by the end of March" (with no time ahead, "ordered to pay £850
# costs" is the penalty, already news).
ORDER_LEMMAS = _words("order direct instruct require")
# Nouns (lemmas) of an event held once at its hour: "kick-off is at 3pm", "the parade sets
# off at 11am", "the first ball is scheduled for 10.30am" preview what comes next (a place's
# hours, "the library opens at 9am", are a listing, and so is a broadcast's: no word of
# BROADCAST_NOUNS here).
SCHEDULED_EVENT_NOUNS = _words("""
kick-off tip-off play-off match game race parade procession concert gig performance
premiere ceremony final ball bout fight rally vigil march meeting count draw
poll
door gate
mass service
""")  # (round 27: "Mass is at 11"; not "show", a broadcast too; round 20: "polls open at 7am and
# close at 10pm", an election day's timetable; round 25: "door gate", an event's "doors
# open at 6.30pm", "gates open at 11am")
# The preposition of an hour ("at 3pm", "scheduled for 10.30am").
CLOCK_PREPOSITIONS = _words("at for")
# Verbs (lemmas) that fix a hearing for a date ("a hearing was set for 18 August", "the
# trial has been fixed for 8 March", "the case was listed for 2 June"): with "for" and a
# date ahead, the next step.
FIXING_LEMMAS = _words("set fix list")
# Round 30 (helper b): verbs (lemmas) that call an event for a date, which with the
# fixing verbs set one in the active ("the tribunal fixed September 6 for judgment", "has
# called a state election for March 21", "set a new start date of Feb. 9"): the date
# fixed is the next step.
CALLING_LEMMAS = _words("call convene schedule")
# Verbs (lemmas) that pass a case on to its next stage, and the stages ("sent to the crown
# court for trial", "committed for sentence", "adjourned for reports"): a step ahead with
# no date.
COURT_SENDING_LEMMAS = _words("send commit refer remit adjourn")
COURT_STAGE_NOUNS = _words("trial retrial sentence sentencing report")
# Round 29b: a date not yet set that a case is put off to ("adjourned to a date to be
# fixed", "adjourned until a later date", "postponed to a future date"): the noun, and
# the adjectives that leave it open (a participle after it, "to be fixed", "yet to be
# confirmed", does too).
OPEN_DATE_NOUNS = _words("date")
OPEN_DATE_ADJECTIVES = _words("later future")
# Verbs (lemmas) of memory and legacy: "she will be remembered as a fighter", "he will
# be sorely missed" say how someone is seen, not what happens next.
LEGACY_LEMMAS = _words("remember miss mourn cherish treasure forget")
# Of those, the verbs of memory alone: whatever is remembered ("fans will remember the goal
# for years", "few will forget that night") is a legacy, while "miss" with a thing is an
# absence ahead ("Smith will miss the final").
MEMORY_LEMMAS = _words("remember forget cherish treasure")
# A legacy told as a phrasal verb with "as" ("it will go down as one of the great
# comebacks"; not "prices will go down") or as
# a place in memory ("the win will live long in the memory", "will stay in their hearts").
LEGACY_PHRASALS = frozenset({("go", "down")})
MEMORY_NOUNS = _words("memory memories mind minds heart hearts history")
# A legacy told as what lingers for ever ("the day will stay with me forever", "she said
# she would live with it forever"): the adverb, and the verbs (lemmas) besides the verbs of a
# state that take it.
LEGACY_ADVERBS = _words("forever")
LINGER_LEMMAS = _words("live haunt")
# What someone vows to "do" when the vow names no step: "would do anything to get his
# daughter back", "will do whatever it takes", "would do everything in its power".
EFFORT_WORDS = _words("anything everything whatever all")
# The verbs (lemmas) of such a vow: "would do anything", "would give everything for the
# shirt", "will give whatever it takes".
EFFORT_LEMMAS = _words("do give")
# Stock phrases of sport and politics: a verb (lemma) and a word below it that make a
# mindset, not a step ("would take it one game at a time", "would take nothing for
# granted", "would keep their feet on the ground", "would treat every game like a cup
# final", "would leave no stone unturned", "would let her racket do the talking", "would
# focus on the next match", "would go out and enjoy himself", "would keep things simple",
# "would not rest until the kidnappers were caught", "would spare no effort", "would come
# back stronger", "would dust themselves down", "would not be intimidated").
STOCK_PHRASE_WORDS: dict[str, frozenset[str]] = {
    "take": _words("time granted"),
    "keep": _words("feet head heads simple"),
    "rest": _words("until"),
    "spare": _words("effort expense"),
    "come": _words("stronger"),
    "dust": _words("down off"),
    "intimidate": _words("not"),
    "treat": _words("like"),
    "leave": _words("unturned"),
    "let": _words("talking"),
    "focus": _words("match game job task performance"),
    "enjoy": _words("himself herself themselves ourselves myself yourself moment occasion"),
    # round 15: "the rains would make or break the harvest", "would go into the final with
    # nothing to lose" (a judgement of stakes, a mindset)
    "make": _words("break"),
    "go": _words("nothing"),
    # round 16: "she said she would believe it when she saw it" (doubt told, no step)
    "believe": _words("see saw seen sees"),
    # round 16: "councillors said they would not be rushed" (a stance, no step)
    "rush": _words("not"),
    "hurry": _words("not"),
    "bully": _words("not"),
    "pressure": _words("not"),
    "pressurise": _words("not"),
}
# Animals told of as a kind ("Male koalas will bellow", "Hedgehogs will roam gardens at
# night"), in the plural: what the kind will do is its habit, not a step.
ANIMAL_KIND_NOUNS = _words("""
koalas hedgehogs seals bees wasps hornets ants foxes badgers deer stags otters beavers
squirrels rabbits hares mice rats bats owls eagles hawks falcons gulls seagulls puffins
swans geese ducks pigeons crows magpies robins starlings swallows swifts penguins whales
dolphins sharks salmon trout eels frogs toads newts snakes adders lizards spiders beetles
butterflies moths midges mosquitoes ticks slugs snails worms kangaroos wombats possums
crocodiles alligators turtles tortoises elephants lions tigers leopards cheetahs hyenas
monkeys baboons chimpanzees gorillas bears wolves boars jellyfish octopuses cats dogs
horses cows sheep goats pigs hens chickens birds animals insects
""")
# Nouns (lemmas) of a stage of someone's life: a report made "as a child" or "as a
# teenager" ("as a child she told her mother she would fly planes") is dated to that stage.
# Adverbs that carry a dated period back to the report ("back in 2016, she predicted
# ...", "earlier in March, the club said ...").
DATING_ADVERBS = _words("back earlier")
LIFE_STAGE_NOUNS = _words("child boy girl teenager teen youngster schoolboy schoolgirl kid student")
# Nouns of an occasion told by what happened on it ("on the night she won the title, she
# said she would ...", "in the week the factory shut"): a past occasion with no date.
OCCASION_TIME_NOUNS = _words("day night morning afternoon evening week weekend")
# Round 32 (helper b): the words that tell such a time from another in the story ("the
# following day", "the same day", "the next morning", "the night before", "the day
# after"): a present told of one is dated by the step it follows ("The Dail returns the
# following day").
RELATIVE_DAY_WORDS = _words("following same next before after")
# Verbs (lemmas) of a wish or a preference: what someone "would like", "would love",
# "would prefer" or "would welcome" is a wish, not a plan ("he said he would love to play
# for his country one day"); and the adjectives of a readiness ("would be happy to meet
# residents", "would be willing to talk"), and the adverbs of a preference ("would rather
# lose playing attacking football").
WISH_LEMMAS = _words("like love prefer welcome hate relish")
READINESS_ADJECTIVES = _words("""
happy glad delighted pleased willing keen open prepared ready eager honoured honored proud
thrilled
""")
PREFERENCE_ADVERBS = _words("rather sooner")
# Adjectives of what a thing can do: "the telescope will be able to see galaxies that
# formed after the Big Bang", "the new ferry will be capable of carrying 1,500 passengers"
# describe the thing, they tell no step.
CAPABILITY_ADJECTIVES = _words("able capable")
# Verbs (lemmas) of a thing's pull on people: "the collection will appeal to anyone who
# grew up in the 1980s", "the hotel will cater to families" (a review's voice; a person
# or a body that "will appeal" goes to court).
APPEAL_LEMMAS = _words("appeal cater")
# Round 33 (helper b): the words (verb and noun) of a challenge to a ruling, the next step
# a court, a tribunal or a disciplinary story ends on ("his lawyers are considering an
# appeal", "he plans to appeal, his lawyer said", "are expected to lodge an appeal"); and
# the prepositions of a plea instead ("police are appealing for witnesses", "an appeal to
# the public for calm").
RULING_CHALLENGE_WORDS = _words("appeal")
PLEA_PREPOSITIONS = _words("for")
# Adverbs of things staying as they are: "food waste will still be collected weekly",
# "worshippers will still enter free" tell what does not change, not what happens next
# (unless a date names an event: "the match will still go ahead on Saturday").
CONTINUITY_ADVERBS = _words("still")
# Nouns (lemmas) of a broadcast: a present told of one is the listings ("the series
# continues on Monday at 7.30pm", "the final episode airs on Sunday"), not the story's next
# step; its future may be ("the documentary will be broadcast next month despite ...").
BROADCAST_NOUNS = _words("""
series episode programme program documentary show drama serial sitcom soap podcast finale
bulletin broadcast
""")
# Prepositions of the place a show is put on, not a channel: a building or a body's hall
# after "at" ("the show opens at the Lyceum on 12 December"), a place after "to" or "in"
# ("transfers to the West End"; "returns to ITV" is a channel): a stage run, not listings.
VENUE_PREPOSITIONS = _words("at to in")
# Nouns (lower case) that end the name of a stage or a hall: "transfers to the Edinburgh
# Playhouse", "returns to the Wales Millennium Centre" (the recognizer calls them bodies;
# a channel is not one: "returns to ITV").
# Determiners of a thing that may never come: "any new offer would be put to members",
# "the club said any fee would be reinvested" (with no date, a condition, no step).
HYPOTHETICAL_DETERMINERS = _words("any")
STAGE_VENUE_NOUNS = _words("""
theatre theater playhouse centre center hall arena ballroom lyceum opera house auditorium
pavilion coliseum palladium hippodrome empire studio studios
""")
# Determiners of a time that recurs rather than a date: "each Saturday", "every summer",
# "on a busy Saturday" name no day ahead.
RECURRING_DETERMINERS = _words("a an each every")
# Words of a habit: "the museum is open daily from 10am", "the market runs every
# Saturday from 8am" (a present with a time that recurs is no date ahead).
FREQUENCY_WORDS = _words("""
daily weekly fortnightly monthly yearly annually nightly hourly every each usually always
often regularly normally typically weekdays weekends
""")
# Adverbs of a habit, not of a schedule: "storms will often bring down trees", "he would
# always stop to chat" tell what tends to happen (or used to), while "will review the
# quota every six months" sets a schedule ahead; "repeatedly said she would not resign"
# is a stance said again and again.
# Round 30 (helper b): the words after "as" that say a thing is done as it always is ("the
# club will, as ever, lay on a tea", "as usual, the council will grit the main roads", "as
# always"): a habit, no step.
AS_EVER_WORDS = _words("always usual ever")
# Round 32 (helper b): the words of a custom in "as is customary", "as is the custom",
# "as is tradition", "as is the practice" ("Worshippers will break their fast at sunset,
# as is the custom"): what is always done, no next step.
# Round 34 (helper b): and the words of "as a matter of course", "as a matter of policy",
# "as a matter of routine" ("The Reserve Bank will, as a matter of policy, intervene").
CUSTOM_WORDS = _words("""
custom customary tradition traditional practice convention usual course policy routine
""")
HABIT_ADVERBS = _words("""
usually always often normally typically generally sometimes rarely seldom frequently
occasionally routinely invariably traditionally repeatedly ordinarily customarily habitually
""")
# Conjunctions that open a hypothesis: "if warming is limited to 1.5C, some glaciers could
# survive" says what might be, not what comes next.
HYPOTHESIS_MARKERS = _words("if unless whether")
# Round 29 (helper b): conjunctions of a time that recurs ("the river will flood whenever
# heavy rain falls", "the alarm will sound whenever the door is opened"): a habit, no
# next step; the outlook reads them.
HABIT_CONJUNCTIONS = _words("whenever")
# Round 32 (helper b): conjunctions of a condition that holds again and again, told
# verbless or of a bare noun ("Once installed, the app will scan receipts", "will be
# referred only if needed", "will cut supply when tampering is detected"): how a thing
# works, no next step.
STANDING_MARKERS = _words("when whenever once if")
# Round 29b: the two ends of a motion that goes back and forth, joined by "and" ("water
# levels will rise and fall with the tide", "prices will go up and down with demand",
# "the reservoir will fill and empty with the rains"): a cycle, no next step; the
# outlook reads them (written "a/b").
ALTERNATING_PAIRS = frozenset(
    frozenset(pair.split("/"))
    for pair in _words("rise/fall up/down ebb/flow fill/empty wax/wane in/out back/forth")
)
# Conjunctions that date a clause by another ("when the plant opened in 1998, the company
# said it would employ 2,000 people": said then, and what it looked ahead to is history).
WHEN_MARKERS = _words("when after as once")
# The conjunction of an occasion told by what happened on it, with no date ("when she
# collected her gold medal, she said she would ..."): "after", "as" and "once" also open
# the news's own moments ("after the verdict, the family said they would appeal").
OCCASION_MARKERS = _words("when")
# The news's own outcome, told by "when" ("when the verdict was read out, her family said
# they would appeal", "when the result was declared, he said he would demand a recount"):
# said on the day of the news, not on an occasion of the past (nouns, lemmas).
OUTCOME_NOUNS = _words("""
verdict result decision sentence ruling judgment judgement outcome announcement finding
""")
# Words that make an occasion someone's first ("at his first press conference as manager,
# she said ...", "in her maiden speech", "at its inaugural meeting"): a past occasion of
# its own, not the news's day.
FIRST_OCCASION_WORDS = _words("first maiden inaugural")
# Words that set a condition without a clause: "without the grant, the museum would have
# to close", "otherwise the club would have to sell its ground" say what would follow if
# something did not happen, not what comes next.
CONDITION_PREPOSITIONS = _words("without")
CONDITION_ADVERBS = _words("otherwise")
# Round 31 (helper b): verbs (lemmas) of putting a thing in a class, in the passive with
# "as" or "to be" ("Flats in Bayshore will be classified as Plus", "at level 3 the
# volcano will be considered to be in eruption", "such posts will be treated as
# advertising"): the terms of a scheme, no step (the outlook reads them, with no date).
CLASSING_LEMMAS = _words("classify class categorise categorize consider deem treat regard count")
# Round 31 (helper b): how a medicine is given ("The vaccine will be given in two doses,
# four weeks apart", "the drug will be taken as a daily tablet", "will be administered by
# injection"): the verbs (lemmas) in the passive and the nouns (lemmas) of a regimen after
# "in", "as" or "by"; a treatment's terms, no step (the outlook reads them, with no date).
DOSING_LEMMAS = _words("give take administer inject deliver")
DOSE_NOUNS = _words("""
dose injection infusion tablet pill jab shot capsule drip spray patch course inhaler
dos
""")  # dos: the lemmatizer's reading of "doses"
# Round 31 (helper b): the words of a thing finished, in a verbless clause with "once" or
# "when" ("Once complete, the line will cut the journey to 35 minutes", "When finished,
# the tower will be the tallest in the city", "once operational"): what the thing will do
# when it is there, no step (the outlook reads them; the conjunctions are WHEN_MARKERS').
COMPLETED_WORDS = _words("complete completed finished built operational open")
# Nouns (lemmas) of onlookers whose guesses are no news: "fans predicted the striker would
# be sold in January", "one supporter said the club will win the league".
SPECULATOR_NOUNS = _words("""
fan supporter viewer follower punter user commenter onlooker reader listener spectator
insider
""")  # insider: round 31 (b), "insiders reckon Reece could be the next judge": a rumour
# Round 32 (helper b): nouns (lemmas) of those who bet on or read the markets and the
# field, beside the commentators (COMMENTATOR_NOUNS): what they say a third party "will"
# do is their guess, whatever its date ("investors are betting the bank will cut rates
# twice before the end of the year", "bookmakers say the club will be relegated").
MARKET_WATCHER_NOUNS = _words("investor trader market bookmaker bettor observer")
# ... and the verbs (lemmas) of a guess, beside those of saying and of a stance: "investors
# are betting the bank will cut", "traders reckon the pound will fall".
GUESS_LEMMAS = _words("expect bet wager reckon tip anticipate")
# An inquiry under way is what happens next: "police are appealing for witnesses", "the
# regulator said it was considering prosecutions", "the ICO is making enquiries" (a verb
# of inquiry, lemmas, in the progressive; or one whose object is an inquiry, below).
INQUIRY_LEMMAS = _words("""
investigate consider review examine assess probe study explore appeal hunt search
""")
INQUIRY_NOUNS = _words("enquiry inquiry investigation probe review")
# Prepositions that leave a decision to an inquiry still open: "released on bail pending
# further enquiries", "released under investigation".
PENDING_PREPOSITIONS = _words("pending under")
# Verbs (lemmas) that link a subject to a state: "said demand would remain strong", "said
# the boy would be more careful", "locals say the road will only get busier" (a judgment
# of how things will be, not an event).
STATE_LEMMAS = _words("be remain stay become get")
# States of access a place or a service is left in: "officers said the road would remain
# closed overnight", "the line would stay shut" tell what happens to it, not a judgment.
# ("open" is left out: "would stay open to talent from abroad" is a stance)
ACCESS_STATE_WORDS = _words("closed shut suspended cordoned sealed")
# Round 29: verbs by which someone holds a share "of" a company ("who still owns 17% of
# the company": a stake of that person in the company).
OWNING_LEMMAS = _words("own hold control")
# Round 29: what stops or holds something for a length of minutes or seconds, read just
# before "for" ("play was held up for four minutes", "with Pryce off for 10 minutes",
# "trapped for 40 minutes"): a stoppage's length is news; "fought for 30 minutes" is
# colour.
STOPPAGE_WORDS = _words("""
paused halted stopped suspended delayed interrupted closed shut grounded trapped stranded
stuck offline unconscious underwater
""")
# Verbs (lemmas) of need: "the authors said further research would be needed" is a
# judgment of what is lacking, not a step anyone has planned.
NECESSITY_LEMMAS = _words("need require")
# Verbs (lemmas) of a benefit, a harm or a cost: what a thing "will" do with one of these
# is a judgment ("the findings will help doctors", "the scheme will mean higher bills",
# "tickets will cost £10"), not an event ("the comet will pass its closest point", "the
# ban will cover 3.4m customers"); what a thing "will give" someone ("the victory will
# give the side a boost"; a person or a body that gives acts: "ministers will give £2m").
EFFECT_LEMMAS = _words("""
help allow enable let mean make benefit improve boost hurt harm damage transform ensure
cost give
""")
# Verbs (lemmas) of how the news lands or is taken, with "as": "the cut will come as a
# relief to borrowers", "the move will be seen as a vote of confidence", "will be viewed as
# a snub", "older residents will know it as the Grand cinema" judge the news or the thing,
# they tell no next step ("will come in as manager", a particle, is one).
TAKEN_AS_LEMMAS = _words("come see view regard know")
# What a thing "will do little to" change ("the extra money will do little to shorten
# waiting lists", "will do nothing to ease the anger", "will do much to restore trust"):
# a judgment of its effect, the object of "do".
EFFECT_AMOUNTS = _words("little nothing much")
# Subjects of a proverb: "only time will tell whether the gamble pays off", "history will
# judge him" (no one acts; no determiner: "the time will come" is another matter).
PROVERB_SUBJECTS = _words("time history")
# Relative pronouns that stand for a person: "Moss, who will turn 40 next month, won the
# title in 2010" tells who Moss is, not what happens next in the story.
PERSON_RELATIVES = _words("who whom")
# Words that open a clause about the noun before them: "the accountancy firm that audits
# the council", "the group whose members ..." (the noun phrase ends before them).
CLAUSE_OPENERS = _words("that which who whom whose where")
# Nouns (lemmas) of a milestone of age: "the quarry, which will mark its centenary next
# year, has since ..." tells what the thing is, not what happens next in the story.
MILESTONE_NOUNS = _words("""
anniversary centenary centennial bicentenary bicentennial tercentenary birthday jubilee
""")
# Round 31 (helper b): verbs (lemmas) that take an age reached as their object ("the
# airline, which will mark 75 years of flying next month", "which will complete 25 years
# in March", "which will celebrate four decades together"): with a count of years (the
# spans of `CAREER_SPANS`), a milestone as above.
MILESTONE_LEMMAS = _words("mark celebrate complete clock reach")
# Round 31 (helper b): the verbs (lemmas) and the adverb of a vague horizon ("Going
# forward, the group will focus on its core brands", "Moving forward, the bank will
# concentrate on small firms"): a strategy with no date, no next step.
HORIZON_MOTION_LEMMAS = _words("go move")
HORIZON_ADVERBS = _words("forward forwards")
# Round 32 (helper b): the words of a day with no date, before "day" or alone ("she
# will one day play for England", "some day", "someday"): a hope, no next step.
SOME_DAY_WORDS = _words("one some someday")
# Pronouns that name nobody in particular: "anyone who has used the app will know the
# feeling", "one can only hope ...", "nobody will leave humming the tunes", "some will
# call it a masterpiece; others will walk out" speak of people in general (or the
# writer), not of an actor with a next step.
GENERIC_PRONOUNS = _words("""
one anyone anybody everyone everybody nobody you whoever some others few
""")
# Words that stand for people in general before what restricts them: "those found guilty
# will face up to two years in prison" (beside the generic pronouns: "anyone caught ...").
RESTRICTED_PRONOUNS = _words("those")
# Round 33 (helper b): nouns of a person with nothing told of them, which with "a" or
# "an" stand for anyone ("a person convicted of the offence will face a mandatory minimum",
# "an individual found guilty will be fined"): news introduces someone it tells of as "a
# man", "a woman", "a driver", never as "a person".
GENERIC_PERSON_NOUNS = _words("person individual")
# Verbs (lemmas) of a duty laid on someone: "those wishing to attend will need to
# register", "visitors will have to book a slot", "applicants will be required to show
# ID" (with people in general and no date, the standing terms of taking part).
DUTY_LEMMAS = _words("need require have")
# Verbs of a penalty: "anyone caught will face a fine" (lemma), "drivers caught using it
# will be fined" (the participle, as written: the lemmatizer cuts "fined" to "fin"). With
# people in general and no date, a standing rule, not a next step.
PENALTY_LEMMAS = _words("face")
PENALTY_PARTICIPLES = _words("""
fined banned prosecuted jailed penalised penalized disqualified sanctioned
""")
# Verbs (lemmas) of watching, and the noun of "all eyes will be on ...": what "investors
# will be watching for" or "analysts will be looking for" is the writer's guess of what
# onlookers will look at, not a step (a dated event they watch is one).
WATCH_LEMMAS = _words("watch look")
# Round 26 (helper c): the marks opening what someone watched ("Her brother, Tom Reilly,
# watched as Dan Moore was led away"): who watches is the one a "he" said next goes on
# with, not the one watched.
WATCHED_CLAUSE_MARKS = _words("as while")
ATTENTION_NOUNS = _words("eye")
# Nouns (lemmas) of those who watch a market or a game, beside the onlookers above.
WATCHER_NOUNS = _words("investor analyst trader market economist observer pundit")
# Verbs (lemmas) of how the news will be taken, after "is likely to" or "is set to": "the
# decision is likely to anger motorists", "the move is likely to prove controversial",
# "the findings are set to reignite the debate" (said of a thing, a judgment of the news).
# Verbs (lemmas) of the stock reply to criticism: "the trust said it would learn lessons
# from the case", "the council said it would reflect on the findings", "the company said it
# would cooperate fully with regulators" (with no date, a pledge of attitude, no step).
STOCK_PLEDGE_LEMMAS = _words("learn reflect cooperate")
# Round 27 (helper b): the words with which "go" tells how much a thing is worth ("the
# money would not go far", "the grant will go a long way"): a judgment, no step.
GOING_FAR_WORDS = _words("far way")
# Verbs (lemmas) of what the future hangs on: "a lot will depend on the weather", "the
# outcome will hinge on the vote" (with no date, an open question, no step).
# Round 15: "prices will vary from store to store", "rules will differ between the
# nations": how a thing will stand, with no date no step either.
DEPENDENCE_LEMMAS = _words("depend hinge vary differ")
# Questions a story says will be asked: "questions will be asked about how the blaze
# spread", "questions will be raised" (the noun, lemma, and the verbs, lemmas).
QUESTION_NOUNS = _words("question")
ASKING_LEMMAS = _words("ask raise pose")
# What a side "will take" from a defeat, in a match report's voice: "City will take heart
# from their second-half display", "Town will take plenty of positives", "will take
# comfort from" (a judgment, no step); and "will look back on this as a missed chance".
CONSOLATION_NOUNS = _words("heart positive positives comfort encouragement solace")
RETROSPECT_PARTICLES = _words("back")
# Speech verbs (lemmas) of memory: what someone "recalled" another "would" do is a habit
# of the past ("he recalled that his coach would make them run up sand dunes").
RECALL_LEMMAS = _words("recall remember reminisce")
# Objects of "take" that make it an event, not a thing's effect: "the funeral will take
# place at St Mary's", "the changes will take effect immediately".
OCCURRENCE_NOUNS = _words("place effect")
# Verbs (lemmas) whose object is how long: "it will take years to recover".
SPAN_LEMMAS = _words("take last")
PROVOKE_LEMMAS = _words("""
anger upset infuriate enrage alarm dismay delight disappoint frustrate provoke prove
reignite rekindle fuel spark divide
""")
# Verbs (lemmas) of how people will take a thing: "audiences will hardly recognise it",
# "visitors will enjoy the new cafe", "visitors will find 200 objects on display" judge it
# (a review's voice), they tell no next step.
REACTION_LEMMAS = _words("""
love enjoy appreciate adore recognise recognize notice savour savor relish marvel find
know
recall
see hear witness
""")  # know: round 15, "regular visitors will know the cafe for its scones"; recall: round 19 (d)
# see, hear, witness: round 31 (b), "in the opening episode, fans will see Kat leave"
# Pronouns of the reader as the one told or shown: "locals will tell you the best time to
# visit", "any gardener will show you" (a guide's voice, no step).
READER_PRONOUNS = _words("you")
# Nouns (lemmas) of those who judge a thing, beside onlookers: what "critics will point to
# the cost" or "readers will search in vain" is the writer's view of how it is taken.
JUDGING_NOUNS = _words("critic audience sceptic skeptic purist cynic reviewer")
# Who hears the evidence in a trial or an inquest: what "the court heard" or "the jury
# was told" someone said they would do is evidence of the past, not a plan now.
EVIDENCE_HEARERS = _words(
    "court jury juror inquest inquiry tribunal hearing trial magistrate panel"
)
EVIDENCE_LEMMAS = _words("hear tell")
# What a hearing takes from a witness ("took evidence from X", "heard testimony from X"):
# the one it is taken from speaks next, though named as no subject. Lemmas.
HEARD_EVIDENCE_NOUNS = _words("evidence testimony submission submissions")
# Verbs (lemmas) of telling someone what would happen: told inside another report ("the
# lawsuit claims the company told buyers the homes would be finished by 2022", "passengers
# said they were told the flight would leave within the hour", "according to court
# documents, Varga told investors ..."), what was told then is the past reported.
ACCOUNT_LEMMAS = _words("tell assure promise")
# Those a witness tells what happened, beside the court above: what someone "told police"
# or "told detectives" they "would" do is an account given in an inquiry into the past
# ("he told officers he would pay every penny back").
INVESTIGATOR_HEARERS = _words("police officer detective investigator")
# Verbs (lemmas) of a suspect's next step in court: what the police say someone "would"
# do is an account of the crimes ("officers said the men would break into cars"), unless
# it is one of these ("officers said Lowe would appear before magistrates", "would face
# charges", "would stand trial").
TRIAL_STEP_LEMMAS = _words("appear face stand")
# Round 36 (helper O): the proceedings a court or an inquest story ends on with "continues"
# ("The trial continues.", "The inquest, which is expected to last a week, continues."):
# the proceeding goes on, the story's next step (the full class of hearings in session).
PROCEEDING_NOUNS = _words("trial retrial hearing inquest inquiry court-martial")
# Those who run or argue a case: what one of them tells the court someone "would" do is
# the case's own next step ("Prosecutor Ann Lee told the court the Crown would seek a
# retrial", "the coroner told the inquest she would write to the minister"), not evidence.
COURT_OFFICER_NOUNS = _words("""
coroner judge recorder magistrate barrister solicitor lawyer counsel prosecutor attorney
""")
# round 31: the lawyers a client is named for after the name ("Senior Counsel Ann Lee,
# representing the Law Society,", "barrister Tom Bell, acting for three newspapers,"),
# and the participles that name the client (lemmas: "acting for", "appearing for",
# "representing").
ADVOCATE_NOUNS = _words("barrister solicitor lawyer counsel attorney advocate")
CLIENT_VERB_LEMMAS = _words("act appear represent")
# Nouns (lemmas) of the weather: what it "is forecast to" do is the weather story's next
# step ("Storm Bram is forecast to bring heavy rain", "temperatures are forecast to reach
# 35C"), where a forecast of prices or sales is a projection.
WEATHER_NOUNS = _words("""
weather rain rainfall snow snowfall sleet hail storm thunderstorm wind gust gale
temperature heat heatwave cold frost fog ice flood flooding drought shower downpour
hurricane typhoon cyclone tornado blizzard
""")
# Words of the prosecution in court: what "Prosecutor Ann Lee said Smith would ..." or
# "Prosecuting, Ann Lee said Smith would ..." tells of the defendant is an account of
# his conduct ("would knock on doors", "would tell the coaches the money was delayed"),
# not his next step.
PROSECUTION_WORDS = _words("prosecutor prosecution prosecuting")
# Feelings the writer lends someone in the future: "Kell will hope it marks a turning
# point", "he will want more from his strikers", "the minister will be relieved" (a verb
# of wanting, lemmas, or the feeling's adjective or participle, lower case).
FEELING_LEMMAS = _words("hope want wish regret rue")
FEELING_WORDS = _words("""
disappointed relieved pleased delighted frustrated encouraged worried concerned heartened
dismayed annoyed satisfied thrilled angry furious happy glad proud
""")
# Pronouns that point back at what the article has just said: "that will come as cold
# comfort to the families", "this will worry ministers" judge it, no step of its own.
DEMONSTRATIVES = _words("that this")
# Adverbs of the writer's guess: "consumer groups will no doubt ask why", "the club will
# surely appeal" say what the writer expects, not what a source has said will happen.
CONJECTURE_ADVERBS = _words("doubt doubtless undoubtedly surely presumably")
# Words that put a report before an occasion: "before the game, the coach said his side
# would attack", "ahead of the final, Ross said she would enjoy every minute" (the
# occasion is the story's past; what was said of it then looks ahead of nothing now).
BEFOREHAND_WORDS = _words("before ahead")
# Pronouns of the one who writes: outside a quote, "we will update this story" is the
# page speaking to its reader, not the story's next step.
FIRST_PERSON = _words("we i")
# Labels of page furniture that open a line before a colon: "Pictured: ...", "READ MORE:
# ...", "WATCH: ..." (a caption or a link, not a sentence of the story).
FURNITURE_LABELS = _words("""
pictured picture above below inset watch video listen related more gallery photos
""")
# Words in brackets after a name that point at a picture, never a role: "Ann Lee
# (pictured)", "(left)", "(file photo)".
PICTURE_POINTERS = _words("""
pictured picture photo photograph left right centre center above below inset top bottom
file
""")
# Verbs a picture caption tells its picture with, in the present tense, third person
# singular and plural: "Fans gather outside the ground on Saturday", "Jo Roe arrives at
# court on Monday". A story sentence may use them too, but it ends with a stop.
CAPTION_VERBS = _words("""
arrives arrive leaves leave celebrates celebrate poses pose holds hold lifts lift
displays display gathers gather protests protest marches march queues queue waits wait
sleeps sleep speaks speak walks walk stands stand sits sit waves wave greets greet
watches watch reacts react embraces embrace hugs hug inspects inspect surveys survey
visits visit attends attend prepares prepare shakes shake
tackles tackle battles battle searches search lays lay wades wade carries carry clears clear
trains train pickets picket blocks block comforts comfort performs perform rescues rescue
salutes salute mourns mourn examines examine kneels kneel prays pray sweeps sweep
patrols patrol guards guard rides ride crosses cross climbs climb kisses kiss shelters
shelter assesses assess views view plays play sings sing dances dance joins join
""")
# Round 29: the same acts told with a participle, as captions write them with no verb
# ("Jo Roe leaving court during her trial in October", "Fans queuing outside the ground").
CAPTION_PARTICIPLES = _words("""
arriving leaving celebrating posing holding lifting displaying gathering protesting
marching queuing queueing waiting speaking walking standing sitting waving greeting
watching reacting embracing hugging inspecting surveying visiting attending preparing
shaking tackling battling searching laying wading carrying clearing training picketing
blocking comforting performing rescuing saluting mourning examining kneeling praying
sweeping patrolling guarding riding crossing climbing kissing sheltering assessing viewing
playing singing dancing joining
""")
# Words that make the start of a line a clause rather than a caption's subject: "She
# told bosses she would leave after ..." is a tabloid's summary line, not "Fans leave
# after the game"; "How children play in the park" is a crosshead.
CLAUSE_WORDS = _words("""
i you he she it we they him her them his its their my our your this these those
would will could can may might should must shall has have had was were is are be been
did does do that who which whom whose to not never said says told claimed claim
how why what when where
""")
# Words that make a page's last line a story about the person it names ("... is a
# reporter who was arrested", "a former editor") rather than a note on who wrote the page.
AUTHOR_NOTE_BREAKERS = _words(
    "who whom which that was were had has former ex after when since until"
)
# Words that open an aside in brackets after a name, not a role: "(no relation)", "(not
# her real name)".
BRACKETED_ASIDE_OPENERS = _words("no not")
# Adverbs that make "is to" a thing not yet done, not a plan: "officials are yet to
# confirm the cause" says what has not happened.
NOT_YET_WORDS = _words("yet")
# Phrasal verbs (lemma, particle) that tell what came next in a life or a story: "his
# family said he would go on to run the shop for 40 years" is the past told forward.
SEQUEL_PHRASALS = frozenset({("go", "on")})
# Adverbs that tell the past forward with "would" in the story's own voice: "she would
# later describe the night as the worst of her life", "he would eventually sell the farm".
SEQUEL_ADVERBS = _words("later eventually subsequently afterwards afterward")
# Round 35 (helper F): adverbs of time or addition that stand between a subject and its
# verb ("the 19-year-old once told a fanzine", "the 34-year-old also denies", "the
# 52-year-old now lives"): figures read past them to the verb an aged person does.
SUBJECT_VERB_ADVERBS = _words("once also now still then later already since never")
# Verbs (lemmas) that carry on what already happens: "the council said it would continue
# to monitor the situation", "she said she would keep working hard" is no next step unless
# a time is set ("the search will resume on Monday").
CONTINUATION_LEMMAS = _words("continue keep")
# Verbs (lemmas) of comment beside the speech verbs: "the school said it would not
# discuss individual pupils" is no next step.
COMMENT_LEMMAS = _words("comment discuss speculate disclose reveal name identify elaborate")
# The prepositions that give such a verb its new date ("until", "to", "for" March 14).
RESCHEDULE_PREPOSITIONS = _words("until till to for")
# Nouns (lemmas) of those who act, beside names, pronouns, roles, people, companies and
# state bodies: what someone says one of these "would" do is a plan ("the district would
# add two bus routes", "his client would appeal"); what a thing "would" do is a
# prediction ("the estate would overwhelm the roads", "the label would include").
ACTING_NOUNS = _words("""
client district board trust union council committee panel jury court police school
college university hospital charity club team side squad crew authority organiser
band orchestra choir ensemble troupe
""")  # round 21 (d): the last line, groups that perform ("the band will tour Japan")
# Words of a time expression that put it ahead of now ("next month", "the coming days").
FORWARD_TIME_WORDS = _words(
    "next coming tomorrow upcoming forthcoming soon shortly later looming imminent impending"
)
# Round 27 (helper b): the words after "next" that make it a place, not a time ("next to
# the reserve", "the shop next door").
NEXT_TO_PLACE_WORDS = _words("to door")
# Prepositions that open a start or a deadline ("from Friday", "by March", "until 2027").
FORWARD_TIME_PREPOSITIONS = _words("from by until till before starting within ahead")
# Round 36 (helper O): prepositions of a counted span that, told of a future, measure it
# from now ("talks will begin in three weeks", "will review the deal after six months",
# "will be eligible for parole after four years"); told of a past or a present, a
# duration ("sold out in three weeks", "was freed after six months"), no time ahead.
RELATIVE_SPAN_PREPOSITIONS = _words("in after")
# ... and the units of such a span, a day or longer (lemmas; "will go from 0-60mph in 4.2
# seconds", "will finish the course in 40 minutes" measure the act, no time ahead).
RELATIVE_SPAN_UNITS = _words("day week fortnight month year decade")
# Round 29 (helper b): verbs (lemmas) of a span granted to act in ("the court gave the
# family 28 days to leave", "the regulator has given the airline until Friday to respond",
# "granted the state four weeks to file its reply"): the span left, as "has 28 days to";
# the outlook reads them.
GRANTED_SPAN_LEMMAS = _words("give grant")
# ... and the verbs (lemmas) of a span given or had to be, not to act ("doctors gave him
# six months to live", "has a week to recover"): no step.
GRANTED_IDLE_LEMMAS = _words("live recover rest heal think reflect")
# Round 29 (helper b): nouns of a span of time the recognizer leaves untagged ("within a
# fortnight"): a counted span, as "within two weeks" is; the outlook reads them.
UNTAGGED_SPAN_NOUNS = _words("fortnight")
# Round 29 (helper b): nouns of a school's or a parliament's period that a season names
# ("before the start of the autumn term", "in the spring semester", "during the monsoon
# session" is read already): a date, as "in the autumn" is; the outlook reads them.
ACADEMIC_PERIOD_NOUNS = _words("term semester trimester")
# ... of which the one that, before a counted span, measures a difference, not a time:
# "will cut journey times by 20 minutes", "will extend opening hours by two hours" ("by
# 30 June" and "by the end of the month" stay deadlines).
DIFFERENCE_PREPOSITIONS = _words("by")
# Nouns (lemmas) of an opening for what comes next: what a thing "would" do is an outlook
# when it opens the way ("the ruling would pave the way for an appeal", "control of the
# port would create good prospects for an advance"), not when it only has an effect.
PROSPECT_NOUNS = _words("way path door prospect stage opportunity chance route")
# Prepositions that frame a clause as the terms of a plan: "under the deal, the airline
# will keep its brand", "under the new rules, drivers will face a fine" (what the news
# is, not what happens next).
TERMS_PREPOSITIONS = _words("under")
# Articles of a noun phrase that names no one in particular: "a Labour government would
# nationalise the railways" is a hypothesis, not a step someone in the story takes.
INDEFINITE_ARTICLES = _words("a an")
# Round 33 (helper b): the words that make a span a rate ("in a day", "a day", "per
# shift"), and the prepositions a rate's span may follow: what one of a kind does at a
# rate ("A bee will visit several thousand flowers in a day") is a habit, no step.
RATE_WORDS = INDEFINITE_ARTICLES | _words("per")
RATE_PREPOSITIONS = _words("in per")
# Determiners of one (or some) not named among many ("a pal of X", "one teammate of
# X", "another friend"): the noun is never renamed by the name after its "of".
UNNAMED_ONE_DETERMINERS = INDEFINITE_ARTICLES | _words("one another some")
# The short words a title leaves in lower case ("A House of Quiet Things", "Back the Bus
# Lane Now"): a quoted passage whose other words are all capitalised names a work, a
# campaign or a nickname, not words anyone said.
TITLE_CASE_MINOR_WORDS = _words("""
a an the and or but nor of in on at to for with by from as into onto upon per via vs v
""")
# Nouns (lemmas) of a danger ahead: a consequence that puts something "at risk" or brings
# "a risk of ice" looks ahead, and stays with the outlook sentence it ends.
JEOPARDY_NOUNS = _words("risk threat danger jeopardy peril")
# Prepositions of a span rather than a date: "for the next 50 years", "over the coming
# decade" say how long, not when; the span's "next" puts nothing ahead on its own.
DURATION_PREPOSITIONS = _words("for over during throughout")
# Nouns of a date that name a time on their own, as a date entity ("next spring" needs no
# "next" to be a date: "in the spring", "this weekend", "in the first quarter").
DATE_NOUNS = _words("spring summer autumn fall winter weekend quarter tonight today")
# round 35: the decades of a life, told with a possessive an age ("until their twenties",
# "in his seventies"), and the noun of an age ("until the age of five", "at age 65"): the
# recognizer tags them dates, but no day of the calendar is meant (the full class).
LIFE_DECADE_NOUNS = _words(
    "teens twenties thirties forties fifties sixties seventies eighties nineties"
)
AGE_NOUNS = _words("age")
# Words of a time expression that put it behind ("last week", "two days ago").
PAST_TIME_WORDS = _words("last ago yesterday earlier previous previously recently since")
# Words that put an event behind a state it left ("the club are bottom after a defeat on
# Saturday", "the station is closed following a fire on Tuesday"): the day is the event's.
AFTERMATH_WORDS = _words("after following")
# Verbs of a fixture that the tagger reads as a noun inside the sides' names ("Rovers host
# Dunmore Athletic on Saturday", "United visit Kelham Park on Saturday").
FIXTURE_VERBS = _words("host hosts visit visits face faces entertain entertains welcome welcomes")
# Fixture verbs of an away trip, their opponent's ground after "to": "City head to
# Anfield on Sunday", "United travel to Brentford next weekend".
FIXTURE_AWAY_VERBS = _words("travel travels head heads go goes")

_COUNTRY_ALIASES = {
    "Russia": "Russia",
    "Russian Federation": "Russia",
    "U.S.": "United States",
    "US": "United States",
    "USA": "United States",
    "America": "United States",
    "United States": "United States",
    "Britain": "United Kingdom",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Great Britain": "United Kingdom",
    "United Kingdom": "United Kingdom",
    # The UK's nations, each a country of its own in news (and in sport).
    "England": "England",
    "Scotland": "Scotland",
    "Wales": "Wales",
    "Northern Ireland": "Northern Ireland",
    "Turkey": "Turkey",
    "Türkiye": "Turkey",
    "Czech Republic": "Czechia",
    "Palestine": "Palestine",
    "Holland": "Netherlands",
}


# Capitals that news writes for their governments ("Moscow said", "Beijing denied", "La
# Paz has said"): in a story where the country acts too, the capital is one actor with
# it. Not capitals that are common given names or other bodies' seats ("Sofia",
# "Wellington", "Brussels" for the EU, "Washington" for a person).
CAPITAL_CITIES = {
    "Moscow": "Russia", "Beijing": "China", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Tokyo": "Japan", "Seoul": "South Korea", "Pyongyang": "North Korea",
    "Tehran": "Iran", "Ankara": "Turkey", "Cairo": "Egypt", "Riyadh": "Saudi Arabia",
    "Damascus": "Syria", "Baghdad": "Iraq", "Kabul": "Afghanistan", "Islamabad": "Pakistan",
    "New Delhi": "India", "Dhaka": "Bangladesh", "Beirut": "Lebanon", "Amman": "Jordan",
    "Caracas": "Venezuela", "Havana": "Cuba", "Bogota": "Colombia", "Bogotá": "Colombia",
    "Lima": "Peru", "Quito": "Ecuador", "La Paz": "Bolivia", "Buenos Aires": "Argentina",
    "Brasilia": "Brazil", "Brasília": "Brazil", "Mexico City": "Mexico", "Ottawa": "Canada",
    "Canberra": "Australia", "Pretoria": "South Africa", "Nairobi": "Kenya",
    "Addis Ababa": "Ethiopia", "Abuja": "Nigeria", "Accra": "Ghana", "Dakar": "Senegal",
    "Bamako": "Mali", "Niamey": "Niger", "Khartoum": "Sudan", "Kampala": "Uganda",
    "Dodoma": "Tanzania", "Kigali": "Rwanda", "Harare": "Zimbabwe", "Lusaka": "Zambia",
    "Luanda": "Angola", "Maputo": "Mozambique", "Rabat": "Morocco", "Algiers": "Algeria",
    "Tunis": "Tunisia", "Tripoli": "Libya", "Madrid": "Spain", "Rome": "Italy",
    "Lisbon": "Portugal", "Athens": "Greece", "Warsaw": "Poland", "Budapest": "Hungary",
    "Prague": "Czechia", "Vienna": "Austria", "Bern": "Switzerland", "Stockholm": "Sweden",
    "Oslo": "Norway", "Copenhagen": "Denmark", "Helsinki": "Finland", "Dublin": "Ireland",
    "Paris": "France", "Berlin": "Germany", "Minsk": "Belarus", "Tbilisi": "Georgia",
    "Yerevan": "Armenia", "Baku": "Azerbaijan", "Astana": "Kazakhstan",
    "Bangkok": "Thailand", "Hanoi": "Vietnam", "Jakarta": "Indonesia", "Manila": "Philippines",
    "Kuala Lumpur": "Malaysia", "Taipei": "Taiwan", "Kathmandu": "Nepal",
    "Colombo": "Sri Lanka", "Bucharest": "Romania", "Belgrade": "Serbia", "Zagreb": "Croatia",
    "Vilnius": "Lithuania", "Riga": "Latvia", "Tallinn": "Estonia", "Chisinau": "Moldova",
    "Doha": "Qatar", "Abu Dhabi": "United Arab Emirates", "Managua": "Nicaragua",
}  # fmt: skip


@lru_cache
def country_names() -> dict[str, str]:
    """Every way a country is commonly written -> its canonical short name."""
    import pycountry  # its country table loads on first use, not at import

    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        if "," in canonical or "(" in canonical:
            continue
        names[canonical] = canonical
        if "," not in country.name and "(" not in country.name:
            names[country.name] = canonical
    for alias, canonical in _COUNTRY_ALIASES.items():
        names[alias] = names.get(canonical, canonical)
    return names


@lru_cache
def state_names() -> frozenset[str]:
    """The names of countries' states and provinces, the first-level divisions that
    have governments of their own ("Kerala", "Ontario", "Texas", "Tamil Nadu"), written
    without accents as news writes them ("Tamil Nādu" -> "Tamil Nadu")."""
    import pycountry  # its table loads on first use, not at import

    return frozenset(
        "".join(c for c in unicodedata.normalize("NFKD", s.name) if not unicodedata.combining(c))
        for s in pycountry.subdivisions
        if s.type in ("State", "Province", "Territory") and not s.parent_code
    )


# What a state or province's government does as one, named by the state ("Kerala
# refused", "Tamil Nadu has written to the Centre", "Alberta will sue"), beside speech
# and stance verbs. Lemmas.
GOVERNMENT_ACT_LEMMAS = _words("""
refuse reject object write seek sue challenge appeal sign approve ask demand threaten
""")


# --- the linguistic layer (briefsmith.core.analysis) ---------------------------------
# Lemmas of verbs (and the one preposition-like cue, "according") that report speech or
# writing: the cue of a quotation. Lower case, as spaCy's lemmatizer gives them ("texte"
# is its reading of "texted").
SPEECH_LEMMAS = _words("""
say tell add tweet write warn explain note state announce ask reply insist claim declare
urge estimate recall post argue acknowledge admit confirm describe predict promise vow
stress emphasize emphasise continue conclude comment respond answer complain joke quip
suggest remark observe testify plead shout scream cry whisper mutter exclaim concede
maintain allege assert boast caution contend counter demand deny begin finish according
utter report yell text assure reassure submit
texte email message radio
""")
# Verbs of coming across written words ("Users saw the message ‘…’", "were greeted
# with signs reading ‘…’"): words one sees are not the seer's, nor the reporter's. Lemmas.
PERCEIVING_LEMMAS = _words("""
see spot notice read receive get find show greet face meet watch view display flash
capture
""")
# Nouns for words a screen, an app or an advert puts up ("were shown the warning ‘…’",
# "an error reading ‘…’", "carried the tagline ‘…’"): like a sign's, nobody's speech.
SHOWN_TEXT_NOUNS = _words("""
warning warnings alert alerts error errors pop-up pop-ups notification notifications
tagline taglines motto mottos strapline straplines words sms text texts
transmission transmissions
""")
# Words set down once for a body, a song or a place and repeated by anyone ("The
# regiment's motto, ‘…’, is carved", "whose slogan is ‘…’", "The chorus goes ‘…’"):
# nobody's speech in the story, unless a person owns them ("his catchphrase").
SET_WORDS_NOUNS = _words("""
motto mottos slogan slogans refrain chorus lyric lyrics verse anthem hymn jingle
catchphrase epitaph song poem rhyme prayer
""")
# Verbs of a thing bearing written words ("tins carried the slogan ‘…’", "leaflets
# headed ‘…’", "T-shirts printed with ‘…’", "held placards bearing ‘…’"). Lemmas.
WORD_BEARING_LEMMAS = _words("""
carry bear print wear hold wave unfurl emblazon stamp mark head display flash scroll show
beam transmit broadcast
""")
# Verbs by which a thing puts up or sends words ("the scoreboard flashed ‘…’", "the
# destroyer signalled ‘…’", "the display read ‘…’", "the ship's log recorded ‘…’", "the
# lander transmitted ‘…’"), and the crowd's verbs of chanting ("fans sang ‘…’"): the
# words are not those of whoever reports them. Lemmas.
WORD_SHOWING_LEMMAS = _words("""
display flash scroll signal blare read squawk beep record transmit
capture
""")
CHANTING_LEMMAS = _words("chant sing chorus")
# Verbs by which someone is caught speaking, in the passive ("The referee was heard
# telling the bowler ‘…’", "was recorded saying ‘…’"): the words are that subject's,
# not those of whoever reports it. Lemmas.
OVERHEARD_LEMMAS = _words(
    "hear overhear record film tape catch capture"
    " recall remember"  # round 20: active only, "recalled his father telling him ‘…’"
)
# Nouns for the other side of a contest or a pairing, which the person nouns miss ("beat
# his opponent", "her teammate"): someone else brought into the story.
COUNTERPART_NOUNS = _words("""
opponent opponents rival rivals teammate teammates team-mate team-mates challenger
challengers counterpart counterparts
""")
# Ties one person's post has to another's, written as the role ("her predecessor",
# "his deputy", "her Ghanaian counterpart"): what they say the person holds comes from
# the other person's post (merging._posts_through_ties; round 43).
POST_TIE_NOUNS = _words("predecessor deputy counterpart")
# Verbs of putting questions to someone: their subject asks, their object answers ("The
# prosecutor questioned the defendant, X. ‘…,’ he said" is X's answer). Lemmas.
QUESTIONING_LEMMAS = _words("ask question quiz grill interrogate interview")
# Object pronouns for people a verb before a colon acts on ("She thanked them: ‘…’",
# "He praised us:"): the words after the colon stay the subject's (round 33).
PARTY_OBJECT_PRONOUNS = _words("him her them us me you everyone everybody")
# Verbs by which one reports another's words: "the paper quoted Ann Lee as saying ...",
# "Lee was cited as saying ..." (the one quoted speaks).
QUOTING_LEMMAS = _words("quote cite")
# Nouns for what someone said, naming its speaker after the quote ("“…” That was the
# warning from Ann Lee", "Those were the words of the coroner").
UTTERANCE_NOUNS = _words("""
message warning verdict view word words assessment plea response reaction reply comment advice
answer conclusion prediction promise challenge appeal remark
""")
# Verbs that state where someone stands ("Barry Holt disagrees", "Ann Lee is leading
# the opposition", "she fears the worst"): a paragraph saying so, then a quote standing
# alone, introduces that person's words. Lemmas.
STANCE_LEMMAS = _words("""
agree disagree believe think feel fear hope worry doubt welcome oppose support lead
campaign suspect
""")
# Round 31 (speakers): verbs of ruling or holding a view whose clause a quote may sit in
# ("Judge Ann Lee ruled that the search was ‘…’", "Justice Rao held that the rule was
# ‘…’", "the coroner found that the trust had ‘…’", "Tom Reed reckons the side is ‘…’"):
# with the stance verbs, a cue only when the quote is in the verb's clausal complement and
# the verb has a speaking subject ("found the car ‘burnt out’" is no clause). Lemmas.
VIEW_HOLDING_LEMMAS = _words("rule hold find reckon")
# Stance verbs a place does without its government acting: "Leeds City welcomed
# visitors", "Harlan County leads the state in overdoses", "the city supports 40,000
# jobs". A town's name before them is the place, not its council.
PLACE_STANCE_LOOKALIKE_LEMMAS = _words("welcome lead support")
# Verbs by which someone has or gives an utterance set after a colon: "Ann Lee had a
# simple message for parents: ‘…’", "she issued a warning: ‘…’". Lemmas.
DELIVERING_LEMMAS = _words("have give issue deliver send offer repeat make share post")
# Verbs of accusing: the quoted charge is the accuser's own words ("Lee accused the
# board of ‘treating villages as an afterthought’").
ACCUSATION_LEMMAS = _words("accuse")
# Documents that speak for whoever owns them: "the institute's report said".
DOCUMENT_NOUNS = _words("""
report study review paper filing statement letter note memo submission audit survey
petition
""")
# Verbs of the manner of speaking that attribute a quote beside them (tabloid and sport
# copy: "“…,” he fumed", "“…,” he revealed"), read only as a quote's cue ("reflect" is
# not one: "the changes reflected ‘routine adjustments’").
SPEECH_MANNER_LEMMAS = _words("fume rage gush blast snap laugh reveal")
# Verbs that name or describe something in quoted words ("labelled it 'a disgrace'",
# "called the plan 'reckless'", "dismissed it as 'a stunt'"): a cue only when the quote
# is their object (or, for "dismiss", what it is dismissed as).
NAMING_LEMMAS = _words("label call dub brand term describe characterize characterise use dismiss")
# Round 27 (speakers): naming verbs that a thing may do as well ("the figures described
# ‘an older country’", "the data depict ‘…’"): said of a thing that says nothing, inside
# what a speaker reports, the quoted words are the speaker's. Not "call" or "dub" (a crowd
# or a village calls a place something: theirs). Round 31: "the breath test told ‘a very
# different story’", "the data suggest ‘…’" (not with one told: "the sat-nav told him
# ‘…’" are the device's words).
DEPICTING_LEMMAS = _words("describe depict portray characterize characterise tell suggest")
# Lemmas that put the words they govern in doubt: a quotation under them is not the
# named person's speech ("denied saying", "falsely claimed she said").
DENIAL_LEMMAS = _words("""
deny dismiss dispute fabricate fake invent misattribute misquote doctor reject refute rebut
""")
FALSITY_ADVERBS = _words("falsely wrongly erroneously mistakenly incorrectly wrongfully")
# Nouns for a claim going round that the article reports without owning ("denied claims
# that she had ‘misled parliament’", "reports that it would ‘scrap the bus pass’ were
# wrong", "posts claiming he had ‘quit’"): words quoted in their clause are the claim's,
# not the words of whoever denies or reports it. Lemmas.
CLAIM_NOUNS = _words("""
claim allegation suggestion rumour rumor speculation report accusation assertion post
story insinuation
""")
NEGATIONS = _words("not n't never no")
# Things that carry words without speaking them: "signs reading ...", "a banner saying".
# Things a person writes and owns ("His letter read:", "Her statement said:"): the words
# are the owner's, the one the possessive pronoun stands for.
OWNED_WRITING_NOUNS = _words("""
letter letters email emails e-mail message messages statement note post tweet memo text
""")
WRITTEN_NOUNS = _words("""
sign signs banner banners placard placards poster posters slogan slogans billboard
billboards graffiti headline headlines caption captions sticker stickers t-shirt t-shirts
shirt shirts note notes message messages letter letters plaque plaques flag flags card
cards leaflet leaflets notice notices label labels inscription tattoo
""")
# What a "he" or "she" can tell about a name: titles and gendered nouns beside it.
MASCULINE_WORDS = _words("""
mr mr. sir lord king prince duke baron count emperor spokesman chairman businessman
congressman councilman policeman fireman father son brother husband uncle grandfather
boy man widower dad grandad granddad stepfather stepson boyfriend landlord nephew
grandson stepbrother
""")
FEMININE_WORDS = _words("""
mrs mrs. ms ms. miss lady dame queen princess duchess baroness countess empress
spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman mother
daughter sister wife aunt grandmother girl woman widow mum mom grandma granny gran nan
stepmother stepdaughter girlfriend landlady niece actress waitress headmistress
granddaughter stepsister
madam mdm mdm.
""")
# Common given names by the gender they usually carry, from many origins (English,
# Irish, Scottish, Welsh, South Asian, Arabic, Turkish, Persian, West, East and Southern
# African, Chinese, Japanese, Korean, Spanish, Portuguese, Italian, French, German,
# Dutch, Nordic, Polish, Slavic, Greek): the small recognizer calls many such names a
# body or a place ("Nadia Ferreira" as an ORG), or nothing. A name-shaped subject that
# opens with one is a person, and a "he"/"she" must agree with it. Names that are also
# common words, places or firms ("Grace", "Jordan", "Florence") are left out. Folded.
FEMININE_GIVEN_NAMES = _words("""
abigail ada adaeze adriana agata agnieszka aisha aisling aiko alejandra alessandra alexandra
alice alicia alina alison amanda amara amelia amina amira anastasia angela anika
anita anjali ann anna anne annika antonia anya aoife ariana asha astrid aurelie ayesha
barbara beatriz bernadette bethan bianca brigid bronwen caitlin camila carla carmen
caroline catalina catherine catriona cecilia charlotte chiara chidinma chioma chloe
christina ciara claire clara claudia daniela deborah deepa delphine diana dorota efua
eilidh elena eleni eliza elizabeth ellen eloise emily emma esi esther eszter eva fatima
fatou fiona francesca freya gabriela gemma giulia gulsen hana hannah harriet heather
helen helena hiba hiroko ifeoma ilse ines ingrid irina isabel isabella isla ivana jacqueline
jane janet jasmine jennifer jessica joanna josephine julia julie karen katarzyna kate
katherine katie kavita keisha kezia keziah khadija kirsty laila laura lauren layla
leila lena leticia lindiwe lisa lucia lucy lydia magdalena maja malgorzata mariam marianne
marie marisol marta martina maryam megan mei meera michelle mila miriam monika nadia
nadine naledi nancy naomi natalia natasha ngozi nina noor nora nkechi oksana olga
olivia orla paula pauline pooja priya priyanka rachel rania rebecca renata rhiannon
rosalind roxana ruth saanvi sabrina samira sandra sara sarah shabnam sharon sian siobhan
sofia sonia sophie soraya sunita susan svetlana tamsin tanya thandiwe theresa tomoko
ursula valentina vanessa vera veronica wanjiru wendy yasmin yetunde yvonne zainab
zanele zara zeynep zofia zoe zsofia liz sue jenny becky beth meg
joanne margaret mary patricia linda elaine lorraine tracey donna nicole stephanie rachael
amy gillian jill pamela shirley maureen sheila brenda carol denise sally melanie louise
natalie samantha danielle isabelle eileen bridget deirdre niamh roisin sinead gwen ffion
cerys nia betty kimberly dorothy melissa cynthia kathleen christine debra carolyn
diane joan evelyn judith cheryl martha gloria teresa frances kathryn janice judy
sophia doris marilyn lori
erin mia irene tina ellie moira rosa maya farah gina sienna bella jenna gail rita edna
tessa chantelle sadie leah abbie
maria ana grace joyce mariana fernanda monique brigitte heike sabine tatiana ekaterina
fatma lakshmi rekha neha divya sushma morag mairead
renee aimee desiree
""")  # (round 19: common given names missing, "Coach Maria Lopez ... he said"; round 39:
# given names ending like an occupation in -ee, "Desiree Ann Lee" no "Desiree")
MASCULINE_GIVEN_NAMES = _words("""
aaron abdullah adam adebayo ahmed ahmet alan alejandro alessandro alexander alistair
amir anders andre andrei andrew angus antonio arjun arnav bartosz ben benjamin bilal
bogdan brendan bruno callum carlos ciaran colin conor dafydd daniel darius david declan
dieter dmitri duncan eamon edward emeka emmanuel emre enrique ethan euan fabio farid
felipe fernando finn francesco francisco gareth gavin geoffrey george giorgos giovanni
graham gregor gwyn hamza hans harry hassan hector hiroshi hugo ibrahim ifan ivan jakub
james jamal javier jens joao johannes john jonathan jorge jose joseph juan jurgen
kamal karim karol kenji kevin kofi kwabena kwame kwesi lachlan lars liam lorenzo luca
lucas luis lukasz malik marco marcus mario mark marek martin mateus matteo matthew
mehmet michael miguel mikhail mohamed mohammed muhammad musa nasser neil nikolai nikos
niall oisin olumide omar oscar owen pablo padraig patrick pavel pedro peter piotr pradeep
rafael rahul rajesh ravi rhys richard robert rodrigo ryan sandeep sean sebastian
sergei siddharth simon sipho stefan stephen sven takeshi tariq themba thomas tiago timothy
tobias tomasz tunde vikram viktor vusi william wojciech xavier yannick yaw yusuf
youssef zoltan tom dave mike steve rob jim joe pete nick
paul gary craig darren wayne barry keith kenneth brian derek trevor roger nigel ian
malcolm stuart andy philip anthony christopher nicholas oliver henry kieran connor shane
scott jason adrian raymond dennis gordon fraser hamish rory dominic luke joshua samuel
nathan kyle aidan gerald howard leonard roy stanley arthur albert walter douglas hugh
ewan iain rajiv sanjay anil vijay deepak manoj suresh nasir imran khalid faisal mustafa
donald steven ronald jeffrey jacob eric larry justin gregory jerry tyler zachary noah
jeremy harold carl dylan bryan billy bruce elijah randy vincent eugene bobby
felix leon ollie eli vince danny theo terry troy karl freddie alfie archie reggie harvey
toby jake bradley yuri nate abdul
lawrence pierre francois jacques philippe michel luigi giuseppe paolo stefano manuel diego
sergio ramesh rakesh mahesh amit sunil arun vladimir alexei wolfgang klaus
chinedu segun babajide kojo
""")  # (round 19: common given names missing)
# Given names borne by women and men alike ("Andrea" is a man in Italy, "Jean" in
# France, "Oluwaseun" either in Nigeria): a person, but no gender for a "he"/"she".
UNISEX_GIVEN_NAMES = _words("""
andrea kerry oluwaseun sasha jamie alex sam charlie ashley nicola jean
""")
# Any given name: a name-shaped phrase opened by one is a person's.
GIVEN_NAMES = FEMININE_GIVEN_NAMES | MASCULINE_GIVEN_NAMES | UNISEX_GIVEN_NAMES

# Parents and grandparents as tabloids describe someone ("the father-of-two said",
# "the mum-of-three added"): the word's gender, read like a "he" or "she".
PARENT_GENDER: dict[str, str] = {
    **dict.fromkeys(_words("father dad daddy grandfather grandad granddad stepfather"), "m"),
    **dict.fromkeys(_words("mother mum mom mummy grandmother grandma gran nan stepmother"), "f"),
}
# Kin of a named person ("Lumsden's wife shouted ‘…’"): someone the article describes
# by whose relative they are, credited in the article's words; a relative is often
# named by a given name alone ("His wife, Sheila, said", "Tate's mother, Grace,").
KIN_NOUNS = _words("""
wife husband partner son daughter mother father brother sister mum dad grandmother
grandfather grandson granddaughter aunt uncle niece nephew cousin fiancee fiancée fiance
girlfriend boyfriend widow widower stepfather stepmother stepson stepdaughter grandad
granddad grandpa grandma gran nan
""")
# What a speaker calls their own parent or grandparent in a quote ("Dad never missed a
# match", "Mum rang me"), with the role nouns an article gives that relative: whoever
# speaks of "Dad" is not the one the article calls the father.
KIN_ADDRESS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_words("mum mom mam mummy"), frozenset(_words("mother mum mom stepmother"))),
    **dict.fromkeys(_words("dad daddy"), frozenset(_words("father dad stepfather"))),
    **dict.fromkeys(
        _words("gran nan nana nanna granny grandma"),
        frozenset(_words("grandmother gran nan grandma")),
    ),
    **dict.fromkeys(
        _words("grandad granddad grandpa"), frozenset(_words("grandfather grandad granddad"))
    ),
}
# Words a story uses for someone it has just named with a title, besides role nouns
# ("captain Joe Mbeki ... the 26-year-old international said", "the veteran added").
DESCRIBING_NOUNS = _words("""
international veteran star pundit skipper youngster academic boss
""")
# A person's family speaking as one ("His family said: ‘…’", "Mr Hollins's family
# said"): credited in the article's words, like a relative.
FAMILY_NOUNS = _words("""
family
""")
# Who speaks for a named person without a name of their own ("Tamsin's rep said",
# "the singer's publicist said"): credited in the article's words, like a relative.
REPRESENTATIVE_NOUNS = _words("""
rep representative spokesman spokeswoman spokesperson publicist agent manager lawyer
solicitor
""")
# Those close to a named person who speak about them, not as them ("Friends of Ann Lee
# said", "A source close to the prince said", "Aides to the premier said"): like a
# relative or a representative, the person they are "of", "for" or "close to" is who
# they speak of.
ASSOCIATE_NOUNS = _words("""
friend friends source sources aide aides ally allies associate associates confidant
confidante confidants colleague colleagues insider insiders supporter supporters
neighbour neighbours neighbor neighbors adviser advisers advisor advisors
""")
# Words in a sentence about a parent that tell the child's gender ("Platt's father
# drove him to every event", "phoned her daughter"); an objective "her" counts too.
CHILD_GENDER: dict[str, str] = {
    **dict.fromkeys(_words("son stepson boy him himself"), "m"),
    **dict.fromkeys(_words("daughter stepdaughter girl herself"), "f"),
}
# Nouns that describe someone by an age range ("the teenager said", "the pensioner
# added"): they refer back to the one person the article gave an age in that range.
AGE_GROUP_NOUNS: dict[str, tuple[int, int]] = {
    "teenager": (13, 19),
    "teen": (13, 19),
    "schoolboy": (4, 18),
    "schoolgirl": (4, 18),
    "toddler": (1, 4),
    "pensioner": (60, 120),
    "sexagenarian": (60, 69),
    "septuagenarian": (70, 79),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    "centenarian": (100, 130),
}
# Verbs of a report's credit line ("Ann Lee contributed to this report"): whoever they
# name wrote the copy, and is no actor of the story.
CREDIT_LEMMAS = _words("contribute produce write report")
CREDIT_NOUNS = _words("report reporting article story piece")
# Last words of street and building names that read like a person's name ("Creekside
# Road", "Oakfield House"): with no recognizer calling them a person, they are places.
STREET_HEADS = _words("Road Lane Avenue Drive Crescent Terrace Gardens House Close Way")
# The last words of an address ("on Newgate Street", "at 14 Tarragon Street"): a number
# before them is a house number, not a count.
ADDRESS_HEADS = STREET_HEADS | _words("""
Street St Square Parade Row Place Court Grove Boulevard Mews Esplanade Park Heights
Green Lawns Vale
""")
# "the big four banks", "the Big Three agencies": a fixed name for a trade's leaders,
# not a count the story reports.
LEADING_GROUP_WORDS = _words("big Big")
# Words before a number that name a group by its rank ("the top 10 hotels", "in the top
# 20 places to live", "the bottom three"): the group, not a count.
RANKED_GROUP_WORDS = _words("top bottom")
# Areas and divisions numbered after their noun ("Ward 3 Alderman Pete Novak", "District
# 4 Supervisor Ana Ruiz", "the Precinct 12 captain"): the number names the area.
NUMBERED_AREA_NOUNS = _words("ward district precinct zone division sector borough parish")
# A child's place among siblings ("the second of six children", "the eldest of four
# sons"): the count of children describes where someone was born into, no figure.
BIRTH_ORDER_WORDS = _words("""
eldest oldest youngest middle first second third fourth fifth sixth seventh eighth
ninth tenth eleventh twelfth
""")
SIBLING_GROUP_NOUNS = _words("children siblings brothers sisters sons daughters boys girls")
# What an analyst sets for a horizon ahead ("a 12-month price target of 450p", "its
# 12-month target price"): the span names the horizon, no figure.
HORIZON_NOUNS = _words("target forecast outlook")
# How a whole career is measured out ("a career spanning six decades", "a career of 40
# years"): the span describes the person.
CAREER_SPAN_VERBS = _words("spanning lasting of")
# Nouns of a grade a judge gives a runner or a thing ("runs off a mark of 95", "a Timeform
# rating of 170"; with "rated": "rated 142 by the BHA"): the grade, no figure.
GRADE_NOUNS = _words("rating mark")
# Words just before a radio station's call sign ("told 3AW", "Speaking to 2GB", "radio
# station 6PR"): the digit and capitals name the station.
CALL_SIGN_CUES = _words("told tells telling to on station radio with")
# Capital letters that, glued to digits, tell a unit or a scale ("35C", "300K users", "£5M",
# "a 60W bulb", "a 13A fuse", "12V"): any other lone capital glued to digits makes a name or
# a code of them ("the union 3F", "a 9F Club"), unless a word of temperature tells "F".
UNIT_LETTERS = _words("c k m b t w v a j n l s h")
# Round numbers that, told with "a" in someone's quoted words, are a figure of speech
# ("a million miles from", "a thousand reasons"), not a count.
HYPERBOLE_SCALES = _words("hundred thousand million billion trillion zillion")
# People who belong to a body, as lemmas: "men from the Wagner Group", "researchers
# from the institute" (the body acts through them).
PERSONNEL_NOUNS = _words("""
man woman member staff troop fighter soldier employee worker official researcher
scientist volunteer supporter fan player officer agent representative pupil student
patient customer passenger shareholder investor team crew trustee cabinet board panel
""")
# People a body's work is told through, in the plural with "at": "astronomers at the
# Carrow Institute said", "analysts at Bracken Securities said", "forecasters at Colorado
# State University had predicted" (lemmas; the body acts, as "researchers at" it do).
STAFF_AT_NOUNS = _words("""
astronomer forecaster analyst economist engineer academic expert physicist chemist
biologist geologist epidemiologist
""")
# Common nouns for a body, written before or after its one-word name: "the union
# Unite said", "watchdog Ofcom said", "Ofwat, the regulator, said".
# Those that only ever describe, never open a body's own name ("Watchdog Ofcom said"
# is Ofcom; "Union Pacific" and "Network Rail" are names).
DESCRIPTIVE_BODY_NOUNS = _words("""
charity watchdog broadcaster retailer supermarket promoter developer insurer lender
publisher regulator carmaker drugmaker chipmaker housebuilder airline newspaper paper
magazine band duo trio bookmaker brewer distiller shipbuilder
sponsor
broker stockbroker grocer jeweller baker
""")
# (round 21, helper e: "broker", "stockbroker", "grocer", "jeweller", "baker" opening a
# body's name: "Broker Shore Capital raised its target", "Jeweller Walden said".)
# (round 16, helper e: "sponsor", a firm that pays for a show or a shirt: "Sponsor
# Vantora said", "its headline sponsor, Vantora,".)
# Round 31d: prepositions before a person's name that place, compare or name the person
# ("in", "like", "as", "named after"): the verb they hang on does nothing to that person
# ("trains under Rhys Dalby" and "heard from Ann Lee" do).
NON_PARTY_PREPOSITIONS = _words("""
in at on near into onto across around outside inside throughout within via as like unlike
after than beside
""")
# Prepositions by which a person is party to the object of a clause's verb ("slapped a
# fine on Ann Lee", "rejected criticism from Ann Lee", "filed a complaint against Ann
# Lee"): the one the thing is laid on, comes from or is aimed at (round 42).
PARTY_TO_AN_OBJECT_PREPOSITIONS = _words("on from against")
# Prepositions whose object is where something happens ("in Oslo", "at Gatwick"), not
# what is fought over or dealt with ("attacks on Soledar", "the capture of Soledar").
# (Round 36: also what the capitalized words after them name, where and not two people:
# "clinics in Nelson and Grace Harbour", "near Alice and Mary Street".)
PLACE_PREPOSITIONS = _words("""
in at near from to into across around outside inside throughout within via
""")
# Prepositions that end a counted noun and open where it was ("rescued 12 fishermen off
# Cape Clear", "40 homes near the river", "85 cars outside the gates").
COUNT_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | _words("off beside beyond onto upon amid aboard")
# What is owned "in" a company besides what it issues ("a 20% stake in Corvel", "its
# holding in Lumley"): the name after "in" is the company's, a party to the story, not a
# place. Lemmas.
HOLDING_NOUNS = _words("stake holding")
# Nouns for a body of people that never describe one person: what is "a group of members
# opposed to the sale" or "a charity that runs the shelter" is an organization.
COLLECTIVE_BODY_NOUNS = _words("""
group charity campaign company firm organisation organization union association
federation coalition alliance consortium society trust club movement brokerage
consultancy partnership band orchestra choir ensemble duo trio quartet
fund bank lender insurer airline supermarket grocer conglomerate drugmaker carmaker
automaker chipmaker housebuilder newspaper
hotline helpline network nonprofit collective cooperative co-operative
""")
# Common nouns a club is described by on later mentions ("the League Two side", "the
# Championship club said"): they stand for a club the article named, never for a new one.
CLUB_DESCRIPTION_NOUNS = _words("""
club side team outfit
""")
# Trades whose firms go by their partners' names, in the plural a firm is described by
# ("estate agents Marlow Keane", "Solicitors Hartley Brand said"): one person is never
# "agents", so the name they describe is a firm's.
FIRM_TRADES = _words("""
solicitors accountants auctioneers architects surveyors agents analysts consultants
brokers lawyers stockbrokers insolvency-practitioners administrators valuers
""")
BODY_NOUNS = DESCRIPTIVE_BODY_NOUNS | _words("""
union operator network chain trust council authority agency party group campaign
organisation organization association federation body
""")
# Common nouns a story introduces a body by, before its name or with the name in
# apposition ("signed to the label Ekwe Records", "the engineering firm Harrowgate
# Civil"): the name is a body's, whatever the recognizer calls it.
NAMED_BODY_NOUNS = (
    BODY_NOUNS
    | COLLECTIVE_BODY_NOUNS
    | _words("""
label company firm studio publisher distributor contractor supplier operator carrier
broker bank manufacturer maker brand outfit
""")
)
# (Round 28b, helper d.) More nouns a body is introduced by before its name, besides
# NAMED_BODY_NOUNS: "the rate-tracking website Moneyfair", "Pollster Numera found";
# those in BODY_NOUNS_NEEDING_A_MODIFIER only with a lower-case word before them ("the
# conciliation service Acas", "think tank Civitara"; "the service Tuesday" is a time).
BODY_NOUNS_BEFORE_A_NAME = _words("pollster website watchdog")
BODY_NOUNS_NEEDING_A_MODIFIER = _words("service tank")
# (Round 28b, helper d.) Sports a club is named by, in lower case between its name and
# "club": "Cape Harbour rugby club was fined", "Ballinrobe football club said".
SPORT_CLUB_WORDS = _words("""
rugby football soccer cricket hockey golf tennis rowing sailing yacht boxing athletics
netball hurling camogie gaelic bowls bowling swimming cycling baseball basketball
""")
# What a body is to the business a deal is about, in apposition to its name ("from its
# owner, Calloway Partners", "its parent, Redmoor Capital"): a party to the deal.
DEAL_PARTY_NOUNS = _words("""
owner owners parent seller buyer backer backers shareholder investor acquirer bidder
""")
# Verbs (lemmas) of bringing something to a place: "Storm Bronagh brought gusts to
# western Scotland", "the festival brought visitors to Leeds" (where it arrives, scenery;
# not a recipient, as in "returned the bronzes to Nigeria").
BRINGING_LEMMAS = _words("bring")
# Round 35: verbs (lemmas) that carry a quantity to a new level, their object the thing
# measured: "bringing the total to 640,000", "taking the death toll to 47", "pushing the
# bill to £3m", "sending the count to 12", "puts the cost at £2m".
LEVEL_CARRYING_LEMMAS = _words("bring take push send put")
# Verbs of a land the weather falls on ("Britain bakes", "Greece sweltered", "the
# north shivers"): its subject suffers the weather and does nothing in the story.
WEATHER_ENDURING_LEMMAS = _words("""
bake swelter sizzle roast broil scorch boil shiver freeze bask
""")
# What a listed company issues: "Shares of Apex fell", "Apex stock rose" (the company
# is the story's actor, not scenery).
ISSUED_NOUNS = _words("""
share stock bond
""")
# Staff only a body has ("Zentrix boss", "a Quorvo spokeswoman"): a one-word name before
# them is an organization, never a place ("Leeds mayor") or a person.
BODY_STAFF_NOUNS = _words("""
boss ceo executive chairman chairwoman founder spokesman spokeswoman spokesperson
shareholder employee staff
cfo coo cto cio cmo
""")  # (round 22: the chief officers written short, as "ceo" is)
# Things a story names like people or bodies, said by the common noun before or after
# the name: "her album Paper Harbours", "the film Midnight Orchard", "the ship Mary
# Ellison", "spaniel Bella", "its Pulse Max headphones". A work, a vessel, an animal, a
# product, a pub or an alter ego is no actor of the story (its makers, owners and crew
# are).
NAMED_THING_NOUNS = _words("""
album single song track record film movie show series sitcom soap drama programme
program documentary podcast novel book memoir biography play musical opera ballet
anthology collection
comedy tragedy farce pub ego persona
quiz gameshow telethon pantomime panto thriller sequel miniseries docuseries
exhibition installation artwork mural statue portrait
painting sculpture poem game videogame character
ship vessel boat yacht tanker ferry liner trawler lifeboat submarine frigate destroyer
warship cruiser schooner barge
locomotive aircraft airliner jet plane helicopter spacecraft rocket satellite telescope
rover lander flagship
dog cat horse racehorse pony puppy kitten pet spaniel terrier labrador retriever collie
greyhound poodle bulldog dachshund alsatian mare stallion colt filly gelding parrot
tortoise rabbit hamster cow bull sheep goat pig donkey
phone smartphone handset headphones earbuds laptop tablet console gadget
beer lager ale stout cider wine whisky whiskey gin vodka rum
car van lorry truck motorbike scooter jet airliner helicopter drone
spacecraft probe satellite telescope rover lander rocket
""")
# Animals, as lemmas: a being whose age is told in passing like a person's ("the
# 12-year-old gelding won", "the 45-year-old elephant, Kamala,"); a death keeps it.
ANIMAL_NOUNS = _words("""
dog cat horse racehorse pony puppy kitten pet spaniel terrier labrador retriever collie
greyhound poodle bulldog dachshund alsatian mare stallion colt filly gelding parrot
tortoise rabbit hamster cow bull sheep goat pig donkey tabby lurcher whippet hound
mule camel llama alpaca elephant gorilla chimpanzee orangutan lion lioness tiger
leopard cheetah bear panda giraffe rhino rhinoceros hippo hippopotamus zebra wolf
dolphin whale orca seal penguin flamingo eagle owl falcon swan turtle crocodile
alligator koala kangaroo
""")
# (Round 15.) The trades a "house" names as a body ("the auction house", "a fashion
# house", "the publishing house"): a name described as one is a body, though the
# recognizer calls it a person ("Ashcombe Rowe, the auction house, said").
HOUSE_TRADES = _words("""
auction fashion publishing couture design trading finance clearing
""")
# What only a vessel does, as lemmas, and what it makes: "The Aurora Vela then sailed for
# Valletta", "The Kilmore Star will make an extra crossing": a name after "the" that is
# their subject is the ship, no actor (a person who sails is never "the Ann Lee").
VOYAGE_LEMMAS = _words(
    "sail dock berth moor capsize anchor sink"
)  # round 20: "The Marlow Queen sank off Fowey"
VOYAGE_NOUNS = _words("crossing voyage sailing")
# What is done only to a medicine, as lemmas: "Ozempic should not be prescribed for
# weight loss", "doctors will prescribe Mounjaro": the name is the drug, no actor.
PRESCRIBED_LEMMAS = _words("prescribe dispense")
# Of those, a horse or a vessel the next sentence may call by its noun alone ("Silver
# Kestrel won the Gold Cup. ... the horse had been lame"): a name that opens a sentence
# before "the horse", "the ship" names the animal or the vessel, not a person or a body.
TAKEN_UP_THING_NOUNS = _words("""
horse racehorse mare gelding colt filly stallion greyhound
ship vessel liner ferry tanker trawler yacht
""")
# Works a sentence may open on by their noun alone, as its subject, after the sentence
# that names the work ("Northern Quarter opened at the Crucible. The play follows ..."):
# the name is the work's.
TAKEN_UP_WORK_NOUNS = _words("play musical novel album opera ballet tapestry painting")
# Who makes a work, owned through "its" in the sentence after the work's name opens one
# ("Harbour Lights won best new play. Its writer, Ann Lee, ..."): the name is the work's
# (a person is never "its"; a body's people are its chief executive, its director).
WORK_MAKER_NOUNS = _words("""
writer author playwright composer novelist screenwriter lyricist librettist illustrator
choreographer developer
""")
# The prefixes of a vessel's name ("the MV Solway Tern", "HMS Belfast"): the ship, never
# its owner or crew, whatever the recognizer calls the name. (Not the prefixes that also
# open bodies' names: "MS Society", "SS" of a history.)
VESSEL_PREFIXES = _words("MV RMS HMS HMY USS USNS FV RV HMCS HMAS HMNZS RFA LÉ ICGS USCGC")
# What is ridden is a horse or a machine, never a person ("rode Silver Caspian").
RIDDEN_LEMMAS = _words("ride")
# What is written, directed or staged by someone is a work ("Silent Fields, directed by
# Tom Bell, won the jury prize"), never a person or a body.
MADE_WORK_LEMMAS = _words("write direct stage compose choreograph")
# Round 16 (helper e): nouns that, heading a description of a name ("Harbour Lights, the
# 1998 hit by ...", "the Marlowe Theatre, the Victorian playhouse ...", "Ellery Tower,
# the tallest building in the city,"), say it is a work or a building, never a person
# or a body; kept apart from NAMED_THING_NOUNS, whose words also open a plot's frame
# ("In the building, ..." tells no plot).
DESCRIBED_THING_NOUNS = _words("""
hit anthem ballad tune hymn playhouse building mansion manor castle landmark bridge
adaptation musical opera operetta ballet pantomime
""")
# Round 16 (helper e): verbs of making a work or a building, whose agent, in a sentence
# dated by a year or a period ("designed by Isambard Kingdom Brunel and opened in 1864",
# "the Victorian playhouse designed by Horace Pellow"), is a maker of the past named in
# passing, not an actor of the story. Lemmas.
MADE_LONG_AGO_LEMMAS = _words("""
design build construct engineer paint sculpt carve compose write direct found
compile publish invent translate
""")  # (round 18: "compiled by", "first published by", "invented by", "translated by")
# Round 16 (helper e): words of a past period that date a sentence as a year does.
PERIOD_ADJECTIVES = _words("""
victorian georgian edwardian elizabethan jacobean regency tudor medieval mediaeval
century centuries
""")  # (round 18: "in the 18th century", "centuries ago" date a sentence to the past)
# Verbs of acting a part: whom an actor "plays" or "portrays" (or is cast "as") is a
# character, not an actor of the story.
PORTRAYAL_LEMMAS = _words("play portray star cast voice")
# Verbs whose object a story is about as surely as their subject: the person arrested,
# jailed, charged, sacked, appointed, rescued or beaten in a contest ("police arrested
# Ann Lee", "the court jailed Ann Lee", "Ann Lee defeated Kay Moss in straight sets").
# Lemmas.
ACTED_ON_LEMMAS = _words("""
arrest charge jail imprison sentence convict acquit fine detain question release bail
remand sue prosecute extradite deport sack fire dismiss suspend ban appoint hire name
sign elect rescue stab kill murder shoot attack rob assault injure accuse honour award
beat defeat outsprint outpoint edge
""")
# A company's legal suffix, written after its name ("Harland Foods plc said", "Brennan
# Civils Ltd was fined"): the parser makes it the head of the name, so the name's
# part in its sentence is the suffix's.
COMPANY_SUFFIXES = _words("plc PLC Ltd Ltd. Limited Inc Inc. LLC LLP Corp Corp. GmbH AG")
# Verbs (lemmas) of the name someone goes by: "Known to fans as Mother Goose, she ...",
# "Ann Lee, dubbed the Iron Lady," (a nickname, no actor of its own).
NICKNAMING_LEMMAS = _words("know nickname dub")
# Words that give a work or an event its title ("an exhibition titled ‘…’"): quoted words
# after them are a name, not speech (a headline is quoted like a sign); and verbs that
# style something as a name ("billed as ‘the fight of the century’").
TITLING_LEMMAS = _words("title entitle")
STYLING_LEMMAS = _words("bill style")
# Hyphenated words that mark what follows as a name someone or something goes by, not
# anyone's speech: "the so-called ‘Gang of Four’", "his self-styled ‘army’".
SO_CALLED_WORDS = _words("so-called self-styled self-proclaimed self-described self-titled")
# Verbs (lemmas) by which a prize passes to its winner: "Best actress went to Ann Lee",
# "the contract went to Apex Construction".
PRIZE_PASSING_LEMMAS = _words("go")
# Nouns of what is won or awarded, whose winner may be a body as well as a person ("the
# contract went to Apex Construction"; not "the pupils went to Aldgate Museum").
AWARDED_NOUNS = _words("""
prize award medal gold silver bronze title trophy cup crown honour honor accolade
contract tender franchise grant seat
""")
# Of those, what is only done to a person ("the court jailed Ann Lee"): the object is a
# person, whatever the recognizer calls the name.
PERSON_ACTED_ON_LEMMAS = _words("""
arrest jail imprison convict acquit detain bail remand extradite deport stab murder rob
assault
""")
# The last word of a competition's name: a league or a cup is where clubs play, not an
# actor, unless it speaks as a body ("The Premier League said it would review ...").
COMPETITION_WORDS = _words("""
League Cup Championship Championships Trophy Games Olympics Paralympics Marathon Prix
Shield Final Finals Open
""")
# Verbs and nouns of buying a business: what is bought ("agreed to buy Lumeno", "the
# takeover of Lumeno") is a company.
ACQUISITION_LEMMAS = _words("buy acquire purchase")
ACQUISITION_NOUNS = _words("takeover acquisition purchase buyout")
# Bodies of a state named through their country: "Peru's foreign ministry said".
STATE_BODY_NOUNS = _words("""
government ministry department cabinet parliament embassy police army navy military
coastguard regulator agency presidency
""")
# What a body grants or decides on another's plan; the body it comes "from" or "by" is a
# party to the story ("needs clearance from the competition regulator").
APPROVAL_NOUNS = _words("""
approval clearance permission consent ruling decision verdict backing go-ahead sanction
authorisation authorization licence license sign-off
""")
# What one party sends another ("a winding-up petition from the taxman", "a letter from
# Brookvale Homes", "a bid from Apex"): the body it comes from is a party to the story.
SENT_NOUNS = _words("""
petition letter claim demand bid offer complaint warning lawsuit writ summons notice
ultimatum invitation grant loan donation
support criticism praise proposal call objection challenge appeal request
""")
# A body's people who act for its cause, as lemmas: "Greenpeace activists climbed onto
# the roof", "Amnesty campaigners staged a vigil": a one-word name before them, in the
# plural, is the body acting through them.
CAMPAIGNER_NOUNS = _words("activist campaigner protester protestor demonstrator volunteer member")
# What a body publishes that a story cites as its source, as lemmas: "figures from the
# ONS showed", "data from the KNBS" (the parser lemmatizes "data" as "datum"): the
# body is the source, named once or not.
CITED_DATA_NOUNS = _words("""
data datum figure statistic estimate survey poll analysis research
""")
# Heads of a public body news names by what it does, in lower case, when the story needs
# no proper name for it ("the fire service said", "the ambulance service said").
PUBLIC_SERVICE_NOUNS = _words("""
service brigade coastguard council utility bureau
""")
# Of those, the heads that name a public body with "the" alone ("the coastguard said").
PUBLIC_BODIES_ALONE = _words("coastguard")
# A local authority named by its kind and its place, in lower case: "the prefecture of
# Agrigento said", "the municipality of Rafah said", "the governorate of Sfax said".
LOCAL_AUTHORITY_NOUNS = _words("prefecture municipality governorate")
# The public bodies a place names in lower case after it, in a name of two words or more
# or with a word of the body's remit between ("The Polk County school board fired",
# "Hamilton city council voted", "The Marikina City government said"); round 33.
PLACE_BODY_NOUNS = _words(
    "government council board committee department ministry commission authority"
)
# Of the words that close a place's name (PLACE_HEADS), those of a level of government:
# "The Lagos State government" is the state's, though the recognizer calls it a body.
ADMINISTRATIVE_PLACE_WORDS = _words("City County District Province State")
# A state's ministries, named by what they look after in lower case ("the interior
# ministry said", "the foreign ministry said"), and the adjectives that only point back
# to one named before ("the same ministry", "the new department").
MINISTRY_NOUNS = _words("ministry department")
REFERRING_ADJECTIVES = _words("same new other former latter relevant said")
# Words that end the sentence's part and start a role after them, never open one: the
# prepositions and copulas before a description ("tries from winger", "back through
# striker", "is father").
ROLE_BREAK_WORDS = _words("""
from through by of for to with without at in on into onto after before over under against
behind beside between among via as and or but is was are were be been being said says
when while because if since until where although though unless once than that which
""")
# Words besides those (ROLE_BREAK_WORDS) that open a phrase fronted before a sentence's
# subject ("According to Ann Lee, the road will close", "Like Ann Lee, the others lost
# their crops"): a name inside one is followed by the sentence's own clause, no apposition.
# Round 29.
FRONTED_PHRASE_OPENERS = _words("according like unlike thanks")
# Words of place that open a phrase fronted with no comma before a sentence's subject
# ("Outside court Ann Lee said", "Inside the hall Tom Bell told"), which the tagger may
# call adjectives; not a role noun's modifier ("Outside centre Ann Lee"). Round 29b.
FRONTED_PLACE_WORDS = _words("outside inside")
# ... and the positions they name in sport, a role ("Outside centre Ann Lee", "Inside
# forward Tom Bell", "Outside half", "Outside hitter" an agent noun already).
INSIDE_OUTSIDE_POSITIONS = _words("centre center half back forward wing linebacker right left")
# Occupations and descriptions of people that a headline style capitalizes before a
# name and that no suffix rule (-er, -or, -ist, -ian) finds: "Paramedic Ann Lee".
DESCRIPTION_NOUNS = _words("""
paramedic medic midwife nurse surgeon vet chef cook clerk vicar imam rabbi bishop priest
monk nun pensioner widow gran granny nan nana grandad grandma grandpa grandmother grandfather
mum mom dad mother father wife husband daughter son sister brother aunt uncle niece
nephew cousin bride groom fiancee fiance pupil student graduate apprentice veteran
tenant landlady landlord jockey cadet marine constable sergeant barmaid waitress
hostess nanny midfielder striker winger prop hooker goalkeeper keeper captain coach
boss chief headteacher head principal dean archdeacon canon chaplain pastor model
churchwarden warden verger sexton curate rector deacon organist chorister
substitute opener bowler seamer spinner batter batsman wicketkeeper fullback winger
playmaker skipper jockey trainer caddie
shortstop quarterback linebacker cornerback tailback halfback goalie goaltender netminder
defenceman defenseman rookie trustee
actress star singer frontman frontwoman rapper comedian dancer athlete sprinter swimmer boxer golfer
contestant finalist housemate entrant
cyclist motorist pedestrian victim patient resident witness teenager schoolboy
schoolgirl toddler youngster businessman businesswoman tycoon millionaire billionaire
entrepreneur socialite influencer heiress rival heavyweight lightweight middleweight
welterweight featherweight cruiserweight veteran newcomer debutant fisherman
postman postwoman fireman firefighter policeman policewoman craftsman tradesman milkman
binman crewman salesman saleswoman doorman groundsman linesman batsman sportsman
sportswoman horseman horsewoman cameraman forecaster meteorologist campaigner gardener
shopkeeper publican baker butcher builder plumber electrician carpenter decorator cleaner
carer childminder trader stallholder angler hiker rambler climber motorcyclist biker
cabbie chauffeur courier solicitor barrister accountant architect designer photographer
artist author novelist poet musician drummer guitarist presenter pundit commentator
academic lecturer tutor coroner magistrate detective lifeguard bodyguard
mechanic shepherd ghillie steward stewardess playwright consultant registrar locksmith
blacksmith barista sommelier butler maid valet doula friar abbot abbess chaperone
accused suspect
""")  # (round 30, helper f: "the accused, Ann Lee,", a participle the tagger reads as a verb)
# (round 32: "The suspect, identified as Ann Lee,"; no post: "named as a suspect" gives none)
# Common nouns that say what kind of body a name is when it modifies them: "the Wagner
# private military company", "the Apex logistics group".
ORG_KIND_NOUNS = _words("""
company firm group militia contractor charity organisation organization network movement
party union agency regulator watchdog broadcaster retailer carrier airline operator
producer maker manufacturer chain supermarket consortium coalition alliance lobby
campaign association federation brigade army faction club society trust bloc
""")
# A body's unit named after the body in lower case ("the United Nations human rights
# office said", "the EU's statistics agency"): the unit is a body of its own.
BODY_UNIT_NOUNS = _words("office agency commission programme program mission secretariat")
# Common nouns that say what kind of place a name is: "the nearby town of Ann Arbor",
# "Leeds, a city in the north of England".
PLACE_KIND_NOUNS = _words("""
town city village hamlet suburb district region province county port capital island
settlement borough municipality neighbourhood neighborhood area state oblast valley
""")
# Words that open a place's name and no person's ("Upper Wensley", "Lower Pindar",
# "Kings Norton", "Fort Dunmore"), before a word that is no given name.
PLACE_NAME_OPENERS = _words("""
Upper Lower Nether Little Great North South East West Fort Mount Port Kings
""")
# Words after a noun of a place that tell where it lies ("the village nearest the
# quarry", "a small town on the border"): the noun before them heads the description.
PLACE_RELATION_WORDS = _words("""
nearest closest near to on in at outside beside by along across off between
""")
# People an article may quote without naming ("a passenger said", "one parent told
# us"): the description is the speaker. Nouns of agents ending in -er, -or, -ist or -ian
# ("a cyclist", "a shopkeeper") count too, unless they name a thing (AGENT_LOOKALIKES).
PERSON_NOUNS = _words("""
passenger participant fan resident neighbour neighbor witness onlooker bystander shopper
commuter customer parent pupil insider relative colleague mourner protester protestor
campaigner organiser organizer member employee staffer viewer listener reader caller
attendee patient survivor local voter supporter critic observer official source friend
man woman person boy girl mum mom dad guest visitor tourist neighbour insider aide
user
""")
# People who act together as one side of a story without a name ("Protesters blocked
# the road", "Rebels seized two towns", "Thieves stripped the roof"): plural, as the
# subject of a verb, and named so more than once, such a group is an actor. Not those
# who are mostly the story's chorus ("residents said", "campaigners say"). Lemmas.
GROUP_ACTOR_NOUNS = _words("""
protester protestor demonstrator rioter rebel militant insurgent gunman attacker thief
burglar raider robber looter picket activist parent villager
carrier backbencher hardliner separatist guerrilla dissident mutineer smuggler poacher
""")
# The press asking its questions ("a reporter asked her: ...") is no actor of the story:
# an unnamed one is not credited.
# Verbs of a report that a clause follows ("The Daily Post reported that ...", "revealed
# that ..."): the outlet that broke the news is a source, not a party to it. Lemmas.
REPORTING_LEMMAS = _words("report reveal")
# Verbs whose passive agent is the outlet that broke or carried a story ("The case was
# first reported by the Toledo Ledger", "a report first published by the Deccan
# Courier"): the story's source, not a party to it (round 34d). Lemmas.
OUTLET_CREDIT_LEMMAS = REPORTING_LEMMAS | _words("publish")
# News services named by their own name, not by a newspaper's title ("Reuters reported",
# "according to Bloomberg"): a source of the story, as a paper is.
NEWS_SERVICE_NAMES = frozenset(
    {
        "Reuters",
        "AFP",
        "AP",
        "Bloomberg",
        "Associated Press",
        "Agence France-Presse",
        "Press Association",
        "PA Media",
        "Xinhua",
        "Yonhap",
        "Kyodo",
        "Interfax",
        "TASS",
        "Anadolu",
        "Dow Jones",
        "Bernama",
        "Antara",
    }
)
# The last words of a newspaper's or a news service's title ("the Halvern Echo", "the
# Sunday Ledger", "Channel 9 News"): a title so ended that only reports the story is its
# source.
OUTLET_NAME_HEADS = _words("""
Times Post Herald Telegraph Guardian Observer Independent Mail Express Mirror Sun Star
Journal Gazette Echo Chronicle Courier Tribune Standard Record Ledger Argus Advertiser
Inquirer Examiner Bulletin Dispatch Sentinel Globe News Press
Newspaper Newspapers Online
""")  # round 23: Newspaper Newspapers Online ("Punch Newspapers", "Daily Trust Online")
PRESS_NOUNS = _words("""
reporter reporters journalist journalists interviewer interviewers correspondent
correspondents presenter presenters host anchor
""")
# Nouns of people too bare to be anyone's role ("a 34-year-old man was stabbed"): an
# article's unnamed "man" is not the role of the person it names next.
BARE_PERSON_NOUNS = _words("""
man woman person boy girl child baby teenager youngster individual adult lady gentleman
""")
# Verbs by which a measure goes through a chamber or a vote ("the bill passed the state
# Assembly 61-38"): the chamber it passes is where it happened, not a party. Lemmas.
PASSAGE_LEMMAS = _words("pass")
# Verbs by which a motion, a bill or an amendment meets a vote told as a tally ("The
# motion passed 5-2", "the amendment was defeated 40-31"): the tally is the vote on the
# subject. Lemmas (round 29b).
VOTE_OUTCOME_LEMMAS = PASSAGE_LEMMAS | _words("carry defeat reject approve adopt endorse")
# Verbs that give a person an office in a passive or with "become" ("was appointed chair
# of the trust", "was elected mayor", "became chief executive"): the office is a role.
APPOINTING_VERBS = _words("appoint name elect make install become promote")
# Verbs by which a person leaves an office "as" it ("resigned as chair of the trust",
# "was sacked as manager", "stepped down as head"): the office is their former role.
# "step" and "stand" only with "down". Lemmas (the tagger's lemma of "axed" is "ax").
LEAVING_OFFICE_LEMMAS = _words("resign quit retire step stand sack dismiss oust fire remove axe ax")
# What a person wins that makes "winner" their role ("won the women's race", "the title
# was won by Ann Lee"); "won £1m" or "won the argument" says no role.
# The spans an honour is given for ("player of the year", "Teacher of the Year",
# "firefighter of the month", "man of the match"): a noun of a person "of the" one of
# these is an award, no post the person holds (round 32).
AWARD_SPAN_NOUNS = _words("year season month week decade match tournament series")
CONTEST_NOUNS = _words("""
race marathon title stage final championship tournament cup trophy medal prize award
election contest competition match game league primary seat sprint event
""")
# Round 33a: what a sum is won for, after "for" ("earned $1.2m for reaching the final",
# "€1.7m for his third-place finish"; with CONTEST_NOUNS and MATCH_RESULT_NOUNS), nouns
# and the lemmas of gerunds; and the people or sides a sum goes to as a prize ("The
# champion earned $3.6m", "the winner will take home Sh3m"): the sum is prize money.
PRIZE_FOR_WORDS = _words("finish place placing reach win qualify semi quarter")
PRIZE_WINNER_NOUNS = _words("winner champion victor runner-up finalist medallist medalist")
# Verbs (lemmas) by which a side or a person takes a sum home ("won £500,000", "pocketed
# £250,000 after the 33-1 shot won"): with a contest beside them, the sum is a prize;
# taken "a week" by a person, a wage ("will pocket £40,000 a week").
MONEY_TAKING_LEMMAS = _words("win earn collect pocket take bank scoop receive land get claim")
# Verbs (lemmas) of paying a sum "for" or "on" a person ("paid £55m for the midfielder",
# "splashed £35m on winger Caio Neto"), and of selling or buying a person "for" a sum
# ("sold Jamie Boyle to Celtic for €1.2m"): the sum is the fee for that person.
FEE_PAYING_LEMMAS = _words("pay spend splash shell lavish")
# Of the verbs of taking money home, those by which a person takes a wage ("will earn
# £250,000 a week", "pockets £40,000 a week"; not "collected £2 a week from colleagues").
WAGE_TAKING_LEMMAS = _words("earn pocket take receive get bank")
PERSON_TRADING_LEMMAS = _words("sell buy sign")
# Verbs whose present tense says what a person does for a living or holds ("Ann Lee runs a
# cafe near the site", "chairs the committee", "works as a nurse"): the clause is a role.
ROLE_VERBS = _words("""
run own lead chair head manage coach teach represent work serve direct edit captain farm
""")
# Verbs of setting up a body or a business ("the yard was founded in 1908 by Ann Lee").
FOUNDING_LEMMAS = _words("found establish start set create")
# Round 34 (helper F): the lemmas of founding a body that make one its founder in a past
# relative clause ("Ann Lee, who founded the Kibera Girls Choir in 2015,"); not "start"
# or "set", which start fires and set records as often.
FOUNDER_LEMMAS = _words("found establish")
# Round 32 (helper E): verbs of a thing coming to be ("a stadium built in 1962 for
# 60,000", "the school, which opened in 1962 with 180 pupils"): what it started with in a
# past year is its history.
ORIGIN_LEMMAS = FOUNDING_LEMMAS | _words("build open launch")
# Verbs that name the person a noun stood for ("The victim, named as Ann Lee,", "the
# teacher, identified as ..."): the noun is that person's role.
NAMING_VERBS = _words("name identify")
# Verbs of taking, joining or keeping a post named after "as" ("will stay on as an
# adviser", "remains as honorary president", "replaces Ann Lee as head of the unit",
# "will join as chief technology officer").
POST_AS_LEMMAS = _words("stay remain continue serve act replace succeed join return work")
# (round 23, helper f: "worked as a postman", "has worked as a nurse since 2004")
# Phrasal verbs by which a person takes a post named after "as" ("took over as manager",
# "stepped in as interim chief executive", "stepped up as captain"): lemma -> particles.
# Round 16.
POST_AS_PHRASAL_VERBS = {
    "take": _words("over charge"),
    "step": _words("in up"),
    "stand": _words("down"),  # round 24: "is to stand down as chair of the trust"
}
# (round 23, helper f: "takes charge as head coach", the object read as the particle is)
# Verbs of speaking in a capacity named after "as" ("Ann Lee spoke as convenor of the
# branch", "Speaking as chairman of the trust,", "addressed the meeting as secretary",
# "gave evidence as director of operations"): the capacity is the speaker's role.
CAPACITY_AS_LEMMAS = _words("speak address testify give write")
# Nouns of a capacity held "as" a post ("in her role as league secretary", "in his
# capacity as chairman"): the post is the role, whatever the verb. Round 16.
CAPACITY_NOUNS = _words("role capacity")
# Verbs of one who takes another's post, named after "as" ("who succeeds Ann Lee as
# chief constable", "who replaces the retiring Ann Lee as chair", "who takes over as").
SUCCEEDING_VERBS = _words("""
replace replaces replaced replacing succeed succeeds succeeded succeeding takes took
joins joined stepped steps
""")
# Verbs of taking up a post named after "as", with the particle they need ("took over as
# chair", "stepped in as caretaker manager", "joined as finance director"): the post is
# held since (lemma -> particle, "" for none; round 43).
TAKING_UP_LEMMAS = {"take": "over", "step": "in", "join": ""}
# Verbs that put a person in a post named after "as" ("appointed Ann Lee as chief
# executive", "Ann Lee was named as chair").
APPOINTING_LEMMAS = _words("""
appoint name hire promote elect install confirm choose select recruit nominate
unveil
""")  # (round 22: "was unveiled as Wrexham's new manager", a club's or a firm's new post)
# A court report's opening participle (or "In mitigation,") says which side a lawyer
# speaks for ("Defending, Ann Lee said ..."), the role as a reader would give it.
# What a person wore or how they appeared in court ("Ann Lee, who wore a grey suit,",
# "dressed in a black hoodie"): a sight of the hearing, never a role.
APPEARANCE_WORDS = _words("wore wears wearing dressed clad sported")
# The agent of a participle that names a racing or sporting post ("The mare, trained
# by Ann Lee and ridden by Tom Bell,"): the post the agent holds.
AGENT_POSTS: dict[str, str] = {"trained": "trainer", "ridden": "jockey", "coached": "coach"}
# Round 34 (helper F): the participle of an office set beside a body, whose agent holds
# the office of that body ("the board, chaired by Ann Lee,": chair of the board).
AGENT_OFFICES: dict[str, str] = {"chaired": "chair", "headed": "head", "led": "leader"}
COURT_SIDES = {
    "defending": "defence barrister",
    "mitigating": "defence barrister",
    "mitigation": "defence barrister",
    "prosecuting": "prosecutor",
}
# The side a phrase set off after a lawyer's name gives ("Ann Lee KC, for the defence,").
COUNSEL_SIDES = {
    "the defence": "defence barrister",
    "the defense": "defense attorney",
    "the prosecution": "prosecutor",
    "the crown": "prosecutor",
}
# Letters after a name that say the person is a senior barrister ("Ann Lee KC").
COUNSEL_LETTERS = frozenset({"KC", "QC", "SC"})
# Judges' titles written before the name, and the office each says ("Mrs Justice Ann
# Lee", "His Honour Judge Tom Bell"), casefolded without the courtesy "His"/"Her".
JUDICIAL_TITLES = {
    "mr justice": "High Court judge",
    "mrs justice": "High Court judge",
    "ms justice": "High Court judge",
    "lord justice": "Court of Appeal judge",
    "lady justice": "Court of Appeal judge",
    "honour judge": "judge",
}
# The defence's side of COURT_SIDES, which a reader names with its client when the
# article has one defendant ("defence barrister for Ann Lee").
DEFENCE_SIDE = COURT_SIDES["defending"]
# What a court does only to the one in the dock ("Ann Lee was fined", "the jury
# convicted Lee"), and what only the one in the dock does ("Lee admitted theft", "Lee
# pleaded guilty"): that person is the defendant a defence lawyer speaks for.
DOCK_LEMMAS = _words("jail imprison convict sentence fine acquit charge")
# round 31: what police do to a suspect before any court ("Police arrested Ann Lee",
# "Ann Lee was detained"), read with DOCK_LEMMAS.
HELD_LEMMAS = _words("arrest detain remand bail")
PLEA_LEMMAS = _words("admit plead deny")
# Participles that put the one they describe in the dock ("A treasurer accused of theft
# told a jury ...", "a nurse charged with neglect"): read on a lead's unnamed noun, with
# DOCK_LEMMAS. Lemmas (round 42).
ACCUSED_LEMMAS = DOCK_LEMMAS | _words("accuse")
# Verbs whose subject has died ("Ada died", "he drowned"), and those whose passive
# subject has ("was killed"): not who a later "she said" stands for.
DEATH_LEMMAS = _words("die drown")
KILLING_LEMMAS = _words("kill murder slay")
# Round 26 (helper c): what a passive ends in when it kills ("was shot dead", "was found
# dead", "was stabbed to death"; not "was sentenced to death": SENTENCE_LEMMAS).
DEATH_RESULT_WORDS = _words("dead death")
# ... and what leaves the one so harmed alive ("was nearly beaten to death").
NEAR_MISS_ADVERBS = _words("nearly almost")
# Where someone's own past words are kept ("In his 2009 memoir, he wrote", "Asked in a
# 1998 interview ..., she said"): who has since died may be the one quoted. Lemmas.
OWN_PAST_WORDS_NOUNS = _words("""
memoir autobiography diary journal interview notebook
""")
# The role of one the court deals with whom the article describes no other way.
DEFENDANT_ROLE = "defendant"
# A match's goals ("Ann Lee's 23rd-minute strike", "goals from Lee and Bell"): whoever
# they belong to, or whoever "scored", is a scorer.
GOAL_NOUNS = _words("goal goals strike header penalty brace hat-trick equaliser equalizer opener")
# Participles that place a competitor in an apposition ("Ann Lee, ranked 212th in the
# world,", "Ann Lee, seeded third,"): a role sport gives by a verb.
RANKING_LEMMAS = _words("rank seed")
# Where a person finished a contest ("Ann Lee was second", "came third in the race"): the
# placing is their role in a results story.
PLACINGS = _words("second third fourth fifth sixth runner-up")
# Verbs of beating a rival to a win ("won the race, edging Ann Lee by a second").
BEATING_LEMMAS = _words("beat edge pip defeat outsprint outpoint overcome")
# Round 32a: verbs of a result whose "by" gives its margin ("won by four lengths", "lost by
# 214 runs", "beat Louth by six points", "defeating Holm by 3,712 votes"). Lemmas.
RESULT_MARGIN_LEMMAS = BEATING_LEMMAS | _words("win lose")
# Round 32a: verbs of a side's or a player's shooting told as a share ("Ridgeview shot 52
# percent from the field", "Parata shot at 93 per cent"): the share is their shooting
# accuracy. Lemmas.
SHOOTING_LEMMAS = _words("shoot")
# Round 32a: verbs of what a place or a vehicle has room for ("a ground that holds 12,000",
# "The arena seats 18,000"), and of what a plant or a vehicle can do at most ("can make
# 120,000 tonnes a year", "carries up to 872 passengers"): a capacity. Lemmas.
ROOM_FOR_LEMMAS = _words("hold seat accommodate sleep")
CAPACITY_LEMMAS = ROOM_FOR_LEMMAS | _words(
    "carry make produce generate process handle treat house take serve store"
)
PLACING_VERBS = _words("be finish come place end")
# Verbs that tell a race's result, before a placing written with its verb left out ("Ann
# Lee won in 2:18, with Tom Reid second"; round 28b). Word forms: the tagger takes
# "finished" before a time for an adjective ("The 27-year-old finished 52 seconds clear").
RACE_RESULT_VERBS = _words("win wins won finish finishes finished placed")
# Verbs only a side does, whose subject a country's name is its national side ("India
# chased down 289", "South Africa were bowled out", "Ireland thrashed Italy"; "beat" only
# with a score, read elsewhere). Lemmas.
NATIONAL_SIDE_VERBS = _words("chase bowl thrash whitewash")
# Round 32 (helper D): what a side wins by ("beat Kingsford by 22 points", "by eight
# wickets"), never a horse's or a runner's margin ("by three lengths", "by a second"):
# with it, the two names a verb of beating joins are the match's sides. Lemmas.
SIDE_MARGIN_NOUNS = _words("point goal run wicket try")
# What only a side makes or loses in a match, whose subject a country's name is its
# national side when counted ("lost seven wickets", "scored four tries", "won by eight
# wickets", "in their 50 overs") or, for the toss, with its article ("won the toss").
# Lemmas; not "point" ("raised rates by 500 basis points") nor "goal" ("set three goals
# for the plan").
SIDE_PLAY_NOUNS = _words("wicket run try over toss")
# Round 33a: what runs two batters add "for the fourth wicket" are their partnership
# ("added 187 for the fourth wicket", "put on 214 for the third wicket").
PARTNERSHIP_NOUNS = _words("wicket")
SIDE_UNCOUNTED_PLAY_NOUNS = _words("toss")
# What a side chases: "chased a target of 289", "chased the total".
SIDE_TARGET_NOUNS = _words("target total")
# Where an ordinal stands in a list, not a contest: "was fourth on the ballot", "third on
# the list of speakers", "second in line for the post" (no placing, no role: round 28, f).
LISTED_ORDER_NOUNS = _words("ballot list paper queue line order rota roster")
# Endings of nouns of people built on a bare one ("postman", "chairwoman", "fisherman"),
# or on a calling ("neurosurgeon"; round 42).
PERSON_COMPOUND_ENDINGS = ("man", "woman", "surgeon")
# Adjectives that belong to a role ("former director", "retired miner", "acting head"),
# kept when a description is pared to its role; others say how the story sees the person
# ("heartbroken mother-of-two", "much-loved baker") and go.
ROLE_ADJECTIVES = _words("""
former retired acting interim deputy senior junior chief principal assistant associate
outgoing incoming founding managing executive trainee local single serving head
special
""")  # (round 31: "special", of a post given for one task: "was appointed special master")
# Nouns (lemmas) of the other parties a story about one person brings in: after "Ann Lee
# was jailed for six years", "The judge told her ..." is someone else, where "The
# zoologist, who ..." after "Ann Lee has tracked hedgehogs for a decade" is her again.
STORY_PARTY_NOUNS = _words("""
judge magistrate recorder coroner sheriff prosecutor barrister solicitor lawyer attorney
jury juror witness victim attacker assailant gunman driver motorist passenger pedestrian
officer constable detective referee umpire manager boss coach chairman chairwoman chair
goalkeeper keeper
spokesman spokeswoman spokesperson seller buyer landlord landlady tenant employer customer
neighbour neighbor stranger intruder burglar thief robber killer murderer operator caller
""")
# Words a sentence opens with, capitalized there, that describe the body named next and
# never open its name: "Rival Lidl said", "Former Rovers striker Danny Clegg".
GLUED_DESCRIPTORS = _words("""
former rival rivals fellow outgoing embattled beleaguered
""")
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "naut")
# Endings of nouns for the person a thing is done to or for ("licensee", "nominee",
# "detainee") and of crafts ("stonemason", "shipwright", "fishmonger"), each after a
# stem of four letters or more: before a given name and a surname, headline style
# writes the occupation as a title ("Licensee Tom Hadley"). Round 39.
OCCUPATION_ENDINGS = ("ee", "mason", "smith", "wright", "monger")
AGENT_LOOKALIKES = _words("""
paper newspaper computer monitor tracker filter register letter poster sticker order flyover
chapter quarter number water matter corridor sector factor motor error mirror border
indicator calculator counter barrier tower river weather other either neither
newsletter flyer folder trailer ledger charter answer cover corner container computer
printer trawler freighter tanker helicopter reactor tractor boiler heater theater center
harbor manor shelter cellar chamber pillar
merger power offer transfer centre disaster summer winter
fertiliser fertilizer
""")
# The units a match is played in and its strokes ("from 98 balls", "14 fours and three
# sixes", "their 45 overs", "led for 50 laps"): how a result was made, not the result.
MATCH_DETAIL_NOUNS = _words("""
ball balls delivery deliveries over overs four fours six sixes boundary boundaries lap laps
hole holes frame frames innings maiden maidens
""")
# Of those, what a cricket score is made from ("112 off 98 balls", "187 in 52.3 overs"):
# the number before them is the runs.
BALLS_FACED_NOUNS = _words("ball balls delivery deliveries over overs")
# Words after a counted gap that place it, not what it counts: "four points behind",
# "three shots clear", "264 runs ahead". The count is of the noun before them.
GAP_WORDS = _words("""
behind ahead clear adrift
""")
# Idioms with a number in them ("on cloud nine", "at sixes and sevens", "six of one and half
# a dozen of the other", "Ocean's 11", "catch-22"): no quantity of the story, never a
# figure. Each is matched whole, case aside, a space or a hyphen between its words.
NUMBER_IDIOMS = (
    "cloud nine",
    "sixes and sevens",
    "six of one and half a dozen of the other",
    "six of one, half a dozen of the other",
    "dressed to the nines",
    "dressed up to the nines",
    "catch 22",
    "seventh heaven",
    "eleventh hour",
    "two and two together",
    "ocean's 11",
    "ocean's eleven",
    "ocean’s 11",
    "ocean’s eleven",
    "the whole nine yards",
    "back to square one",
    "a million to one",
    "a hundred and ten per cent",
    "a hundred and ten percent",
    "24/7",
    "in two minds",
    "of two minds",
    "forty winks",
    "on all fours",
    "high five",
    "high-five",
    "one-man band",
    "two-horse race",
    "third time lucky",
    "third time's a charm",
)
# Who sets the pace a gap is told against ("14.6 seconds off the winner", "two minutes off
# the lead", "10 minutes off the pace"): a span before "off the" one is a gap, a figure.
RACE_FRONT_NOUNS = _words("""
pace lead leader leaders winner front
""")
# Verbs before "on <runs> for <wickets>" that say where an innings finished ("ended on 276
# for eight"); any other "on" is a score passed on the way ("began the day on 171 for three").
INNINGS_END_VERBS = _words("""
end ends ended ending finish finishes finished finishing declare declares declared declaring
close closes closed closing
""")
# Score nouns glued to a number by a hyphen: "a two-point penalty", "a two-goal lead", "a
# three-wicket win". A margin or a penalty, not a pair of things.
SCORE_TALLY_NOUNS = _words("""
point goal run wicket shot stroke try
""")
# What follows a race distance that names an event, not a length: "won the 400m final",
# "the 200m freestyle", "the 3m springboard".
# Round 30: what a glued race distance names wherever it stands ("to win 400m gold", "took
# 1500m silver", "reached the 800m final"): a medal, a final or a title of that race.
RACE_TITLE_NOUNS = _words("gold silver bronze final title crown")
RACE_EVENT_NOUNS = _words("""
final finals heat heats semi-final semi-finals race title crown hurdles relay freestyle
butterfly backstroke breaststroke medley steeplechase sprint springboard platform event walk
gold silver bronze record
""")
# Words of a building being planned, put to a council or built ("a 14-storey tower proposed
# for the marina", "plans for a 30-storey hotel"): its height in storeys is then news.
PLANNED_BUILDING_WORDS = _words("""
propose proposes proposed proposing proposal proposals plan plans planned planning
approve approves approved approving approval refuse refuses refused refusal reject rejects
rejected application applications permission consent scheme developer developers tribunal
appeal objectors objections
""")
# Who or what a race distance names as a kind ("a 5,000m runner", "his 200m bronze medal",
# "the 400m world champion"): with RACE_EVENT_NOUNS, the race's name, never a figure.
RACE_NAMED_PERSON_NOUNS = _words("""
medal medals runner runners sprinter sprinters champion champions specialist specialists
hurdler hurdlers swimmer swimmers champ
""")
# Verbs before a race time ("won in 51.82 seconds", "clocked 9.98 seconds", "finished the
# course in 2 minutes 4 seconds"): the time is the result, not a span in passing.
# Common English irregular past tenses ("The 21-year-old won", "the 30-year-old took"):
# after "the N-year-old" they say the age describes someone who acted.
IRREGULAR_PAST_VERBS = _words("""
won took ran came made left went got gave beat set broke threw hit fell spent lost became
began kept held led paid met sat stood found saw swam rode drove flew wrote sold bought
brought caught fought thought told said struck stole drew grew knew
wore swore rang shot hid dug sang spoke chose woke shook slid sank sent built
dealt felt heard lent meant sought taught slept swept wept spun stuck hung froze ate drank
forgot forgave strode
""")
# Prepositions that may sit inside a role set before a name ("The head of policy at the
# charity, Ann Lee,", "The man behind the campaign, Tom Reid,"): the word before one is a
# noun of the role, the word after one too; a verb that takes an object before the name
# ("The mayor met the fire chief, Dana Cole,") stands outside the role (round 27, f).
ROLE_PHRASE_PREPOSITIONS = _words("""
of for at in on to from with behind under over near between among across within inside
outside without into around against about beside alongside through after before during
""")
# The words that open the noun phrase an object role is written as ("the fire chief",
# "his Special Adviser on Media", "its finance director") after the sentence's verb.
OBJECT_ROLE_OPENERS = _words("the a an his her its their")
# Nouns of a road race or a walk that a distance glued to "K" names ("a 10K run", "a 5k
# charity walk", "the 50K ultra"), with the event nouns of RACE_EVENT_NOUNS.
ROAD_RACE_NOUNS = _words("""
run runs race races course ultra ultramarathon trail fun charity challenge parkrun loop
route swim ride sportive
""")
# The rooms or floors a small number counts in a compound that describes a home ("a
# three-bedroom semi", "a four-bed terrace", "a two-storey extension"): the home's kind,
# not a figure of the story ("a 46-bed ward" is a size the story tells: larger numbers stay).
HOME_PART_NOUNS = _words("""
bedroom bedroomed bed bathroom storey storeyed story
""")
# Of those, the floors of a building glued to their number ("the 12-storey block", "a
# 22-story tower", "a 30-floor hotel"): the building's kind at any height, never a figure.
STOREY_NOUNS = _words("""
storey storeyed story floor
""")
# Homes whose size a consumer page tells by who lives in them ("a large home with five or
# more people will pay £2,530", "a flat with one or two occupants"): the count describes
# the kind of household, not a figure of the story (with HOUSEHOLD_MEMBER_NOUNS).
HOME_KIND_NOUNS = _words("""
home homes house houses flat flats household households semi semis terrace terraces
bungalow bungalows property properties dwelling dwellings apartment apartments
""")
HOUSEHOLD_MEMBER_NOUNS = _words("""
people person occupant occupants adult adults child children resident residents
""")
# Nouns after betting odds ("the 7-2 favourite", "a 33-1 outsider", "9-4 second
# favourites"), with the words that may stand between: a price, not a score.
ODDS_NOUNS = _words("""
favourite favourites favorite favorites outsider outsiders shot shots chance chances
""")
ODDS_MODIFIERS = _words("joint second third co clear hot outright")
# Books of scripture told with a number before them ("1 Corinthians 13", "2 Samuel", "1
# Kings 19"): the number is part of the book's name.
NUMBERED_SCRIPTURE_BOOKS = _words("""
samuel kings chronicles corinthians thessalonians timothy peter john maccabees esdras
""")
# "the women's 400m", "the boys' 200m final": whose races an event's name is for.
RACE_CATEGORY_WORDS = _words("""
men women boys girls ladies veterans juniors
""")
# Nouns that name a sporting event after whose it is ("won the women's javelin", "the
# men's singles", "took the boys' decathlon"), beside RACE_EVENT_NOUNS and the field marks
# of FIELD_MARK_NOUNS ("the women's high jump", "the men's pole vault"); with
# RACE_CATEGORY_WORDS and a verb of winning, the winner's role (round 28, f).
NAMED_EVENT_NOUNS = _words("""
javelin discus hammer shot put decathlon heptathlon pentathlon triathlon marathon singles
doubles slalom downhill omnium keirin pursuit foil epee sabre all-around individual
""")
# Of the event nouns, what is taken without winning the event ("took silver in the women's
# 400m", "took the men's 400m record"): never the winner of the event.
PLACED_NOT_WON_NOUNS = _words("silver bronze record")
# "the Scottish indoor 200m record", "the national junior 400m title": words of a
# competition between "the" and a distance that names its event.
RACE_MODIFIER_WORDS = _words("""
indoor outdoor junior senior national world youth masters veterans club county
championship meeting
""")
# "cleared 1.94m", "threw 61.35m": verbs of a field event, whose mark a glued "m" gives
# in metres (not millions).
FIELD_EVENT_VERBS = _words("""
cleared clears clear jumped jumps leapt leaped threw throws hurled vaulted
""")
# "a fifth-round throw of 62.87m", "a leap of 8.01m": nouns of a field event's mark,
# before "of" and a glued "m" that is metres (not millions).
FIELD_MARK_NOUNS = _words("""
throw throws jump jumps leap leaps vault heave
""")
# Round 31 (helper E): lemmas of a jury's or a panel's deliberating, whose length is
# colour beside the verdict ("after deliberating for six hours", "after nine hours of
# deliberations"); a jury that "took two hours to convict" stays.
DELIBERATION_LEMMAS = _words("deliberate deliberation")
# Round 31 (helper E): nouns of a field event or of those who compete in one ("Javelin
# thrower Kiran Bhatia won gold with 86.44m", "the discus, which she won with 64.12m"):
# near them, in the same sentence, a glued "m" with no noun after it is metres.
FIELD_EVENT_NOUNS = (
    _words("""
javelin discus hammer shot-put vault thrower jumper vaulter putter
""")
    | FIELD_MARK_NOUNS
)
# "shaved 12 seconds off the Oceania record", "taking 0.9sec off the mark": verbs that
# cut a span off a record, a best or a journey (as written).
CUT_OFF_VERBS = _words("""
take takes took taking shave shaves shaved shaving knock knocks knocked knocking clip
clips clipped clipping lop lops lopped lopping slash slashes slashed slashing cut cuts
cutting trim trims trimmed trimming
""")
# "was second in 11.42", "third in 3:41.20": the places a bare race time follows.
RACE_PLACE_WORDS = _words("""
won first second third fourth fifth sixth seventh eighth ninth tenth last runner-up
""")
RACE_TIME_VERBS = _words("""
won win wins winning finished finish finishes completed complete clocked clocks ran run
swam swim rode posted recorded touched
""")
# "ran 48.92", "clocked 10.12", "swam 58.41": verbs a bare race time follows directly.
RACE_CLOCK_VERBS = _words("""
ran clocked swam touched
""")
# The fixtures a sports tally is taken from: "41 points from 18 games", "seven wins from
# their last 10 matches".
FIXTURE_NOUNS = _words("""
game games match matches fixture fixtures start starts outing outings appearance appearances
round rounds race races
""")
# The nouns of "a mother of three", "father-of-two": a parent described by their children.
PARENT_NOUNS = _words("""
mother father mum mom dad parent grandmother grandfather grandparent gran granny grandma
grandpa grandad
""")
# The parts a document is divided into: "a 412-page report", "runs to 14 chapters",
# "on page 14". How long a document is, or where in it something is, is no news figure.
DOCUMENT_PART_NOUNS = _words("""
page pages chapter chapters paragraph paragraphs clause clauses section sections
appendix appendices annex annexes footnote footnotes
""")
# Nouns of the numbered provisions of a law or a code, named in lists ("under Sections 302,
# 307 and 34 of the IPC", "Articles 14 and 21"): every number in the list names one.
PROVISION_NOUNS = _words("""
section sections article articles rule rules clause clauses regulation regulations schedule
schedules
count counts
""")  # round 18: "counts 1 and 3 of the indictment"
# Nouns a number after them names a step, rank or class of ("a phase 2 inquiry", "tier 3
# restrictions", "year 9 pupils", "stage 4 cancer", "a grade 2 listed mill", "type 2
# diabetes"): a label, not a count.
NUMBERED_STAGE_NOUNS = _words("""
phase tier stage level grade category class band zone year division series season type size
count counts
""")  # round 18: "pleaded guilty to count 3", "counts 1 and 3" (an indictment's counts)
# round 33e: nouns of a hazard's scale a number after them reads a level on ("a Category
# 3 storm", "Alert Level 2", "a level 6 warning"), and the hazards (lemmas) told with
# them: the level a storm, a volcano or a warning is at is news, unlike
# NUMBERED_STAGE_NOUNS' labels ("stage 4 cancer", "tier 3 restrictions"). (A storm
# "Signal No. 4" is left a label: two of three outside writers drop it.)
HAZARD_SCALE_NOUNS = _words("category level")
HAZARD_NOUNS = _words("""
storm hurricane cyclone typhoon tornado system warning alert volcano
""")
# round 33e: words a number before them names a fuel's grade by ("95 unleaded", "93
# octane", "98 RON"): the grade names the fuel, no amount.
FUEL_GRADE_WORDS = _words("octane unleaded ron")
# Nouns a glued "4K" or "8K" before them names the picture of ("a 4K camera", "8K TVs",
# "4K video"): a resolution, not thousands.
RESOLUTION_NOUNS = _words("""
camera cameras tv tvs television televisions screen screens video videos footage display
displays monitor monitors stream streams streaming resolution broadcast broadcasts
""")
# Words after "100 per cent" that make it "wholly", not a share ("100% fit", "100 per
# cent committed", "100% sure"), unlike "100% renewable power".
WHOLLY_PERCENT_WORDS = _words("""
fit sure certain committed behind focused confident convinced right wrong clear honest serious
true happy ready
""")
# Nouns of money as a thing a sum before them names ("the new £5 note", "a 50p coin"):
# the denomination, not an amount; "bill" only for dollars ("a counterfeit $20 bill").
DENOMINATION_NOUNS = _words("note notes banknote banknotes coin coins")
DOLLAR_BILL_NOUNS = _words("bill bills")
# Services and roads a number before them names ("the 38 bus", "the 7.15 train from
# Leeds", "the 101 freeway"): in the singular the number is the name, not a count.
NUMBERED_SERVICE_NOUNS = _words("""
bus train tram ferry flight service route line freeway highway motorway
""")
# Endings of a person's noun read back as a role the article gave someone ("Maybury's
# agent, Ray Colquhoun ... the agent said"): the agent endings and "-ant"/"-ent" ("-ment"
# never), with the things that end so.
ROLE_BACK_SUFFIXES = (*AGENT_SUFFIXES, "ant", "ent")
ROLE_BACK_LOOKALIKES = AGENT_LOOKALIKES | _words("""
restaurant plant giant event content incident accident percent current talent tent rent
grant chant want extent intent consent element document parent
""")
# Reflexive pronouns tell the gender of their clause's subject ("Lee built it himself").
REFLEXIVE_GENDER = {"himself": "m", "herself": "f"}
# Personal and possessive pronouns and the gender they tell ("she told the court he would
# follow her home": two people).
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
POSSESSIVE_GENDER = {"his": "m", "her": "f"}
# Nouns that speak for an organization: "a spokesman for the ministry said".
# Letters after a person's name ("Claire Holt KC", "Ann Lee MP"): a name the recognizer
# may take for a body's is a person's, and the letters are no part of the name.
# (round 28, f: Irish and Singaporean counsel, "Ronan Keaveney BL", "Aoife Ryan SC";
# Nigerian senior advocates, "Wole Adebayo SAN")
POST_NOMINALS = _words("""
KC QC MP MS MSP MLA MLC MEP TD MBE OBE CBE KBE DBE FRS Jr Jr. Sr Sr. PhD BL SC SAN
""")

# People who are at a place as its public, not its staff: "analysts at the broker Apex
# said" speak for Apex, "parents at Oakfield Primary said" not for the school. Lemmas.
CLIENT_NOUNS = _words("""
parent pupil student patient passenger resident customer fan visitor guest shopper
commuter tourist viewer listener reader caller attendee supporter mourner protester
protestor neighbour neighbor local voter user client tenant spectator
""")
# Round 28 (helper D): people a country's name sorts by where they are, not its staff
# ("1.4 million UK customers", "US investors", "Indian exporters"): with CLIENT_NOUNS,
# a country written before them is scenery, as it is before its staff ("UK officials").
COUNTRY_PUBLIC_NOUNS = CLIENT_NOUNS | _words("""
investor shareholder household consumer saver borrower homeowner motorist exporter importer
business firm company manufacturer retailer bank lender contractor supplier buyer seller
""")
# Round 28 (helper D): posts by which a person set beside a name speaks for the body the
# post is held at ("Ines Calloway, the mission's project manager at the UK Space Agency",
# "cabinet member for flooding at Warwickshire County Council"): the body acts. Not a
# trade or a calling ("a staff nurse at St James's Hospital", "a researcher at the
# University of Surrey"), where the body is only where the person works.
POSTS_SPEAKING_FOR_A_BODY = _words("""
manager director head chief executive ceo chairman chairwoman chair chairperson president
spokesman spokeswoman spokesperson member secretary commissioner treasurer founder owner
partner superintendent principal headteacher registrar administrator
""")
# Round 32 (helper D): the words of a seat of learning's name ("the University of Kent",
# "Ardley College"): where a commentator teaches is where they work, not a firm whose view
# they give (a firm's name is an actor; dev references list it).
ACADEMIC_BODY_WORDS = _words("University Universiti College Polytechnic")
# Round 28 (helper D): nouns of a match's result whose "against", "over" or "to" names
# the other side ("a 4-0 home defeat against Millford Town", "a 5-4 win over the
# Sacramento Pioneers", "a narrow loss to Harlow Vikings"): a party to the result.
MATCH_RESULT_NOUNS = _words("win victory defeat loss draw thrashing hammering drubbing rout")
# Round 32 (helper E): words that make a count or an ordinal a run of results without a
# break ("their ninth straight victory", "a sixth successive defeat", "in five
# consecutive games").
RUN_ADJECTIVES = _words("straight successive consecutive")
# Round 32 (helper E): nouns a side's or a fighter's won-lost record is told before ("a
# 14-0 season", "an 11-3 record").
WON_LOST_RECORD_NOUNS = _words("record season campaign")
# Round 32 (helper E): the sittings a tally so far is counted in ("his 14th homer of the
# season", "the government's seventh defeat in the Lords this session").
TALLY_SITTING_NOUNS = _words("season session campaign")
# ... and the deaths a place tallies through a year ("the fifth cycling death in the
# borough this year", "the city's 23rd homicide this year"); a year's other business
# ("its second cut this year") is no tally of the story.
FATAL_EVENT_NOUNS = _words("death killing murder homicide fatality stabbing shooting drowning")
# Round 28 (helper D): words that put a post in the past ("a former Scotland midfielder",
# "ex-Ireland captain"): the side the post was with is no party to today's story.
PAST_POST_WORDS = _words("former ex erstwhile one-time onetime")

# Words that make a role another one ("shadow health secretary", "former minister",
# "deputy head"): a reference back by the bare role ("the health secretary") is not to
# its holder. Lower case.
ROLE_QUALIFIERS = _words("shadow former deputy vice assistant ex junior")

# Words that close a carrier's name before its spokesperson's noun ("a Skyward Air
# spokeswoman", "a Shamrock Jet spokesman"), which the recognizer may call a person.
# Only there: before a name "Air" is a rank's ("Air Commodore Dawn Chalk").
CARRIER_NAME_ENDS = _words("Air Jet")

SPOKESPERSON_NOUNS = _words("""
spokesman spokeswoman spokesperson representative statement spokesmen spokeswomen
spokespeople representatives
""")

# Comparatives that set an amount against a level before it, and the change they name:
# "1,240 burglaries, 15 per cent fewer than in 2024" is a fall in burglaries.
COMPARATIVE_CHANGES: dict[str, str] = {
    "more": "rise",
    "higher": "rise",
    "greater": "rise",
    "larger": "rise",
    "bigger": "rise",
    "fewer": "fall",
    "less": "fall",
    "lower": "fall",
    "smaller": "fall",
}

# --- what a figure measures (briefsmith.core.extraction.figures) ----------------------
# Nouns that add up a span or an amount told after "of" ("discharged sewage for a total
# of 291,000 hours", "waited a combined 40 hours"): the span is the clause's, in all. Lemmas.
SUM_NOUNS = _words("total sum")
# Participles of trying to reach someone or get something done: a speaker's "I've asked
# three times", "we have written to them six times", "I've rung the council 11 times" is a
# count the story is about (not "I've watched it six times": a private act, colour).
CONTACT_PARTICIPLES = _words("""
asked written emailed e-mailed phoned rung called contacted complained reported chased
requested petitioned applied appealed visited raised flagged begged pleaded texted
messaged lobbied approached
""")
# Changes told of an owner rather than of the thing that changed: "the women lost
# £186,000", "the firm shed 4% of its staff" (the subject is not what fell). Lemmas.
OWNER_CHANGE_LEMMAS = frozenset({"lose", "shed"})
# Nouns that stand for a measure named just before: "The average rent in Leeds is
# £1,090. In Bradford the figure was £780", "the rate", "the total". Lemmas.
ANAPHORIC_MEASURE_NOUNS = frozenset(
    {"figure", "rate", "total", "number", "level", "tally", "count", "equivalent"}
)
# Participles (lemmas) that only say a level was once seen, after "the" and an amount:
# "well above the 10.8 per cent recorded two years ago", "down from the 4.4% seen in
# March". The amount is the level of what the amount before it measures, then.
RECORDED_LEVEL_LEMMAS = frozenset(
    {"record", "see", "report", "register", "post", "log", "reach", "achieve"}
)
# Nouns that only say an amount is a typical one: "took an average of 47 minutes", "sold
# at a median of £685,000" (the average of what the clause around them measures); after a
# window glued to its span they name the average ("its 200-day moving average").
AVERAGE_NOUNS = _words("average averages mean median")
# Verbs (lemmas) that give a thing's size ("the crater measures 2.3km across", "the
# bridge spans 480 metres"); the tagger can read them as plural nouns after a noun.
SIZE_VERB_LEMMAS = frozenset({"measure", "span", "stretch", "stand"})
# Nouns of a change besides CHANGE_NOUNS' own ("a reduction in the speed limit to 20mph",
# "a hike in fares to £3"): a level after one is the level of what changed.
CHANGE_NOUN_EXTRAS = frozenset({"reduction", "hike", "raise", "cuts", "rises", "increases"})
# Verbs (lemmas) of what a thing costs, and the noun of that price: "A typical family home
# in the village costs £425,000" (the tagger can read "costs" as a plural noun).
PRICE_VERB_NOUNS = {"cost": "cost", "rent": "rent"}
# Verbs (lemmas) whose subject is the thing sold and whose sum is its price, with the
# word the sum follows ("" for the verb's object): "A bag of maize sells at Sh3,200",
# "The sketch sold for £1.9m", "Coffee fetched $412 a bag", "Petrol will retail at
# Sh176.29 a litre", "Shares traded at 864p", "The colt went for 1.6 million guineas":
# the price of the subject (round 31). Not with an object of its own ("sold its stake
# for €3m" is a sale by someone).
PRICE_FETCHING_LEMMAS: dict[str, frozenset[str]] = {
    "sell": frozenset({"at", "for"}),
    "resell": frozenset({"at", "for"}),
    "retail": frozenset({"at", "for"}),
    "fetch": frozenset({""}),
    "trade": frozenset({"at"}),
    "go": frozenset({"for"}),
}
# Nouns a thing is sold by, beside the units of measure: a sum paid "a bag", "per
# share", "a head" is a price (round 31); a sum "per household" or "a week" is not.
SELLING_UNIT_NOUNS = _words(
    "bag sack bale crate tray box carton bottle pint loaf share unit head piece dozen"
)
# Round 33a: words that already say a sum told per a unit of goods is a price or a
# charge ("price of petrol", "the farmgate rate", "fares"): without one, it says "price".
PRICE_NAMING_WORDS = _words("""
price prices priced cost costs fare fares rate rates fee fees tariff tariffs wage wages
rent rents premium levy tax duty charge charges value values valued worth bid offer
""")
# Verbs (lemmas) that put a figure on a thing named as their object, the figure after
# "at": "Officials put the death toll at 41", "The bank set its key rate at 2.5%". The
# object, not the verb, says what the figure is; with the noun of what the verb puts on
# it where the object is only the thing ("a deal that values the club at R180m": the
# value of the club).
ESTIMATE_AT_LEMMAS: dict[str, str] = {
    "put": "",
    "estimate": "",
    "value": "value",
    "peg": "",
    "place": "",
    "set": "",
    "fix": "",
    "reckon": "",
    "assess": "",
    "calculate": "",
}
# Nouns of a level an amount is set against rather than one it reached: "against a
# target of 95%", "compared with a goal of 92%" (the target for the share before, and
# not what "the figure" after it stands for).
BENCHMARK_NOUNS = frozenset({"target", "goal", "benchmark", "threshold", "limit", "ceiling"})
# What a business or an economy reports of its own trading, the items of an account or
# a results statement, as written and as lemmas: "Karoo Metals said production fell to
# 812,000 ounces" is Karoo Metals' production (round 36, helper M).
ACCOUNT_RESULT_NOUNS = _words("""
revenue revenues sales sale turnover profit profits earnings earning income loss losses
output production deliveries delivery shipments shipment orders bookings booking
ebitda margin margins dividend dividends
""")
# The words that qualify such an item as a body's own account ("first-half headline
# earnings", "like-for-like sales", "full-year pre-tax profit"), beside the dates; a
# sector's word ("retail sales", "car production") is none, and names no one's own.
ACCOUNT_RESULT_QUALIFIERS = _words("""
pre post tax pretax operating net gross underlying core adjusted headline like for group
annual quarterly interim half year full first second third fourth total comparable
organic reported statutory overall month months nine six three twelve
""")
# Verbs of change and the noun that names the change: "revenue rose 6%" is a rise in
# revenue; "up 7%" and "down 3%" read as the same. Lemmas, lower case.
# Verbs (lemmas) of adding up, whose participle before an amount makes it the total of
# the noun before: "14 transfers totalling N1.85 billion", "debts amounting to £2.3m".
TOTALLING_LEMMAS = _words("total amount")
# Verbs (lemmas) of going a distance and their participles: "covering 56.21km" is the
# distance covered by the rider, "The ship travelled 3,400 nautical miles" the distance
# travelled by the ship.
TRAVEL_PARTICIPLES: dict[str, str] = {
    "cover": "covered",
    "travel": "travelled",
    "walk": "walked",
    "run": "run",
    "swim": "swum",
    "cycle": "cycled",
    "ride": "ridden",
    "sail": "sailed",
    "fly": "flown",
    "drive": "driven",
    "trek": "trekked",
    "hike": "hiked",
    "row": "rowed",
    "paddle": "paddled",
}
# Prepositions that say what a sum that is its clause's subject went on, came from or
# was for: "About £2.1m went on agency staff", "£45,000 came from an appeal". Lower case.
SUM_SUBJECT_PREPOSITIONS = _words("on from to for towards toward in into")
# Prepositions before a participle whose doer is the subject of the verb they hang on:
# "fell 7% to S$1.62 before closing down 5.2% at S$1.66" (the shares closed), "after
# rising 4%". Lower case.
SAME_DOER_PREPOSITIONS = _words("before after since without by upon on while")
# Words of direction a market's close is told by, and the change they name: "ended 0.3
# per cent higher", "closed 11.2% weaker at R22.10". Only after a verb of a trading
# session (SESSION_VERBS); elsewhere "higher" compares. Lower case.
SESSION_DIRECTIONS: dict[str, str] = {
    "higher": "rise",
    "lower": "fall",
    "stronger": "rise",
    "weaker": "fall",
    "firmer": "rise",
    "softer": "fall",
    "up": "rise",
    "down": "fall",
}
# Verbs (lemmas) of a trading session's end or start, which a direction word follows.
SESSION_VERBS = _words("close end finish open settle trade")
# Verbs (lemmas) of a market or a poll's move in points, read as that move where they
# are not one elsewhere ("added 40,000 jobs" is a count added; "shed 900 jobs" an
# owner's loss): "The TSX added 112 points to close at 24,310", "The FTSE 100 shed 48
# points, or 0.6%".
POINTS_MOVE_VERBS: dict[str, str] = {"add": "gain", "shed": "fall", "lose": "fall"}
CHANGE_NOUNS: dict[str, str] = {
    "rise": "rise",
    "climb": "rise",
    "soar": "rise",
    "jump": "jump",
    "surge": "surge",
    "rocket": "rise",
    "leap": "jump",
    "increase": "increase",
    "grow": "growth",
    "gain": "gain",
    "rally": "rally",
    "rebound": "rebound",
    "expand": "expansion",
    "up": "rise",
    "fall": "fall",
    "drop": "drop",
    "decline": "decline",
    "decrease": "decrease",
    "slump": "slump",
    "plunge": "plunge",
    "plummet": "plunge",
    "tumble": "fall",
    "slide": "fall",
    "slip": "fall",
    "sink": "fall",
    "dip": "dip",
    "ease": "fall",
    "shrink": "contraction",
    "narrow": "narrowing",
    "slow": "slowdown",
    "accelerate": "acceleration",
    "widen": "widening",
    "contract": "contraction",
    "shed": "loss",
    "lose": "loss",
    "cut": "cut",
    "reduce": "cut",
    "slash": "cut",
    "lower": "cut",
    "raise": "rise",
    "lift": "rise",
    "hike": "rise",
    "down": "fall",
}
# Words that pick a part or all of a counted group before "of" ("every one of his 31
# students", "each of the 12 clubs"): the clause they stand in is told of the group.
PART_QUANTIFIERS = frozenset({"one", "each", "all", "most", "some", "none", "many", "both"})
# Round 32a: nouns of a part told before "of the" and a count ("about half of the 500,000
# projected", "a third of the 270,000 forecast"): no noun of the count's own.
PART_WORDS = _words("half third quarter fifth fraction share part proportion majority")
# Verbs whose object is a sum of money, the noun for that sum and the word that ties
# it to the verb's subject: "ordered to pay £94m" is a payment by someone, "raised
# £46,000" money raised by something, "costing $1.6bn" the cost of it. Lemmas.
AMOUNT_NOUNS: dict[str, str] = {
    "pay": "payment by",
    "repay": "repayment by",
    "invest": "investment by",
    "spend": "spending by",
    "cost": "cost of",
    "fine": "fine by",
    "charge": "charge by",
    "donate": "donation by",
    "give": "donation by",
    "earn": "earnings by",
    "owe": "debt by",
    "save": "savings by",
    "borrow": "borrowing by",
    "lend": "loan by",
    "award": "award by",
    "claim": "claim by",
    "bill": "bill by",
    "sell": "sale by",
    "buy": "purchase by",
    "raise": "money raised by",
    "receive": "money received by",
    "recover": "money recovered by",
    "steal": "money stolen by",
    "collect": "money collected by",
    "insure": "insured value of",
    "value": "value of",
    "price": "price of",
    "offer": "offer by",
    "bid": "bid by",
    "pledge": "pledge by",
    "seek": "sum sought by",
    "demand": "sum demanded by",
    "win": "winnings by",
    "fund": "funding by",
    "budget": "budget of",
    "allocate": "allocation by",
    "grant": "grant by",
    "refund": "refund by",
    "compensate": "compensation by",
    "waste": "money wasted by",
    "sign": "fee for",
}
# Adverbs that name the group a compared amount holds for: "45% of the town's households,
# compared with 13% nationally".
SCOPE_ADVERBS = _words("nationally globally worldwide locally regionally overall elsewhere")
# Words after "in" that say how a sum is paid, not what kind of money it is: "bought
# for £340m in cash" is a purchase, where "received £1.3m in pay" is pay received.
PAYMENT_FORMS = _words("cash shares stock instalments installments full total advance kind credit")

# A place a count of its people sizes ("a market town of 9,000 people", "the island, home
# to 2,300 people"): the count is the place's population (briefsmith.core.extraction.figures).
SETTLEMENT_NOUNS = _words(
    "town city village hamlet suburb borough county island nation country state community"
    " district region parish municipality province"
)
POPULATION_NOUNS = _words("people residents inhabitants souls")

# Verbs that with "up" tell a rise ("prices have gone up to £3.10", "fares were pushed
# up to £4"): "up to" after them brings the level reached, not a maximum.
RISE_UP_VERBS = _words("go shoot move push ramp jack drive creep edge")
# Verbs whose subject undergoes a change named as a noun ("Council tax bills face a rise
# of 4.99% to £2,104", "Fares will see a rise of 5%", "Melbourne lagged with a rise of
# 1.9 per cent"): the subject is what changed (not "The union wants a rise of 9%").
CHANGE_UNDERGOING_LEMMAS = _words("face see suffer record post show lag")

# Nouns for a reporting period that are not units of time ("fell 6% over the same period
# to 96,400", "rose 4% in the quarter to 6.1 million"): a level after "to" hung on one of
# them is the level the changed thing reached (briefsmith.core.extraction.figures).
REPORTING_PERIOD_NOUNS = _words("period quarter half season term stretch spell fortnight")
# Words by which a time after an amount sets it at an earlier time than the story's ("from
# R12.3bn a year earlier", "31 points a year ago", "a profit of Rs 517 crore in the same
# quarter last year", "the corresponding period"): the amount held then (round 29b).
EARLIER_TIME_ADVERBS = _words("earlier ago")
EARLIER_PERIOD_MODIFIERS = _words("same corresponding year-earlier year-ago previous")
# Quantifiers that float after a plural subject ("premiums both grew by 10%", "the two
# firms each lost $3m"), which the parser can read as a second subject (round 29b).
FLOATING_QUANTIFIERS = _words("both each all")
# Nouns of a span an amount gives the ends of ("margins in the 18 to 20 per cent band",
# "growth in the 5-7% range"): what lies in it is what the amount measures (round 29b).
RANGE_NOUNS = _words("band range bracket")

# Figures that are spans of time (briefsmith.core.extraction.figures). What a duration
# measures is framed by the preposition that places it: "jailed for 18 months" (how
# long), "refunded within 30 days" (a time limit), "stole it over six years" (a period).
# Personal pronouns that can be a clause's subject: after an amount, with no relative word
# between ("the £27m it had forecast", "the N1,580 it traded at"), they open a clause that
# says what was done with the amount (round 30a).
SUBJECT_PRONOUNS = _words("i you he she it we they")
# Words after a span of time that make it a delay ("will open 14 months late", "the report
# was six weeks overdue"): the span is how late the thing is, not a margin (round 30a).
LATENESS_WORDS = _words("late overdue")
# Nouns (lemmas) a sum can run over ("ran £96m over budget", "came in R340m over the
# estimate"): the sum right before "over" one is the cost overrun (round 34a). A target or
# a forecast beaten is a margin, not an overrun, and is not here.
BUDGET_NOUNS = _words("budget estimate costing")
DURATION_FRAMES: dict[str, str] = {
    "for": "length of time",
    "within": "time within which",
    "over": "period over which",
    "in": "period in which",
    "during": "period during which",
    "after": "time after which",
    "by": "margin by which",
    "before": "time before",
    "later": "time before",
    "until": "time until",
}
# Verbs (lemmas) whose span of time is a sentence: "jailed for 18 months".
SENTENCE_LEMMAS = _words("jail imprison sentence lock detain")
# Verbs (lemmas) that end a held state: a long span "after" them is how long it was held
# ("released after 18 months", "the strike ended after three months"), news; after any
# other verb a bare long span is a tenure or a review point ("lost her job after 14
# years", "will be reviewed after 12 months") (figures).
RELEASE_LEMMAS = _words("release free end lift reopen return rescue find")
# Verbs (lemmas) of a ban and the noun for it: "banned from driving for three years" is
# the length of a ban from driving.
BAN_NOUNS: dict[str, str] = {
    "ban": "ban",
    "bar": "ban",
    "disqualify": "disqualification",
    "suspend": "suspension",
    "exclude": "exclusion",
    "prohibit": "ban",
}
# Round 28 (helper E): a working span written as an adjective, news in the plural too
# ("45-minute classes", "24-hour shifts", "20-minute turns").
WORKING_SPAN_NOUNS = _words("shift session class turn")
# Nouns a duration written as an adjective is news for ("a 16-week deadline", "an
# eight-hour outage"); elsewhere ("an 11-month trial", "a three-year deal") it only
# describes.
DURATION_NEWS_NOUNS = (
    _words("""
deadline target sentence term ban suspension outage closure shutdown blackout delay wait
strike stoppage siege lockdown curfew order probation disqualification average total
maximum minimum journey commute median mean
penalty
debate rescue walkout battle enquiry inquiry summit competition pause spell hold search
standoff stand-off manhunt emergency
window limit
expectancy
""")
    | WORKING_SPAN_NOUNS
)
# (round 31, helper E: a statistic told in years, "a life expectancy of 71.2 years";
# round 27, helper e: "after a 14-hour debate", "a 31-hour rescue", "a 30-day state
# of emergency", "a two-year spell"; round 28, helper E: a window, a limit or a working
# span written as an adjective, "a two-hour launch window", "the 40-second limit",
# "45-minute classes", "24-hour shifts". Not a contract's or a deal's term, "a three-year
# deal", nor "13-hour days": the references split on them, so precision leaves them out.
# Only WORKING_SPAN_NOUNS are read in the plural; other plurals name a class of cases,
# "two-year waits", "12-hour delays")
# Verbs (lemmas) of casualties and arrests: their count is news however small ("Two
# people have died", "police arrested two men"), where "two children" alone is colour.
CASUALTY_LEMMAS = _words("""
die kill injure wound hurt drown arrest detain charge rescue hospitalise hospitalize
evacuate miss
""")
# Verbs (lemmas) that carry people to hospital ("two people were taken to hospital",
# "three pupils were airlifted to hospital"): a casualty count however small.
CONVEYING_LEMMAS = _words("take rush airlift fly carry ferry transfer")
HOSPITAL_NOUNS = _words("hospital infirmary")
# What a casualty is in or has ("two are in a critical condition", "three remain in
# hospital", "the other three have minor injuries"): the state a small count is news in.
CASUALTY_STATE_NOUNS = HOSPITAL_NOUNS | _words("condition")
INJURY_NOUNS = _words("injury burn wound fracture")
# Round 30: the state a count of people is found or left in ("found two people dead",
# "Two men were found dead", "left three workers unconscious", "pulled two anglers
# alive from the water"): a casualty count however small.
CASUALTY_STATE_WORDS = DEATH_RESULT_WORDS - {"death"} | _words("""
alive unconscious injured wounded hurt missing critical
""")
HAVING_LEMMAS = _words("have suffer sustain")
# Verbs (lemmas) of a person's career or life: "he had worked at the firm for 22 years"
# is background to the story, not a figure of it.
CAREER_LEMMAS = _words("""
work live run teach coach manage own farm practise practice have hold play volunteer
""")
# Verbs (lemmas) of a trade plied or a post held for years ("has driven a taxi in Lagos for
# 21 years", "has sold tea outside the station for 40 years", "has served with the regiment
# for 18 years"): with a person's span, background like the career verbs (figures).
TRADE_LEMMAS = _words("drive sell serve")
# Groups of people a career or a life is told of as one ("The couple have run the guest
# house for 27 years", "the family has farmed here for three generations").
CAREER_GROUP_NOUNS = _words("couple family pair")
# Words that make a number a record of a whole career ("whose career average is 12.3",
# "whose lifetime earnings stand at $3m"): told to describe someone, background.
CAREER_RECORD_WORDS = _words("career lifetime")
# Nouns of the span a career or a life has lasted ("has run the pub for 22 years", "for
# decades"): what makes a present perfect say what a person does.
CAREER_SPANS = _words("year month decade generation season")
# Possessives that make a thing a person's own ("her 45-hectare block"; not "its" or
# "their", which a company or a council owns too).
PERSONAL_POSSESSIVES = _words("her his my your")
# Groups whose make-up is colour, never the story's count: "a jury of seven women and
# five men", "a family of four" (figures).
MAKEUP_GROUP_NOUNS = _words("jury family household")
# Groups that do a job in the story ("a team of 20 followed", "knocked down to a syndicate
# of three studs", "rescued by a crew of five"): their head count is colour unless the
# group is sent out or is itself a casualty ("sent a team of 11 investigators", "a crew of
# six was rescued") (figures).
WORKING_GROUP_NOUNS = _words("team crew squad syndicate party posse")
# Nouns of a stretch of ground, a line or a breach whose length is the news when written
# as an adjective ("a 4-mile stretch was closed", "a 10-mile tailback", "a 30-metre
# sinkhole"); any other thing's glued size only describes it ("the 38-metre ferry hit",
# "a 20-yard shot", "a 3-metre-wide painting") (figures).
EXTENT_NOUNS = _words("""
stretch section span length area zone radius cordon perimeter queue tailback jam route road
lane carriageway motorway line track trail path tunnel pipeline border coastline strip
corridor swathe belt crack hole sinkhole gap breach chasm landslide wave wall fence
barrier embankment bridge runway slick plume spill cloud fire blaze front extension
programme program campaign
""")  # round 18: "a 20,000-metre drilling programme" (the metres to drill)
# Spans that tell a person's background when a clause about that person holds them
# ("who has played for the club for 14 seasons"): the career's spans.
BACKGROUND_SPANS = CAREER_SPANS

# Figures outside the story's event (briefsmith.core.extraction.figures). A count is the
# story's when its clause is the story's event; these words mark clauses that are not.
# Periods a general fact recurs over: "about 20 storms hit the country each year".
HABITUAL_PERIODS = _words("year winter summer spring autumn fall season decade")
# Adverbs of a yearly habit: "some 8,000 people are admitted annually".
HABITUAL_ADVERBS = _words("annually yearly")
# Nouns of things that measure: the counts that say how one is made ("an index that
# tracks 12 lanes", "measurements carried out by 40 volunteers") are its method.
MEASURING_NOUNS = _words("""
index gauge survey poll study census measurement count tracker barometer benchmark
indicator sample
""")
# Words that already name what a temperature figure is ("highs of 27C", "a fever of
# 39.4C", "the mercury hit 33C"): without one, the figure says it is a temperature.
TEMPERATURE_WORDS = _words("""
temperature temperatures temp temps high highs low lows maximum maximums minimum minimums
heat thermometer thermometers mercury fever reading readings warmth frost peak
""")
# Round 33a: words that already name what a speed figure is ("a speed of 104mph", "the
# 30mph limit", "at a pace of 12 knots"): without one, the figure says it is a speed.
SPEED_WORDS = _words("speed speeds limit limits velocity pace")
# Verbs (lemmas) of measuring: "40 volunteers counted the birds" tells who measured.
MEASURING_LEMMAS = _words("measure survey count monitor sample poll")
# Measures made by asking or studying people: "a poll of 2,000 adults", "a trial of 1,200
# patients" give its sample, not news.
SAMPLED_NOUNS = _words("poll survey questionnaire sample study trial")
# Modifiers that make a subject someone else's like of the story's thing: "similar
# schemes elsewhere have increased recycling by 10 points" is a comparison, not news.
ELSEWHERE_WORDS = _words("similar comparable elsewhere")
# Subordinators of a condition: "if warming is limited to 2C" is a hypothetical.
CONDITION_MARKERS = _words("if unless")
# Prepositions that make a distance a point in a race or a journey ("after 30 kilometres").
PROGRESS_PREPOSITIONS = _words("after until before")
# Modals of a counterfactual with "have": "a loss of 2 per cent would have been extreme"
# ("up to 300 people could have been exposed" is a guess at what did happen: news).
COUNTERFACTUAL_MODALS = _words("would")
# Modals of a guess at the past in someone's words ("we must have had 40 chats", "we must
# have knocked on 500 doors"): with "have", a count the speaker estimates as colour, not a
# figure the story reports (figures; money and shares named so stay).
CONJECTURE_MODALS = _words("must")
# Prepositions that place an event somewhere ("fed to 310 cows on four farms", "hung in
# galleries across four countries"): a small count after one only sets the scene when the
# clause already counts what its verb acts on.
LOCATIVE_PREPOSITIONS = _words("on at in across from throughout around")
# Prepositions that make a named owner's whole set the setting of a clause's act ("carted
# water to the station's 14 dams", "staff at the company's three depots"): the count only
# describes the owner (figures; not "of": "four of the line's 14 stations" is a part).
SETTING_PREPOSITIONS = LOCATIVE_PREPOSITIONS | _words("to into")
# Words that date a count in a "who" aside to an earlier spell of a person's life ("who
# had never passed 30 in 19 previous Test innings", "in his career"): background (figures).
EARLIER_SPELL_WORDS = CAREER_RECORD_WORDS | _words("previous")
# Nouns for the members of a side a number says it is playing with ("reduced to 10
# men", "down to nine players", "finished with 14 men"): how many were on the field
# after a dismissal, not a figure of the match.
SIDE_MEMBER_NOUNS = _words("men players")
# Words before a side's strength on the field: "reduced to", "down to", "with".
SHORT_SIDE_LEADS = _words("reduced down cut")
# Words between a window glued to its span and "average": "its 200-day moving average",
# "the seven-day rolling average". The window names the average; it is no figure.
AVERAGE_WINDOW_WORDS = _words("moving rolling running trailing simple exponential")
# A statistical interval and the level it is drawn at: "1.27 (95% confidence interval 1.09
# to 1.48)", "95% CI", "a 90% credible interval". The level names the interval, it is no
# figure of the story; the interval only qualifies the estimate before it.
INTERVAL_KIND_WORDS = _words("confidence credible prediction uncertainty")
INTERVAL_NOUNS = _words("interval intervals CI CIs CrI UI")
# A player's shirt: "handed the 10 jersey", "took the 9 shirt", "wearing 23," (the number
# names the shirt, it counts nothing).
SHIRT_NOUNS = _words("shirt jersey")
# Names of the extra balls of a lottery draw ("the bonus ball was 21", "the Powerball was
# 13", "Lucky Stars 2 and 9"): the number drawn names a ball, it counts nothing (figures).
LOTTERY_BALL_NAMES = frozenset(
    {"bonus ball", "Powerball", "Mega Ball", "Megaball", "Thunderball", "Lucky Star", "Lucky Stars"}
)
# Verbs of calls taken in ("Police received 312 calls", "the line handled 911 calls"): the
# number before "calls" counts them, even in the shape of a number someone dials.
CALL_HANDLING_VERBS = _words("""
received receives took takes handled handles answered answers logged logs fielded fields
""")
# Nouns a rating is given in ("gave it four stars", "a five-star hotel", "three stars out
# of five"): a judgement of a thing, no figure of the story.
RATING_NOUNS = _words("star stars")
# Nouns of a place or a thing in a numbered series whose number may end in a letter
# ("seat 14C", "flat 9C", "Apartment 12B"): the letter is part of the code, not a unit.
CODE_LABEL_NOUNS = _words("""
seat row flat apartment unit room suite bay berth gate platform stand block plot lot pier
dock cabin locker cell stall booth terminal hangar pitch bed
""")
SHIRT_VERBS = _words("wearing wears wore wear")
# Round 30: words before a year clipped to two digits after an apostrophe ("the Class of
# '89", "the summer of ’76", "unbeaten since '98"): the year, no figure.
CLIPPED_YEAR_BEFORE_WORDS = _words("of in since from until")
# Parts of a device whose specification is glued to its number ("3nm chips", "a 5,000mAh
# battery", "a 50MP camera"): the number describes the part, it is no figure of the story.
COMPONENT_NOUNS = _words("""
chip chips processor processors battery batteries camera cameras sensor sensors lens lenses
screen screens display displays
""")
# Determiners that point at a thing the reader is taken to know: "its 747 fleet".
DEFINITE_DETERMINERS = _words("the its their his her our this that")
# Nouns counted without a plural ending ("its 300 staff", "the 40 crew", "12 sheep"): a
# singular-looking noun after a number is a count of these, not a name.
UNMARKED_PLURAL_NOUNS = _words("""
staff crew personnel police aircraft spacecraft sheep deer fish cattle livestock head
people folk offspring series species craft swine salmon trout cod bison moose
""")
# Words of a dimension after a size ("30ft deep", "a 2m-high wall"): the size is told of
# the thing before it, not of a noun that follows.
DIMENSION_WORDS = _words("deep high tall long wide thick across")
# Round 15 (roles): what a seat's name ends in where a parliament names members by their
# seat in brackets ("Mr Ong Boon Keat (Serangoon Hills GRC)": a group representation or
# single member constituency in Singapore): the member sits for the seat, which is no
# actor.
CONSTITUENCY_TAILS = _words("GRC SMC")
# Round 15 (roles): what someone looks like or passed themselves off as, no description of
# what they are: "who looked tired", "who has blond hair and a beard", "who stands 6ft 5in
# tall", "who posed as a gas engineer", "who was mistaken for a shoplifter".
LOOKING_VERBS = _words("looked looks seemed seems")
BODY_FEATURE_NOUNS = _words("""
hair beard moustache mustache tattoo tattoos eyes build complexion scar scars piercing
piercings freckles stubble
""")
HAVING_VERBS = _words("has had have")
STANDING_VERBS = _words("stands stood")
PRETENCE_VERBS = _words("posed poses posing pretended pretends masqueraded impersonated mistaken")
# Pronouns that point back at what was just said ("That is £64 more than now", "which is
# £20 more than last year"): an amount said of one measures against the amount before it
# (round 15c, briefsmith.core.extraction.figures).
POINTING_BACK_PRONOUNS = _words("that this it which")
# Verbs by which "that" or "it" comes to an amount restating the one before ("That works
# out at £9.70 per customer", "It comes to £5 a month", "That equates to £70 for every
# household"); "work" only with "out" (round 15c, briefsmith.core.extraction.figures).
AMOUNTING_LEMMAS = _words("work come amount equate equal translate")
# Rooms that name a home's type only before the noun of a home ("a four-room flat", "a
# five-room HDB flat", Singapore's flat types; not "a 30-room hotel") (round 15b).
ROOMED_HOME_PART_NOUNS = _words("room roomed")
# Words before a number of the dartboard that name a bed of it ("hit double 16", "treble
# 20"): where a dart landed, no figure (round 15b).
DARTS_BED_WORDS = _words("double treble")
# The members of a court's bench told in a compound before it ("a three-judge panel", "a
# five-judge bench", "the seven-member jury"), and the lists a prize is chosen from ("a
# shortlist of six"): their size describes them, no figure (round 15b).
BENCH_MEMBER_NOUNS = _words("judge member justice")
BENCH_NOUNS = _words("panel bench jury tribunal")
SHORTLIST_NOUNS = _words("shortlist longlist")
# Suffixes glued to digits that make a name of them ("the 49ers", "the Philadelphia
# 76ers"): a team, no count (round 15b).
NUMBER_NAME_SUFFIXES = _words("ers")

# Round 15 (outlook): the nouns a manager's or a coach's team goes by before a fixture
# verb ("Folarin's side host Rovers on Saturday", "Kerr's men visit Town on Tuesday").
FIXTURE_SIDE_NOUNS = CLUB_DESCRIPTION_NOUNS | _words("men women squad charges lads girls")
# Round 15 (the lead): the sides of one story a person's post puts them on. Two posts of
# one family on different sides are two people: "Fullback Tom Ash was sent off. '…,' said
# the home manager" is not Ash, "Defendant Paul Rees was jailed. '…,' the judge said" not
# Rees. Posts on one side, or in no family, may describe one person ("captain Joe Mbeki
# ... the midfielder said", "adviser Paul Grant ... the economist said").
STORY_SIDES: dict[str, tuple[frozenset[str], ...]] = {
    "court": (
        _words("judge magistrate recorder sheriff coroner"),
        # (one side: a prosecuting barrister is "the prosecutor" and "the barrister")
        _words("prosecutor barrister solicitor lawyer counsel attorney"),
        _words("officer detective sergeant constable inspector superintendent"),
        _words("defendant accused"),
        _words("juror"),
        _words("witness"),
        _words("victim"),
    ),
    # (round 27: the players' side takes the words a report uses for them again, "the
    # seamer", "the left-hander", "the jockey": not the trainer or the coach)
    "sport": (
        _words("""
        striker forward midfielder defender winger fullback full-back centre-back
        center-back goalkeeper keeper goalie prop hooker lock flanker scrum-half fly-half
        centre center wing batsman batter bowler pitcher catcher quarterback debutant
        substitute sub captain skipper
        centre-half center-half seamer spinner opener all-rounder wicketkeeper closer
        reliever left-hander right-hander southpaw jockey rider golfer sprinter swimmer
        cyclist boxer rookie
        """),
        _words("manager boss coach head-coach trainer"),
        _words("referee umpire linesman"),
        _words("chairman chairwoman owner"),
    ),
    "care": (
        _words("nurse midwife"),
        _words("paramedic"),
        _words("doctor surgeon consultant gp"),
        _words("patient"),
    ),
    "school": (
        _words("teacher"),
        _words("headteacher headmaster headmistress principal"),
        _words("pupil student"),
    ),
    # round 18: offices of state, each held by one person ("The Speaker, Mr A ... the
    # governor said" is not the Speaker)
    "state": (
        _words("governor gov"),
        _words("speaker"),
        _words("mayor"),
        _words("senator sen"),
        _words("commissioner"),
        _words("minister"),
        _words("president"),
    ),
}
# Round 27 (speakers): words for what a player or someone in the story is, which a
# report uses again instead of the name ("‘…,’ the defender said", "said the
# left-hander", "the retiree said"): given to nobody, one goes back to the one person
# the text brought in since, or who spoke before. No post ("the judge", "the coach",
# "the captain"), which is as often someone new.
READ_BACK_DESCRIPTION_NOUNS = _words("""
striker forward midfielder defender winger fullback full-back centre-back center-back
centre-half center-half goalkeeper keeper goalie flanker scrum-half fly-half batsman batter
bowler seamer spinner opener all-rounder wicketkeeper pitcher catcher closer reliever
quarterback left-hander right-hander southpaw jockey rider golfer sprinter swimmer cyclist
boxer rookie debutant teenager youngster veteran retiree pensioner
""")

# (round 16c) Words (lemmas) that tell a share "on" which a named party stands is its
# standing in a poll or a vote ("The poll put Fianna Fáil on 22%"), read in the
# sentence and the two before it: without one, "with Tennant on 2%" may be a share price.
POLL_STANDING_LEMMAS = SAMPLED_NOUNS | _words("vote voter ballot election")
# Round 33a: verbs (lemmas) by which a named party stands "on" a share ("Reform UK leads
# on 29%", "Labour sits on 31%", "The Tories were on 24%").
POLL_HOLDING_LEMMAS = _words("be lead sit stand remain stay trail hold")
# Round 33a: the verbs of a market's day ending ("The FTSE 100 closed down 41 points at
# 7,612"), by which the level an index is left at is its closing level.
CLOSING_LEMMAS = _words("close end finish settle")

# Round 16b. Pauses of a match after which a score is one passed on the way ("led 1-0 at
# half-time", "13-6 at the break", "At tea Wessex were 142 for four"): not the result.
MATCH_PAUSE_WORDS = _words("""
half-time halftime interval break turn tea lunch drinks
""")
# What a score before it is ahead of in a series or a tie ("a 2-1 lead in the series",
# "a 3-1 series win", "a 2-0 advantage"): the standing of the series, a figure of its own.
SERIES_STANDING_NOUNS = _words("""
lead advantage series-lead
""")
# Ordinals after the first, told before "of" and a total whose noun they share ("the 18th
# of 24 this season", "the third of four at Lingfield"): the total restates a calendar or
# a programme in passing. ("The first of 40 new hospitals" announces the forty.)
LATER_ORDINAL_WORDS = _words("""
second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last latest
""")
# What a side is called after its strength glued to "-man" ("the 10-man hosts", "the
# 14-man visitors"): players left on the field, not a figure of the match.
SHORT_SIDE_NOUNS = _words("""
hosts visitors side champions holders leaders
""")
# A venue's size glued before it ("the 32,000-capacity ground", "a new 2,000-seat east
# stand"): how big the place is, said in passing of where a match was played.
VENUE_SIZE_WORDS = _words("capacity seat seater all-seater")
VENUE_NOUNS = _words("""
ground stadium arena stand venue bowl park oval dome
""")

# Round 16 (outlook). Verbs (lemmas) that take an object and a participle of what is to be
# done to it: "hope to have the line reopened by Monday", "aim to get the pool refilled by
# June" (the participle's time is the causing verb's).
CAUSATIVE_LEMMAS = _words("have get")
# Verbs (lemmas) of a hope: "she said she hoped the bridge could be reopened by Christmas"
# is her hope now, told in the report's past (not "she had hoped").
HOPE_LEMMAS = _words("hope")
# Words that count people in general before a plural: "many patients will never get a
# diagnosis", "most people with the condition will recover" (what happens to a kind of
# people, no step).
GENERAL_QUANTIFIERS = _words("many most")
# Round 27 (helper b): the determiners of an unnamed share of a kind ("Some commuters will
# find other ways to work"), beside GENERAL_QUANTIFIERS' adjectives.
SOME_QUANTIFIERS = _words("some")
# Nouns (lemmas) of a run of transport that "next" orders in a timetable, not in time:
# "passengers who miss their connection will be rebooked on the next flight" (no date).
TIMETABLED_RUN_NOUNS = _words("flight train bus ferry sailing tram coach")
# Verbs (lemmas) of a decision that lets a plan go ahead: "if the money is confirmed, the
# bypass will open in 2029", "if councillors approve the plan, work will start in 2027"
# (a step waiting on a decision, dated; "if warming is limited ..." is a hypothesis).
APPROVAL_LEMMAS = _words("approve confirm grant agree pass sign back award secure clear")
# Adverbs of the time a weather forecast falls in, with no date: "heavy snow is forecast for
# higher ground overnight" (a forecast with no time, "rainfall of 300mm is forecast over
# the mountains", stays a description of the storm).
FORECAST_TIME_ADVERBS = _words("overnight")
# The particle of a legacy that lingers: "her legacy will live on in the charity she
# founded", "his memory will live on" (not "they will live on benefits": a "on" with its
# object).
LEGACY_PARTICLES = _words("on")
# Round 17 (helper e): nouns that, heading a description of a name written with a
# possessive or a participle's clause ("the Mary Lorne, a restaurant built in the shape
# of a paddle steamer", "Oakridge Home, the chain's own-label furniture range", "Ferngrove
# Mall, the town's biggest shopping centre"), say it is a building, a vessel or a product,
# never a person or a body (one that speaks stays).
DESCRIBED_PLACE_THING_NOUNS = _words("""
restaurant bistro brasserie café cafe cinema fortress viaduct arcade mall figurehead
narrowboat steamer galleon rollercoaster fragrance perfume range line lock
""")
# Round 17 (helper e): two-word heads of such a description whose last word alone may
# name a body ("the research centre", "the streaming platform", "the housing group").
DESCRIBED_THING_COMPOUNDS = frozenset(
    {
        "shopping centre",
        "shopping center",
        "retail park",
        "housing estate",
        "tower block",
        "oil platform",
        "office block",
        "maternity block",
    }
)
# Round 17 (helper e): participles of the past that end a description's noun phrase in
# a clause about the noun ("the department store chain founded in 1880", "a restaurant
# built in the shape of a galleon", "a floating restaurant moored on the Thames").
PARTICIPLES_AFTER_NOUN = _words("""
built founded run set made held owned known named used moored opened launched based
designed started created established housed located
""")
# Round 17 (helper e): the nouns, ending as an agent's do, that describe a body and never
# a person ("Edwin Marsh, the furniture retailer,"; "Thomas Grange, the Leeds department
# store"); with the description heads of COMPANY_NOUNS.
DESCRIBED_BODY_AGENT_NOUNS = _words("retailer store")
# Round 17 (helper e): words after a thing's noun that end its description ("a shopping
# centre on the edge of Thornby", "a retail park near the ring road", "a 1920s narrowboat
# now used as a floating café", "the jeweller founded by ...").
THING_DESCRIPTION_BREAKS = _words("on near off now by")
# Round 17 (helper e): verbs (lemmas) of a horse's making, whose clause opening a
# sentence ("Trained by Gemma Lowe, Silver Arrow jumped the last clear") says its subject
# is the horse; with RIDDEN_LEMMAS.
TRAINED_LEMMAS = _words("train")

# Round 17: what a price is told per right after a guarded currency prefix ("R98 a month",
# "N500 per household"): with one of these, "R98" is rand, not a road (numbers.py).
PRICE_PER_WORDS = _words(
    "day week month year household head person litre liter kilogram share"
    # round 32a: a price by the weight or the measure goods are sold in ("P52 a kilo",
    # "R318 a tonne", "N2,800 a bag", "P95 an hour")
    " kilo kg tonne ton bag ounce hour night"
)  # round 23 (helper e): "R22 a litre", "N45 a share"

# (round 17, helper f: "capture" is a verb of showing, perceiving and overhearing, "petition"
# a document and "transmission" shown text, in the lists above: a recorder's, a
# petition's and a probe's words are not the reporter's.)
# (round 17, helper f) Verbs by which a device puts out words that may open in lower
# case ("The sat-nav kept repeating ‘turn left now’", "the voice recorder captured ‘what
# is it doing’"): a thing's verbs of showing, and "repeat". Lemmas.
DEVICE_WORD_LEMMAS = WORD_SHOWING_LEMMAS | _words("repeat")

# Round 17: a word that, right after a body's head word, makes a title of office before
# a name ("Council Member Darnell Okafor", "Committee Member Ann Lee"): a person.
MEMBER_TITLE_WORDS = _words("Member")


# round 17 (d): the seasons, a period of a year ("Last spring the council said it would
# ...": guidance given then, as "last year")
SEASON_NOUNS = _words("spring summer autumn fall winter")
# round 17 (d): the prepositions of an extent ("will run for 90 minutes", "will last just
# under two hours", "will stretch over 3 miles"): how long or how far, no step
EXTENT_PREPOSITIONS = _words("for over under")
# A bound set on things in general inside someone's words ("we can chase anything under
# 300", "anything over 40C and the vines shut down"): a figure of speech, not one the
# story reports (figures; money and shares named so stay: "anything above 2%").
INDEFINITE_BOUND_PRONOUNS = _words("anything anyone anybody everything everyone nothing")
BOUND_PREPOSITIONS = _words("under over above below beyond")
# round 17 (d): verbs (lemmas) of how long or how far a thing runs ("the show will run for
# 90 minutes", "the film will last just under two hours", "the tunnel will stretch for 3
# miles"), not of a change that lasts ("the viaduct will be closed for six months")
EXTENT_LEMMAS = _words("run last stretch keep extend span stand")  # stand: round 18

# round 18: a story of drilling (mining, oil and gas exploration) counts its holes ("Of the
# 27 holes completed, 19 returned intercepts"); golf's holes stay match detail. The words
# that tell drilling (the nouns "drill" and "drilling" only: not "drilled a shot") and the
# nouns then counted (figures).
DRILLING_LEMMAS = _words("drill drilling drillhole borehole assay")
DRILLED_HOLE_NOUNS = _words("hole holes")

# round 18 (d): pronouns that take up the one a plan was told of after "but" ("said it
# would reopen the plant in March, but it stayed shut": what came of the plan)
PLAN_HOLDER_PRONOUNS = _words("it they he she")
# round 18 (d): verbs (lemmas) of a thing left as it was, after "but" ("said it would
# reopen the plant in March, but it stayed shut", "but it held them")
UNCHANGED_LEMMAS = _words("stay remain hold keep")
# round 18 (d): a window's verbs the tagger reads as adjectives after a noun
# ("Nominations close at 5pm on Friday", "Applications open on 1 March")
WINDOW_ADJECTIVES = _words("open close")
# round 18 (d): verbs (lemmas) of how a thing behaves, told in the future with nothing
# done to anything ("the sauce will thicken as it cools", "the vaccine will protect
# against four strains", "the app will work on older phones"): a property, no step
THING_BEHAVIOUR_LEMMAS = _words("""
thicken dry expand thrive flower double protect suit keep charge melt
boil dissolve overheat shrink
""")  # boil dissolve overheat shrink: round 19 (d), "the tablets will dissolve in water"

# round 18 (c): the words that tie an accounting qualifier to the figure's noun ("profit
# before tax", "earnings after interest", "income after housing costs"); the parser reads
# them as opening a clause ("before [tax fell] 12%") (core/analysis/tokens.py)
ACCOUNTING_QUALIFIER_WORDS = _words("before after")

# Round 18f. Verbs of answering: "‘No,’ he replied" after "Nwosu was asked if ..." is the
# answer of the one asked.
ANSWERING_LEMMAS = _words("reply answer respond retort")


# Round 18 (helper e): nouns of a likeness of someone, whose "of" names whom it shows
# ("the statue of Queen Victoria", "a portrait of Lord Nelson"): one named only so is
# history or a subject of art, not an actor of the story.
DEPICTION_NOUNS = _words("statue portrait bust effigy likeness mural")

# round 19 (b): the parts a small number counts in a compound that says how a vehicle or
# a machine is built ("a five-seat estate", "an eight-speed gearbox", "a four-cylinder
# engine", "a five-door hatchback", "four-wheel drive"): the kind of vehicle, not a figure
# of the story (with ELECTORAL_MARGIN_NOUNS for "a five-seat majority", which is one).
VEHICLE_BUILD_PART_NOUNS = _words("seat seater door speed cylinder valve wheel")
# round 19 (b): what a count of seats in a compound measures in an election ("a five-seat
# majority", "a 12-seat lead", "a three-seat gain"): a figure of the story.
ELECTORAL_MARGIN_NOUNS = _words("majority lead gain gains loss losses swing deficit advantage")
# round 19 (b): nouns of a reading on a scale that the number follows ("a quake of
# magnitude 6.2", "tremors of magnitude 4"): the reading is a figure, not a label like
# "page 14".
SCALE_READING_NOUNS = _words("magnitude")
# round 19 (b): nouns after a car's test speeds that name the test ("its 0-62mph time is
# 5.9 seconds", "a 0-60mph sprint of 4.1 seconds"): the speeds name it, no figure.
SPEED_TEST_NOUNS = _words("time times sprint acceleration")


# round 19 (d): verbs (lemmas) of a thing's make-up or reach told with their preposition,
# with nothing done to anything and no date ("the model will come with a larger screen",
# "the offer will apply to all new customers"): a feature or the terms' scope, no step
# ("the trains will come into service in May" keeps its date; "the charity will apply to
# the High Court" is a body's act)
FEATURE_PHRASES = frozenset({("come", "with"), ("apply", "to")})
# round 19 (d): the kinds a product comes in ("the phone will come in three colours", "in
# two sizes"); "the cuts will come in two waves" tells how a plan unfolds, a step
VARIANT_NOUNS = _words("colour color size flavour flavor version shade finish edition variant")
# round 19 (d): verbs (lemmas) of a side's verdict on itself, with a clause or an adjective
# and no date ("the home side will feel they deserved a point", "United will feel
# aggrieved"): a match report's judgment
VERDICT_FEELING_LEMMAS = _words("feel")
# round 19 (d): a report's time within the news's own days ("the club said last week it
# would appeal", "said yesterday that it would", "said earlier this week"): the plan stands
# (a year back, "said last year it would cut 400 jobs", is guidance given long ago)
RECENT_PAST_WORDS = _words("yesterday")
RECENT_PERIOD_NOUNS = _words("week weekend night")
RECENT_PERIOD_MARKERS = _words("last this")

# Round 19 (helper e): lasting things built or made by hand, whose maker, named only as
# the agent of building, designing, laying out or carving them ("Its foyer, designed by
# Lionel Barrow, is listed", "The gardens, laid out by Capability Brown, reopen"), is a
# maker of the past named in passing even with no date. Lemmas.
BUILT_THING_NOUNS = _words("""
bridge foyer ceiling garden gardens park hall church chapel cathedral tower pier house
mansion manor castle theatre playhouse station building facade front window organ
statue sculpture fountain monument memorial staircase dome spire terrace arcade
museum library gallery school canal viaduct lighthouse
""")
# Round 19 (helper e): verbs of building or making by hand whose agent, with a thing of
# BUILT_THING_NOUNS, is a maker of the past (not "written", "directed", "compiled":
# reports and productions are the story's own). Lemmas.
BUILT_BY_LEMMAS = _words("design build construct carve sculpt lay engineer cast erect")
# Round 19 (helper e): words of a participle's clause that date the making to the
# story's own time ("painted by Jess Rowe last month", "the new wing, designed by ...").
RECENT_MAKING_WORDS = _words("new last this recently newly latest")
# Round 19 (helper e): verbs whose subject is a thing new to the story ("The station,
# built by Balfour Beatty, opens on Monday"): its maker is of the story's own time.
# Lemmas.
NEW_THING_LEMMAS = _words("open unveil launch complete finish")
# Round 19 (helper e): last words of a venue's name of two words whose first word, after
# "the", is the venue again ("The Kestrel Theatre ... at the Kestrel"), never the place.
ARTS_VENUE_HEADS = _words("Theatre Playhouse Gallery Museum Cinema Hall")

# Round 19 (helper c): the words that tell an amount as more of one told before ("said a
# further $20 million could follow", "another £1m"); extraction/figures reads them.
FURTHER_AMOUNT_WORDS = _words("a an further another extra additional")
# round 19 (lead): adjectives that make someone's words the last they said ("her last
# words were: '…'", "his final message was"), so never the words of whoever reports them
PARTING_WORDS_ADJECTIVES = _words("last final dying parting")

# Round 20 (lead): titles whose "for" (or "of State for") is followed by an office's
# brief, a portfolio and no body ("Secretary for Trade and Industry Ann Lee",
# "Commissioner for Energy Tom Bell"); "Minister" also before "of" ("Minister of Trade
# and Industry"), which a company's posts never are. Not "Spokesman for Tesco".
OFFICE_BRIEF_TITLES = _words("Minister Secretary Commissioner")

# round 20: verbs (lemmas) of a phase of work or a service, which a "when" clause times as
# the news's step ("work will start when funding is confirmed", "services will return to
# normal when repairs are complete"), not a general truth ("metal will expand when it is
# heated").
PHASE_LEMMAS = _words("start begin resume restart return reopen open close finish end")
# Round 30 (helper b): verbs (lemmas) of a thing that moves, passes or happens ("the money
# will go to the hospice", "the fine will come from shareholders", "the case will proceed
# to trial", "the change will take effect", "the series will air on BBC Two"): what
# becomes of it, a step even with no date; not what a thing does by design ("the
# thermostat will adjust heating automatically", "the card will work on buses").
THING_EVENT_LEMMAS = _words("""
go come move head proceed pass happen occur take air transfer stay remain continue
""")
# Round 27 (helper b): verbs (lemmas) of a thing's own change of state in a "when" clause
# of a general truth whose subject has "the" ("Fog will lift when the sun warms the
# valley", "Ice will form when the temperature drops"): nature's course, no event of the
# news ("fares will rise when the new timetable starts" is one).
STATE_CHANGE_LEMMAS = _words("warm cool heat chill drop fall rise melt freeze thaw boil dry")
# ... and the phrasal verbs of the same ("Mist will clear when the sun comes up", "when
# the sun comes out", "when the sun goes down").
STATE_CHANGE_PHRASALS = frozenset({("come", "up"), ("come", "out"), ("go", "down")})
# Round 28 (helper b): verbs (lemmas) of what matter does by its nature, told of a bare
# noun with no time ("Metal will expand in the heat", "Oil and water will not mix",
# "Iron will rust in the rain"): a general truth with no "when" clause, no step. Not the
# verbs of a price or a level ("rise", "fall": "Prices will rise" is a forecast).
MATTER_PROCESS_LEMMAS = _words("""
expand contract mix boil evaporate condense dissolve rust corrode rot decay ferment
""")

# Round 20 (helper b): prepositions of what lies beside where something happened: a
# thing told with its age there only sets the scene ("sits beside a 30-year-old test
# track", "lives near a 100-year-old lighthouse"); extraction/figures reads them.
SCENE_AGE_PREPOSITIONS = _words("near beside opposite behind along across around")
# Round 20 (helper b): the same where people are the subject ("Birdwatchers gathered at
# the 30-year-old hide", "Residents met in the 150-year-old chapel"), not a thing or an
# event ("cracks were found in the 60-year-old dam", "a fire broke out at the 40-year-old
# factory", "production will end at the 50-year-old plant").
PEOPLE_SCENE_AGE_PREPOSITIONS = _words("in from at outside inside under")
# Round 20 (helper b): prepositions that open a sentence with the age a person did
# something at ("At 16 he was playing with the band", "By 18 she had signed");
# extraction/figures reads them.
AGE_OPENING_PREPOSITIONS = _words("at by")

# Round 20 (helper c): bodies of water whose level rises or falls by a glued "m" in
# metres ("The river rose 2m overnight"; not "Visitors rose 2m"). Lemmas.
WATER_LEVEL_NOUNS = _words("""
river tide water floodwater flood sea wave loch lake reservoir canal level swell surge
""")
# Round 20 (helper c): wholes counted in people or things, and sums, that "a" and a
# glued "m" describe in millions ("a 1.2m population", "a 2m budget"), not in metres.
MILLIONS_DESCRIBED_NOUNS = _words("""
population audience readership membership following fanbase workforce turnout
electorate circulation viewership userbase budget deal contract fund investment project
scheme loan grant package bid offer fee payout settlement programme upgrade revamp
redevelopment refurbishment overhaul donation windfall jackpot bill debt profit loss
takeover sale purchase transfer bonus prize
""")
# Round 21 (helper a): what a "who" clause says someone does for pleasure or by habit
# ("Maya Fox, who enjoys hiking,", "who commutes two hours a day", "who uses a
# wheelchair"): background that a calling set beside the name later outranks. The
# clause's first word; and its first two words for where one has lived or was born.
BACKGROUND_CLAUSE_VERBS = _words("""
lives enjoys loves likes adores commutes walks jogs swims cycles uses
""")
BACKGROUND_CLAUSE_OPENINGS = frozenset({"has lived", "grew up", "was born", "has always loved"})

# Round 21 (helper c): stuff that lies or stands a depth deep, which a glued "m" with
# "of" measures in metres ("It was 2m of water in the kitchen", "1.5m of snow on the
# pass"; not "2m of visitors", "£2m of reserves"). Lemmas; with WATER_LEVEL_NOUNS.
DEPTH_STUFF_NOUNS = _words("""
snow mud silt sand rain rainfall ice slush rubble debris sewage slurry soil earth gravel
""")


# Round 21 (helper d): adverbs of a return to what was ("trains will run again when the
# line is safe", "staff will be back when the building is dry"): a step of the news, never
# a general truth told with a "when" clause; the outlook reads them.
RESUMPTION_ADVERBS = _words("again back")
# Round 21 (helper d): verbs (lemmas) of what a class of people gets or pays under a
# scheme's terms ("members will get early access", "diners will pay a service charge"):
# with a bare plural and no date, the terms, no next step; the outlook reads them.
TERMS_RECEIPT_LEMMAS = _words("get receive pay earn")
# Round 29 (helper b): words of a price of nothing that a class of people goes at
# ("pensioners will travel free", "veterans will be admitted free of charge", "carers
# will get in free"): with a bare plural and no date, the scheme's standing terms, no
# next step; the outlook reads them.
COST_FREE_WORDS = _words("free")
# Round 26 (helper b): nouns (lemmas) of those a scheme's terms are for, by what they
# hold or are to it ("members will get early access", "pensioners will get a free bus
# pass", "season ticket holders will get a discount"): with a receipt verb, a bare
# plural and no date, the terms, though some are roles elsewhere ("enterprise customers
# will receive service credits" is a class the news picks out); the outlook reads them.
SCHEME_MEMBER_NOUNS = _words("""
member pensioner holder cardholder subscriber buyer retiree senior apprentice carer
veteran
""")
# Round 26 (helper b): crowds and the keen public whose undated "will queue for hours",
# "will travel for miles", "will pay thousands" is a habit of theirs, no step; with
# CLIENT_NOUNS; the outlook reads them.
CROWD_NOUNS = _words("crowd collector enthusiast devotee pilgrim admirer punter")
# Round 27 (helper a): the words (as written) for those watching an event, counted after
# "in front of" or "before": "won 2-1 in front of 11,206 fans", "before 42,000 supporters"
# is the crowd (the figures read them).
AUDIENCE_WORDS = _words("fans supporters spectators people onlookers")
# Round 26 (helper b): plural words that tell an extent with no number ("for ages",
# "thousands"): with a crowd, how keen, no step; the outlook reads them, beside the plural
# units of time and length ("for hours", "for miles": units.py).
UNCOUNTED_EXTENT_WORDS = _words("ages thousands hundreds millions")
# Round 26 (helper b): verbs (lemmas) of what a body puts out: with a body's common noun
# that is a thing elsewhere ("the label will release a box set", "the outfit will
# unveil"), the body acts; "the label would include" stays a thing's. the outlook reads them.
# Round 26 (helper b): verbs (lemmas) of a plan or a forecast come to nothing, told in
# the short sentence after it ("The plan was later dropped.", "That deadline was
# missed.", "It was called off."): the reported "would" before it is no step.
# the outlook reads them.
UNDONE_LEMMAS = _words("drop abandon scrap shelve cancel miss fail collapse ditch axe veer")
# Round 26 (helper b): the same told with a particle ("It was called off.", "The sale
# fell through."), as "lemma particle". the outlook reads them.
UNDONE_PHRASALS = frozenset({"call off", "fall through", "fall apart", "come off"})
# Round 26 (helper b): words that tell what came instead of a plan ("It veered out to
# sea instead."), or that none of it held ("Neither figure survived."). summary.py.
UNDONE_MARKERS = _words("instead neither")
BODY_OUTPUT_LEMMAS = _words("release reissue publish issue launch unveil stage sign")
# Round 21 (helper d): adjectives that make a period read as a date ahead ("in the new
# year", "in the new season"): the next one, as "next year" is; the outlook reads them.
NEW_PERIOD_WORDS = _words("new")


# Round 21 (helper b): what a small number in a compound before a noun marks as the kind
# of a gun or of an order, not a count the story tells ("a 12-bore shotgun", "a 20-gauge
# shotgun", "a .22-calibre rifle", "a three-line whip", "a 12-string guitar"); extraction/figures
# reads them beside VEHICLE_BUILD_PART_NOUNS.
KIND_MARK_PART_NOUNS = _words("bore gauge calibre caliber line string")
# Round 21 (helper b): a count of these is a family's or a body's history, never a
# figure of the story ("held by the family for four generations", "five generations of
# the Okafor family").
LINEAGE_NOUNS = _words("generation generations")
# Round 21 (helper b): verbs (lemmas) of a firm or a body going on for years, told in
# the perfect ("The paper has served Galway readers for 150 years", "The mill has traded
# in the town for 60 years", "The co-op has operated there for 70 years"): its history,
# no figure of the story (extraction/figures, beside CAREER_LEMMAS and TRADE_LEMMAS).
BODY_HISTORY_LEMMAS = _words("trade operate serve run exist publish make")

# Round 22 (helper b): words after which no sentence of English news ends: articles,
# possessives, conjunctions, the courtesy titles and the prepositions a quote does not
# leave stranded ("what we waited for", "who to talk to", "it is hard to deal with" may
# end one, so "for", "to", "with", "from" and "at" are not here). A lone dot after one on
# a scraped page ("handed to the . Red Cross", "chief executive of . Harwell Foods", "Mr
# . Okafor") wraps a line; it does not end a sentence.
LINE_WRAP_DANGLING_WORDS = _words("""
a an the of and or nor into onto via than his her their its our my your whose Mr Mrs Ms
Mx Dr
""")

# Round 22 (helper b): abbreviations that only stand before a number ("No. 10", "Nos. 3
# and 4", "approx. 40,000", "Rs. 1,200 crore", "est. 1887", "Fig. 2", "ca. 1750"): before
# a word, the period ends a sentence ("..., he said no. Then", "at 9 p.m. EST. The").
NUMBER_ABBREVIATIONS = _words("no nos approx est fig figs ca rs")
# Abbreviations that may end a sentence ("40 stores in the U.S. It plans", "before 11
# p.m. The fire"), and the words that then can only open a new one.
SENTENCE_FINAL_ABBREVIATIONS = _words("u.s u.k u.n a.m p.m etc inc ltd co jr sr")
SENTENCE_OPENING_WORDS = _words("""
The It He She They We This These Those There His Her Its Their Our But However Meanwhile
""")

# Round 22 (helper f): nouns of an appointment whose "of" names the person and whose
# "as" the post ("announced the appointment of Ann Lee as chief technology officer",
# "the nomination of Tom Bell as treasurer"): the post is the person's role.
APPOINTMENT_NOUNS = _words("appointment nomination election promotion selection")
# Round 22 (helper f): verbs (lemmas) with a particle by which a person takes up an
# office "as" it ("was sworn in as health minister"): the office is the role.
OFFICE_TAKING_LEMMAS = _words("swear")
# Round 22 (helper f): what a wish not to be named ends on ("asked not to be named",
# "declined to be identified", "spoke on condition of anonymity"): never the role of a
# person the story names (extraction/actor_parse).
ANONYMITY_WORDS = _words("named identified anonymity")
# Round 22 (helper f): US elected offices written out as a title before a name, whose
# holder an apposition gives a party ("Senator Ann Lee, a Democrat from Ohio," is a
# Democratic senator from Ohio, as "Sen. Ann Lee" is); extraction/actor_parse reads them.
US_ELECTED_TITLES = _words("""
senator representative governor congressman congresswoman assemblyman assemblywoman
assemblymember councilmember councilman councilwoman mayor
""")
# round 23: verbs by which a paper says it came by the news ("Punch Newspapers gathered
# that ...", "The Daily Courier has learnt", "The Clarion Post obtained a copy"): the
# outlet is the story's source, not a party to it. Lemmas.
OUTLET_LEARNING_LEMMAS = _words("learn learnt gather understand obtain establish")


# Round 23 (helper b): prepositions a sentence may end on ("where it came from", "what we
# are here for") that a scraped page's line-wrap dot often follows ("moved to . Brisbane",
# "a statement from . Acme"), the wh-words that strand one ("what", "where"), and the
# finite verbs that tell a capitalized word after the dot opens a new sentence ("hoped
# for . Analysts were not sure", "fought for . Critics say"). Cleaning reads them.
LINE_WRAP_OPEN_PREPOSITIONS = _words("""
to at with from for by in until till toward towards between among amongst
""")
STRANDING_WH_WORDS = _words("what where who whom which whose whatever wherever whoever")
SENTENCE_OPENING_VERBS = _words("""
is are was were has have had will would can could should may might must did do does
said says say told tells added
""")
# Round 23 (helper b): titles a line-wrap dot may stand after before the name they open
# ("led by Prof . Aisha Bello", "Sgt . Ana Ruiz", "Insp . Dev Sharma"): courtesy titles,
# ranks and the titles written abbreviated ("Det.", "Sen."); not those that are other
# words too ("Right", "Most", "Very").
LINE_WRAP_TITLES = (
    HONORIFICS | RANKS | COURTESY_TITLES | frozenset(t for t in TITLES if t.endswith("."))
) - _words("Right Most Very Miss")
# Round 23 (helper b): the clock's abbreviations, and the words after one that still
# belong to its time ("at 7 p.m. Eastern", "6 a.m. Jakarta time"): before any other
# capitalized word with a lower-case word after it ("at 11 p.m. Firefighters were"),
# the period ends the sentence (segments.py).
CLOCK_ABBREVIATIONS = _words("a.m p.m")
TIME_ZONE_WORDS = _words("Eastern Central Mountain Pacific Atlantic Alaska Hawaii Greenwich")
TIME_ZONE_NOUNS = _words("time")
# Round 23 (helper b): function words that open a sentence and never a name, after a
# stranded preposition's dot ("paid for . Nobody knows", "came from . Many fear"); not
# "A", "An" ("An Post"), "All" ("All Saints") or numbers, which open names too. Also no
# part of a role written before a titled name ("As Mr Sunak criticised ...").
WRAP_SENTENCE_OPENERS = _words("""
Nobody Everyone Everybody Someone Somebody Many Some Most Both Few Several Each Others
Nothing None Neither Such Yet And So Then Now Still Instead Yesterday Earlier Later After
Before If While As Although Though Since Asked Despite Under In On At For With From
Without Until During When Whilst Because Unless Whereas
""")

# round 23 (helper c): verbs of reading out another's writing ("read from the audit:",
# "quoted from the contract:"): the words after the colon are the writing's, not the
# reader's. Lemmas.
READING_OUT_LEMMAS = _words("read quote")
# round 23 (helper c): writings a speaker reads from that are their own words ("read
# from a prepared statement:", "read from his notes:"). Lemmas.
OWN_READING_NOUNS = _words("statement note speech remark script")
# round 23 (helper c): verbs of meeting or questioning someone face to face ("Minister
# Tom Reed met union leader Bob Pike", "Detectives questioned X"): either side may be who
# speaks next. Lemmas.
ENCOUNTER_LEMMAS = _words("meet interview question")
# round 29 (helper c): verbs by which the press gets hold of someone ("The Herald caught
# up with his agent, X", "This newspaper spoke to the chairman, X", "We reached X by
# phone"): the one got hold of speaks next. Lemmas.
PRESS_CONTACT_LEMMAS = _words("speak talk chat catch reach contact interview phone ring")
# round 29 (helper c): the press's own nouns for itself as a subject ("This newspaper
# spoke to ...").
PRESS_SELF_NOUNS = _words("newspaper paper programme station website")
# round 29 (helper c): words that close a broadcaster's name ("ABC News" has "News" among
# OUTLET_NAME_HEADS; "BBC Radio Leeds", "Channels TV").
BROADCASTER_NAME_WORDS = _words("TV Television Radio FM")


# Round 23 (helper e, figures): nouns of a size or of a heap that "of" and a glued "m" tell
# in metres ("a height of 4m", "snow drifts of 2-3m"), read with WATER_LEVEL_NOUNS and
# DEPTH_STUFF_NOUNS ("Waves of 3-4m"); "a population of 4m" stays millions.
METRE_SIZE_NOUNS = _words("height depth length width thickness drift snowdrift")
# Round 23 (helper e, figures): nouns of a run of days that a number after them names one
# of ("day three of the trial", "Day 12 of the strike", "week six of the lockdown").
NUMBERED_DAY_NOUNS = _words("day days week weeks")


# Round 24 (helper c, speakers): a verb of questioning face to face that the tokenizer
# splits at its hyphen ("cross-examined": "cross" "-" "examined"), by its first part, and
# the lemmas its second part may have ("re-examined", "cross-questioned"): who was
# questioned and who questioned may either speak next.
ENCOUNTER_PREFIXES = _words("cross re")
# The prefixes English writes before a noun with a hyphen ("2,800 sub-postmasters",
# "640 co-workers", "ex-offenders", "non-residents"): the word is the noun after the
# hyphen, which the parser can leave as a piece beside the prefix (round 36, helper M).
HYPHENED_NOUN_PREFIXES = _words("""
ex co sub non pre re anti pro post semi multi vice mid self inter super under over
""")
PREFIXED_ENCOUNTER_LEMMAS = _words("examine question")

# round 24 (b): what a body may withhold ("police would not be releasing further details",
# "the family would not be making any statement"): a verb negated with one of these as
# its object is a refusal to speak, as "would not comment" is. Lemmas.
WITHHELD_NOUNS = _words("detail information statement comment name identity update")
# round 24 (b): a report told as then ("Back then, the mayor said the tram would run",
# "In those days the council said ...", "At that time the board said ..."): the adverb
# that "back" dates, and the nouns of a period a distant demonstrative points back to.
THEN_ADVERBS = _words("then")
DISTANT_DEMONSTRATIVES = _words("that those")
THEN_PERIOD_NOUNS = _words("time day")
# round 24 (b): a verb of tendency that a modal takes ("older voters will tend to turn out",
# "he would tend to side with the board"): a habit, as "will often" is.
TENDENCY_LEMMAS = _words("tend")

# Round 24 (helper e, figures): verbs that put a price or a level AT a number besides the
# verbs of change (CHANGE_NOUNS): "Sterling closed at 1.25", "traded at 10.30", "held at
# 4.25". A bare "H.MM" after "at" with any other verb is a time of day ("Talks resumed at
# 10.30 on Monday"). Lemmas.
PRICE_LEVEL_LEMMAS = _words("""
close open end finish trade settle stand hold keep set peg fix value price hit reach touch
peak bottom sell buy fetch quote cap average float list launch offer auction retail hover
come remain stay sit rest rank rate place score measure
""")
# Round 24 (helper e, figures): words after a clock time that tell a part of the day
# ("Polls close at 8.30 tonight", "leaves at 11.45 each night"), read even after a verb
# that can put a price at a number.
CLOCK_DAY_PART_WORDS = _words("tonight morning afternoon evening night")
# Round 24 (helper e, figures): the noun of the size a word of a dimension tells ("Waves
# as high as 9m": the height of the waves; "a trench 3m deep": its depth).
DIMENSION_NOUNS = {
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "long": "length",
    "wide": "width",
    "thick": "thickness",
}
# Round 24 (helper e, figures): steps of a contest a number after them names ("Lap 44 of
# 57", "Race 3 of 10", "Round 12 of 22", "Hole 7 of 18"): the run's length after "of"
# frames the step and is no figure of its own (read with NUMBERED_STAGE_NOUNS and
# NUMBERED_DAY_NOUNS).
CONTEST_STEP_NOUNS = _words("lap race round heat leg hole game match episode part chapter")

# round 24: the closing words of a body's name that is also a place people are taken to
# or stay at ("taken to Royal Darwin Hospital", "flown to St Cuthbert's Hospice"): after
# "to", a place, where a firm or a side named there is a party (actor_parse).
PLACE_BODY_HEADS = _words("""
Hospital Hospitals Hospice Clinic Infirmary School Academy College Prison Court Courts
Centre Center Home Hotel Park Stadium Ground Arena Hall House Church Cathedral Mosque
Temple Museum Gallery Library Theatre Zoo Camp Base Barracks Station Airport
""")
# round 31: of those, the ones a post before a name is held at ("Imam Yusuf Bello of the
# Central Mosque", "Principal Rosa Diaz of Lincoln Elementary School"); not a park, a home,
# a house, a hall or a ground, which "of" after a name may give as where one lives.
POSTED_PLACE_HEADS = PLACE_BODY_HEADS - _words("Park Home House Hall Ground Camp Base")
# round 24: what goes to a firm, not to a winner ("The order went to Tanjong Marine", "the
# contract went to Dalton Construction"; not "The gold went to Faith Cheruiyot").
BODY_AWARDED_NOUNS = _words("contract tender franchise grant order deal licence license concession")
# round 24: a firm's kind that one capitalized word before it describes, never names ("The
# Toronto firm said", "the Cork company", "the Auckland operator"): where the firm is based.
PLACE_DESCRIBED_FIRM_NOUNS = _words(
    "firm company business operator cooperative co-operative outfit"
)

# round 25: verbs by which a budget, a plan or a package only holds a sum ("The budget
# includes €900,000 for street lighting", "a €3.2m grant to repair the pier"): the sum is
# measured by what it is for, not by the holder and its verb.
CONTAINING_LEMMAS = _words("include contain feature comprise provide")

# Round 25 (helper c, speakers): a person who kept silent just before a "he"/"she" said
# is not who says it ("Prosecutor Ian Moss left court without comment. '…,' he said"):
# verbs of refusing that take a verb of speaking ("declined to comment", "refused to
# speak"), and the verbs of speaking that "without" or a negation take ("without comment",
# "did not respond", "did not return calls"). Lemmas.
REFUSING_LEMMAS = _words("decline refuse")
SPEAKING_OUT_LEMMAS = _words("comment speak talk answer respond reply elaborate say return")
# Round 25 (helper c): the body's own possessive before its spokesman in "The Police
# Command, through its spokesman, SP Bala Musa, said": the spokesman named speaks.
BODY_POSSESSIVES = _words("its their")
# Round 25 (helper c): a person's likeness or follower named after them ("the Elvis
# Presley lookalike said", "a Taylor Swift superfan said"): who speaks is not the person
# the noun is compounded with.
LIKENESS_NOUNS = _words("lookalike look-alike impersonator impressionist doppelganger superfan")
# Round 25 (helper c): kin words that go both ways ("Kaval's brother, Mahesh Kaval,
# said ... '… My brother had never been inside a police station,' he said"): the
# relative named may speak of the one whose relative he was introduced as.
SYMMETRIC_KIN_NOUNS = _words("brother sister cousin twin sibling")
# Round 25 (helper c): adverbs that make a refusal to speak a refusal to say MORE
# ("declined to comment further"): the one who declines has spoken before.
SAID_MORE_ADVERBS = _words("further again more")

# round 25 (helper b, outlook): what a body "will take on board" or "take lessons" from is
# a stock pledge of attitude, as "learn" and "reflect" are (the verb, lemma, and the nouns
# below it): "the company said it would take the lessons on board".
ADOPTION_LEMMAS = _words("take")
ADOPTION_NOUNS = _words("board lesson lessons")
# round 25: verbs (lemmas) of what a thing lets people do: "the app will let users track
# parcels", "the platform will allow riders to book a seat" (a product's claim, no step).
ENABLING_LEMMAS = _words("let allow enable")
# round 25: nouns (lemmas) of a horizon beyond any next step: "by the end of the century",
# "within decades", "for generations" (a projection, background).
DISTANT_HORIZON_NOUNS = _words("century centuries decade decades generation generations")
# Round 29 (helper b): nouns (lemmas) of the long run, after "in the long" ("in the long
# run, the investment will pay for itself", "over the long term", "in the long haul"): a
# horizon beyond any next step, as DISTANT_HORIZON_NOUNS; the outlook reads them.
LONG_RUN_NOUNS = _words("run term haul")
# round 25: nouns (lemmas) of a product that other lists read as a business ("the fitness
# app Strydo"): as the subject of ENABLING_LEMMAS, a thing whose claim is told.
PRODUCT_NOUNS = _words("app platform device tool software system card website gadget feature")
# round 25: verbs (lemmas) of a quantity's course, which a projection to a bare year tells
# of a thing ("sea levels could rise by up to a metre by 2100", "dementia will affect 1.5
# million people by 2040", "cases are expected to double by 2045"): background, no step.
QUANTITY_TREND_LEMMAS = _words("""
rise fall double treble triple halve grow shrink climb increase decrease decline exceed
affect reach soar plunge
top surpass
""")  # (round 27: "top surpass", "Riverton's population will top one million by 2040")
# round 25: a part of a year named by its order ("in the second half", "in the fourth
# quarter"): a period ahead of a future, as "in the new year" is (the noun, lemma, and the
# adjectives before it).
PERIOD_PART_NOUNS = _words("half quarter")
PERIOD_PART_ORDINALS = _words("first second third fourth final latter")
# round 25: the preposition of a decision still awaited, after a verb of staying ("the sale
# remains pending approval from the watchdog"): what comes next is that decision.
AWAITING_PREPOSITIONS = _words("pending")

# round 25 (helper e, figures): verbs of a place's or an event's hours ("Doors open at
# 7.30", "The session ended at 11.15") that also put a price at a number ("Sterling closed
# at 1.25"): a bare clock time when what opens or ends is a common noun that bears no price.
HOURS_LEMMAS = _words("open close end finish shut reopen")
# round 25 (helper e, figures): common nouns that bear a price or a level ("Shares closed
# at 10.30", "The index ended at 12.40"), beside currencies and units (units.py).
PRICED_SUBJECT_NOUNS = _words("""
share stock index yield bond price rate gold silver oil crude currency future contract
security note gilt treasury commodity benchmark rand peso cedi franc loonie kwacha
krona krone lira dinar dirham baht won rouble ruble real zloty shekel
petrol diesel gas fuel wheat maize corn coffee cocoa sugar copper iron nickel lithium
bitcoin ether token coin
""")
# round 25 (helper e, figures): verbs of where a side or a player stands in a table
# ("Kellow sit top after seven rounds", "Marsh leads the championship after four rounds",
# "The Wolves are unbeaten after 12 games"): the rounds played frame the standing.
STANDING_LEMMAS = _words("be sit lie lead top remain stay trail head")
# round 25 (helper e, figures): what is played in a season or a series, beside
# CONTEST_STEP_NOUNS ("after six matches", "after 12 fixtures").
PLAYED_STEP_NOUNS = _words("fixture outing start event stage test")
# round 25 (helper e, figures): what the rounds of a standing are played in ("after five
# rounds of the league", "after three stages of the Tour").
COMPETITION_NOUNS = _words("league season tour championship competition campaign tournament cup")

# Round 25: verbs (lemmas) of a choice a body makes, whose to-infinitive is its own act:
# "Kelmore has agreed to buy its smaller rival" (its), not "Time seemed to lose its
# meaning" (a raising verb says nothing of who acts).
CHOSEN_ACT_LEMMAS = _words("""
agree plan intend aim seek want decide vow promise pledge propose offer try move opt
""")

# Round 25 (helper f): nouns describing a body that no one person is, written before a
# name shaped like a person's ("Retailer Harvey Norman said"): the name is the body's
# (not "broadcaster", "promoter", "grocer" or "brewer", which a person may be).
# (round 26, helper d: "smelter", "Smelter Ridgeback Alloys said"; the lead: "watchdog",
# "Watchdog Ofcom fined ...": a regulator may be a person, "Financial regulator Ann Lee".)
BODY_ONLY_DESCRIPTIONS = _words("""
retailer supermarket insurer lender carmaker automaker drugmaker chipmaker housebuilder
airline newspaper charity smelter watchdog
""")
# What a firm operates, written before "operator" ("Rail operator Keretapi Kilat said",
# "Mobile operator Zentel", "tour operator Sunvale"): the operator is the firm; a crane
# or machine operator is a person (the lead, round 26).
OPERATED_SERVICE_WORDS = _words("""
rail railway train bus coach ferry tram metro airport port tour network mobile telecoms
broadband cable satellite grid pipeline water energy casino lottery
""")
# Round 27 (helper e, figures): the verbs a golfer's round score follows ("shot a 68",
# "signed for a 74", "closed with a 66", "carded a 69"), with an optional "for" or "with".
GOLF_ROUND_VERBS = _words("""
shot shoots shooting carded cards carding fired fires firing returned signed signs
closed closes closing opened opens
""")
# The words that make a bare number a golf round ("a final-round 64", "a bogey-free 66").
GOLF_ROUND_WORDS = _words("""
final-round third-round second-round first-round opening-round closing-round bogey-free
level-par
""")
# What follows a score to par ("finished at 11 under for the week", "was 6-under after
# the turn", "on 14 under, two clear") or a round score ("a 66 to win", "a 74 on Sunday");
# not "12 under review", "30 over the limit", "a 70 year old".
GOLF_SCORE_FOLLOWERS = _words("""
for after through with at on and in to when going heading overall despite following
thanks but before as that was
""")
# Offences and breaches a pair of which is the story ("two violations in a round", "two
# breaches of the rules", "two offences of dangerous driving"), not colour.
BREACH_NOUNS = _words("""
violation violations breach breaches offence offences offense offenses infringement
infringements conviction convictions charge charges count counts warning warnings booking
bookings
""")
