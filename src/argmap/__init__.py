"""argmap: turn online debates into argument maps.

>>> import argmap
>>> amap = argmap.map_text("Cats are better than dogs.\\nI agree with you.\\nAnn", title="pets")
>>> [m.author for m in amap.messages]
[None, 'Ann']

Nothing heavy is imported here: spaCy loads on the first call that needs it.
"""

from __future__ import annotations

from argmap.api import map_files, map_text
from argmap.claims import find_claims
from argmap.errors import ArgmapError, InputError, ModelNotFoundError, SchemaError
from argmap.model import ArgumentMap, Claim, Message, Quote, Relation, Thread, load
from argmap.relations import stance

__all__ = [
    "ArgmapError",
    "ArgumentMap",
    "Claim",
    "InputError",
    "Message",
    "ModelNotFoundError",
    "Quote",
    "Relation",
    "SchemaError",
    "Thread",
    "find_claims",
    "load",
    "map_files",
    "map_text",
    "stance",
]
