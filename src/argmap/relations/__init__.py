"""Relations: the reply structure, and who agrees with or rebuts whom."""

from argmap.relations.link import find_relations

__all__ = ["find_relations"]
