"""Journal text in the inzage export and erasure like every other record; never for an employer."""

from __future__ import annotations

from datetime import date

from begeleider_app.config import Settings
from begeleider_app.domain.fields import ConsentTopic, shareable_fields
from begeleider_app.reports.model import to_text
from begeleider_app.services import handover, journal, privacy
from begeleider_app.services.participants import create_participant
from begeleider_app.storage.erasure import owned_tables

MARK = "JOURNAALMARKER-q8"


def test_no_journal_field_is_ever_shareable_and_erasure_covers_the_tables():
    every = shareable_fields(set(ConsentTopic))
    assert not [f for e, f in every if e.name in ("journal_entry", "hours_budget")]
    assert {"journal_entry", "hours_budget"} <= set(owned_tables())


def test_inzage_holds_the_journal_and_the_handover_does_not(store):
    pid = create_participant(store, {"first_name": "Amina", "last_name": "Abdi",
                                     "status": "geplaatst"})["id"]
    employer = store.repo("contact").insert({"role": "werkgever", "name": "Kees Bos",
                                             "organisation": "Tuincentrum De Bron"})
    store.repo("placement").insert({"participant_id": pid, "type": "betaald_werk",
                                    "organisation": "Tuincentrum De Bron",
                                    "contact_id": employer["id"]})
    goal = store.repo("goal").insert({"participant_id": pid, "text": "Op tijd", "status": "open"})
    entry = journal.new_entry(store, pid, values={"text": f"{MARK} tekst", "follow_up": f"{MARK} vervolg",
                                                  "goal_ids": [goal["id"]], "minutes": 30})
    journal.new_entry(store, pid, values={"text": f"{MARK} gezondheid", "health": True})
    store.repo("consent").insert({"participant_id": pid, "recipient_contact_id": employer["id"],
                                  "recipient_name": "Tuincentrum De Bron",
                                  "topics": [t.value for t in ConsentTopic],
                                  "given_on": date.today().isoformat(), "form": "schriftelijk"})
    data = privacy.collect(store, pid)
    assert entry["id"] in [r["id"] for r in data["records"]["journal_entry"]]
    report = handover.compose(store, pid, employer["id"], Settings())
    assert MARK not in to_text(report)
    assert MARK not in " ".join(handover.letter_draft(store, pid, Settings()).split())
