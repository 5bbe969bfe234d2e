"""Claims: the extraction run that writes an article's claims, and the claim reads."""
