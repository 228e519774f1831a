"""Output folder names: a source file's stem as a lowercase ASCII slug."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent; the Danish and
# Norwegian ones follow the usual transliteration (æ → ae, ø → oe, å → aa) rather than "a"/"o".
_FOLD = str.maketrans(
    {
        "æ": "ae",
        "Æ": "Ae",
        "ø": "oe",
        "Ø": "Oe",
        "å": "aa",
        "Å": "Aa",
        "ß": "ss",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ł": "l",
        "Ł": "L",
        "œ": "oe",
        "Œ": "Oe",
    }
)


MAX_SLUG = 200


def ascii_fold(text: str) -> str:
    """`text` in ASCII: æ/ø/å transliterated, other accents stripped, the rest dropped."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def slugify(stem: str) -> str:
    """A folder name for an article: `Muskeltrækninger (DA)` → `muskeltraekninger-da`.

    Runs of anything but ASCII letters and digits become one "-". A name with no ASCII
    letters or digits at all (e.g. Greek or Cyrillic) gets a stable hash-based slug.
    """
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(stem).lower()).strip("-")
    if len(slug) > MAX_SLUG:
        # room for "<slug>.<src>-<tgt>.xlf" within a file name's 255 bytes; the hash keeps
        # two long names that share their first 190 characters apart
        digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
        return f"{slug[: MAX_SLUG - 9].rstrip('-')}-{digest}"
    if slug:
        return slug
    return "article-" + hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
