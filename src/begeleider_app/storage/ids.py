"""Record ids: 128 random bits written in 22 characters.

A record id is made on the device that creates the record and must be unique across every
device without asking anyone: 128 random bits, as in a version-4 UUID. Written as URL-safe
base64 (22 characters: A-Z a-z 0-9 - _) instead of the 36 of the UUID's hex form, because
an id is stored many times over (the record, its references in other records, every index
on them): at organisation scale the shorter form saves about 15 % of the database
(docs/benchmarks.md). Ids made before are 36-character UUIDs; both are opaque strings to the
rest of the program and live side by side.
"""

from __future__ import annotations

import base64
import uuid


def encode(value: uuid.UUID) -> str:
    """The 22-character form of a UUID's 128 bits."""
    return base64.urlsafe_b64encode(value.bytes).decode("ascii").rstrip("=")


def new_id() -> str:
    """A new random record id."""
    return encode(uuid.uuid4())
