"""Reading text for what a translation must keep: URLs, e-mail addresses and domains, engine
marks (tokens), numbers in each language's convention (numbers), and printf, ICU and brace
placeholders (placeholders). Shared by the translation checks and by translate's protection of
names and numbers; below both, it imports only pipeline.core."""
