"""MT001–MT003: what scraping and machine translation left behind."""
