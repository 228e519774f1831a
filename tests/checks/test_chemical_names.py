"""Names of chemical compounds, tested with a dictionary of our own so that no hunspell build
decides the outcome; the morphemes and salts are the package's data files."""

from __future__ import annotations

from pipeline.checks.chemical_names import (
    chemical_compound,
    chemical_name,
    chemical_word,
    radical_compound,
    salt_name,
)

WORDS = {"salve", "salicylsyre", "cellulose", "peroxid", "karbamid", "tilskud", "koncentrationerne"}


def known(word: str) -> bool:
    return word in WORDS


def test_a_name_of_chemical_morphemes_with_a_danish_inflection() -> None:
    assert chemical_name("catechin")
    assert chemical_name("katekiner")  # Danish letters, plural
    assert chemical_name("epicatechiner")  # a prefix
    assert chemical_name("epigallocatechingallat")  # two units, the second an ester
    assert chemical_name("flavanoler")  # two endings, plural
    assert chemical_name("flavonoider")
    assert chemical_name("curcuminoid")
    assert chemical_name("antocyaniner")
    assert chemical_name("colchicin")  # an alkaloid named after its plant
    assert chemical_name("allopurinol")  # a purine analogue
    assert chemical_name("secalin")  # a cereal's gluten protein
    assert chemical_name("calcineurin")  # a protein named after what it binds


def test_a_slip_or_a_stem_without_an_ending_is_no_chemical_name() -> None:
    assert not chemical_name("catchin")  # a letter of the stem left out
    assert not chemical_name("curcumn")
    assert not chemical_name("curcum")  # a stem alone
    assert not chemical_name("epigallo")  # prefixes alone
    assert not chemical_name("catechinx")  # no Danish inflection
    assert not chemical_name("hovedpine")  # an everyday word has no chemical stem


def test_a_cation_closed_with_an_anion_is_a_salt() -> None:
    assert salt_name("zinkgluconat")
    assert salt_name("magnesiumcitrat")
    assert salt_name("calciumcarbonatdihydrat")  # a hydrate after the anion
    assert not salt_name("zinkglukonet")  # a slip in the anion
    assert not salt_name("zinkdihydrat")  # no anion
    assert not salt_name("gluconatzink")  # the anion first


def test_a_chemical_radical_before_a_known_word() -> None:
    def words(word: str) -> bool:
        return word in {"salve", "salicylsyre", "cellulose", "peroxid"}

    assert radical_compound("salicylsalve", words)
    assert radical_compound("methylcellulose", words)
    assert radical_compound("benzoylperoxid", words)
    assert radical_compound("acetylsalicylsalve", words)  # two radicals
    assert not radical_compound("salicylsalv", words)
    assert not radical_compound("salcylsalve", words)  # a slip in the radical
    assert not radical_compound("salicyl", words)


def test_a_compound_name_or_a_known_chemical_noun_before_a_known_word() -> None:
    assert chemical_compound("epicatechinkoncentrationerne", known)
    assert chemical_compound("curcumintilskud", known)
    assert chemical_compound("calcineurinhæmmere", lambda w: w == "hæmmere")
    assert chemical_compound("karbamidperoxid", known)  # a known noun in -id
    assert not chemical_compound("curcumintilskd", known)  # a slip in the head
    assert not chemical_compound("salvetilskud", known)  # no chemical ending on "salve"


def test_chemical_word_takes_any_of_the_rules() -> None:
    assert chemical_word("catechin", known)
    assert chemical_word("zinkgluconat", known)
    assert chemical_word("salicylsalve", known)
    assert chemical_word("curcumintilskud", known)
    assert not chemical_word("tilskud", known)  # a known word is no chemical name by itself
