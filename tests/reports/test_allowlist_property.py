"""Property: health and private data never reach an employer report without consent.

For random field contents and random consent sets, a unique marker is put into every text
field of class `health` or `private` (of every record the participant owns). The marker may
appear in the report (model text and the PDF parsed back) only when the field declarations
allow it for the consented topics: health never, private only with the PRIVATE topic.
"""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from begeleider_app.domain.fields import (
    ENTITIES,
    Confidentiality,
    ConsentTopic,
    FieldType,
    RecipientKind,
    shareable_fields,
    shareable_with,
)
from begeleider_app.domain.messages import UserError
from begeleider_app.reports.model import to_text
from begeleider_app.services import handover

from .conftest import STRUCTURE, TODAY, flat, give_consent, make_full_participant, pdf_text

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


def test_consented_data_holds_only_the_declared_allow_list(store):
    from begeleider_app.domain.fields import ENTITIES

    person = make_full_participant(store)
    data = handover.ConsentedData.load(store, person.id, {ConsentTopic.SUPPORT})
    intake = store.repo("intake").for_participant(person.id)[0]
    # every row keeps its id (a random UUID, to join rows), besides only its allowed fields
    assert data.rows("intake") == [{"id": intake["id"], "support_needs": intake["support_needs"],
                                    "instruction_tips": intake["instruction_tips"]}]
    assert data.rows("placement") == []  # agreements not consented: the placement is not read
    assert data.first("participant") == {}
    data = handover.ConsentedData.load(store, person.id, set(ConsentTopic))
    allowed = handover.allowed_fields(set(ConsentTopic))
    for entity in ENTITIES:
        for row in data.rows(entity):
            assert set(row) - {"id"} <= allowed[entity], entity
            for name in set(row) - {"id"}:
                assert ENTITIES[entity].field(name).confidentiality is not Confidentiality.HEALTH
    assert "health" not in data.first("intake") and "vitality" not in data.first("intake")
    # of the participant's own contacts only the buddy, without phone, e-mail or notes
    [buddy] = data.rows("contact")
    assert buddy["name"] == "Ilse de Boer" and set(buddy) == allowed["contact"] | {"id"}
    assert not {"phone", "email", "address", "notes", "role"} & set(buddy)
    # the rows are the object's own: a builder changing a copy changes nothing
    data.rows("intake")[0]["talents"] = "x"
    assert data.first("intake")["talents"] != "x"


def test_report_builders_hold_no_store(store, settings):
    """A builder can reach participant data only through ConsentedData, not the database."""
    from begeleider_app.storage.repository import Store

    person = make_full_participant(store)
    data = handover.ConsentedData.load(store, person.id, set(ConsentTopic))
    builder = handover._Builder(data, [], "Selam", settings, TODAY, [], None)
    assert not [k for k, v in vars(builder).items() if isinstance(v, Store)]
    assert [f.name for f in dataclasses.fields(data)] == ["topics", "_rows"]


# ------------------------------------------------------------------ every field, followed

# Where the reports show a field (the rest of the allowed fields they may leave out).
_HANDOVER_SHOWS = {
    ("intake", n) for n in (
        "own_words", "can_and_want", "talents", "interests", "motivation", "work_meaning",
        "first_language", "other_languages", "dutch_level", "transport", "support_needs",
        "instruction_tips", "childcare", "private_circumstances", "network")
} | {
    ("work_history", "role"), ("work_history", "employer"), ("work_history", "country"),
    ("education", "course"), ("education", "institution"), ("education", "country"),
    ("education", "level"), ("placement", "organisation"), ("placement", "type"),
    ("placement", "contact_person"), ("placement", "tasks"), ("placement", "arrangements"),
    ("participant", "approach"), ("participant", "benefit"), ("contact", "name"),
    ("contact", "organisation"), ("goal", "text"), ("observation", "what_happened"),
    ("observation", "learning_point"), ("observation", "why_important"),
    ("observation", "went_well"), ("contact_moment", "label"), ("contact_moment", "with_whom"),
    ("contact_moment", "mode"),
}
_LETTER_SHOWS = {("intake", "talents"), ("intake", "motivation"), ("intake", "instruction_tips"),
                 ("observation", "went_well")}


def _follow_every_field(person, topics, shows, pdf: bytes, bare_pdf: bytes) -> None:
    """No marker or label of a field outside ``topics`` in ``pdf``; those ``shows`` lists are in.

    ``bare_pdf`` is the same report for a participant with nothing filled in: a choice label
    that is already there is the report's own wording (such as "Begeleider"), not a field.
    """
    follow_text(person, topics, shows, pdf_text(pdf), pdf_text(bare_pdf))


def follow_text(person, topics, shows, text: str, bare_text: str,
                kind: RecipientKind = RecipientKind.EMPLOYER) -> None:
    """`_follow_every_field` on extracted text, for a recipient of ``kind`` (its rule set in
    `domain.fields.may_share`): the referrer reports use it for their PDF and Word output."""
    squeezed, spaced = flat(text), " ".join(text.split())
    wording = " ".join(bare_text.split())
    allowed = {(e.name, f.name) for e, f in shareable_with(kind, topics)}
    assert shows <= {(e.name, f.name) for e, f in shareable_with(kind, set(ConsentTopic))}
    leaked, missing, found = [], [], 0
    for key, mark in person.markers.items():
        seen = mark in squeezed
        found += seen
        if seen and key not in allowed:
            leaked.append(key)
        elif not seen and key in allowed and key in shows:
            missing.append(key)
    for key, label in person.labels.items():
        if " ".join(label.split()) in wording:
            continue
        seen = " ".join(label.split()) in spaced
        found += seen
        if seen and key not in allowed:
            leaked.append((*key, label))
        elif not seen and key in allowed and key in shows:
            missing.append((*key, label))
    assert leaked == [], f"fields outside {sorted(topics)} in the report"
    assert missing == [], "allowed fields the report should show"
    assert found, "nothing followed: the test would prove nothing"


@pytest.mark.parametrize("topics", [
    {ConsentTopic.PROFILE}, {ConsentTopic.OBSERVATIONS, ConsentTopic.SUPPORT},
    {ConsentTopic.AGREEMENTS}, {ConsentTopic.PROFILE, ConsentTopic.PRIVATE},
    {ConsentTopic.AGREEMENTS, ConsentTopic.SUPPORT, ConsentTopic.PRIVATE},
], ids=lambda t: "+".join(sorted(t)))
def test_handover_shows_every_field_of_its_topics_and_no_other(store, settings, topics):
    person = make_full_participant(store, mark_all=True, observations=2, moments=2)
    # every field of every entity of the participant is followed (identity and REF/JSON/
    # dates/numbers aside), so a new field is covered without touching this test
    followed = set(person.markers) | set(person.labels)
    for ent in ENTITIES.values():
        if ent.name == "org_setting":
            continue
        for fld in ent.fields:
            if fld.type in (FieldType.TEXT, FieldType.LONGTEXT) and (ent.name, fld.name) not in STRUCTURE:
                assert (ent.name, fld.name) in followed
    bare = _bare_participant(store, person)
    pdfs = []
    for who in (person, bare):
        give_consent(store, who, sorted(topics))
        report = handover.compose(store, who.id, who.employer_id, settings, on=TODAY)
        pdfs.append(handover.render_pdf(report))
    _follow_every_field(person, topics, _HANDOVER_SHOWS, *pdfs)


def test_letter_shows_every_field_of_its_topics_and_no_other(store, settings):
    person = make_full_participant(store, mark_all=True, observations=2, moments=2)
    pdfs = []
    for who in (person, _bare_participant(store, person)):
        draft = handover.letter_draft(store, who.id, settings)
        pdfs.append(handover.render_pdf(handover.letter_report(store, who.id, draft, settings, on=TODAY)))
    _follow_every_field(person, handover.LETTER_TOPICS, _LETTER_SHOWS, *pdfs)


def _bare_participant(store, person):
    """Same name and employer as ``person``, nothing else filled in."""
    from begeleider_app.services.participants import create_participant

    row = create_participant(store, {"first_name": "Selam", "last_name": "Tesfamariam"}, today=TODAY)
    return dataclasses.replace(person, id=row["id"], markers={}, labels={})
