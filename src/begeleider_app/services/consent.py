"""The consent register: who may receive what about a participant, and until when.

A consent row (domain.fields.CONSENT) names a recipient (a contact record and/or a name), the
topics (ConsentTopic values), the date it was given, its form, an optional expiry date and,
once withdrawn, the withdrawal date. Rows change only through the repository, so every earlier
version stays in the history. Consent is valid on a day when it was given on or before that
day, has not expired (``expires_on`` is the first day it no longer holds) and has not been
withdrawn (``withdrawn_on`` is the first day it no longer holds). Audit entries never carry
personal data: only ids, topics and dates.

A consent is recorded for one kind of recipient (``recipient_kind``: werkgever, verwijzer,
anders; `domain.fields.RecipientKind`) and counts only for reports to that kind: the handover
reads employer consents, the referrer report referrer consents. A row without a kind (written
by a version before the kind existed, and not yet migrated) counts as an employer consent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.fields import CONSENT_TOPIC_LABELS, REFERRER, ConsentTopic, RecipientKind
from ..domain.messages import UserError, msg
from ..domain.validation import ValidationFailed, format_date
from ..storage.repository import Record, Store

VALID = "geldig"
EXPIRED = "verlopen"
WITHDRAWN = "ingetrokken"
NOT_YET = "nog_niet"
STATUS_LABELS = {VALID: ("Geldig", "Valid"), EXPIRED: ("Verlopen", "Expired"),
                 WITHDRAWN: ("Ingetrokken", "Withdrawn"), NOT_YET: ("Nog niet geldig", "Not yet valid")}


def _day(value: Any) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def status(row: Record, on: date | None = None) -> str:
    """VALID, EXPIRED, WITHDRAWN or NOT_YET for ``row`` on day ``on`` (default today)."""
    on = on or date.today()
    withdrawn = _day(row.get("withdrawn_on"))
    if withdrawn is not None and withdrawn <= on:
        return WITHDRAWN
    expires = _day(row.get("expires_on"))
    if expires is not None and expires <= on:
        return EXPIRED
    given = _day(row.get("given_on"))
    if given is None or given > on:
        return NOT_YET
    return VALID


def is_valid(row: Record, on: date | None = None) -> bool:
    return status(row, on) == VALID


def consents(store: Store, participant_id: str) -> list[Record]:
    """The participant's consent rows, newest first."""
    rows = store.repo("consent").for_participant(participant_id)
    rows.sort(key=lambda r: (r.get("given_on") or "", r.get("created_at") or ""), reverse=True)
    return rows


def _matches(row: Record, recipient: str) -> bool:
    """``recipient`` is a contact id or a recipient name (case and spacing ignored)."""
    if not recipient:
        return False
    if row.get("recipient_contact_id") and row["recipient_contact_id"] == recipient:
        return True
    name = " ".join(str(row.get("recipient_name") or "").split()).casefold()
    return bool(name) and name == " ".join(recipient.split()).casefold()


def kind_of(row: Record) -> RecipientKind:
    """The kind of recipient a consent row was recorded for (none recorded: employer)."""
    try:
        return RecipientKind(row.get("recipient_kind") or RecipientKind.EMPLOYER)
    except ValueError:
        return RecipientKind.OTHER  # a kind this version does not know counts for no report


def valid_consents(store: Store, participant_id: str, recipient: str,
                   on: date | None = None,
                   kind: RecipientKind | str = RecipientKind.EMPLOYER) -> list[Record]:
    """Valid consents for ``recipient`` recorded for recipients of ``kind``."""
    wanted = RecipientKind(kind)
    return [r for r in consents(store, participant_id)
            if _matches(r, recipient) and kind_of(r) is wanted and is_valid(r, on)]


def valid_topics(store: Store, participant_id: str, recipient: str,
                 on: date | None = None,
                 kind: RecipientKind | str = RecipientKind.EMPLOYER) -> set[ConsentTopic]:
    """The topics the participant consented to share with ``recipient`` (a recipient of
    ``kind``) on day ``on``."""
    return topics_of(valid_consents(store, participant_id, recipient, on, kind))


def topics_of(rows: list[Record]) -> set[ConsentTopic]:
    """The topics of consent ``rows`` together."""
    topics: set[ConsentTopic] = set()
    for row in rows:
        for value in row.get("topics") or []:
            try:
                topics.add(ConsentTopic(value))
            except ValueError:
                continue  # a topic this version does not know is never assumed
    return topics


def _check(values: dict[str, Any]) -> None:
    errors: dict[str, str] = {}
    if "topics" in values and not values.get("topics"):
        errors["topics"] = msg("consent.no_topics")
    given = _day(values.get("given_on"))
    for key in ("expires_on", "withdrawn_on"):
        end = _day(values.get(key))
        if given and end and end < given:
            errors[key] = msg("consent.bad_dates")
    if errors:
        raise ValidationFailed(errors)


def _detail(row: Record) -> str:
    return (f"kind={kind_of(row).value};topics=" + ",".join(sorted(row.get("topics") or [])))


def add_consent(store: Store, participant_id: str, values: dict[str, Any]) -> Record:
    """Record a new consent (recipient, topics, given_on, form, optional expires_on)."""
    data = {"recipient_kind": RecipientKind.EMPLOYER.value, **values,
            "participant_id": participant_id}
    _check(data)
    with store.transaction():
        row = store.repo("consent").insert(data)
        store.audit("consent.add", "consent", row["id"], _detail(row))
    return row


def update_consent(store: Store, consent_id: str, changes: dict[str, Any],
                   note: str | None = None) -> Record:
    """Change a consent; the previous version stays in the history."""
    repo = store.repo("consent")
    current = repo.get(consent_id)
    if current is None:
        raise UserError("consent.not_found")
    _check({**current, **changes})
    with store.transaction():
        row = repo.update(consent_id, changes, note=note)
        store.audit("consent.update", "consent", consent_id, _detail(row))
    return row


def withdraw_consent(store: Store, consent_id: str, on: date | str | None = None) -> Record:
    """Withdraw a consent from day ``on`` (default today); it no longer counts from then."""
    day = on if isinstance(on, str) else (on or date.today()).isoformat()
    repo = store.repo("consent")
    current = repo.get(consent_id)
    if current is None:
        raise UserError("consent.not_found")
    _check({**current, "withdrawn_on": day})
    with store.transaction():
        row = repo.update(consent_id, {"withdrawn_on": day}, note="ingetrokken")
        store.audit("consent.withdraw", "consent", consent_id, f"on={day}")
    return row



def topic_label(topic: str | ConsentTopic, language: str = "nl") -> str:
    try:
        nl, en = CONSENT_TOPIC_LABELS[ConsentTopic(topic)]
    except ValueError:
        return str(topic)
    return en if language == "en" else nl


def status_label(code: str, language: str = "nl") -> str:
    nl, en = STATUS_LABELS.get(code, (code, code))
    return en if language == "en" else nl


# ------------------------------------------------------------------ recipients

@dataclass(frozen=True)
class Recipient:
    """Someone a report can go to: a contact record (key = its id) or a bare name."""

    key: str  # contact id, or the name when there is no contact record
    name: str  # what the report and the consent list show
    contact_id: str | None = None
    role: str = ""


def _contact_name(row: Record) -> str:
    """Employers and referrers as "Organisation (person)"; people (buddy, partner) as
    "Person (organisation)"."""
    org, name = row.get("organisation") or "", row.get("name") or ""
    if org and name and org != name:
        if row.get("role") in ("werkgever", "verwijzer"):
            return f"{org} ({name})"
        return f"{name} ({org})"
    return org or name


def recipients(store: Store, participant_id: str) -> list[Recipient]:
    """Employers and named people who could receive a report about this participant.

    Placement employers first (newest placement first), then the participant's own contacts,
    then other employers, then names that only appear in earlier consents.
    """
    out: dict[str, Recipient] = {}
    contacts = store.repo("contact")
    placements = store.repo("placement").for_participant(participant_id)
    placements.sort(key=lambda r: r.get("start_date") or "", reverse=True)
    for pl in placements:
        cid = pl.get("contact_id")
        row = contacts.get(cid) if cid else None
        if row is not None:
            out.setdefault(cid, Recipient(cid, _contact_name(row), cid, row.get("role") or ""))
        elif pl.get("organisation"):
            out.setdefault(pl["organisation"], Recipient(pl["organisation"], pl["organisation"]))
    for row in contacts.for_participant(participant_id, order_by="name"):
        if row.get("role") != "verwijzer":  # a referrer gets its own report
            out.setdefault(row["id"], Recipient(row["id"], _contact_name(row), row["id"],
                                                row.get("role") or ""))
    for row in contacts.find("participant_id IS NULL AND role = ?", ["werkgever"],
                             order_by="organisation, name"):
        out.setdefault(row["id"], Recipient(row["id"], _contact_name(row), row["id"], "werkgever"))
    for row in consents(store, participant_id):
        key = row.get("recipient_contact_id") or row.get("recipient_name") or ""
        if key and key not in out and kind_of(row) is not RecipientKind.REFERRER:
            out[key] = Recipient(key, row.get("recipient_name") or key,
                                 row.get("recipient_contact_id"))
    return list(out.values())


def referrer_recipients(store: Store, participant_id: str) -> list[Recipient]:
    """Who could receive a referrer report about this participant.

    Referrers named in the participant's referrer consents first (newest first), then the
    participant's own referrer contacts, then the organisation's (those whose name holds the
    kind of referrer recorded at the participant, "Gemeente" or "UWV", first); with none of
    these, that kind of referrer itself, so a report can always be addressed.
    """
    out: dict[str, Recipient] = {}
    contacts = store.repo("contact")
    for row in consents(store, participant_id):
        key = row.get("recipient_contact_id") or row.get("recipient_name") or ""
        if key and kind_of(row) is RecipientKind.REFERRER:
            contact = contacts.get(row["recipient_contact_id"]) if row.get("recipient_contact_id") else None
            name = _contact_name(contact) if contact else row.get("recipient_name") or key
            out.setdefault(key, Recipient(key, name, row.get("recipient_contact_id"), "verwijzer"))
    person = store.repo("participant").get(participant_id) or {}
    label = next((c.label_nl for c in REFERRER if c.value == person.get("referrer")), "")
    own = contacts.find("participant_id = ? AND role = ?", [participant_id, "verwijzer"],
                        order_by="organisation, name")
    shared = contacts.find("participant_id IS NULL AND role = ?", ["verwijzer"],
                           order_by="organisation, name")
    shared.sort(key=lambda r: not (label and label.casefold() in _contact_name(r).casefold()))
    for row in (*own, *shared):
        out.setdefault(row["id"], Recipient(row["id"], _contact_name(row), row["id"], "verwijzer"))
    if not out and person.get("referrer") in ("gemeente", "uwv"):
        out[label] = Recipient(label, label, None, "verwijzer")
    return list(out.values())


def default_recipient(store: Store, participant_id: str) -> Recipient | None:
    """The employer of the current (newest) placement, if any."""
    for rec in recipients(store, participant_id):
        return rec
    return None


def kind_label(kind: RecipientKind | str | None, language: str = "nl") -> str:
    from ..domain.fields import RECIPIENT_KIND

    value = RecipientKind(kind or RecipientKind.EMPLOYER).value
    return next(c.label(language) for c in RECIPIENT_KIND if c.value == value)


def describe(row: Record, language: str = "nl") -> str:
    """One line for lists: recipient, topics, dates (used in the consent dialog)."""
    topics = ", ".join(topic_label(t, language) for t in row.get("topics") or [])
    return (f"{row.get('recipient_name') or ''} ({kind_label(kind_of(row), language).lower()}): "
            f"{topics} ({format_date(row.get('given_on'))})")
