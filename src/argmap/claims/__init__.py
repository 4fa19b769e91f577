"""Claims: the propositions each message puts forward, tied to their verbatim sentences."""

from argmap.claims.extract import extract_claims, find_claims

__all__ = ["extract_claims", "find_claims"]
