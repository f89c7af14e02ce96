"""Numeric-claim checker: parse the numbers of a news article and check them against prior reports."""
