"""Placements and work-place observations, and the organisation's observation list.

An observation stores its ratings as they were *then*: the scale and, per item, its key and
its label at the time, so renaming, removing or adding items later (or changing the scale)
never changes what an old observation says::

    {"scale": [1, 5],
     "items": [{"key": "op_tijd", "label": "Op tijd komen", "value": 4},
               {"key": "taal", "label": "Nederlandse taal op de werkvloer", "value": null}]}

``value`` null means "niet gezien" (not seen). That is how a rating is read; it is stored
more compactly (labels repeated in every observation were half of an organisation's database):
the list of items (keys and labels, in order) is kept once, as an organisation setting named by
its content (``observation_items@<ref>``, ``ref`` the start of its SHA-256), and an observation
holds only its scale, that reference and its values in the list's order::

    {"scale": [1, 5], "set": "3f9a1c2b7d", "values": [4, null]}

A list never changes (a new list is a new setting), so an old observation keeps its labels. The
older shapes are still read: the full one above, and ``{"scale": [1, 5], "values": {key:
value}}`` (early demo data), whose labels come from the organisation's list, then the default
list, then the key itself.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from ..domain.messages import msg
from ..domain.validation import ValidationFailed, format_date, parse_date, to_date
from ..storage.repository import Record, Store

ITEMS_KEY = "observation_items"
SCALE_KEY = "observation_scale"
#: Organisation settings ``observation_items@<ref>``: one list of items as observations use it.
SET_PREFIX = "observation_items@"

DEFAULT_ITEMS: tuple[tuple[str, str], ...] = (
    ("op_tijd", "Op tijd komen"),
    ("werktempo", "Werktempo"),
    ("werkbelasting", "Werkbelasting aankunnen"),
    ("instructies", "Instructies opvolgen"),
    ("samenwerken", "Samenwerken"),
    ("klantcontact", "Contact met klanten"),
    ("taal", "Nederlandse taal op de werkvloer"),
    ("zelfstandigheid", "Zelfstandigheid"),
    ("feedback", "Omgaan met feedback"),
)
DEFAULT_SCALE: tuple[int, int] = (1, 5)
#: placement types after which the participant counts as placed (aftercare starts)
PLACED_TYPES = ("betaald_werk", "proefplaatsing")


@dataclass(frozen=True)
class Item:
    key: str
    label: str


class Rating(NamedTuple):
    # A tuple, not a frozen dataclass: a placement's list and chart read several hundred of
    # these per participant opened, and a frozen dataclass is slow to create.
    key: str
    label: str
    value: int | None  # None: niet gezien


@dataclass
class Ratings:
    scale: tuple[int, int]
    items: list[Rating] = field(default_factory=list)

    def value(self, key: str) -> int | None:
        for r in self.items:
            if r.key == key:
                return r.value
        return None

    def to_json(self) -> dict[str, Any]:
        return {"scale": list(self.scale),
                "items": [{"key": r.key, "label": r.label, "value": r.value} for r in self.items]}

    def item_list(self) -> list[list[str]]:
        return [[r.key, r.label] for r in self.items]


# ------------------------------------------------------------------ stored item lists

#: Item lists by reference. A reference names its content (a hash), so what was read from one
#: database holds for every database: a process-wide cache is never stale.
_SETS: dict[str, list[list[str]]] = {}


def set_ref(items: list[list[str]]) -> str:
    text = json.dumps(items, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def compact_ratings(items: list[list[str]], scale: tuple[int, int] | list[int],
                    values: list[int | None]) -> tuple[str, dict[str, Any]]:
    """(reference, stored ratings) for values of the items (in order) on ``scale``."""
    ref = set_ref(items)
    _SETS.setdefault(ref, items)
    return ref, {"scale": list(scale), "set": ref, "values": values}


def store_ratings(store: Store, ratings: Ratings) -> dict[str, Any]:
    """The stored form of ``ratings``; saves its item list once (call inside the write)."""
    ref, stored = compact_ratings(ratings.item_list(), ratings.scale,
                                  [r.value for r in ratings.items])
    key = SET_PREFIX + ref
    if not store.repo("org_setting").find("key = ?", [key], include_deleted=True, limit=1):
        store.repo("org_setting").insert({"key": key, "value": ratings.item_list()})
    return stored


def load_item_sets(store: Store) -> None:
    """Read the item lists this database holds that are not known yet (a few rows)."""
    for key, value in store.db.execute(
            "SELECT key, value FROM org_setting WHERE key >= ? AND key < ?",
            [SET_PREFIX, SET_PREFIX + "\uffff"]):
        ref = key[len(SET_PREFIX):]
        if ref not in _SETS:
            try:
                items = json.loads(value)
            except (TypeError, ValueError):
                continue
            if isinstance(items, list):
                _SETS[ref] = [[str(i[0]), str(i[1])] for i in items
                              if isinstance(i, list) and len(i) == 2]


# ------------------------------------------------------------------ organisation settings

def get_org_setting(store: Store, key: str, default: Any = None) -> Any:
    rows = store.repo("org_setting").find("key = ?", [key], limit=1)
    if not rows or rows[0]["value"] is None:
        return default
    return rows[0]["value"]


def set_org_setting(store: Store, key: str, value: Any) -> Record:
    """Store an organisation-wide setting (versioned, so it syncs to the whole team)."""
    repo = store.repo("org_setting")
    rows = repo.find("key = ?", [key], include_deleted=True, limit=1)
    if rows:
        if rows[0]["deleted"]:
            repo.undelete(rows[0]["id"])
        return repo.update(rows[0]["id"], {"value": value})
    return repo.insert({"key": key, "value": value})


def slug(label: str) -> str:
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return text or "item"


def org_items(store: Store) -> list[Item]:
    load_item_sets(store)  # every reader of ratings asks for the list first
    raw = get_org_setting(store, ITEMS_KEY)
    items: list[Item] = []
    if isinstance(raw, list):
        for entry in raw:
            if isinstance(entry, dict) and entry.get("key") and entry.get("label"):
                items.append(Item(str(entry["key"]), str(entry["label"])))
    return items or [Item(k, lbl) for k, lbl in DEFAULT_ITEMS]


def org_scale(store: Store) -> tuple[int, int]:
    raw = get_org_setting(store, SCALE_KEY)
    try:
        low, high = int(raw[0]), int(raw[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return DEFAULT_SCALE
    return (low, high) if low < high else DEFAULT_SCALE


def check_scale(scale: tuple[int, int]) -> None:
    low, high = scale
    if not (0 <= low < high and high - low <= 10):
        raise ValidationFailed({"scale": msg("obs.bad_scale")})


def set_org_items(store: Store, items: list[Item] | list[tuple[str, str]],
                  scale: tuple[int, int] | None = None) -> list[Item]:
    """Replace the organisation's item list (and optionally its scale).

    Items keep their key when renamed; new items get a key made from the label that does
    not collide with any key used before (so an old observation's key never changes meaning).
    """
    wanted = [it if isinstance(it, Item) else Item(*it) for it in items]
    if not wanted:
        raise ValidationFailed({"items": msg("obs.no_items")})
    if scale is not None:
        check_scale(scale)
    used = {it.key for it in org_items(store)} | {k for k, _ in DEFAULT_ITEMS}
    seen_labels: set[str] = set()
    seen_keys: set[str] = set()
    out: list[Item] = []
    for it in wanted:
        label = " ".join(it.label.split())
        if not label:
            continue
        if label.lower() in seen_labels:
            raise ValidationFailed({"items": msg("obs.duplicate_label", label=label)})
        seen_labels.add(label.lower())
        key = it.key
        if not key or key in seen_keys:
            base = slug(label)
            key, n = base, 2
            while key in used or key in seen_keys:
                key, n = f"{base}_{n}", n + 1
        seen_keys.add(key)
        out.append(Item(key, label))
    if not out:
        raise ValidationFailed({"items": msg("obs.no_items")})
    with store.transaction():
        set_org_setting(store, ITEMS_KEY, [{"key": i.key, "label": i.label} for i in out])
        if scale is not None:
            set_org_setting(store, SCALE_KEY, list(scale))
    return out


# ------------------------------------------------------------------ reading ratings

def readable(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    """An observation record (or an earlier version of one) with its ratings in the full,
    self-describing shape (scale, and per item its key, label and value), as a person or
    another program reads them: for the inzage export and the history view."""
    if "ratings" not in record:
        return record
    load_item_sets(store)
    return {**record, "ratings": read_ratings(record.get("ratings")).to_json()}


def read_ratings(raw: Any, known_labels: dict[str, str] | None = None) -> Ratings:
    """Stored ratings (either shape, or None) to a `Ratings`; never raises on odd data."""
    labels = {k: lbl for k, lbl in DEFAULT_ITEMS}
    labels.update(known_labels or {})
    return _read_ratings(raw, labels)


def _read_ratings(raw: Any, labels: dict[str, str]) -> Ratings:
    if not isinstance(raw, dict):
        return Ratings(DEFAULT_SCALE, [])
    try:
        scale = (int(raw["scale"][0]), int(raw["scale"][1]))
    except (TypeError, ValueError, IndexError, KeyError):
        scale = DEFAULT_SCALE
    items: list[Rating] = []
    if isinstance(raw.get("set"), str) and isinstance(raw.get("values"), list):
        listed = _SETS.get(raw["set"])
        if listed is None:  # never seen: the list travels with the observations; by position
            listed = [[k, lbl] for k, lbl in labels.items()][:len(raw["values"])]
        for (key, label), value in zip(listed, raw["values"], strict=False):
            items.append(Rating(key, label, value if type(value) is int else _as_value(value)))
    elif isinstance(raw.get("items"), list):
        for entry in raw["items"]:
            if not isinstance(entry, dict) or not entry.get("key"):
                continue
            key, label, value = entry["key"], entry.get("label"), entry.get("value")
            # The shape we write ourselves needs no conversion (this runs per rated item).
            if type(key) is not str:
                key = str(key)
            label = label if type(label) is str and label else str(label or labels.get(key, key))
            if type(value) is not int:
                value = _as_value(value)
            items.append(Rating(key, label, value))
    elif isinstance(raw.get("values"), dict):  # older shape: {"values": {key: value}}
        for key, value in raw["values"].items():
            items.append(Rating(str(key), labels.get(str(key), str(key)), _as_value(value)))
    return Ratings(scale, items)


def _as_value(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def observation_ratings(store: Store, observation: Record) -> Ratings:
    return read_ratings(observation.get("ratings"), {i.key: i.label for i in org_items(store)})


# ------------------------------------------------------------------ placements

def placements(store: Store, participant_id: str) -> list[Record]:
    """The participant's placements, newest start first (no start date last)."""
    rows = store.repo("placement").for_participant(participant_id)
    rows.sort(key=lambda r: (r.get("start_date") or "", r.get("created_at") or ""), reverse=True)
    return rows


def save_placement(store: Store, participant_id: str, values: dict[str, Any],
                   placement_id: str | None = None) -> Record:
    """Insert or update a placement; ValidationFailed lists the wrong fields."""
    repo = store.repo("placement")
    if placement_id is None:
        return repo.insert({**values, "participant_id": participant_id})
    return repo.update(placement_id, values)


def delete_placement(store: Store, placement_id: str) -> None:
    with store.transaction():
        for obs in store.repo("observation").find(BY_PLACEMENT, [placement_id, placement_id]):
            store.repo("observation").delete(obs["id"], note="leerwerkplek verwijderd")
        store.repo("placement").delete(placement_id)


def is_placed_type(placement: Record | None) -> bool:
    return bool(placement) and placement.get("type") in PLACED_TYPES


# ------------------------------------------------------------------ observations

#: A placement's observations. Named with the placement's participant, because the one index
#: on observations is (participant, placement) (migration m013).
BY_PLACEMENT = ("participant_id = (SELECT participant_id FROM placement WHERE id = ?) "
                "AND placement_id = ?")


def observations(store: Store, placement_id: str) -> list[Record]:
    """A placement's observations, oldest first."""
    return store.repo("observation").find(BY_PLACEMENT, [placement_id, placement_id],
                                          order_by="date, created_at")


def build_ratings(values: dict[str, int | None], items: list[Item] | list[Rating],
                  scale: tuple[int, int]) -> Ratings:
    """Ratings for ``items`` (in their order) from ``values`` by key; checks the scale."""
    low, high = scale
    errors: dict[str, str] = {}
    known = {i.key for i in items}
    for key in values:
        if key not in known:
            errors[key] = msg("obs.unknown_item", item=key)
    out: list[Rating] = []
    for it in items:
        value = _as_value(values.get(it.key))
        if value is not None and not low <= value <= high:
            errors[it.key] = msg("obs.value_out_of_scale", label=it.label, value=value,
                                 low=low, high=high)
        out.append(Rating(it.key, it.label, value))
    if errors:
        raise ValidationFailed(errors)
    return Ratings(scale, out)


NARRATIVE = ("what_happened", "learning_point", "why_important", "went_well")


def add_observation(
    store: Store, placement_id: str, on: date | str, values: dict[str, int | None],
    narrative: dict[str, str] | None = None,
) -> Record:
    """A new observation rated on the organisation's current list and scale."""
    placement = store.repo("placement").get(placement_id)
    if placement is None:
        from ..domain.messages import UserError

        raise UserError("val.not_found", entity="leerwerkplek", id=placement_id)
    _check_not_before_start(placement, on)
    ratings = build_ratings(values, org_items(store), org_scale(store))
    row = {"participant_id": placement["participant_id"], "placement_id": placement_id,
           "date": on}
    row.update({k: v for k, v in (narrative or {}).items() if k in NARRATIVE})
    with store.transaction():
        row["ratings"] = store_ratings(store, ratings)
        return store.repo("observation").insert(row)


def update_observation(
    store: Store, observation_id: str, *, on: date | str | None = None,
    values: dict[str, int | None] | None = None, narrative: dict[str, str] | None = None,
) -> Record:
    """Change an observation. Its ratings keep the items and scale it was made with."""
    repo = store.repo("observation")
    current = repo.get(observation_id)
    if current is None:
        from ..domain.messages import UserError

        raise UserError("val.not_found", entity="observatie", id=observation_id)
    changes: dict[str, Any] = {}
    if on is not None:
        placement = store.repo("placement").get(current["placement_id"])
        if placement is not None:
            _check_not_before_start(placement, on)
        changes["date"] = on
    changes.update({k: v for k, v in (narrative or {}).items() if k in NARRATIVE})
    with store.transaction():
        if values is not None:
            old = observation_ratings(store, current)
            changes["ratings"] = store_ratings(store, build_ratings(values, old.items, old.scale))
        return repo.update(observation_id, changes)


def _check_not_before_start(placement: Record, on: date | str) -> None:
    """An observation is made at the place, so not before the place started."""
    try:  # `on` may be typed (dd-mm-yyyy) or stored (ISO); a wrong date is caught on insert
        when = on if isinstance(on, date) else parse_date(str(on))
    except ValueError:
        return
    start = to_date(placement.get("start_date"))
    if when is not None and start is not None and when < start:
        raise ValidationFailed({"date": msg("obs.before_start", on=format_date(when),
                                            start=format_date(start))})


def delete_observation(store: Store, observation_id: str) -> None:
    store.repo("observation").delete(observation_id)


# ------------------------------------------------------------------ chart data

@dataclass
class Series:
    key: str
    label: str
    points: list[tuple[date, float]] = field(default_factory=list)


@dataclass
class ChartData:
    scale: tuple[int, int]
    series: list[Series]

    def by_key(self, key: str) -> Series | None:
        return next((s for s in self.series if s.key == key), None)


def rated_observations(store: Store, placement_id: str) -> list[tuple[Record, Ratings]]:
    """A placement's observations, oldest first, each with its ratings read (the list of
    items is read once, not per observation)."""
    labels = {k: lbl for k, lbl in DEFAULT_ITEMS}
    labels.update((i.key, i.label) for i in org_items(store))
    # Only the columns the list and the chart show: decoding every narrative field of
    # every observation was most of the time of filling the placement tab.
    out = []
    for oid, day, went_well, raw in store.db.execute(
            "SELECT id, date, went_well, ratings FROM observation WHERE " + BY_PLACEMENT
            + " AND deleted = 0 ORDER BY date, created_at", [placement_id, placement_id]):
        try:
            ratings = json.loads(raw) if raw else None
        except (TypeError, ValueError):
            ratings = None
        out.append(({"id": oid, "date": day, "went_well": went_well}, _read_ratings(ratings, labels)))
    return out


def chart_data(store: Store, placement_id: str,
               rated: list[tuple[Record, Ratings]] | None = None) -> ChartData:
    """Each item's ratings over time; items in the organisation's order, then older ones.

    A rating on another scale than the current one is rescaled linearly onto the current
    scale for the chart (the stored observation keeps its own scale). ``rated`` is what
    `rated_observations` gave, when the caller has it already.
    """
    if rated is None:
        rated = rated_observations(store, placement_id)
    scale = org_scale(store)
    items = org_items(store)
    order = [i.key for i in items]
    current_labels = {i.key: i.label for i in items}
    found: dict[str, Series] = {}
    for row, ratings in rated:
        try:
            when = date.fromisoformat(row["date"])
        except (TypeError, ValueError):
            continue
        same_scale = ratings.scale == scale
        for key, label, value in ratings.items:
            s = found.get(key)
            if s is None:
                s = found[key] = Series(key, current_labels.get(key, label))
            if key not in current_labels:
                s.label = label  # the newest name an old item had
            if value is not None:
                s.points.append((when, float(value) if same_scale else rescale(value, ratings.scale, scale)))
    ordered = [found[k] for k in order if k in found]
    ordered += [s for k, s in found.items() if k not in order]
    return ChartData(scale, ordered)


def rescale(value: int, source: tuple[int, int], target: tuple[int, int]) -> float:
    if source == target:
        return float(value)
    lo, hi = source
    tlo, thi = target
    fraction = (value - lo) / (hi - lo) if hi != lo else 0.0
    return tlo + fraction * (thi - tlo)
