"""ENC001: the source file is not UTF-8. ENC002: invisible and bidi-control characters."""
