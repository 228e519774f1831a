from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.base import Check
from pipeline.checks.context import CheckContext
from pipeline.checks.grammar.analysis import statements
from pipeline.checks.grammar.clauses import SAYING_AND_PERCEIVING, opens_clause
from pipeline.checks.grammar.readings import (
    any_pos,
    capitalised,
    chosen_is,
    is_word,
    only,
    tensed_choice,
    verb_reading,
)
from pipeline.core.models import Finding, Severity
from pipeline.ingest.morphology import Token

# Subject pronouns that take up the clause before them ("these", "this", "it", "they").
_SUBJECTS = frozenset({"disse", "dette", "denne", "det", "den", "de"})
# Verbs whose clause spells out or explains the one before it ("these include", "this
# means", "this is due to"): the present and past forms, and the infinitives after a modal
# ("disse kan omfatte").
_ELABORATING = frozenset(
    {"omfatter", "omfattede", "inkluderer", "inkluderede", "indbefatter", "indbefattede",
     "indebærer", "indebar", "involverer", "involverede", "betyder", "betød", "skyldes",
     "skyldtes"}
)  # fmt: skip
_ELABORATING_INFINITIVES = frozenset(
    {"omfatte", "inkludere", "indbefatte", "indebære", "involvere", "betyde", "skyldes"}
)
_MODALS = frozenset({"kan", "kunne", "vil", "ville"})
# Words that may open a subordinate clause the tagger reads otherwise ("Mens", "Selvom");
# not the prepositions among them ("om natten", "efter maden").
_SUBORDINATORS = frozenset(
    {"hvorimod", "mens", "idet", "eftersom", "selvom", "fordi", "hvis", "når", "da",
     "medmindre", "såfremt", "skønt", "end"}
)  # fmt: skip
# Parts of speech that may open the object after the verb ("omfatter fokale anfald").
_OBJECT_POS = frozenset({"n", "np", "adj", "det", "num", "prn"})
_OPENING_MARKS = {"(": ")", "[": "]", "»": "«", "“": "”", "„": "“", "«": "»"}
_CLOSING_MARKS = {")": "(", "]": "[", "«": "»", "”": "“"}


class CommaSplice(Check):
    """A comma joins a main clause and a second one that spells it out ("…, disse omfatter").

    Danish may join two main clauses with a comma where `og`, `eller` or `men` could stand
    (Retskrivningsreglerne § 48: "Nogle fik is, andre foretrak pølser"), so a comma between
    main clauses is no error in itself. A clause that spells out, lists or explains the one
    before it is another matter: there Danish writes a colon, a full stop or `hvilket`
    ("Der er mange typer anfald: …", ". Det betyder, at …", ", hvilket skyldes …"). English
    run-on text ("There are many types of seizures, these include …") and machine
    translation from it leave the comma: "Der er mange typer anfald, disse omfatter …".

    Flags a sentence that opens with a main clause (its finite verb before any comma and
    any word that opens a subordinate clause; no verb of saying or thinking before the
    comma, which stands inside no brackets or quotes), when after a comma a lower-case
    subject pronoun (disse, dette, denne, det, den, de) is followed directly by the present
    or past of a verb that spells out or explains (omfatte, inkludere, indbefatte, indebære,
    involvere, betyde, skyldes; not a past in -ede that may be a participle: "de inkluderede
    patienter"), or by kan/kunne/vil/ville and its infinitive, and that verb has an object
    or an at-clause after it.

    It deliberately does not flag: main clauses joined by a comma where `og`/`men` could
    stand ("Nogle har smerter, andre har ingen symptomer", "Årsagen er ukendt, man ved dog
    …"), which the rules allow; a relative clause without `som` ("den risiko, det
    indebærer, …", "de symptomer, disse omfatter i praksis"), whose verb has no object of
    its own; an at-clause without `at` after a verb of saying or thinking, an imperative or
    a preposition ("Jeg tror, det betyder …", "Bemærk, dette betyder …"), or after an
    adjective in "Det er klart, det betyder …"; `det vil sige`; a sentence that opens with
    a subordinate clause or a noun phrase and a comma ("De symptomer, man har, de skyldes
    …", where the pronoun takes up the phrase); questions, headings and list items.

    Anti-pattern: "Der er mange typer anfald, disse omfatter fokale og generaliserede anfald."
    Best practice: "Der er mange typer anfald. Disse omfatter fokale og generaliserede anfald."
    """

    code = "GRAM034"
    name = "grammar.comma-splice"
    severity = Severity.WARNING

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for analysed in statements(ctx):
            segment = analysed.segment
            tokens = analysed.tokens
            for comma, token in enumerate(tokens):
                if token.surface != "," or not _spelling_out(tokens, comma):
                    continue
                if not _main_clause_before(tokens, comma):
                    continue
                if _inside_marks(segment.text, token.start):
                    continue  # a parenthesis or a quotation, whose clauses are its own
                subject, verb = tokens[comma + 1], tokens[_verb_end(tokens, comma) - 1]
                second = segment.text[subject.start : verb.end]
                yield self.finding(
                    ctx,
                    segment,
                    token.start,
                    verb.end,
                    f"a comma joins two main clauses: '{second} …' spells out the clause "
                    "before it; Danish writes a full stop or a colon (or 'hvilket')",
                    suggestion=f". {second[:1].upper()}{second[1:]}",
                )
                break


def _spelling_out(tokens: tuple[Token, ...], comma: int) -> bool:
    """After the comma at `comma`: a lower-case subject pronoun, a spelling-out verb the
    tagger reads as finite (or its infinitive after a modal), and an object or an
    at-clause after the verb."""
    if comma == 0 or comma + 3 >= len(tokens):
        return False
    subject = tokens[comma + 1]
    if subject.surface not in _SUBJECTS or not any_pos(subject, "prn"):
        return False  # (lower case: a capital after a comma starts a title or a name)
    end = _verb_end(tokens, comma)
    return end > 0 and _object_follows(tokens, end)


def _verb_end(tokens: tuple[Token, ...], comma: int) -> int:
    """The index after the spelling-out verb that follows the subject after the comma at
    `comma` ("disse omfatter", "disse kan omfatte"); 0 when there is none."""
    verb = tokens[comma + 2]
    if verb.surface in _ELABORATING and tensed_choice(verb):
        # a past in -ede is also a participle: "de inkluderede patienter" is a noun phrase
        participle = any(r.pos == "adj" for r in verb.readings)
        return 0 if participle else comma + 3
    if verb.surface in _MODALS and tensed_choice(verb) and comma + 3 < len(tokens):
        infinitive = tokens[comma + 3]
        if infinitive.surface in _ELABORATING_INFINITIVES and any(
            r.has("inf") for r in infinitive.readings
        ):
            return comma + 4
    return 0


def _object_follows(tokens: tuple[Token, ...], i: int) -> bool:
    """An object or an at-clause opens at `i` (after adverbs): a colon, a word that may
    start a noun phrase, or `at` (also after a comma) before a clause. A relative clause
    without `som` has its object before it ("de symptomer, disse omfatter i praksis"),
    so the verb is followed by the end, a preposition or other punctuation."""
    while i < len(tokens) and only(tokens[i], "adv"):
        i += 1
    if i >= len(tokens):
        return False
    if tokens[i].surface == ":":
        return True
    if tokens[i].surface == ",":
        i += 1  # "betyder, at …": only `at` may follow the comma
        if i >= len(tokens) or tokens[i].surface != "at":
            return False
    token = tokens[i]
    if token.surface == "at":
        return i + 1 < len(tokens) and not any(r.has("inf") for r in tokens[i + 1].readings)
    if chosen_is(token, "pr") or not is_word(token):
        return False
    return not token.known or any_pos(token, *_OBJECT_POS)


def _main_clause_before(tokens: tuple[Token, ...], comma: int) -> bool:
    """The words before the comma open with a main clause whose finite verb comes before
    any comma and any word that opens a subordinate clause (a relative or at-clause may
    follow it: "Der findes faktorer, som har betydning, disse omfatter …"); no verb of
    saying or thinking (whose clause may leave out `at`); and the last word is no
    imperative or preposition ("Bemærk, dette betyder …", "sikker på, det …") nor an
    adjective after a sentence-opening `det` ("Det er klart, det betyder noget", where an
    at-clause leaves out `at`)."""
    before = tokens[:comma]
    for i, token in enumerate(before):
        if tensed_choice(token):
            break
        if token.surface == "," or opens_clause(tokens, i):
            return False  # a fronted clause, or a relative clause without `som` first
        if token.surface.casefold() in _SUBORDINATORS:
            return False
    else:
        return False  # no finite verb of its own
    if any(
        verb_reading(r) and r.lemma in SAYING_AND_PERCEIVING and not r.has("pasv")
        for t in before
        for r in t.readings
    ):
        return False  # ("findes" is also the passive of finde, which is no verb of thinking)
    last = before[-1]
    if any_pos(last, "pr") or (last.chosen is not None and last.chosen.has("imp")):
        return False
    opens_with_det = before[0].surface.casefold() == "det" and capitalised(before[0])
    return not (opens_with_det and chosen_is(last, "adj"))


def _inside_marks(text: str, comma: int) -> bool:
    """The comma at `comma` stands inside brackets or quotation marks: one opens before
    it and is not closed, or one closes after it that did not open there (a quotation that
    began in an earlier sentence)."""
    return _unmatched(text[:comma], _OPENING_MARKS) or _unmatched(
        text[comma:][::-1], _CLOSING_MARKS
    )


def _unmatched(text: str, pairs: dict[str, str]) -> bool:
    """A mark of `pairs` opens in `text` and its partner does not follow it."""
    waiting: list[str] = []
    for ch in text:
        if waiting and ch == waiting[-1]:
            waiting.pop()
        elif ch in pairs:
            waiting.append(pairs[ch])
        elif ch == '"':
            waiting.append('"')
    return bool(waiting)
