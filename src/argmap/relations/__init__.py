"""Relations: the reply structure, who agrees with or rebuts whom, and how claims connect."""

from argmap.relations.link import find_relations
from argmap.relations.stance import stance, stance_many

__all__ = ["find_relations", "stance", "stance_many"]
