"""Claims: the propositions each message puts forward, tied to their verbatim sentences,
each with its role in the message (main, premise or aside)."""

from argmap.claims.extract import extract_claims, find_claims, premise_links

__all__ = ["extract_claims", "find_claims", "premise_links"]
