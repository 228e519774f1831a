"""Document-level language identification (langdetect, deterministic)."""

from __future__ import annotations

DEFAULT_LANGUAGE = "da"


def detect_document_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The language of a whole article; short texts fall back to `default`."""
    if len(text.split()) < 20:
        return default
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        code: str = detect(text)
    except LangDetectException:
        return default
    return {"no": "nb"}.get(code, code)
