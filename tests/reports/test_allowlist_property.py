"""Property: health and private data never reach an employer report without consent.

For random field contents and random consent sets, a unique marker is put into every text
field of class `health` or `private` (of every record the participant owns). The marker may
appear in the report (model text and the PDF parsed back) only when the field declarations
allow it for the consented topics: health never, private only with the PRIVATE topic.
"""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from begeleider_app.domain.fields import Confidentiality, ConsentTopic, shareable_fields
from begeleider_app.domain.messages import UserError
from begeleider_app.reports.model import to_text
from begeleider_app.services import handover

from .conftest import TODAY, flat, give_consent, make_full_participant, pdf_text

WORDS = st.lists(st.sampled_from(list("abcdeéëïoöuçzZ ,.-'") + ["محمد", "ሰላም", "\n", "<b>", "&"]),
                 max_size=30).map("".join)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=WORDS, topics=st.sets(st.sampled_from(list(ConsentTopic))),
       render=st.booleans())
def test_markers_only_where_the_declarations_allow(paths, tmp_path, text, topics, render):
    from begeleider_app.config import Settings
    from begeleider_app.services.session import open_store

    store = open_store(tmp_path / f"{uuid.uuid4().hex}.sqlite", paths)
    try:
        person = make_full_participant(store, text=text, observations=1, moments=1)
        if topics:
            give_consent(store, person, sorted(topics))
        try:
            report = handover.compose(store, person.id, person.employer_id, Settings(), on=TODAY)
        except UserError as err:
            assert not topics and err.key == "handover.no_consent"
            return
        allowed = {(e.name, f.name) for e, f in shareable_fields(topics)}
        seen = flat(to_text(report))
        if render:
            seen += "|" + flat(pdf_text(handover.render_pdf(report)))
        for (entity, field_name), mark in person.markers.items():
            if mark in seen:
                assert (entity, field_name) in allowed, (entity, field_name, sorted(topics))
        # the benefit (a private choice) shows only under the PRIVATE topic
        assert ("Wajong" in seen) == (ConsentTopic.PRIVATE in topics)
        # every section the consent covers is present
        for spec in handover.available_sections(topics):
            assert flat(spec.title).casefold() in seen.casefold()
    finally:
        store.close()


@pytest.mark.parametrize("topics", [set(ConsentTopic), set(ConsentTopic) - {ConsentTopic.PRIVATE}])
def test_health_markers_never_appear_even_with_every_topic(store, settings, topics):
    from .conftest import marker

    person = make_full_participant(store)
    give_consent(store, person, sorted(topics))
    report = handover.compose(store, person.id, person.employer_id, settings, on=TODAY)
    seen = flat(to_text(report)) + flat(pdf_text(handover.render_pdf(report)))
    health = [(e, f) for (e, f) in person.markers
              if _conf(e, f) is Confidentiality.HEALTH]
    assert health, "the test needs health fields"
    for entity, field_name in health:
        assert marker(entity, field_name) not in seen
    private_with_topic = [(e, f) for (e, f) in person.markers
                          if _conf(e, f) is Confidentiality.PRIVATE and _topic(e, f)]
    for entity, field_name in private_with_topic:
        assert (marker(entity, field_name) in seen) == (ConsentTopic.PRIVATE in topics)


def _conf(entity: str, field_name: str):
    from begeleider_app.domain.fields import ENTITIES

    return ENTITIES[entity].field(field_name).confidentiality


def _topic(entity: str, field_name: str):
    from begeleider_app.domain.fields import ENTITIES

    return ENTITIES[entity].field(field_name).topic


def test_shared_view_cuts_every_record_to_the_declared_allow_list(store):
    person = make_full_participant(store)
    view = handover.SharedView(store, person.id, {ConsentTopic.SUPPORT})
    intake = view.of("intake")[0]
    assert set(intake) == {"support_needs", "instruction_tips"}
    assert view.of("placement") == [{}]  # agreements not consented: nothing of the placement
    view = handover.SharedView(store, person.id, set(ConsentTopic))
    for entity, names in handover.allowed_fields(set(ConsentTopic)).items():
        for name in names:
            from begeleider_app.domain.fields import ENTITIES

            assert ENTITIES[entity].field(name).confidentiality is not Confidentiality.HEALTH
    assert "health" not in view.of("intake")[0] and "vitality" not in view.of("intake")[0]
