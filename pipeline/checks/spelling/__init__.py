"""SPELL001: words the dictionary of the document language does not know."""
