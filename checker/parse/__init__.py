"""Parser: turns a Document into Claims (numbers, quantities, money, percents, ratios, dates)."""
