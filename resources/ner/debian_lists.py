"""The Debian-derived word lists (gazetteer-debian.txt.gz) and the tokenizing the derive scripts share."""
import gzip
import os
import re

# Tokens as derive-gazetteer.py splits names: "Jean-Pierre", "O'Brien", "Co.", "&".
TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]")


def load_lists():
    """Maps each lower-case phrase of gazetteer-debian.txt.gz to the set of lists it is on."""
    lists = {}
    here = os.path.dirname(os.path.abspath(__file__))
    with gzip.open(os.path.join(here, "gazetteer-debian.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            name, phrase = line.rstrip("\n").split("\t", 1)
            lists.setdefault(phrase.lower(), set()).add(name)
    return lists


def is_everyday(lists, phrase):
    """Lower case in wamerican and on no list of names: "magic", "baby"."""
    on = lists.get(phrase.lower(), set())
    return "common-word" in on and not on & {"proper-word", "given-name"}
