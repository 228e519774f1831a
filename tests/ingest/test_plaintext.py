"""Plain-text articles (pipeline/ingest/plaintext.py): blocks, headings and list items, with a
paragraph per line as text copied from a web page or a word processor has it."""

from __future__ import annotations

from pipeline.ingest.plaintext import read_plaintext


def _kinds(text: str) -> list[tuple[str, str, bool]]:
    return [(b.kind, b.text, b.list_item) for b in read_plaintext(text)]


def test_blank_lines_separate_blocks() -> None:
    text = "Feber hos børn\n\nFeber er almindeligt.\n\nKontakt lægen."
    assert _kinds(text) == [
        ("title", "Feber hos børn", False),
        ("paragraph", "Feber er almindeligt.", False),
        ("paragraph", "Kontakt lægen.", False),
    ]


def test_a_paragraph_per_line_without_blank_lines() -> None:
    text = (
        "Feber hos børn\n"
        "Feber er kroppens forsvar mod infektioner. Den går som regel over af sig selv.\n"
        "Hvornår skal man ringe til lægen\n"
        "Ring til lægen, hvis barnet er sløvt eller har svært ved at trække vejret.\n"
        "Små børn under tre måneder skal altid ses af en læge."
    )
    assert [(kind, item) for kind, _, item in _kinds(text)] == [
        ("title", False),
        ("paragraph", False),
        ("heading", False),
        ("paragraph", False),
        ("paragraph", False),
    ]


def test_a_hard_wrapped_paragraph_stays_one_block() -> None:
    text = (
        "Feber hos børn\n\n"
        "Feber er kroppens naturlige forsvar mod infektioner, og hos de fleste\n"
        "børn går den over af sig selv efter et par dage. Kontakt din\n"
        "læge, hvis barnet bliver sløvt."
    )
    assert len(read_plaintext(text)) == 2


def test_a_run_of_short_lines_stays_one_block() -> None:
    """A list of names or an address is no series of headings."""
    text = (
        "Anbefalinger\n\n"
        "Dansk Nefrologisk Selskab\n"
        "Dansk Selskab for Klinisk Biokemi\n"
        "Dansk Selskab for Almen Medicin\n\n"
        "Anbefalingerne gælder for voksne."
    )
    kinds = _kinds(text)
    assert kinds[1] == (
        "paragraph",
        "Dansk Nefrologisk Selskab\nDansk Selskab for Klinisk Biokemi\n"
        "Dansk Selskab for Almen Medicin",
        False,
    )


def test_bullets_after_a_colon_are_list_items_not_headings() -> None:
    text = "Følgesygdomme\n\nForhøjet blodtryk kan føre til:\n- Hjertesvigt\n- Slagtilfælde\n"
    assert _kinds(text) == [
        ("title", "Følgesygdomme", False),
        ("paragraph", "Forhøjet blodtryk kan føre til:", False),
        ("paragraph", "Hjertesvigt", True),
        ("paragraph", "Slagtilfælde", True),
    ]


def test_a_line_that_continues_in_lower_case_is_the_same_paragraph() -> None:
    text = "Titel\n\nDet er vigtigt at drikke vand.\nog at hvile sig."
    assert len(read_plaintext(text)) == 2


def test_a_heading_over_a_paragraph_that_lost_its_capital() -> None:
    """A page whose sentences start in lower case still has one paragraph per line: a short
    line over a whole sentence twice its length is that paragraph's heading."""
    text = (
        "Blodtryk\n"
        "Der er gode nyheder. Du kan selv sænke blodtrykket.\n"
        "Reducer dit natriumindtag\n"
        "store mængder salt kommer fra forarbejdede og tilberedte fødevarer.\n"
    )
    assert _kinds(text)[2:] == [
        ("heading", "Reducer dit natriumindtag", False),
        (
            "paragraph",
            "store mængder salt kommer fra forarbejdede og tilberedte fødevarer.",
            False,
        ),
    ]


def test_a_wrapped_line_over_a_lower_case_line_of_its_length_stays_in_the_block() -> None:
    text = (
        "Feber hos børn\n\n"
        "Feber er almindeligt. Kontakt din læge, hvis barnet\n"
        "bliver sløvt, får svært ved at trække vejret eller ikke vil drikke noget i dag.\n"
    )
    assert len(read_plaintext(text)) == 2
