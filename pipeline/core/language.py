"""Language tags: how the package reads, compares and reduces them, in one place.

Tags come from users (`--lang nb`), file headers (PO `Language: nb_NO`, XLIFF `da-DK`,
`sr@latin`) and the language identifier's labels. Three questions are asked of them, each with
its own answer:

- Is this the language a user or file asked for? (`same_language`: a region counts, so da-DK is
  not da-GL, but a bare "da" matches every region.)
- Which conventions apply (numbers, punctuation, term paradigms)? (`base_language`: the primary
  subtag, "nb-NO" → "nb", "sr@latin" → "sr".)
- Could language identification tell the two apart? (`same_identified_language`: the model's
  Nynorsk is unreliable, so Bokmål, Nynorsk and "no" are one Norwegian.)
"""

from __future__ import annotations

import functools
import re

# POSIX locale names add ".encoding" and "@modifier" ("da_DK.UTF-8", "sr@latin") to BCP 47's
# "-" and gettext's "_".
_SUBTAG = re.compile(r"[-_@.]")
_IDENTIFIED_AS = {"nb": "no", "nn": "no"}


def normalise_language(code: str) -> str:
    """A language code as stored and compared: "nb_NO" and "NB-no" both become "nb-no"."""
    return code.strip().replace("_", "-").lower()


@functools.lru_cache(maxsize=1024)
def base_language(code: str) -> str:
    """The primary subtag: "nb-NO" → "nb", "sv_SE" → "sv", "sr@latin" → "sr"."""
    return _SUBTAG.split(code.strip().lower(), maxsplit=1)[0]


def same_language(code: str, wanted: str | None) -> bool:
    """Whether `code` ("da-DK") is the language `wanted` ("da"; None: any); da-DK ≠ da-GL."""
    if wanted is None:
        return True
    have, want = normalise_language(code), normalise_language(wanted)
    if have == want:
        return True
    # A bare code matches any of its regions; two different regions do not match each other.
    bare = "-" not in have or "-" not in want
    return bare and have.split("-", 1)[0] == want.split("-", 1)[0]


@functools.lru_cache(maxsize=1024)
def identified_language(code: str) -> str:
    """What language identification can tell: the primary subtag ("es_AR" → "es"), with Bokmål
    and Nynorsk as one Norwegian, "no"."""
    base = base_language(code)
    return _IDENTIFIED_AS.get(base, base)


@functools.lru_cache(maxsize=4096)
def same_identified_language(a: str, b: str) -> bool:
    """Whether identification would call `a` and `b` one language ("nb" and "nn-NO" are).
    Cached: UNTR001 and LANG002 ask it four times for each of 100,000 units of a folder."""
    return identified_language(a) == identified_language(b)
