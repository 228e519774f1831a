"""The names of the web sites an article writes as domains ("Hejdoktor.dk", "www.netdoktor.dk").

A page names its publisher by its web address and by the name alone ("Hejdoktor har nedenfor
samlet …", "fra Hejdoktor.dk"): the name of a domain the same article writes is that site's
name, a proper name no dictionary lists, even where it opens a sentence and so is not skipped
as a capitalised name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A domain: labels of letters, digits and hyphens joined by full stops, ending in a top-level
# domain ("Hejdoktor.dk", "www.sundhed.dk", "patienthaandbogen.sundhed.dk/…"). Only the
# common top-level domains of the Nordic web: a dotted abbreviation ("cand.scient.san.") has
# the shape of a domain too.
_TOP_LEVEL = "dk|com|org|net|no|se|fi|is|de|uk|eu|info|nu|io|gl|fo"
_DOMAIN = re.compile(rf"(?<![\w@.])(?:https?://)?((?:[\w-]+\.)+(?:{_TOP_LEVEL}))\b", re.IGNORECASE)
# Labels that name no site: the web prefix and the generic second levels ("co.uk", "com.au").
_NO_NAME = frozenset({"www", "m", "co", "com", "org", "net", "gov", "ac", "edu"})
MIN_NAME = 4


def site_names(texts: Iterable[str]) -> frozenset[str]:
    """The lower-case names of the sites the domains in `texts` belong to: each label of a
    domain but its top-level one ("hejdoktor" of "Hejdoktor.dk"; "sundhed" of
    "www.sundhed.dk"), four letters or more, without digits."""
    names: set[str] = set()
    for text in texts:
        for match in _DOMAIN.finditer(text):
            for label in match.group(1).split(".")[:-1]:
                if len(label) >= MIN_NAME and label.isalpha() and label.lower() not in _NO_NAME:
                    names.add(label.lower())
    return frozenset(names)
