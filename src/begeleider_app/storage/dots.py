"""A row's per-field dots (``fdots``) in a compact form that means exactly the same.

Sync needs, per field, the dot ``device:counter`` of the write that last set it (sync/merge.py).
Written out in full that is about a third of a typical record, because most records were
written once, by one device: every field has the same dot. So the stored form names one
*base* dot for the fields it does not list:

* ``{"": "<base>", "phone": "<dot>", ...}``: the listed fields have their own dots; every other
  field that holds a value, and ``deleted``, has the base dot; an empty field (NULL, "", "[]",
  0) that is not listed has no dot, as a field never written has none.
* ``""`` (empty text): the same with no field listed and the base the row's only dot (its
  version vector names one device, and the base is that device's newest write).
* any other JSON object: every dot written out (what older versions wrote; still read).

Nothing is rounded: expanding the compact form with the row gives exactly the dots, so the
merge sees what it always saw. When no compact form is exact (a field holds a value but has no
dot) the full form is written.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

#: Row columns that are no fields (``deleted`` is one: it has a dot like any field).
NOT_FIELDS = frozenset({"id", "created_at", "updated_at", "device_id", "vv", "fdots"})


def _empty(value: Any) -> bool:
    if isinstance(value, list):
        return not value
    return value is None or value == "" or value == "[]" or (value == 0 and not isinstance(value, str))


def _implied(name: str, row: dict[str, Any]) -> bool:
    return name == "deleted" or (name in row and not _empty(row[name]))


def _single_dot(vv_text: str | None) -> str | None:
    try:
        vv = json.loads(vv_text or "{}")
    except (TypeError, ValueError):
        return None
    if len(vv) != 1:
        return None
    ((device, counter),) = vv.items()
    return f"{device}:{int(counter)}"


def _order(dot: str) -> tuple[int, str]:
    device, _, counter = dot.rpartition(":")
    return int(counter), device


def parse_fdots(text: str | None, row: dict[str, Any]) -> dict[str, str]:
    """The dots of ``row`` (its stored values) from the stored form."""
    if text is None:
        return {}
    if text == "":
        base = _single_dot(row.get("vv"))
        listed: dict[str, str] = {}
    else:
        listed = json.loads(text)
        if "" not in listed:
            return listed
        listed = dict(listed)
        base = listed.pop("")
    out = dict(listed)
    if base:
        for name in row:
            if name not in NOT_FIELDS and name not in out and _implied(name, row):
                out[name] = base
        if "deleted" not in out:
            out["deleted"] = base
    return out


def dump_fdots(fdots: dict[str, str], row: dict[str, Any]) -> str:
    """The shortest exact stored form of ``fdots`` for ``row`` (its values and ``vv``)."""
    full = json.dumps(fdots, sort_keys=True, separators=(",", ":"))
    if not fdots:
        return full
    fields = [n for n in row if n not in NOT_FIELDS]
    if "deleted" not in fields:
        fields.append("deleted")
    if any(n not in fdots and _implied(n, row) for n in fields):
        return full  # a value without a dot: only the full form says so
    counts = Counter(fdots.values())
    base = max(counts, key=lambda d: (counts[d], _order(d)))
    listed = {n: d for n, d in fdots.items() if d != base or not _implied(n, row) or n not in fields}
    if not listed and _single_dot(row.get("vv")) == base:
        return ""
    compact = json.dumps({"": base, **listed}, sort_keys=True, separators=(",", ":"))
    return compact if len(compact) < len(full) else full
