"""LOC001–LOC005: locale conventions that translation from English leaves in Danish."""
