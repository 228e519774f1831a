"""Packed strings read back as the list they were made from, pickled or not."""

from __future__ import annotations

import pickle

import pytest

from pipeline.core.packed_strings import PackedStrings

WORDS = ["muskeltrækning", "", "Æble-ø", "naïve", "ALS", "", "日本語", "x" * 300, "søvn"]


@pytest.mark.parametrize("words", [WORDS, [], [""], ["én"]])
def test_packed_strings_read_as_their_list(words: list[str]) -> None:
    packed = PackedStrings(words)
    again = pickle.loads(pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL))
    for each in (packed, again):
        assert len(each) == len(words)
        assert list(each) == words
        assert [each[i] for i in range(len(words))] == words
        assert [each[-i] for i in range(1, len(words) + 1)] == [
            words[-i] for i in range(1, len(words) + 1)
        ]
        assert each[1:4] == words[1:4] and each[::-2] == words[::-2]
        assert each == words and each == PackedStrings(words)


def test_an_index_past_the_end_is_refused_as_by_a_list() -> None:
    packed = PackedStrings(WORDS)
    for index in (len(WORDS), -len(WORDS) - 1):
        with pytest.raises(IndexError):
            packed[index]


def test_packed_strings_equal_what_their_list_equals() -> None:
    packed = PackedStrings(["a", "b"])
    assert packed == ["a", "b"] and packed == PackedStrings(["a", "b"])
    assert packed != "ab" and packed != ("a", "b") and packed != ["a"]
    assert PackedStrings(["ab"]) != "ab" and PackedStrings([]) != ""
