"""LOC001–LOC005: locale conventions a translation from English or American text leaves in Danish."""
