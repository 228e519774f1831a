"""LOC001–LOC008: locale conventions that translation from English leaves in Danish."""
