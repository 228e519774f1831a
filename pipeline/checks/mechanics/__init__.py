"""MECH001–MECH002: typing mechanics (doubled words, stray whitespace)."""
