"""Many strings kept as one UTF-8 buffer and their offsets, each decoded when read.

A column of 100,000 glossary terms unpickled as `str` objects cost 0.012 s of every process
that loads a compiled glossary, and a check reads a few hundred of them. Packed, the column
unpickles as two byte buffers (no object per string) and a read costs a slice and a decode.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class PackedStrings(Sequence[str]):
    """An immutable sequence of strings stored as one UTF-8 buffer and their end offsets."""

    __slots__ = ("_data", "_ends")

    def __init__(self, strings: Iterable[str]) -> None:
        encoded = [text.encode("utf-8") for text in strings]
        ends = array("q")
        position = 0
        for item in encoded:
            position += len(item)
            ends.append(position)
        self._data = b"".join(encoded)
        self._ends = ends

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        ends = self._ends
        end = ends[index]  # raises IndexError as a list would; a negative index counts back
        if index < 0:
            index += len(ends)
        start = ends[index - 1] if index else 0
        return self._data[start:end].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        data, start = self._data, 0
        for end in self._ends:
            yield data[start:end].decode("utf-8")
            start = end

    def __eq__(self, other: object) -> bool:
        """Equal to the same strings packed or in a list, as the list it stands for is (a
        string or a tuple of the same strings is not equal to a list)."""
        if isinstance(other, PackedStrings):
            return self._data == other._data and self._ends == other._ends
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]  # mutable-looking, like list

    def __getstate__(self) -> tuple[bytes, array[int]]:
        return self._data, self._ends

    def __setstate__(self, state: tuple[bytes, array[int]]) -> None:
        self._data, self._ends = state
