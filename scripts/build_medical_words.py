"""Build pipeline/checks/data/medical_da.txt: Danish clinical words hunspell-da lacks.

Source: the Danish ICD-10 designations of the SKS classification (Sundhedsdatastyrelsen, a
public download), as HL7 Denmark republishes them in the FHIR CodeSystem
`CodeSystem-icd10-da.json` (repository hl7dk/dk-sks-terminology-automation, generated for the
DK Core implementation guide, whose sushi-config declares `license: CC0-1.0`). We ship single
words only: no code, no designation, no order of the classification.

Usage:
    python scripts/build_medical_words.py CodeSystem-icd10-da.json \
        > pipeline/checks/data/medical_da.txt

SKS texts are cut at a fixed width and abbreviate freely ("personligh", "rådg", "kompl"), so a
word is kept only when it is at least five letters long, was written in lower case or as a
designation's first word (never a name or an acronym: "Zinssers", "HELLP"), hunspell-da does
not know it already, and it is not the start of a longer word of hunspell-da or of SKS (an
abbreviation: "kompl", "betænd") unless it also ends a short designation, which proves it
whole ("Hepatit", "Purpura").
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

_WORD = re.compile(r"[^\W\d_]+")
MIN_LENGTH = 5
HEADER = """\
# Danish clinical words that hunspell-da lacks, one a line; lines starting with # are comments.
# Source: the Danish ICD-10 designations of SKS (Sundhedsdatastyrelsen, public download), as
# HL7 Denmark republishes them in CodeSystem-icd10-da.json (hl7dk/dk-sks-terminology-automation,
# for the DK Core guide, declared CC0-1.0). Single words only. Built by
# scripts/build_medical_words.py; do not edit by hand.
"""
SHORT_DESIGNATION = 45  # SKS cuts its texts at 60 characters; a shorter one ends whole


def designations(concept: dict[str, object]) -> Iterator[str]:
    display = concept.get("display")
    if isinstance(display, str):
        yield display
    for designation in concept.get("designation", []) or []:  # type: ignore[attr-defined]
        if designation.get("language", "da") == "da":
            yield designation["value"]


def candidate_words(concepts: list[dict[str, object]], known_words: list[str]) -> set[str]:
    found: set[str] = set()
    whole: set[str] = set()
    every: set[str] = set(known_words)
    for concept in concepts:
        for text in designations(concept):
            words = _WORD.findall(text)
            every.update(word.lower() for word in words)
            if words and len(text) < SHORT_DESIGNATION:
                whole.add(words[-1].lower())
            for position, word in enumerate(words):
                lower_case = word == word.lower()
                if len(word) >= MIN_LENGTH and (lower_case or position == 0) and not word.isupper():
                    found.add(word.lower())
    pool = sorted(every)

    def abbreviation(word: str) -> bool:
        after = bisect.bisect_right(pool, word)
        return after < len(pool) and pool[after].startswith(word)

    return {word for word in found if word in whole or not abbreviation(word)}


def main(path: str) -> None:
    import hunspell

    dic = Path("/usr/share/hunspell/da_DK.dic")
    speller = hunspell.HunSpell(str(dic), str(dic.with_suffix(".aff")))
    stems = [
        line.split("/")[0].lower() for line in dic.read_text(encoding="utf-8").splitlines()[1:]
    ]
    concepts = json.loads(Path(path).read_text(encoding="utf-8"))["concept"]
    words = sorted(w for w in candidate_words(concepts, stems) if not speller.spell(w))
    sys.stdout.write(HEADER + "".join(f"{w}\n" for w in words))


if __name__ == "__main__":
    main(sys.argv[1])
