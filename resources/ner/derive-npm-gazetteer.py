#!/usr/bin/env python3
"""Derives gazetteer-npm.txt, the list of today's brands and companies the entity model trains with.

    (cd /tmp && npm pack simple-icons@16.37.0 && tar xzf simple-icons-16.37.0.tgz)
    python3 resources/ner/derive-npm-gazetteer.py /tmp/package | gzip -9n > resources/ner/gazetteer-npm.txt.gz

Source: the titles and "aka" aliases of simple-icons (CC0), brand names of firms, services and
products of today ("Netflix", "SpaceX", "TikTok"), which Reuters 1996 never saw. A one-word name
that is an everyday word ("Magic", "Hive": lower case in wamerican, not a proper word or a given
name; read from gazetteer-debian.txt.gz) and a one-letter name are left out.
Output: "company<TAB>phrase" lines, sorted, tokens split as derive-gazetteer.py splits them.
"""
import json
import os
import sys
from debian_lists import TOKEN, load_lists, is_everyday


lists = load_lists()


def everyday(phrase):
    return is_everyday(lists, phrase)


with open(os.path.join(sys.argv[1], "data", "simple-icons.json"), encoding="utf-8") as f:
    icons = json.load(f)
icons = icons["icons"] if isinstance(icons, dict) else icons

out = set()
for icon in icons:
    for title in [icon["title"]] + icon.get("aliases", {}).get("aka", []):
        phrase = " ".join(TOKEN.findall(title))
        words = phrase.split()
        if not words or not phrase[0].isupper() or len(words) > 6 or len(phrase) < 2:
            continue
        if len(words) == 1 and everyday(phrase):
            continue
        out.add(f"company\t{phrase}")
print("\n".join(sorted(out)))
