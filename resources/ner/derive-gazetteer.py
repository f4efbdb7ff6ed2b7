#!/usr/bin/env python3
"""Derives gazetteer-debian.txt, the name lists the entity model trains with, from Debian packages.

    apt-get install iso-codes tzdata wamerican miscfiles wordnet-base
    python3 resources/ner/derive-gazetteer.py | gzip -9n > resources/ner/gazetteer-debian.txt.gz

Output: "LIST<TAB>phrase" lines, sorted, phrase tokens split the way CoNLL-2003 splits them.
Lists: country, place, given-name, proper-word, common-word, nationality, currency (iso-codes),
wordnet-group, wordnet-place, wordnet-person (capitalised WordNet nouns of the lexicographer
files noun.group, noun.location + noun.object, noun.person), and four written here: title (the
words and abbreviations that stand before a person's name in news text), organisation-word
(the words that end or start the name of a body: "Ministry", "Staff", "Corp", "FC"),
thing-acronym (acronyms of things: "AI", "LLMs") and credential (degrees after a name: "MD").
"""
import gzip
import json
import re

TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]")


def tokens(name):
    return " ".join(TOKEN.findall(name))


def variants(name):
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    yield name
    if "," in name:
        head, tail = [part.strip() for part in name.split(",", 1)]
        yield head
        if tail and len(tail.split()) <= 3:
            yield tail + " " + head


def iso(path, key):
    with open(path, encoding="utf-8") as f:
        return json.load(f)[key]


out = set()


def add(list_name, name):
    for variant in variants(name):
        phrase = tokens(variant)
        if phrase and len(phrase.split()) <= 6:
            out.add(f"{list_name}\t{phrase}")


for entry in iso("/usr/share/iso-codes/json/iso_3166-1.json", "3166-1"):
    for field in ("name", "common_name", "official_name"):
        if field in entry:
            add("country", entry[field])
for entry in iso("/usr/share/iso-codes/json/iso_3166-3.json", "3166-3"):
    add("country", entry["name"])
for entry in iso("/usr/share/iso-codes/json/iso_3166-2.json", "3166-2"):
    add("place", entry["name"])
for entry in iso("/usr/share/iso-codes/json/iso_639-2.json", "639-2"):
    add("nationality", entry["name"].split(";")[0])

with open("/usr/share/zoneinfo/zone1970.tab", encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#"):
            zone = line.split("\t")[2].strip()
            add("place", zone.split("/")[-1].replace("_", " "))

with gzip.open("/usr/share/misc/countries.gz", "rt", encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#") and line.count(":") >= 4:
            fields = line.rstrip("\n").split(":")
            add("country", fields[3])
            if fields[4]:
                add("place", fields[4])
with gzip.open("/usr/share/misc/cities.dat.gz", "rt", encoding="latin-1") as f:
    for line in f:
        if line.startswith("Name"):
            add("place", line.split(":", 1)[1].strip())
with gzip.open("/usr/share/misc/languages.gz", "rt", encoding="latin-1") as f:
    for line in f:
        if not line.startswith("#") and ":" in line:
            add("nationality", line.split(":", 1)[1].strip())
with gzip.open("/usr/share/dict/propernames.gz", "rt", encoding="utf-8") as f:
    for line in f:
        add("given-name", line.strip())

for entry in iso("/usr/share/iso-codes/json/iso_4217.json", "4217"):
    add("currency", entry["name"])

# WordNet nouns whose lemma is capitalised, by lexicographer file (second field of a synset line).
WORDNET_LISTS = {14: "wordnet-group", 15: "wordnet-place", 17: "wordnet-place", 18: "wordnet-person"}
with open("/usr/share/wordnet/data.noun", encoding="latin-1") as f:
    for line in f:
        if line.startswith("  "):
            continue
        fields = line.split(" ")
        list_name = WORDNET_LISTS.get(int(fields[1]))
        if not list_name:
            continue
        for i in range(int(fields[3], 16)):
            lemma = re.sub(r"\(.*?\)$", "", fields[4 + 2 * i]).replace("_", " ")
            if lemma[:1].isupper() and len(lemma) > 1:
                add(list_name, lemma)

with open("/usr/share/dict/american-english", encoding="utf-8") as f:
    for line in f:
        word = line.strip()
        if not word or "'" in word:
            continue
        out.add(("proper-word" if word[0].isupper() else "common-word") + "\t" + word)

TITLES = """
mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rev rev. father sister brother
president vice-president chairman chairwoman chair chief executive ceo director manager
minister prime premier chancellor secretary spokesman spokeswoman spokesperson ambassador envoy
senator sen. sen representative rep. rep congressman congresswoman governor gov. gov mayor
judge justice attorney prosecutor king queen prince princess emperor sheikh emir sultan pope
cardinal bishop archbishop imam rabbi general gen. gen lieutenant lt. lt colonel col. col major maj.
captain capt. sergeant sgt. corporal cpl. private pvt. admiral adm. commander cmdr. marshal
brigadier field lieutenant-general major-general lt.-gen. maj.-gen. brig. coach striker
midfielder defender goalkeeper
"""
for title in TITLES.split():
    out.add(f"title\t{title}")

ORGANISATION_WORDS = """
ministry department office staff council committee commission board authority agency bureau
service services corps command army navy force forces police guard party front movement alliance
union league federation association confederation congress parliament assembly senate court
tribunal institute institution foundation fund trust university college school academy society
club fc afc cf sc ac united city rovers athletic wanderers team
bank corp corp. corporation co co. inc inc. ltd ltd. plc llc ag sa nv bv gmbh spa oy ab group
holdings industries company companies airlines airways motors systems partners securities
exchange bourse commodities capital investments international news agency times post journal
herald tribune press radio television tv network
"""
for word in ORGANISATION_WORDS.split():
    out.add(f"organisation-word\t{word}")

# Acronyms of things, not of bodies, that news text writes in capitals: "AI", "LLMs", "HVAC".
THING_ACRONYMS = """
ai genai agi llm llms api apis saas paas iot vpn vpns seo hvac gps dna rna mrna pdf pdfs url urls
cpu cpus gpu gpus ram ssd usb led leds lcd diy faq faqs icu ptsd adhd bmi ldl hdl ivf mri gdp ipo
ipos etf etfs ev evs suv suvs atm atms sms esg dei crm erp ux ui kpi kpis roi b2b vr wi-fi
html sql pc pcs tv
"""
for word in THING_ACRONYMS.split():
    out.add(f"thing-acronym\t{word}")

# Degrees and licences written after a person's name: "Elizabeth A. Hoge, MD".
CREDENTIALS = """
md m.d. phd ph.d. rd rdn rn np mba ms msc ma ba bsc cpa cpt dds dmd jd esq esq. facs mph lcsw lpc
psyd dnp faan
"""
for word in CREDENTIALS.split():
    out.add(f"credential\t{word}")

for line in sorted(out):
    print(line)
