"""The consent register: validity on a day, history, audit without personal data."""

from __future__ import annotations

import json
from datetime import date

import pytest

from begeleider_app.domain.fields import ConsentTopic
from begeleider_app.domain.validation import ValidationFailed
from begeleider_app.services import consent

from .conftest import give_consent

P, OBS, A = ConsentTopic.PROFILE, ConsentTopic.OBSERVATIONS, ConsentTopic.AGREEMENTS


def test_valid_topics_follow_given_expiry_and_withdrawal(store, person):
    row = give_consent(store, person, [P, OBS], given_on="2026-01-10", expires_on="2026-06-01")
    key = person.employer_id
    assert consent.valid_topics(store, person.id, key, date(2026, 1, 9)) == set()  # not yet
    assert consent.valid_topics(store, person.id, key, date(2026, 1, 10)) == {P, OBS}
    assert consent.valid_topics(store, person.id, key, date(2026, 5, 31)) == {P, OBS}
    assert consent.valid_topics(store, person.id, key, date(2026, 6, 1)) == set()  # expired
    consent.withdraw_consent(store, row["id"], date(2026, 3, 1))
    assert consent.valid_topics(store, person.id, key, date(2026, 2, 28)) == {P, OBS}
    assert consent.valid_topics(store, person.id, key, date(2026, 3, 1)) == set()
    assert consent.status(store.repo("consent").get(row["id"]), date(2026, 3, 2)) == consent.WITHDRAWN


def test_topics_of_several_consents_add_up_and_match_by_name_too(store, person):
    give_consent(store, person, [P])
    give_consent(store, person, [A], recipient_contact_id=None, recipient_name="bakkerij  brood & zo")
    assert consent.valid_topics(store, person.id, person.employer_id, date(2026, 2, 1)) == {P}
    assert consent.valid_topics(store, person.id, "Bakkerij Brood & Zo", date(2026, 2, 1)) == {P, A}
    # another recipient gets nothing
    assert consent.valid_topics(store, person.id, "Supermarkt De Hoek", date(2026, 2, 1)) == set()


def test_changes_keep_history_and_audit_has_no_personal_data(store, person):
    row = give_consent(store, person, [P], notes="Besproken met Selam thuis")
    consent.update_consent(store, row["id"], {"topics": [P.value, OBS.value]})
    consent.withdraw_consent(store, row["id"], date(2026, 4, 1))
    history = store.repo("consent").history(row["id"])
    assert [h["topics"] for h in history] == [["profiel", "observaties"], ["profiel"]]
    audit = list(store.db.execute(
        "SELECT action, row_id, detail FROM audit_log WHERE entity = 'consent' ORDER BY rowid"))
    assert [a[0] for a in audit] == ["consent.add", "consent.update", "consent.withdraw"]
    details = " ".join(a[2] for a in audit)
    for personal in ("Selam", "Bakkerij", "Tesfamariam", "thuis"):
        assert personal not in details


def test_dates_and_topics_are_checked(store, person):
    with pytest.raises(ValidationFailed):
        give_consent(store, person, [P], given_on="2026-05-01", expires_on="2026-04-01")
    with pytest.raises(ValidationFailed):
        give_consent(store, person, [])
    row = give_consent(store, person, [P], given_on="2026-05-01")
    with pytest.raises(ValidationFailed):
        consent.withdraw_consent(store, row["id"], date(2026, 4, 1))


def test_recipients_start_with_the_placement_employer(store, person):
    recs = consent.recipients(store, person.id)
    assert recs[0].contact_id == person.employer_id
    assert consent.default_recipient(store, person.id).contact_id == person.employer_id
    assert any(r.name.startswith("Ilse de Boer") for r in recs)


def test_unknown_topic_in_stored_data_is_never_assumed(store, person):
    row = give_consent(store, person, [P])
    store.db["consent"].update(row["id"], {"topics": json.dumps(["profiel", "alles"])})
    assert consent.valid_topics(store, person.id, person.employer_id, date(2026, 2, 1)) == {P}
