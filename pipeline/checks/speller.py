"""Hunspell dictionaries (Debian's hunspell-da, -no, -sv) with the glossary as known words."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.glossary.model import Glossary

DICTIONARY_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
DICTIONARY_NAMES = {
    "da": "da_DK",
    "nb": "nb_NO",
    "nn": "nn_NO",
    "no": "nb_NO",
    "sv": "sv_SE",
    "en": "en_US",
    "de": "de_DE",
}


def dictionary_path(lang: str) -> Path | None:
    name = DICTIONARY_NAMES.get(lang, lang)
    for folder in DICTIONARY_DIRS:
        dic = folder / f"{name}.dic"
        if dic.exists() and dic.with_suffix(".aff").exists():
            return dic
    return None


class Speller:
    """Spell checking for one language; results are cached because articles repeat words."""

    def __init__(self, dic: Path, lang: str, glossary: Glossary | None = None) -> None:
        import hunspell

        aff = dic.with_suffix(".aff")
        self.lang = lang
        self._hunspell = hunspell.HunSpell(str(dic), str(aff))
        self._encoding: str = self._hunspell.get_dic_encoding()
        self._glossary = glossary
        self.known = lru_cache(maxsize=200_000)(self._known)
        self.suggest = lru_cache(maxsize=20_000)(self._suggest)

    @classmethod
    def for_language(cls, lang: str, glossary: Glossary | None = None) -> Speller | None:
        dic = dictionary_path(lang)
        return cls(dic, lang, glossary) if dic else None

    def _known(self, word: str) -> bool:
        if self._glossary is not None and self._glossary.knows_word(word, self.lang):
            return True
        try:
            return bool(self._hunspell.spell(word))
        except UnicodeEncodeError:
            return False

    def _suggest(self, word: str) -> tuple[str, ...]:
        try:
            raw = self._hunspell.suggest(word)
        except UnicodeEncodeError:
            return ()
        return tuple(s.decode(self._encoding) if isinstance(s, bytes) else s for s in raw)

    def stems(self, word: str) -> list[str]:
        try:
            raw = self._hunspell.stem(word)
        except UnicodeEncodeError:
            return []
        return [s.decode(self._encoding) if isinstance(s, bytes) else s for s in raw]
