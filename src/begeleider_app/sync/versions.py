"""Version vectors and dots: how sync tells "newer" from "concurrent" without any clock.

A row's ``vv`` is {device: counter}: the writes to this row a device has seen. A field's dot
``"device:counter"`` names the write that set it. A dot is *covered* by a vector when that
device's counter in the vector reaches it: the holder of the vector has seen that write.
"""

from __future__ import annotations

import json
from typing import Any

# The stored form of a row's dots lives with storage (the repository writes it).
from ..storage.dots import dump_fdots, parse_fdots

VV = dict[str, int]


def parse_vv(text: str | None) -> VV:
    return {str(k): int(v) for k, v in json.loads(text or "{}").items()}


def dump_vv(vv: VV) -> str:
    return json.dumps(vv, sort_keys=True, separators=(",", ":"))


__all__ = ["VV", "parse_vv", "dump_vv", "dump_fdots", "parse_fdots", "split_dot", "covered",
           "leq", "join", "dot_order", "pick"]


def split_dot(dot: str) -> tuple[str, int]:
    device, _, counter = dot.rpartition(":")
    return device, int(counter)


def covered(dot: str, vv: VV) -> bool:
    device, counter = split_dot(dot)
    return vv.get(device, 0) >= counter


def leq(a: VV, b: VV) -> bool:
    """Has ``b`` seen every write ``a`` has seen?"""
    return all(b.get(k, 0) >= v for k, v in a.items())


def join(a: VV, b: VV) -> VV:
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return out


def dot_order(dot: str) -> tuple[int, str]:
    """A total order on dots, used only to choose which of concurrent versions the row shows
    while the conflict is open (every device chooses the same; no clock involved)."""
    device, counter = split_dot(dot)
    return counter, device


def pick(field: str, entries: dict[str, Any]) -> str:
    """The dot whose value the row shows. For ``deleted``, alive wins: a delete that met a
    concurrent edit never hides the record before a person decided."""
    if field == "deleted":
        return max(entries, key=lambda d: (not entries[d], dot_order(d)))
    return max(entries, key=dot_order)
