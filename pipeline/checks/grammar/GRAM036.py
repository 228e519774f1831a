from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import analysed_segments
from pipeline.checks.grammar.clauses import opens_clause
from pipeline.checks.grammar.readings import capitalised, chosen_is, only
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Verbs that do take a bare infinitive, or whose infinitive or participle follows in a way
# this check cannot tell apart: modals and their kin (gide, behøve), `lade` ("lader vente"),
# perception verbs ("ser komme"), and the auxiliaries and verbs of motion that take a
# participle or a particle ("får lavet", "bliver boende", "går hjem", "kommer ind").
_BARE_INFINITIVE_VERBS = frozenset(
    {"kunne", "skulle", "ville", "måtte", "burde", "turde", "gide", "behøve", "lade", "se",
     "høre", "mærke", "føle", "vide", "få", "gå", "komme", "blive", "være", "have", "bede"}
)  # fmt: skip
# Parts of speech that make a word after the verb something other than a bare infinitive
# ("finder du", "er derfor", "giver ofte"): it may only be a verb or a noun.
_NOT_INFINITIVE = frozenset(
    {"prn", "det", "adj", "adv", "pr", "cnjsub", "cnjcoo", "cnjadv", "np", "num"}
)  # fmt: skip


class BareInfinitiveAfterVerb(Check):
    """A lexical verb is followed by a bare infinitive ("der omfatter skabe en shampoo").

    A Danish lexical verb takes an infinitive with `at` ("begynder at", "hjælper med at",
    "prøver at"); only the modal verbs and a few others (lade, se, høre, gide, behøve) take
    it bare. Machine translation that renders an English gerund or "help + verb" word by
    word leaves two verbs side by side, the second in the infinitive: "retsmidler, der
    omfatter skabe en shampoo" ("involve making"), "lavet for at hjælpe dispergere skæl"
    ("help disperse"), "smerten begynder foreslå en bestemt tilstand" ("begins to suggest").

    Flags a word that the tagger reads as the present or past of a lexical verb, or as its
    infinitive after `at` or a modal (with no adjective reading, and with no noun reading
    unless the word before it cannot start a noun phrase), followed (after a finite verb,
    through single-word adverbs) by a word whose readings are an infinitive of a lexical
    verb or a noun only (no finite, adjective, adverb, pronoun or preposition reading; an
    imperative of the same form stays), followed in turn by that infinitive's object: a
    determiner, a possessive, an adjective and a noun, or a noun, as the tagger reads them
    ("hjælper drikke varm te").

    It deliberately does not flag: modal verbs and the verbs that take a bare infinitive
    ("kan tage", "lader vente", "ser komme"), `være`, `have`, `blive`, `få`, `gå` and
    `komme` (participles and particles follow them), a second word with any other reading
    ("giver op", "finder du"), a second word with no object after it (a noun the lexicon
    lists only as a verb: "Der kommer rødme og …"), adverbs between two infinitives
    ("kan denne tilgang til at spise også gavne dit stofskifte", where the modal governs
    both), an infinitive after anything but `at` or a modal (a plural noun the lexicon lists
    only as a verb: "sikkerhedskopier og spejle indeholde kopier"), an imperative of the
    same form after a fronted subordinate clause without its comma ("Når du vågner gå en
    tur"), words across a line break, capitalised words and the analyser's multiword units.

    Anti-pattern: "Der findes retsmidler, der omfatter skabe en shampoo."
    Best practice: "Der findes retsmidler, der går ud på at lave en shampoo."
    """

    code = "GRAM036"
    name = "grammar.bare-infinitive-after-verb"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in analysed_segments(ctx):
            if not analysed.is_sentence:
                continue
            tokens = analysed.tokens
            text = analysed.segment.text
            for i in range(len(tokens) - 2):
                second = _bare_infinitive_after(tokens, i)
                if second is None or "\n" in text[tokens[i].start : tokens[second + 1].end]:
                    continue  # lines of a list or a form, each a phrase of its own
                yield self.finding(
                    ctx,
                    analysed.segment,
                    tokens[i].start,
                    tokens[second].end,
                    f"'{tokens[second].surface}' is a bare infinitive after the verb "
                    f"'{tokens[i].surface}': Danish wants 'at' before it (or a finite verb "
                    "of its own clause)",
                )


def _bare_infinitive_after(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of a bare infinitive with an object after the lexical verb at `i`."""
    form = _lexical_verb(tokens, i)
    if form is None:
        return None
    j = i + 1
    if form == "finite":
        while j < len(tokens) and only(tokens[j], "adv") and _single(tokens[j]):
            j += 1
    if j + 1 >= len(tokens) or not _infinitive_or_noun(tokens[j]):
        return None
    if _imperative_after_fronted_clause(tokens, i, tokens[j]):
        return None
    return j if _object_at(tokens, j + 1) else None


def _imperative_after_fronted_clause(tokens: tuple[Token, ...], i: int, second: Token) -> bool:
    """The second word may be an imperative (gå, få, foreslå: one form for both) after a
    fronted subordinate clause whose comma the writer left out ("Når du vågner gå en tur")."""
    return (
        any(r.has("imp") for r in second.readings)
        and opens_clause(tokens, 0)
        and not any(t.surface == "," for t in tokens[:i])
    )


def _lexical_verb(tokens: tuple[Token, ...], i: int) -> str | None:
    """ "finite" or "infinitive" when the tagger reads the token at `i` as a lexical verb in
    that form and no reading makes it an adjective ("de berørte") or, after a word that
    may open a noun phrase, a noun ("meget sukker"); None otherwise."""
    token = tokens[i]
    chosen = token.chosen
    if chosen is None or chosen.pos != "vblex" or chosen.lemma in _BARE_INFINITIVE_VERBS:
        return None
    if capitalised(token) or not _single(token):
        return None
    if any(r.pos not in ("vblex", "n") for r in token.readings):
        return None  # an adjective ("de berørte") or a pronoun ("du", also a verb)
    if (
        any(r.pos != "vblex" for r in token.readings)
        and i > 0
        and _may_open_noun_phrase(tokens[i - 1])
    ):
        return None
    if chosen.has("pres") or chosen.has("past"):
        return "finite"
    if chosen.has("inf") and i > 0 and _governs_infinitive(tokens[i - 1]):
        return "infinitive"
    return None


def _governs_infinitive(token: Token) -> bool:
    """`at` (also in the analyser's units "for at", "til at") or a modal: the word after it
    is surely an infinitive, not a plural noun the lexicon lacks ("sikkerhedskopier og
    spejle indeholde", where spejle is listed only as a verb)."""
    word = token.surface.casefold()
    chosen = token.chosen
    return (
        word == "at"
        or word.endswith(" at")
        or (chosen is not None and chosen.pos in ("vbmod", "vaux"))
    )


def _may_open_noun_phrase(token: Token) -> bool:
    """A word that may stand before a noun: a determiner, adjective, number, preposition or
    possessive in any reading, an unknown word, or a symbol or letter ("%s rækker gange")."""
    if len(token.surface) < 2 or any(ch.isdigit() for ch in token.surface):
        return True
    return not token.known or any(
        r.pos in ("det", "adj", "num", "pr") or (r.pos == "prn" and r.has("pos"))
        for r in token.readings
    )


def _infinitive_or_noun(token: Token) -> bool:
    """Known, lower case, one word, with an infinitive reading of a lexical verb and no
    reading but such infinitives and nouns."""
    return (
        token.known
        and _single(token)
        and not capitalised(token)
        and not any(r.has("pres") or r.has("past") for r in token.readings)
        and any(r.pos == "vblex" and r.has("inf") for r in token.readings)
        and not any(r.pos in _NOT_INFINITIVE for r in token.readings)
    )


def _object_at(tokens: tuple[Token, ...], k: int) -> bool:
    """A noun phrase starts at `k`: a determiner or possessive, an adjective before a noun
    (each as the tagger reads it), or a lower-case noun."""
    if k >= len(tokens):
        return False
    token = tokens[k]
    chosen = token.chosen
    if chosen is not None and (chosen.pos == "det" or (chosen.pos == "prn" and chosen.has("pos"))):
        return True
    if chosen_is(token, "adj") and k + 1 < len(tokens) and chosen_is(tokens[k + 1], "n"):
        return True
    return chosen_is(token, "n") and not capitalised(token) and len(token.surface) > 1


def _single(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.surface) and not any(
        ch.isspace() for ch in token.surface
    )
