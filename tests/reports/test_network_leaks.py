"""Nothing of the network goes to an employer: referral notes (and every other referral,
service, session and attendance field) never reach the handover or the letter, whatever the
consent; of the buddies only one on the work floor is named (as before for buddies recorded
without a kind)."""

from __future__ import annotations

from begeleider_app.domain.fields import ConsentTopic
from begeleider_app.reports.model import to_text
from begeleider_app.services import handover

from .conftest import TODAY, flat, give_consent, make_full_participant, pdf_text

NETWORK = {"referral", "service", "group_session", "group_attendance"}


def test_referral_markers_never_reach_employer_documents(store, settings):
    person = make_full_participant(store, mark_all=True, observations=1, moments=1)
    planted = {key: mark for key, mark in person.markers.items() if key[0] in NETWORK}
    assert ("referral", "notes") in planted and ("referral", "reason") in planted
    assert ("referral", "outcome") in planted and ("group_attendance", "note") in planted
    # the markers really are in the database, so not finding them below means something
    stored = "\n".join(str(v) for t in NETWORK for row in store.db.execute(f"SELECT * FROM {t}")
                       for v in row)
    assert all(mark in stored for mark in planted.values())
    give_consent(store, person, sorted(ConsentTopic))  # every topic, private included
    report = handover.compose(store, person.id, person.employer_id, settings, on=TODAY)
    letter = handover.letter_report(store, person.id, handover.letter_draft(store, person.id, settings),
                                    settings, on=TODAY)
    seen = flat(to_text(report)) + flat(pdf_text(handover.render_pdf(report)))
    seen += flat(to_text(letter)) + flat(pdf_text(handover.render_pdf(letter)))
    leaked = sorted(key for key, mark in planted.items() if mark in seen)
    assert leaked == []


def _buddy(store, pid, name, kind):
    values = {"participant_id": pid, "role": "buddy", "name": name}
    if kind:
        values["buddy_kind"] = kind
    return store.repo("contact").insert(values)


def test_only_a_buddy_on_the_work_floor_is_named_in_the_handover(store, settings):
    person = make_full_participant(store)  # has "Ilse de Boer" on the work floor
    _buddy(store, person.id, "Gemeenschapsmaatje Yonas", "eigen_gemeenschap")
    _buddy(store, person.id, "Vrijwilligersmaatje Rita", "vrijwilligersproject")
    _buddy(store, person.id, "Oude Buddy Kees", None)  # recorded before buddies had a kind
    give_consent(store, person, [ConsentTopic.AGREEMENTS])
    report = handover.compose(store, person.id, person.employer_id, settings, on=TODAY)
    text = to_text(report)
    assert "Ilse de Boer" in text and "Oude Buddy Kees" in text
    assert "Gemeenschapsmaatje" not in text and "Vrijwilligersmaatje" not in text
