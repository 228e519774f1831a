"""A large generated glossary for benchmarks: realistic Danish medical compounds, not copies.

    .venv/bin/python benchmarks/generate_glossary.py OUT.csv [--terms 100000] [--seed 1]

Each concept is a Danish compound built from a first part (organ, body part, tissue, agent)
and a head (a disorder, symptom, procedure or finding), joined as Danish joins them (closed,
with a linking -s- or -e- where the first part takes one: "ledbetændelse",
"nyrebækkenbetændelse", "lungesygdomsforløb"), sometimes led by an attributive adjective
("kronisk ledbetændelse"). A concept has the preferred Danish term and, like a real glossary,
some of: an admitted variant (the compound written with a linking -s-, or an eponym-style
multi-word term), a deprecated hyphenated spelling copied from English word division
("led-betændelse"), a forbidden calque ("betændelse i led"), an acronym, and Norwegian,
Swedish and English terms. The project glossary's own rows come first, so the real findings
on the seed stay the same with the large glossary.

Terms are written in their dictionary form, as the glossary wants; the matcher generates the
inflected forms ("ledbetændelsen", "ledbetændelser", "kroniske ledbetændelsers").
"""

from __future__ import annotations

import argparse
import csv
import math
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_GLOSSARY = ROOT / "glossary.csv"

# first parts: (Danish, linking letter Danish uses before a head, Norwegian, Swedish, English)
_FIRST = [
    ("led", "", "ledd", "led", "joint"),
    ("knogle", "", "bein", "ben", "bone"),
    ("muskel", "", "muskel", "muskel", "muscle"),
    ("sene", "", "sene", "sen", "tendon"),
    ("nerve", "", "nerve", "nerv", "nerve"),
    ("hjerne", "", "hjerne", "hjärn", "brain"),
    ("rygmarv", "s", "ryggmarg", "ryggmärg", "spinal cord"),
    ("hjerte", "", "hjerte", "hjärt", "heart"),
    ("lunge", "", "lunge", "lung", "lung"),
    ("lever", "", "lever", "lever", "liver"),
    ("nyre", "", "nyre", "njur", "kidney"),
    ("blære", "", "blære", "blås", "bladder"),
    ("mave", "", "mage", "mag", "stomach"),
    ("tarm", "", "tarm", "tarm", "bowel"),
    ("hud", "", "hud", "hud", "skin"),
    ("øje", "n", "øye", "ögon", "eye"),
    ("øre", "", "øre", "öron", "ear"),
    ("næse", "", "nese", "näs", "nose"),
    ("hals", "", "hals", "hals", "throat"),
    ("tand", "", "tann", "tand", "tooth"),
    ("kæbe", "", "kjeve", "käk", "jaw"),
    ("skulder", "", "skulder", "axel", "shoulder"),
    ("albue", "", "albue", "armbåge", "elbow"),
    ("hofte", "", "hofte", "höft", "hip"),
    ("knæ", "", "kne", "knä", "knee"),
    ("ankel", "", "ankel", "fotled", "ankle"),
    ("fod", "", "fot", "fot", "foot"),
    ("hånd", "", "hånd", "hand", "hand"),
    ("finger", "", "finger", "finger", "finger"),
    ("ryg", "", "rygg", "rygg", "back"),
    ("nakke", "", "nakke", "nack", "neck"),
    ("bryst", "", "bryst", "bröst", "breast"),
    ("skjoldbruskkirtel", "", "skjoldbruskkjertel", "sköldkörtel", "thyroid"),
    ("bugspytkirtel", "", "bukspyttkjertel", "bukspottkörtel", "pancreas"),
    ("galdeblære", "", "galleblære", "gallblås", "gallbladder"),
    ("blodkar", "", "blodkar", "blodkärl", "blood vessel"),
    ("lymfe", "", "lymfe", "lymf", "lymph"),
    ("slimhinde", "", "slimhinne", "slemhinne", "mucosa"),
    ("brusk", "", "brusk", "brosk", "cartilage"),
    ("hornhinde", "", "hornhinne", "hornhinne", "cornea"),
    ("nethinde", "", "netthinne", "näthinne", "retina"),
    ("tyktarm", "s", "tykktarm", "tjocktarm", "colon"),
    ("endetarm", "s", "endetarm", "ändtarm", "rectum"),
    ("spiserør", "s", "spiserør", "matstrupe", "oesophagus"),
    ("livmoder", "", "livmor", "livmoder", "uterus"),
    ("prostata", "", "prostata", "prostata", "prostate"),
    ("binyre", "", "binyre", "binjur", "adrenal"),
    ("hypofyse", "", "hypofyse", "hypofys", "pituitary"),
    ("bindevæv", "s", "bindevev", "bindväv", "connective tissue"),
    ("fedtvæv", "s", "fettvev", "fettväv", "fat tissue"),
    ("blod", "", "blod", "blod", "blood"),
    ("urin", "", "urin", "urin", "urine"),
    ("virus", "", "virus", "virus", "viral"),
    ("bakterie", "", "bakterie", "bakterie", "bacterial"),
    ("svampe", "", "sopp", "svamp", "fungal"),
    ("stress", "", "stress", "stress", "stress"),
    ("søvn", "", "søvn", "sömn", "sleep"),
    ("vejrtræknings", "", "pust", "andnings", "breathing"),
    ("syns", "", "syns", "syn", "vision"),
    ("høre", "", "hørsels", "hörsel", "hearing"),
]
# heads: (Danish, Norwegian, Swedish, English); regular and irregular paradigms both
_HEADS = [
    ("betændelse", "betennelse", "inflammation", "inflammation"),
    ("smerte", "smerte", "smärta", "pain"),
    ("sygdom", "sykdom", "sjukdom", "disease"),
    ("lidelse", "lidelse", "åkomma", "disorder"),
    ("skade", "skade", "skada", "injury"),
    ("kræft", "kreft", "cancer", "cancer"),
    ("svulst", "svulst", "svulst", "tumour"),
    ("infektion", "infeksjon", "infektion", "infection"),
    ("blødning", "blødning", "blödning", "bleeding"),
    ("hævelse", "hevelse", "svullnad", "swelling"),
    ("forkalkning", "forkalkning", "förkalkning", "calcification"),
    ("forsnævring", "innsnevring", "förträngning", "stenosis"),
    ("udvidelse", "utvidelse", "utvidgning", "dilatation"),
    ("svækkelse", "svekkelse", "försvagning", "weakness"),
    ("lammelse", "lammelse", "förlamning", "paralysis"),
    ("krampe", "krampe", "kramp", "cramp"),
    ("trækning", "rykning", "ryckning", "twitch"),
    ("stivhed", "stivhet", "stelhet", "stiffness"),
    ("ømhed", "ømhet", "ömhet", "tenderness"),
    ("undersøgelse", "undersøkelse", "undersökning", "examination"),
    ("operation", "operasjon", "operation", "surgery"),
    ("scanning", "skanning", "skanning", "scan"),
    ("biopsi", "biopsi", "biopsi", "biopsy"),
    ("transplantation", "transplantasjon", "transplantation", "transplant"),
    ("funktion", "funksjon", "funktion", "function"),
    ("svigt", "svikt", "svikt", "failure"),
    ("forandring", "forandring", "förändring", "change"),
    ("misdannelse", "misdannelse", "missbildning", "malformation"),
    ("forgiftning", "forgiftning", "förgiftning", "poisoning"),
    ("allergi", "allergi", "allergi", "allergy"),
    ("atrofi", "atrofi", "atrofi", "atrophy"),
    ("neuropati", "nevropati", "neuropati", "neuropathy"),
    ("fibrose", "fibrose", "fibros", "fibrosis"),
    ("sklerose", "sklerose", "skleros", "sclerosis"),
    ("cyste", "cyste", "cysta", "cyst"),
    ("sten", "stein", "sten", "stone"),
    ("sår", "sår", "sår", "ulcer"),
    ("brud", "brudd", "fraktur", "fracture"),
    ("forskydning", "forskyvning", "förskjutning", "displacement"),
    ("behandling", "behandling", "behandling", "treatment"),
    ("genoptræning", "rehabilitering", "rehabilitering", "rehabilitation"),
    ("kontrol", "kontroll", "kontroll", "check-up"),
    ("prøve", "prøve", "prov", "test"),
    ("måling", "måling", "mätning", "measurement"),
    ("tryk", "trykk", "tryck", "pressure"),
    ("forstørrelse", "forstørrelse", "förstoring", "enlargement"),
]
# attributive adjectives (Danish, Norwegian, Swedish, English)
_ADJECTIVES = [
    ("kronisk", "kronisk", "kronisk", "chronic"),
    ("akut", "akutt", "akut", "acute"),
    ("medfødt", "medfødt", "medfödd", "congenital"),
    ("arvelig", "arvelig", "ärftlig", "hereditary"),
    ("godartet", "godartet", "godartad", "benign"),
    ("ondartet", "ondartet", "elakartad", "malignant"),
    ("tilbagevendende", "tilbakevendende", "återkommande", "recurrent"),
    ("sekundær", "sekundær", "sekundär", "secondary"),
    ("primær", "primær", "primär", "primary"),
    ("diffus", "diffus", "diffus", "diffuse"),
    ("lokal", "lokal", "lokal", "local"),
    ("alvorlig", "alvorlig", "allvarlig", "severe"),
    ("let", "lett", "lätt", "mild"),
    ("venstresidig", "venstresidig", "vänstersidig", "left-sided"),
    ("højresidig", "høyresidig", "högersidig", "right-sided"),
    ("dobbeltsidig", "dobbeltsidig", "dubbelsidig", "bilateral"),
    ("inflammatorisk", "inflammatorisk", "inflammatorisk", "inflammatory"),
    ("degenerativ", "degenerativ", "degenerativ", "degenerative"),
    ("autoimmun", "autoimmun", "autoimmun", "autoimmune"),
    ("postoperativ", "postoperativ", "postoperativ", "postoperative"),
]
# the prepositions of an English "X of the Y" copied word by word (forbidden variants)
_CALQUES = ["af", "i", "på", "ved"]
_NOTES = [
    "Copies English word division; Danish writes the compound closed.",
    "Calque of the English 'X of the Y'; Danish writes one compound.",
    "Clinical term; for texts aimed at health professionals.",
    "Older spelling; Retskrivningsordbogen writes the compound closed.",
]
_SOURCES = ["editor", "sundhed.dk", "Den Store Danske", "ordnet.dk", "generated"]


def _coprime_step(total: int) -> int:
    step = 1_000_003
    while math.gcd(step, total) != 1:
        step += 2
    return step


def _compound(first: str, link: str, head: str) -> str:
    return first + link + head


def concepts(seed: int) -> Iterator[list[list[str]]]:
    """Concepts one by one, each as its rows (concept_id, lang, term, status, note, source,
    register), in an order that mixes first parts and heads like a real glossary."""
    rng = random.Random(seed)
    adjectives: list[tuple[str, str, str, str] | None] = [None, *_ADJECTIVES]
    middles: list[tuple[str, str, str, str, str] | None] = [None, *_FIRST]
    sizes = (len(adjectives), len(middles), len(_FIRST), len(_HEADS))
    total = sizes[0] * sizes[1] * sizes[2] * sizes[3]
    step = _coprime_step(total)
    seen: set[tuple[object, ...]] = set()
    for number in range(1, total + 1):
        # a fixed permutation of every combination: unique terms, first parts and heads mixed
        index = (number * step) % total
        index, h = divmod(index, sizes[3])
        index, f = divmod(index, sizes[2])
        a, m = divmod(index, sizes[1])
        adjective, middle, first, head = adjectives[a], middles[m], _FIRST[f], _HEADS[h]
        if middle is first:
            continue  # "ledled…"
        da_first, link, nb_first, sv_first, en_first = first
        if middle is not None:
            # three-part compounds: hjertemuskelbetændelse, nyrelymfesvulst
            da_first = middle[0] + middle[1] + da_first
            nb_first, sv_first = middle[2] + nb_first, middle[3] + sv_first
            en_first = f"{middle[4]} {en_first}"
        da_head, nb_head, sv_head, en_head = head
        if adjective is not None and rng.random() < 0.6:
            adjective = None  # most terms are one closed compound
        key = (adjective is None, middle, first, head)
        if key in seen:
            continue
        seen.add(key)
        concept = f"gen-{number:07d}"
        da = _compound(da_first, link, da_head)
        nb = nb_first + nb_head
        sv = sv_first + sv_head
        en = f"{en_first} {en_head}"
        if adjective is not None:
            da, nb = f"{adjective[0]} {da}", f"{adjective[1]} {nb}"
            sv, en = f"{adjective[2]} {sv}", f"{adjective[3]} {en}"
        source = rng.choice(_SOURCES)
        rows = [[concept, "da", da, "preferred", "", source, ""]]
        roll = rng.random()
        head_part = da.split()[-1]
        lead = da.rsplit(" ", 1)[0] + " " if " " in da else ""
        if roll < 0.35:
            hyphenated = f"{lead}{da_first}-{da_head}"
            rows.append([concept, "da", hyphenated, "deprecated", _NOTES[0], source, ""])
        elif roll < 0.5:
            # English word order: "inflammation of the joint" → "betændelse af led"
            calque = f"{lead}{da_head} {rng.choice(_CALQUES)} {da_first}"
            rows.append([concept, "da", calque, "forbidden", _NOTES[1], source, ""])
        elif roll < 0.6 and not link and not head_part.startswith("s"):
            linked = f"{lead}{da_first}s{da_head}"
            rows.append([concept, "da", linked, "admitted", _NOTES[3], source, "lay"])
        if rng.random() < 0.05:
            acronym = "".join(w[0] for w in (en.split())).upper() + str(number % 97)
            rows.append([concept, "da", acronym, "admitted", "", source, "professional"])
        rows += [
            [concept, "nb", nb, "preferred", "", source, ""],
            [concept, "sv", sv, "preferred", "", source, ""],
            [concept, "en", en, "preferred", "", source, ""],
        ]
        yield rows


def rows(terms: int, seed: int = 1) -> Iterator[list[str]]:
    """The project glossary's rows, then generated concepts until `terms` rows in all."""
    with PROJECT_GLOSSARY.open(encoding="utf-8", newline="") as handle:
        project = list(csv.reader(handle))
    yield from project
    count = len(project) - 1
    for concept_rows in concepts(seed):
        for row in concept_rows:
            if count >= terms:
                return
            yield row
            count += 1
    raise ValueError(f"the generator makes fewer than {terms:,} terms")


def write_glossary(path: Path, terms: int, seed: int = 1) -> Path:
    """Write a glossary of `terms` rows (header not counted) to `path`."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows(terms, seed))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_glossary(args.out, args.terms, args.seed)
    print(f"wrote {args.out} ({args.terms:,} terms)")


if __name__ == "__main__":
    main()
