"""The direct look-up gives wordfreq's own `zipf_frequency`, on real words of each language."""

from __future__ import annotations

import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from pipeline.checks.frequency import DIRECT, zipf

DICTIONARIES = {"da": "da_DK", "en": "en_US", "nb": "nb_NO", "sv": "sv_SE"}
SEED = Path(__file__).resolve().parents[2] / "sources" / "muskeltraekninger-da.txt"


def real_words(lang: str) -> list[str]:
    """Every 40th word of the installed hunspell dictionary, in several cases, and the seed's."""
    dic = Path("/usr/share/hunspell") / f"{DICTIONARIES[lang]}.dic"
    lines = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1::40]
    stems = [line.split("/")[0] for line in lines if line]
    words = [*stems, *(w.capitalize() for w in stems[::5]), *(w.upper() for w in stems[::7])]
    words += SEED.read_text(encoding="utf-8").split()
    return words


@pytest.mark.parametrize("lang", sorted(DIRECT))
def test_the_direct_look_up_is_wordfreqs_answer(lang: str) -> None:
    words = real_words(lang)
    assert len(words) > 500

    different = [
        (w, zipf(w, lang), zipf_frequency(w, lang))
        for w in words
        if zipf(w, lang) != zipf_frequency(w, lang)
    ]

    assert different == []


@pytest.mark.parametrize("lang", sorted(DIRECT))
def test_hyphenated_words_get_wordfreqs_answer(lang: str) -> None:
    stems = [w for w in real_words(lang) if w.isalpha()]
    words = [f"{a}-{b}" for a, b in zip(stems[::3], stems[1::3], strict=False)]
    triples = zip(stems[::11], stems[3::11], stems[7::11], strict=False)
    words += [f"{a}-{b}-{c}" for a, b, c in triples]
    words += ["post-nasal", "e-mail", "T-celler", "ikke-steroide", "Anti-inflammatorisk"]
    known = [w for w in words if zipf_frequency(w, lang) > 0]
    assert len(known) > 50  # parts the table has, not only unknown words

    different = [
        (w, zipf(w, lang), zipf_frequency(w, lang))
        for w in words
        if zipf(w, lang) != zipf_frequency(w, lang)
    ]

    assert different == []


ODD = ["barn's", "barn’s", "l'heure", "covid-19", "COVID-19", "2,5", "10-14", "e.g.", "x²"]
ODD += ["ﬁ-ﬁ", "a--b", " a", "", "Crohn's", "B12", "vitamin-B12", "100%", "H. pylori", "(3)"]


@pytest.mark.parametrize("lang", sorted(DIRECT))
def test_any_text_gets_wordfreqs_answer(lang: str) -> None:
    tokens = SEED.read_text(encoding="utf-8").split()
    words = [*ODD, *tokens, *(f"{a} {b}" for a, b in pairwise(tokens))]

    different = [
        (w, zipf(w, lang), zipf_frequency(w, lang))
        for w in words
        if zipf(w, lang) != zipf_frequency(w, lang)
    ]

    assert different == []


def test_no_table_of_wordfreqs_is_loaded(tmp_path: Path) -> None:
    """wordfreq's tables take 0.1 s of CPU each to load: the index answers instead."""
    probe = (
        "import sys, wordfreq\n"
        "from pipeline.checks.frequency import zipf\n"
        "for lang in ('da', 'en', 'nb', 'sv'):\n"
        "    [zipf(w, lang) for w in sys.argv[1:]]\n"
        "print(wordfreq.get_frequency_dict.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *ODD, "hjerte-kar", "helikobakter pylori", "feber"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "0"


def test_other_languages_and_non_words_go_through_wordfreq() -> None:
    assert zipf("hjerte-kar", "da") == zipf_frequency("hjerte-kar", "da")
    assert zipf("covid-19", "da") == zipf_frequency("covid-19", "da")
    assert zipf("-kar", "da") == zipf_frequency("-kar", "da")
    assert zipf("2,5", "da") == zipf_frequency("2,5", "da")
    assert zipf("Herz", "de") == zipf_frequency("Herz", "de")


def test_the_sorted_index_answers_every_word_of_the_table(tmp_path: Path) -> None:
    from wordfreq import get_frequency_dict

    from pipeline.checks.frequency import SortedIndex, build_index

    path = tmp_path / "da.tsv"
    path.write_bytes(build_index("da"))
    index = SortedIndex(path)
    table = get_frequency_dict("da")
    words = sorted(table)
    assert all(index.get(w, -1.0) == table[w] for w in [*words[::37], words[0], words[-1]])
    for absent in ("", "zzzzzzzz", "æøåæøå", "aaaaaaaa0", words[0][:-1] + "\U0010ffff"):
        assert index.get(absent, -1.0) == table.get(absent, -1.0)


def test_the_index_holds_exactly_wordfreqs_table_sorted_by_bytes() -> None:
    """Built bucket by bucket, the index is still `get_frequency_dict` line for line: every
    word once (a word in two buckets with the later's frequency), byte order, Python's repr."""
    from wordfreq import get_frequency_dict

    from pipeline.checks.frequency import build_index

    lines = build_index("da").decode("utf-8").splitlines()
    table = get_frequency_dict("da")
    expected = sorted(
        (word.encode("utf-8"), repr(frequency))
        for word, frequency in table.items()
        if "\t" not in word and "\n" not in word
    )
    assert [line.split("\t") for line in lines] == [
        [word.decode("utf-8"), value] for word, value in expected
    ]
