"""The one unit table: every way a measurement unit or currency is written, with its
dimension and one canonical name. Pure.

Read by number finding (service/briefsmith/core/numbers.py: currency signs and words), the
extractive
engine's figures (service/briefsmith/core/extraction/figures/: a figure's unit) and the eval's
figure
matching (service/briefsmith/evals/metrics.py: two units agree). A counted noun ("civilians",
"tanks") is
not a unit and is not listed: it never conflicts with another.
"""

from __future__ import annotations

import re

# (dimension, canonical name, spellings separated by commas). The canonical name is what
# a figure reports.
_TABLE: list[tuple[str, str, str]] = [
    ("length", "kilometers", "km, kms, kilometer, kilometers, kilometre, kilometres"),
    ("length", "nautical miles", "nautical mile, nautical miles"),
    ("length", "miles", "mi, mile, miles"),
    ("length", "meters", "m, meter, meters, metre, metres"),
    ("length", "feet", "ft, foot, feet"),
    ("length", "inches", "inch, inches"),
    ("length", "yards", "yd, yds, yard, yards"),
    ("length", "centimeters", "cm, centimeter, centimeters, centimetre, centimetres"),
    ("length", "millimeters", "mm, millimeter, millimeters, millimetre, millimetres"),
    ("area", "square kilometers", "sq km, square kilometers, square kilometres, km2, km²"),
    ("area", "hectares", "ha, hectare, hectares"),
    ("area", "acres", "acre, acres"),
    ("mass", "tonnes", "tonne, tonnes, metric tons"),
    ("mass", "tons", "ton, tons"),
    ("mass", "kilograms", "kg, kgs, kilogram, kilograms, kilogramme, kilogrammes, kilo, kilos"),
    ("mass", "pounds weight", "lb, lbs"),
    # "lost 9st", "lost three stone" (a glued "st" is read in briefsmith.core.numbers:
    # "St" alone is a saint or a street)
    ("mass", "stones", "stone, stones"),
    ("volume", "liters", "l, liter, liters, litre, litres"),
    ("volume", "barrels", "barrel, barrels, bbl"),
    # round 41: power and energy ("a 49.5MW wind farm", "450 megawatt hours", "1.2GW")
    ("power", "kilowatts", "kw, kilowatt, kilowatts"),
    ("power", "megawatts", "mw, megawatt, megawatts"),
    ("power", "gigawatts", "gw, gigawatt, gigawatts"),
    (
        "energy",
        "kilowatt hours",
        "kwh, kilowatt hour, kilowatt hours, kilowatt-hour, kilowatt-hours",
    ),
    (
        "energy",
        "megawatt hours",
        "mwh, megawatt hour, megawatt hours, megawatt-hour, megawatt-hours",
    ),
    (
        "energy",
        "gigawatt hours",
        "gwh, gigawatt hour, gigawatt hours, gigawatt-hour, gigawatt-hours",
    ),
    (
        "energy",
        "terawatt hours",
        "twh, terawatt hour, terawatt hours, terawatt-hour, terawatt-hours",
    ),
    ("share", "percent", "%, percent, per cent, percentage, pct"),
    ("money", "USD", "usd, $, dollar, dollars, us$"),
    ("money", "EUR", "eur, €, euro, euros"),
    ("money", "GBP", "gbp, £, pound, pounds, sterling"),
    ("money", "JPY", "jpy, ¥, yen"),
    ("money", "UAH", "uah, ₴, hryvnia, hryvnias"),
    ("money", "RUB", "rub, ₽, ruble, rubles, rouble, roubles"),
    ("money", "INR", "inr, ₹, rupee, rupees"),
    ("money", "NGN", "ngn, ₦, naira, nairas"),
    ("money", "PHP", "php, ₱"),
    ("money", "KES", "kes, shilling, shillings, kenyan shilling, kenyan shillings"),
    # round 19: Asian and European currencies told as words ("750 billion rupiah")
    ("money", "IDR", "idr, rupiah, rupiahs"),
    ("money", "MYR", "myr, ringgit, ringgits"),
    ("money", "THB", "thb, baht"),
    ("money", "CNY", "cny, yuan, renminbi"),
    ("money", "PLN", "pln, zloty, zlotys, zlotych"),
    ("temperature", "celsius", "c, °c, celsius, centigrade, degrees celsius, degrees c"),
    ("temperature", "fahrenheit", "°f, fahrenheit, degrees fahrenheit, degrees f"),
    ("time", "seconds", "s, sec, secs, second, seconds"),
    ("time", "minutes", "min, mins, minute, minutes"),
    ("time", "hours", "h, hr, hrs, hour, hours"),
    ("time", "days", "day, days"),
    ("time", "weeks", "week, weeks"),
    ("time", "months", "month, months"),
    ("time", "years", "yr, yrs, year, years"),
    ("time", "decades", "decade, decades"),
    ("speed", "mph", "mph, miles per hour, miles an hour"),
    (
        "speed",
        "km/h",
        "km/h, kph, kmph, kmh, km/hr, kilometres per hour, kilometers per hour,"
        " kilometres an hour, kilometers an hour",
    ),
    ("speed", "m/s", "m/s, metres per second, meters per second"),
    ("speed", "knots", "knot, knots"),
    ("data rate", "kbps", "kbps, kbit/s, kilobits per second"),
    ("data rate", "Mbps", "mbps, mbit/s, mb/s, megabits per second"),
    ("data rate", "Gbps", "gbps, gbit/s, gb/s, gigabits per second"),
]

# Spelling (case-folded) -> (dimension, canonical name).
UNITS: dict[str, tuple[str, str]] = {
    spelling: (dimension, canonical)
    for dimension, canonical, spellings in _TABLE
    for spelling in spellings.split(", ")
}

# Spellings of more than one word or with a slash ("miles per hour", "km/h"), longest
# first: read as one unit right after a number, before any single word of them.
_SPELLED_UNIT = re.compile(
    r"\s?("
    + "|".join(
        re.escape(spelling).replace(r"\ ", r"\s+")
        for spelling in sorted(UNITS, key=len, reverse=True)
        if " " in spelling or "/" in spelling
    )
    + r")(?![\w/])",
    re.IGNORECASE,
)


def unit_spelled_at(text: str, position: int) -> tuple[str, int] | None:
    """The canonical name and end of a unit of more than one word, or written with a
    slash, right at `position` ("80 kilometres per hour", "130km/h"); None otherwise."""
    found = _SPELLED_UNIT.match(text, position)
    if found is None:
        return None
    return UNITS[" ".join(found.group(1).casefold().split())][1], found.end()


# One-character currency signs written before a number ("$5", "€3 million").
CURRENCY_SIGNS: dict[str, str] = {
    spelling: canonical
    for spelling, (dimension, canonical) in UNITS.items()
    if dimension == "money" and len(spelling) == 1
}
# Dollar signs with a country prefix ("A$3.2bn", "C$61 million", "NZ$40") and ISO codes
# written before an amount ("NOK 9.4bn", "CHF 2m"). These names stay out of the unit table
# on purpose: a dollar told without its prefix reads as USD, and two tellings of one
# amount must still agree.
CURRENCY_PREFIXES: dict[str, str] = {
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "US$": "USD",
    "R$": "BRL",
    "N$": "NAD",  # Namibian dollars ("N$200m"), not naira (round 22)
}
# Currencies abbreviated before an amount ("Rs 3,800 crore", "Rs. 450"): not a dollar
# with a country prefix, so kept apart from those.
CURRENCY_ABBREVIATIONS: dict[str, str] = {
    "Rs": "INR",
    "Rs.": "INR",
    # Kenyan shillings ("Sh2.1 trillion", "KSh217.36", "Ksh 3,500")
    "Sh": "KES",
    "KSh": "KES",
    "Ksh": "KES",
    # Malaysian ringgit ("RM2.4bn", "RM50") and Indonesian rupiah ("Rp 15,000")
    "RM": "MYR",
    "Rp": "IDR",
}
# South African rand ("R4.2 billion", "R1,500", "R22.15"): a capital R glued to digits is
# money only before grouped digits, cents or a scale, since "R445" names an Irish road and
# "R2" a droid or a phase (briefsmith.core.numbers).
# Round 30: Philippine pesos ("P25 million", "P58.72 to the dollar", "P6.8 million worth
# of shabu"), guarded alike ("P45" is a form, "P2" a phase).
GUARDED_CURRENCY_PREFIXES: dict[str, str] = {"R": "ZAR", "N": "NGN", "P": "PHP"}
# Round 42: the words a price follows ("paying N850 for a litre", "up to R450 for a
# month's supply", "sold for P1,200", "a monthly grant of R350"): a guarded letter glued
# to three digits or more after one of them is money too (a road is "the R445").
GUARDED_PRICE_CUES = (
    *"pay pays paid paying cost costs costing charge charges charged charging".split(),
    *"fetch fetches fetched fetching spend spends spent spending for worth of".split(),
    "up to",
)
# "dollars" told without a country reads as USD: a restatement of "A$48 million" as
# "48 million dollars" is the same sum.
DOLLAR_CURRENCIES = frozenset(CURRENCY_PREFIXES.values())
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY AUD CAD NZD CHF NOK SEK DKK INR CNY HKD SGD ZAR BRL MXN PLN NGN KES"
    " NAD MYR IDR PHP".split()
)
# Currency words written after a number ("5 million euros"), longest first.
CURRENCY_WORDS: dict[str, str] = {
    spelling: canonical
    for spelling, (dimension, canonical) in sorted(UNITS.items(), key=lambda kv: -len(kv[0]))
    if dimension == "money" and len(spelling) > 3 and spelling.isalpha()
}


def canonical_unit(unit: str | None) -> tuple[str, str] | None:
    """(dimension, canonical name) of a measurement unit; None for a counted noun."""
    if not unit:
        return None
    key = " ".join(unit.casefold().split()).strip(".")
    return UNITS.get(key)


def unit_name(word: str) -> str:
    """The canonical name of a unit word ("kilometres" -> "kilometers"); any other word
    (a counted noun) as written, lower-cased."""
    found = canonical_unit(word)
    return found[1] if found else word.lower()


def is_duration(unit: str | None) -> bool:
    found = canonical_unit(unit)
    return bool(found and found[0] == "time")


# Durations of a year and more: "for years", "for decades" with no number tell how long
# something lasts, not when it happens.
_LONG_DURATIONS = frozenset({"years", "decades"})


def is_long_duration(word: str | None) -> bool:
    found = canonical_unit(word)
    return bool(found and found[0] == "time" and found[1] in _LONG_DURATIONS)


def units_compatible(a: str | None, b: str | None) -> bool:
    """Two units agree unless both are measurement units of different kinds or names."""
    ca, cb = canonical_unit(a), canonical_unit(b)
    return ca is None or cb is None or ca == cb
