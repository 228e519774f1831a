from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.danish_words import danish_spelling, in_latin_letters
from pipeline.checks.language.acronyms import continued_gloss, expansion_spans, glossed_spans
from pipeline.checks.language.cited import cited_spans, slashed_spans
from pipeline.checks.language.english import english_spans
from pipeline.checks.language.identify import segment_language
from pipeline.checks.language.titles import title_spans
from pipeline.checks.references import in_reference
from pipeline.checks.speller import Speller
from pipeline.checks.spelling.bracketed_acronym import bracketed_acronym
from pipeline.checks.spelling.near_suggestions import near_suggestions
from pipeline.checks.spelling.organism_names import organism_name
from pipeline.checks.spelling.site_names import site_names
from pipeline.checks.word_formation import PREFIXES
from pipeline.core.models import Finding, Severity

# Spans that are not words to spell: e-mail addresses, URLs, domains (MayoClinic.com).
NOT_WORDS = re.compile(
    r"\S+@\S+\.\w+|(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+[a-zA-Z]{2,}\b(?:/\S*)?"
)
# Letters and digits with inner hyphens or apostrophes: "fibromyalgi-patienter", "Gehrig's".
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Text before a sentence-initial word: nothing, or a sentence end, then opening quotes or brackets.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s)[\s\"'«»„“(\[]*$")
# An initial right before a word: one capital letter and a full stop after a space or a
# bracket ("Tone K. Omsland", "(J. Smith)"), which is no sentence end.
_INITIAL = re.compile(r"(?:^|[\s(])[A-ZÆØÅÄÖ]\.\s+$")
# A picture credit before the name of its photographer or agency: "Modelfoto: Colourbox".
_CREDIT = re.compile(r"(?:foto|fotograf|illustration|tegning|grafik):\s+$", re.IGNORECASE)
# A lower-case abbreviation that introduces what follows and so never ends a sentence: its
# full stop is no sentence end, and a capital after it is a name ("f.eks. Asacol", "jf.
# Sundhedsloven"). Not "osv.", "mv.", "etc.", which often close one.
_INTRODUCING = re.compile(
    r"(?:^|[\s(])(?:f\.eks|bl\.a|fx|jf|evt|ca|inkl|ekskl|pga|vs|mht|dvs|iflg|ifm|hhv)\.\s+$"
)
SUGGESTIONS = 5
# A run of letters and full stops: "ca.", "f.eks.", "bl.a.", "dr.med.", "Evt.".
_DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]{1,8}\.)+")
# Abbreviations Danish writes with full stops that hunspell-da lacks (it has "ca.", "f.eks.").
ABBREVIATIONS = frozenset(
    {
        "spp.", "sp.", "subsp.", "iflg.", "pga.", "ifm.", "hhv.", "obs.", "ggr.", "pkt.",
        "ekskl.", "jf.", "vs.", "mio.", "mia.", "ssk.", "spec.", "resp.", "evt.", "mht.",
        "bl.a.", "pt.", "pts.", "ptt.", "inj.", "tbl.", "tabl.", "amp.", "susp.", "supp.",
        "dgl.", "dagl.",
        # røntgen, in clinical notes ("Rtg. thorax: pleuravæske", "rtg. af hånden")
        "rtg.",
        # danske kroner ("0,7-4,2 mia. dkr."), beside kr.
        "dkr.",
        # Danish and Norwegian titles: "adm. dir." (administrerende direktør)
        "adm.", "dir.",
        # anatomical Latin: "lig. talofibulare ant." (anterius), "dx." (dexter), "inf."
        "ant.", "dx.", "inf.",
    }
)  # fmt: skip
# A month abbreviated without a full stop in a date ("04 jun 2020").
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"]
)
_DATE_AROUND = re.compile(r"\d\s*$")


class UnknownWord(Check):
    """A word is not in the dictionary of the document language.

    Flags words hunspell (Debian's da_DK, nb_NO, nn_NO, sv_SE dictionaries) does not know,
    with up to five of its suggestions, best first, of those near enough to be a slip of the
    word (pipeline/checks/spelling/near_suggestions.py: hunspell's answer for a drug or Latin
    name it lacks is some other word, "Catechiner" → "Catherine", which is not shown). The fix
    is never automatic: the first suggestion of a spell checker is often a different word.

    Clinical Danish counts as known: the words of the Danish ICD-10 designations (SKS),
    compounds of known words ("bøjefurerne"), Greco-Latin formations ("neutrocytose",
    "antikolinergika") and drug names with an INN stem ("lamotrigin"); see
    pipeline/checks/word_formation.py. In Danish also words derived from known ones by regular
    rules ("valvulær", "modificerbar", "ueffektivt", "ophostning", "eksacerbationer", "cystit",
    "parkinsonmedicin"; pipeline/checks/danish_words.py). A Danish word in Latin letters where
    Danish has its own ("paroxystisk", "glomerulonephritis") is reported as information with the
    Danish spelling, not as an unknown word. An abbreviation with full stops ("ca.", "f.eks.",
    "bl.a.", "spp.") is one word, never "unknown word 'ca'", and so is a month abbreviated in a
    date ("04 jun 2020"), a registered name ("Lamictal®"), an elided word ("Hva'") and the first
    part of a suspended compound that makes a known compound with the head of the compound after
    it ("børne- og ungelæge": børnelæge). A segment in another language is LANG001's single
    finding, not a list of unknown words here.

    It deliberately skips numbers and words with digits, URLs, domains (MayoClinic.com) and
    e-mail addresses, the title of a publication the text cites ("artiklen: Quality Assurance of
    …"; see language/titles.py), all-caps acronyms (ALS), glossary words, hyphenated compounds
    whose parts are each known ("fibromyalgi-patienter"), discouraged glossary terms (TERM001
    and TERM002 report them with the glossary's suggestion, not hunspell's), and capitalised
    words that do not start a sentence, or have capitals inside (MedlinePlus): those are most
    likely proper names ("Lou Gehrigs sygdom"), which no dictionary lists, so a misspelt name
    goes unreported. A capital after "f.eks.", "bl.a." or "jf." does not start a sentence
    either: those abbreviations introduce what follows ("f.eks. Asacol"). The name of a site
    the article writes as a domain is a name at a sentence start too ("Hejdoktor har …" beside
    "Hejdoktor.dk"), and a lower-case short form in brackets after its term, whose capitals
    the dictionary has, is an acronym ("hjertekardiogram (ekg)": EKG).
    A word hunspell has nothing to suggest for is reported at its first place only: used
    throughout an article ("lacosamid", "mydriasis") it is a term the author chose, one
    question for the editor; a slip with a near dictionary word, and English left in, is
    reported wherever it stands.
    A document in a language without an installed dictionary gets no findings.

    Anti-pattern: "Sygdommen begynder normalt med muskeltrækinger."
    Best practice: "Sygdommen begynder normalt med muskeltrækninger."
    """

    code = "SPELL001"
    name = "spelling.unknown-word"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        speller = ctx.speller(ctx.document.language)
        if speller is None:
            return
        lang = ctx.document.language
        # Norwegian and Swedish: the analyser reads the document's words in one request
        speller.prefetch(
            part
            for segment in ctx.document.content_segments()
            for word in WORD.findall(segment.text)
            for part in re.split(r"[-'’]", word)
        )
        asked: set[str] = set()  # words without a suggestion, reported at their first place
        sites = site_names(segment.text for segment in ctx.document.content_segments())
        previous = ""
        for segment in ctx.document.content_segments():
            before, previous = previous, segment.text
            if segment_language(ctx, segment.text) != lang:
                continue  # LANG001 reports the segment once
            if in_reference(ctx, segment):
                continue  # authors, titles and journals as published
            text = NOT_WORDS.sub(lambda m: " " * len(m.group()), segment.text)
            english = english_spans(ctx, segment)  # LANG003 reports these words
            kept: list[tuple[int, int]] | None = None  # worked out when a word is unknown
            for match in WORD.finditer(text):
                word = match.group()
                if skipped_word(word, text, match.start()) or known_word(word, speller):
                    continue
                if word.lower() in sites:
                    continue  # "Hejdoktor har …" beside "Hejdoktor.dk": the site's name
                if bracketed_acronym(word, text, match.start(), match.end(), speller):
                    continue  # "hjertekardiogram (ekg)": EKG in lower case
                if organism_name(word, speller, ctx.speller("en")):
                    continue  # "varicella-zoster-virus": the Latin name and its kind
                if word[0].isupper() and _INTRODUCING.search(segment.text, 0, match.start()):
                    continue  # a name after "f.eks." or "jf.", whose full stop ends no sentence
                if any(s.start <= match.start() < s.end for s in english):
                    continue
                if kept is None:
                    kept = _kept_spans(ctx, speller, text, before, segment.text)
                if any(start <= match.start() < end for start, end in kept):
                    continue
                if word.lower() in _MONTHS and _in_date(text, match.start(), match.end()):
                    continue
                if _trade_name(text, match.end()) or _elided(word, text, match.end(), speller):
                    continue
                if _suspended(word, text, match.end(), speller):
                    continue
                if lang == "da" and _latin_name(word, text, match.end(), speller):
                    continue
                if _first_name(word, text, match.end(), speller, ctx.speller("en")):
                    continue
                if ctx.glossary.is_term_word(word, lang):
                    continue  # a discouraged glossary term: TERM001/TERM002 suggest the right one
                danish = danish_spelling(word, speller.accepts) if lang == "da" else None
                if danish is not None:
                    if not _english(ctx, word):
                        # a Danish word in Latin letters ("colorektal", "paroxystisk"): the
                        # spelling of many clinical texts, not a slip; the English word itself
                        # ("glomerulonephritis") is machine translation's, and gets the hint
                        continue
                    yield self.finding(
                        ctx,
                        segment,
                        match.start(),
                        match.end(),
                        f"'{word}' is in Latin letters; Danish spells it '{danish}'",
                        suggestion=danish,
                        severity=Severity.INFO,
                    )
                    continue
                offered = speller.suggest(word)
                suggestions = near_suggestions(word, offered)[:SUGGESTIONS]
                if not offered and not _english(ctx, word):
                    # a word hunspell has no near word for is a term the author chose, not a
                    # slip ("lacosamid"): one question for the editor, not one per line;
                    # English left in ("over-the-counter") is reported wherever it stands
                    if word.lower() in asked:
                        continue
                    asked.add(word.lower())
                yield self.finding(
                    ctx,
                    segment,
                    match.start(),
                    match.end(),
                    f"unknown word '{word}'"
                    + (f"; did you mean '{suggestions[0]}'?" if suggestions else ""),
                    suggestion=suggestions[0] if suggestions else None,
                    suggestions=suggestions,
                )


def _kept_spans(
    ctx: CheckContext, speller: Speller, text: str, before: str, original: str
) -> list[tuple[int, int]]:
    """Where a segment's `text` (`original` with addresses blanked) has abbreviations, names,
    glosses and titles, whose words are not spelt one by one: worked out only for a segment
    with a word the dictionary does not know, as most segments have none."""
    lang, english = ctx.document.language, ctx.speller("en")
    kept = abbreviation_spans(text, speller)
    # "COPD assessment test (CAT)": a name; "ADL (activities of daily living)": a gloss
    kept += expansion_spans(text) + glossed_spans(text)
    kept += cited_spans(text, english, speller)  # a quoted English term
    kept += slashed_spans(text, english, speller)  # "X/English name"
    kept += title_spans(original)  # a cited title, as published
    gloss = continued_gloss(before, original)  # "Pn.:" | "pro necessitate"
    kept += [gloss] if gloss else []
    if lang != "da":
        kept += gloss_spans(text, speller, english)  # "lett (mildly)"
    return kept


def _english(ctx: CheckContext, word: str) -> bool:
    """Every part of `word` is an English dictionary word ("over-the-counter")."""
    english = ctx.speller("en")
    return english is not None and all(english.known(part) for part in word.split("-") if part)


def skipped_word(word: str, text: str, start: int) -> bool:
    """Single letters, numbers, acronyms and (likely) proper names, which a dictionary
    cannot judge."""
    if _skipped_anywhere(word):
        return True
    return word[0].isupper() and (
        # a surname after an initial ("Tone K. Omsland"), not a sentence start
        _INITIAL.search(text, 0, start) is not None
        # a name after a picture credit ("Foto: Colourbox")
        or _CREDIT.search(text, 0, start) is not None
        or not _SENTENCE_START.search(text, 0, start)
    )


@lru_cache(maxsize=100_000)  # once per word: SPELL001 and SPELL003 ask of every word
def _skipped_anywhere(word: str) -> bool:
    """What `skipped_word` skips wherever the word stands."""
    if _latin_letter(word) or any(ch.isnumeric() or ch == "_" for ch in word):  # "½", "de(t)"
        return True
    return _acronym(word) or any(ch.isupper() for ch in word[1:])  # ALS; MedlinePlus, Lou-Gehrig


def _latin_letter(word: str) -> bool:
    """One Latin letter ("t" in "de(t)", "a" in a list): no word to spell. A lone letter of
    another script ("х", Cyrillic) in a Danish text is a scraping artifact and is reported."""
    return len(word) == 1 and unicodedata.name(word, "").startswith("LATIN")


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def known_word(word: str, speller: Speller) -> bool:
    """Known to the speller, or a hyphenated compound of known parts; a part before the
    last may also be a Greco-Latin combining form ("non-valvulær", "anti-inflammatorisk")."""
    if speller.accepts(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(
        part
        and (
            speller.accepts(part)
            or _acronym(part)
            or (index < len(parts) - 1 and part.lower() in PREFIXES)
        )
        for index, part in enumerate(parts)
    )


# A bracket of a few words: "(mildly)", "(preserved)".
_BRACKETED = re.compile(r"\(([^()]{1,60})\)")
MAX_GLOSS = 4


def gloss_spans(text: str, speller: Speller, english: Speller | None) -> list[tuple[int, int]]:
    """Norwegian and Swedish clinical texts gloss a term with its English word in brackets
    ("med lett (mildly) redusert ejeksjonsfraksjon"): a bracket of up to four words, each an
    English dictionary word and none a word of the document's language, is that gloss, not a
    list of misspelt words. An English word left in running text is still reported."""
    if english is None:
        return []
    spans = []
    for match in _BRACKETED.finditer(text):
        words = WORD.findall(match.group(1))
        if 0 < len(words) <= MAX_GLOSS and all(
            word.isalpha() and english.known(word.lower()) and not speller.accepts(word)
            for word in words
        ):
            spans.append((match.start(1), match.end(1)))
    return spans


def abbreviation_spans(text: str, speller: Speller) -> list[tuple[int, int]]:
    """Where `text` has an abbreviation written with full stops that the dictionary or
    ABBREVIATIONS knows ("f.eks.", "Evt."): its words are not words to spell one by one."""
    spans = []
    for match in _DOTTED.finditer(text):
        run = match.group()
        if run.lower() in ABBREVIATIONS or speller.known(run) or speller.known(run.lower()):
            spans.append((match.start(), match.end()))
    return spans


# A capitalised word after one space: the next part of a name ("Olin Johanne Henden").
_NEXT_NAME = re.compile(r" ([^\W\d_][^\W\d_]+)")


def _first_name(word: str, text: str, end: int, speller: Speller, english: Speller | None) -> bool:
    """A capitalised word that opens a sentence and is followed by a name, a capitalised word
    whose lower case the dictionary lacks ("Olin Johanne Henden frå Jølster"): the first part
    of a person's name, which no dictionary lists. Mid-sentence the name is skipped already
    (skipped_word). A capitalised dictionary word after it makes no name ("Sympotmer Og
    behandling" is still reported), nor do English words in title case ("Sick Song"); a slip
    in a first word before a name goes unreported."""
    if not word[0].isupper() or not word[1:].islower():
        return False
    following = _NEXT_NAME.match(text, end)
    if following is None:
        return False
    name = following.group(1)
    if not name[0].isupper() or not name[1:].islower() or speller.known(name.lower()):
        return False
    return english is None or not any(english.known(w.lower()) for w in (word, name))


def _trade_name(text: str, end: int) -> bool:
    """A word marked ® or ™ is a registered name ("Lamictal®"), which no dictionary lists."""
    return text[end : end + 1] in ("®", "™")


def _elided(word: str, text: str, end: int, speller: Speller) -> bool:
    """Spoken Danish written with an apostrophe for a dropped letter: "Hva'", "ka'"."""
    if text[end : end + 1] not in ("'", "’"):
        return False
    return any(speller.known(word + letter) for letter in "dnrtel")


# A suspended compound: the first part, its hyphen, a conjunction and the full compound
# ("børne- og ungelæge", "hjerte-, kar- og lungesygdomme").
_SUSPENDED = re.compile(r"-,?\s+(?:og|eller|samt|til|[-–/])?\s*(?:\w+-,?\s+)*?(\w+)")
MIN_HEAD = 4
# Prefixes and particles one of which a suspended prefix stands for ("be- eller afkræftet":
# bekræftet eller afkræftet; "op- og nedtrapning").
_PREFIXES = frozenset(
    ["af", "be", "for", "fra", "gen", "ind", "med", "mis", "ned", "om", "op", "over", "sam",
     "til", "ud", "und", "under", "van"]
)  # fmt: skip


def _suspended(word: str, text: str, end: int, speller: Speller) -> bool:
    """The first part of a suspended compound ("børne- og ungelæge"), which is no word on its
    own: it counts when it makes a known compound with the last part of the compound that
    completes it ("børne" + "læge"), or a known word with what follows that word's own
    prefix ("be- eller afkræftet": be + kræftet)."""
    found = _SUSPENDED.match(text, end)
    if found is None:
        return False
    full = found.group(1).lower()
    return any(
        (speller.accepts(full[i:]) or (full[:i] in _PREFIXES and speller.accepts(full)))
        and speller.accepts(word.lower() + full[i:])
        for i in range(len(full) - MIN_HEAD + 1)
    )


# The epithet of a Latin disease name: "acne vulgaris", "ulcus cruris", "tinea pedis".
_EPITHET = re.compile(r" ([a-z]{4,})\b")
_EPITHET_ENDINGS = ("aris", "alis", "ilis", "us", "um", "is", "ex", "ae", "ica", "osa", "ens")


def _latin_name(word: str, text: str, end: int, speller: Speller) -> bool:
    """The Latin noun of a Latin disease name, before its epithet, which keeps its Latin
    letters ("acne vulgaris", though Danish writes akne on its own): the word in Danish
    letters is known, and the word after it is a known Latin epithet."""
    epithet = _EPITHET.match(text, end)
    if epithet is None or not epithet.group(1).endswith(_EPITHET_ENDINGS):
        return False
    return speller.known(epithet.group(1)) and in_latin_letters(word, speller.accepts)


def _in_date(text: str, start: int, end: int) -> bool:
    return bool(_DATE_AROUND.search(text, 0, start)) and text[end:].lstrip()[:1].isdigit()
