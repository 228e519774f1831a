"""Danish derivations and Latin spellings, tested with a dictionary of our own so that no
hunspell build decides the outcome."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.checks.danish_words import (
    danish_spelling,
    derived,
    drug_salt,
    greek_adjective,
    greek_em_noun,
    latin_adjective,
    latin_drug_name,
    latin_lettered,
    latin_noun_form,
    negated,
    particle_word,
    privative,
    verb_adjective,
    verbal_noun,
)
from pipeline.checks.eponyms import eponym_compound, eponym_disease
from pipeline.checks.latin_derivations import (
    combining_form,
    danish_latin_adjective,
    degree_prefixed,
    greek_i_noun,
    itet_noun,
    latin_at_adjective,
    latin_noun_of,
    latin_stem_noun,
)

WORDS = {
    "valvula", "lymfoblast", "modificere", "tolerere", "effektiv", "effektivt", "hoste",
    "skrive", "thyreoidea", "paroksystisk", "glomerulonefritis", "afdeling", "dele", "ledt",
}  # fmt: skip
STEMS = {"hoste": ["hoste"], "dele": ["dele"], "ledt": ["led", "lede"], "skrive": ["skrive"]}


def known(word: str) -> bool:
    return word in WORDS


def stems(word: str) -> Sequence[str]:
    return STEMS.get(word, [])


def no_slip(word: str) -> bool:
    return False


def test_latin_adjective_in_aer_of_a_known_noun() -> None:
    assert latin_adjective("valvulær", known)
    assert latin_adjective("lymfoblastære", known)
    assert not latin_adjective("valvlær", known)


def test_bar_and_abel_adjectives_of_known_verbs() -> None:
    assert verb_adjective("modificerbare", known)
    assert verb_adjective("tolerabel", known)
    assert verb_adjective("tolerable", known)
    assert not verb_adjective("modifcerbar", known)


def test_u_negates_a_known_adjective_but_not_a_verb() -> None:
    assert negated("ueffektivt", known)
    assert not negated("uskrive", known)
    assert not negated("ueffetkiv", known)


def test_verbal_noun_in_ning_of_a_known_infinitive() -> None:
    assert verbal_noun("hostningen", known, stems)
    assert not verbal_noun("hostnnig", known, stems)


def test_particle_before_a_verbal_noun_or_a_participle() -> None:
    assert particle_word("ophostning", known, stems)
    assert particle_word("overledt", known, stems)
    assert not particle_word("medskrive", known, stems)


def test_the_thyro_spelling_of_anatomical_latin_counts_as_known() -> None:
    assert derived("thyroidea", known, known, stems, no_slip)
    assert not derived("thyrodea", known, known, stems, no_slip)


def test_a_slip_is_never_excused() -> None:
    assert not derived("valvulær", known, known, stems, lambda word: True)


def test_a_compound_after_a_name_the_dictionary_has_capitalised() -> None:
    def spell(word: str) -> bool:
        return word in {"Parkinson", "medicin"}

    assert eponym_compound("parkinsonmedicin", lambda w: w == "medicin", spell)
    assert eponym_compound("parkinsonsmedicin", lambda w: w == "medicin", spell)
    assert not eponym_compound("parkinsonmedcin", lambda w: w == "medicin", spell)
    assert not eponym_compound("bessmedicin", lambda w: w == "medicin", lambda w: w == "Bess")


def test_an_eponymous_disease_in_lower_case_when_sks_names_a_disease_after_it() -> None:
    def spell(word: str) -> bool:
        return word in {"Parkinson", "Bessemer", "Rett"}

    assert eponym_disease("parkinson", spell)  # SKS: "Parkinsons sygdom"
    assert not eponym_disease("bessemer", spell)  # a name, but no disease's in SKS
    assert not eponym_disease("parkinsn", spell)  # a slip is no name
    assert not eponym_disease("rett", spell)  # a short name is where slips run into names


def test_danish_spelling_of_latin_letters() -> None:
    assert danish_spelling("paroxystisk", known) == "paroksystisk"
    assert danish_spelling("Glomerulonephritis", known) == "Glomerulonefritis"
    assert danish_spelling("muscle", lambda w: w == "muskle") is None  # no Latin shape
    assert danish_spelling("rhinitis", lambda w: w == "rinitis") == "rinitis"  # Greek rh
    assert danish_spelling("epicondyl", lambda w: w == "epikondyl") == "epikondyl"


def test_latin_noun_forms_the_dictionary_lacks() -> None:
    def nouns(word: str) -> bool:
        return word in {"eksacerbation", "cystitis", "blodkar", "dyskinesi", "hovedpine"}

    assert latin_noun_form("eksacerbationer", nouns)
    assert latin_noun_form("dyskinesier", nouns)  # a Greek noun in -i
    assert not latin_noun_form("hovedpiner", nouns)  # -e is no Greek noun ending
    assert latin_noun_form("cystitten", nouns)
    assert not latin_noun_form("blodkarerne", nouns)  # -ar is no Latin noun ending here
    assert not latin_noun_form("eksacerbatoiner", nouns)


def test_greek_adjectives_and_latin_nouns_of_known_words() -> None:
    def words(word: str) -> bool:
        return word in {"erytrodermi", "hyperkeratose", "præcipitere", "purulent", "dilatator"}

    assert greek_adjective("erytrodermisk", words)
    assert greek_adjective("dilatatoriske", words)
    assert greek_adjective("hyperkeratotiske", words)
    assert latin_noun_of("præcipitering", words)
    assert latin_noun_of("purulens", words)
    assert not latin_noun_of("præcipetering", words)


def test_greek_a_before_a_known_adjective_in_isk() -> None:
    def words(word: str) -> bool:
        return word in {"kinetisk", "kinetiske", "behandling"}

    assert privative("akinetisk", words)
    assert privative("akinetiske", words)
    assert not privative("abehandling", words)  # no adjective in -isk
    assert not privative("akinetsk", words)


def test_a_known_drug_name_before_its_salt() -> None:
    def words(word: str) -> bool:
        return word in {"betametason", "sertralin", "metformin", "kaffe", "hjerte"}

    assert drug_salt("betamethasondipropionat", words)  # the name in Latin letters
    assert drug_salt("sertralinhydrochlorid", words)
    assert drug_salt("metforminhydroklorid", words)
    assert not drug_salt("kaffenatrium", words)  # no drug's shape
    assert not drug_salt("hjertenatrium", words)
    assert not drug_salt("betamethsondipropionat", words)  # a slip in the name
    assert not drug_salt("sertralinhydrochlrid", words)  # a slip in the salt


def test_a_greek_noun_in_em_whose_latin_form_is_known() -> None:
    def words(word: str) -> bool:
        return word in {"exanthematica", "ante"}

    assert greek_em_noun("eksantem", words)  # ks, t as Latin x, th
    assert greek_em_noun("eksantemet", words)
    assert not greek_em_noun("eksantme", words)
    assert not greek_em_noun("ekasntem", words)
    assert not greek_em_noun("eksante", words)


def test_a_latin_adjective_in_at_of_a_stem_known_with_another_ending() -> None:
    def words(word: str) -> bool:
        return word in {"nummularis", "transdata"}

    assert latin_at_adjective("nummulat", words)
    assert latin_at_adjective("nummulate", words)
    assert not latin_at_adjective("nummlat", words)
    assert not latin_at_adjective("transdat", words)  # -ata ends Danish compounds


def test_a_drug_name_in_the_latin_letters_of_its_inn() -> None:
    def words(word: str) -> bool:
        return word in {"betametason", "deksametason", "kortisol"}

    assert latin_drug_name("betamethason", words)
    assert latin_drug_name("dexamethason", words)  # x and th
    assert not latin_drug_name("cortisol", words)  # no drug stem: Danish writes kortisol
    assert not latin_drug_name("betamethasn", words)


def test_a_greco_latin_suffix_on_a_known_latin_nouns_stem() -> None:
    words = {"endometrium", "adenomyose", "myometrium"}
    assert latin_stem_noun("endometriom", words.__contains__, words.__contains__)
    assert latin_stem_noun("endometriomerne", words.__contains__, words.__contains__)
    assert latin_stem_noun("myometriose", words.__contains__, words.__contains__)
    assert latin_stem_noun("adenomyosis", words.__contains__, words.__contains__)
    assert not latin_stem_noun("endometrim", words.__contains__, words.__contains__)
    assert not latin_stem_noun("endometrioom", words.__contains__, words.__contains__)
    assert not latin_stem_noun("hjerteom", words.__contains__, words.__contains__)  # no hjerteum
    # a compound the dictionary builds is no Latin noun: "halvmånehiston" (halvmåne + histon)
    assert not latin_stem_noun("halvmånehistose", words.__contains__, {"histon"}.__contains__)


def test_a_latin_noun_of_anatomy_as_a_combining_form() -> None:
    words = {"tibia", "humerus", "femoral", "femorale", "radial", "hjerte", "rytme"}
    assert combining_form("tibiofemorale", words.__contains__, words.__contains__)
    assert combining_form("humeroradial", words.__contains__, words.__contains__)
    assert not combining_form("tibiofemorle", words.__contains__, words.__contains__)
    assert not combining_form(
        "hjertorytme", words.__contains__, words.__contains__
    )  # hjerte is no Latin noun


def test_a_noun_in_itet_of_a_known_latin_adjective() -> None:
    words = {"imperiøs", "aktiv", "hurtig"}
    assert itet_noun("imperiøsitet", words.__contains__)
    assert itet_noun("imperiøsiteten", words.__contains__)
    assert not itet_noun("imperøsitet", words.__contains__)
    assert not itet_noun("hurtigitet", words.__contains__)  # no Latin adjective


def test_a_greek_noun_in_i_of_an_adjective_in_isk_the_dictionary_has() -> None:
    entries = {"klonisk", "dystonisk", "praktisk"}
    assert greek_i_noun("myokloni", entries.__contains__)  # myo + klonisk
    assert greek_i_noun("myoklonier", entries.__contains__)
    assert greek_i_noun("dystonien", entries.__contains__)
    assert not greek_i_noun("myoklonir", entries.__contains__)  # no noun ending
    assert not greek_i_noun("myklonier", entries.__contains__)  # a slip in the stem
    assert not greek_i_noun("myoklon", entries.__contains__)
    # an adjective only a compound of chance parts makes is no entry
    assert not greek_i_noun("stråleserapi", entries.__contains__)


def test_a_greek_prefix_of_degree_before_a_stem_known_with_another() -> None:
    words = {"hyperlipidæmi", "hyperkaliæmi", "hypotension"}
    assert degree_prefixed("dyslipidæmi", words.__contains__)
    assert degree_prefixed("normokaliæmi", words.__contains__)
    assert degree_prefixed("hypertension", words.__contains__)
    assert not degree_prefixed("dyslipdæmi", words.__contains__)  # a slip in the stem
    assert not degree_prefixed("antilipidæmi", words.__contains__)  # no prefix of degree
    assert not degree_prefixed("dysmi", words.__contains__)  # too short a stem


def test_a_clinical_word_in_danish_letters_whose_latin_spelling_is_an_entry() -> None:
    entries = {"urethrale", "urethral"}
    assert latin_lettered("uretrale", entries.__contains__)
    assert not latin_lettered("uretrle", entries.__contains__)
    assert not latin_lettered("hjertet", {"hjerthet"}.__contains__)  # no Latin shape


def test_danish_letters_and_the_thyroids_older_latin_stem_together() -> None:
    entries = {"hyperparathyreoidisme", "thyreoidea"}
    # t for th, and the thyro- of current Latin beside thyreo- of the dictionary
    assert latin_lettered("hyperparatyroidisme", entries.__contains__)
    assert not latin_lettered("hyperparatyrodisme", entries.__contains__)  # a slip


def test_a_danish_adjective_of_a_latin_adjective_the_dictionary_has() -> None:
    entries = {"sublingualis", "granularis", "juvenilis"}
    assert danish_latin_adjective("sublingual", entries.__contains__)
    assert danish_latin_adjective("sublingualt", entries.__contains__)
    assert danish_latin_adjective("granulære", entries.__contains__)
    assert danish_latin_adjective("juvenil", entries.__contains__)
    assert not danish_latin_adjective("sublingul", entries.__contains__)  # a slip
    assert not danish_latin_adjective("sublinguel", entries.__contains__)  # no Latin ending
    assert not danish_latin_adjective("sublingua", entries.__contains__)  # the noun
    # through `derived`: its Latin form is its own word, so even a slip test that takes it
    # for "sublingua" + l does not judge it
    assert derived(
        "sublingual", entries.__contains__, entries.__contains__, lambda w: [w], lambda w: True
    )


def test_a_verbal_noun_of_a_verb_that_doubles_its_consonant() -> None:
    words = {"indeklemme"}
    stems = {"indeklemme": ["indeklemme"]}
    assert verbal_noun("indeklemning", words.__contains__, lambda w: stems.get(w, []))
    assert not verbal_noun("indeklemnig", words.__contains__, lambda w: stems.get(w, []))


def test_a_bar_adjective_of_a_verb_that_doubles_its_consonant_and_its_noun() -> None:
    words = {"trætte", "modificere"}
    assert verb_adjective("trætbarhed", words.__contains__)
    assert verb_adjective("modificerbarheden", words.__contains__)
    assert not verb_adjective("trætbarhd", words.__contains__)
