"""ENC001: the source file is not UTF-8."""
