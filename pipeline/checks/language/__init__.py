"""LANG001: segments written in another language than the document."""
