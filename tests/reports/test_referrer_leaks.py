"""The leak test, extended to the referrer reports (PDF and Word) and the participant's plan.

Every text field of the participant's records carries a marker and every choice field a
label found in no other list (`make_full_participant(mark_all=True)`). For a referrer
(`RecipientKind.REFERRER`) a field may show only when `domain.fields.may_share` allows it:
health never, private only with the participant's consent for this referrer and the topic
PRIVATE. The plan shows only the agreements (`services.plan.PLAN_TOPICS`). New fields are
covered without touching this file.
"""

from __future__ import annotations

import dataclasses

import pytest

from begeleider_app.domain.fields import (
    ENTITIES,
    INTAKE,
    Confidentiality,
    ConsentTopic,
    RecipientKind,
    may_share,
)
from begeleider_app.reports.model import to_text
from begeleider_app.services import plan, referrer_report

from .conftest import (
    REFERRER_NAME,
    TODAY,
    docx_text,
    give_referrer_consent,
    make_full_participant,
    marker,
    pdf_text,
)
from .test_allowlist_property import _bare_participant, follow_text

REFERRER = RecipientKind.REFERRER
P, OBS, PRIV = ConsentTopic.PROFILE, ConsentTopic.OBSERVATIONS, ConsentTopic.PRIVATE

# Where the referrer reports show a field (others they may leave out).
REFERRER_SHOWS = {
    ("participant", n) for n in ("coach", "approach", "referrer", "closing_help_later",
                                 "report_conclusion", "report_advice", "closing_evaluation",
                                 "benefit")
} | {
    ("status_change", "to_status"), ("status_change", "reason"),
    ("intake", "participatieladder"), ("goal", "text"), ("goal", "term"),
    ("goal_revision", "previous_text"), ("goal_revision", "new_text"),
    ("goal_revision", "reason"), ("placement", "organisation"), ("placement", "type"),
    ("placement", "tasks"), ("placement", "arrangements"), ("contact_moment", "label"),
    ("contact_moment", "with_whom"), ("contact_moment", "mode"),
    # with consent for the topic
    ("intake", "childcare"), ("intake", "private_circumstances"), ("intake", "network"),
    ("intake", "own_words"), ("intake", "can_and_want"), ("intake", "talents"),
    ("intake", "interests"), ("work_history", "role"), ("education", "course"),
    ("observation", "what_happened"), ("observation", "learning_point"),
    ("observation", "why_important"),
}
ONLY_IN_PROGRESS = {("action", "description"), ("action", "owner")}  # "komende periode"
PLAN_SHOWS = {("goal", "text"), ("action", "description"), ("contact", "name")}

ZRM = [f for f in INTAKE.fields if f.name.startswith("zrm_")]
ZRM_LABEL = {"5": "Volledig zelfredzaam", "3": "Beperkt zelfredzaam", "2": "Niet zelfredzaam"}


def _prepare(store, person):
    """The ZRM domains share one list of labels, so give each class its own score: work 5,
    private 3, health 2. Actions are left open (they show under the coming period)."""
    intake = store.repo("intake").for_participant(person.id)[0]
    scores = {f.name: {Confidentiality.WORK: "5", Confidentiality.PRIVATE: "3",
                       Confidentiality.HEALTH: "2"}[f.confidentiality] for f in ZRM}
    store.repo("intake").update(intake["id"], scores)
    for act in store.repo("action").for_participant(person.id):
        store.repo("action").update(act["id"], {"done": 0, "done_on": None})
    labels = {k: v for k, v in person.labels.items() if not k[1].startswith("zrm_")}
    return dataclasses.replace(person, labels=labels)


def _outputs(store, settings, who, kind, topics):
    if topics:
        give_referrer_consent(store, who.id, sorted(topics))
    report = referrer_report.compose(store, who.id, kind, REFERRER_NAME, settings, on=TODAY)
    return (to_text(report), pdf_text(referrer_report.render(report, "pdf")),
            docx_text(referrer_report.render(report, "docx")))


@pytest.mark.parametrize("topics", [set(), {PRIV}, {P, OBS}, set(ConsentTopic)],
                         ids=lambda t: "+".join(sorted(t)) or "no-consent")
@pytest.mark.parametrize("kind", ["voortgang", "eind"])
def test_referrer_reports_show_what_the_referrer_rules_allow_and_nothing_else(
        store, settings, topics, kind):
    person = _prepare(store, make_full_participant(store, mark_all=True, observations=2, moments=2))
    bare = _bare_participant(store, person)
    shows = REFERRER_SHOWS | (ONLY_IN_PROGRESS if kind == "voortgang" else set())
    shows = {k for k in shows if may_share(REFERRER, ENTITIES[k[0]].field(k[1]), topics)}
    mine = _outputs(store, settings, person, kind, topics)
    theirs = _outputs(store, settings, bare, kind, topics)
    for text, bare_text in zip(mine[1:], theirs[1:], strict=True):  # PDF, then Word
        follow_text(person, topics, shows, text, bare_text, REFERRER)
        spaced = " ".join(text.split())
        assert ZRM_LABEL["2"] not in spaced  # health domains: never
        assert (ZRM_LABEL["3"] in spaced) == (PRIV in topics)  # private domains: with consent
        assert ZRM_LABEL["5"] in spaced  # work and education: a trajectory fact


@pytest.mark.parametrize("topics", [set(), set(ConsentTopic)], ids=["no-consent", "all-topics"])
def test_health_and_unconsented_private_markers_reach_no_referrer_report(store, settings, topics):
    """The plain statement of the rule, field by field, in the model text, PDF and Word."""
    person = make_full_participant(store)  # markers in every private and health text field
    outputs = _outputs(store, settings, person, "eind", topics)
    for (entity, name), mark in person.markers.items():
        fld = ENTITIES[entity].field(name)
        for text in outputs:
            seen = mark in "".join(text.split())
            if fld.confidentiality is Confidentiality.HEALTH or not may_share(REFERRER, fld, topics):
                assert not seen, (entity, name)
    # With consent for the private topic the private markers the report shows do appear.
    if PRIV in topics:
        squeezed = "".join(outputs[2].split())
        for key in (("intake", "private_circumstances"), ("participant", "closing_evaluation"),
                    ("status_change", "reason")):
            assert marker(*key) in squeezed, key


def test_employer_consents_count_for_no_referrer_and_back(store, settings):
    from .conftest import give_consent

    person = make_full_participant(store)
    # consent for everything, but recorded for the employer (and even named like the referrer)
    give_consent(store, person, sorted(ConsentTopic), recipient_contact_id=None,
                 recipient_name=REFERRER_NAME)
    text = to_text(referrer_report.compose(store, person.id, "voortgang", REFERRER_NAME,
                                           settings, on=TODAY))
    assert marker("intake", "private_circumstances") not in "".join(text.split())
    # and a referrer consent never opens the handover
    from begeleider_app.domain.messages import UserError
    from begeleider_app.services import handover

    other = make_full_participant(store)
    give_referrer_consent(store, other.id, sorted(ConsentTopic))
    with pytest.raises(UserError) as err:
        handover.compose(store, other.id, REFERRER_NAME, settings, on=TODAY)
    assert err.value.key == "handover.no_consent"


def test_the_plan_shows_agreements_only(store, settings):
    person = make_full_participant(store, mark_all=True, observations=1, moments=2)
    for act in store.repo("action").for_participant(person.id):
        store.repo("action").update(act["id"], {"done": 0})
    bare = _bare_participant(store, person)
    texts = [pdf_text(referrer_report.render(plan.compose_plan(store, who.id, settings, on=TODAY)))
             for who in (person, bare)]
    follow_text(person, plan.PLAN_TOPICS, PLAN_SHOWS, *texts)
    for (entity, name), mark in person.markers.items():
        if ENTITIES[entity].field(name).confidentiality is not Confidentiality.WORK:
            assert mark not in "".join(texts[0].split()), (entity, name)


@pytest.mark.parametrize("topics", [set(ConsentTopic) - {PRIV}, set(ConsentTopic)],
                         ids=["without-private", "with-private"])
def test_referrals_reach_a_referrer_only_with_consent_and_only_service_status_and_date(
        store, settings, topics):
    """Issue 19: the referrer report may list referrals (to debt help, care, ...) only with the
    participant's consent for the private topic; their reason, tasks, outcome and notes never."""
    from begeleider_app.services import network

    person = make_full_participant(store, mark_all=True)
    views = network.referrals(store, person.id, TODAY)
    assert views, "the full participant has a referral"
    service = views[0].service["name"]
    give_referrer_consent(store, person.id, sorted(topics))
    report = referrer_report.compose(store, person.id, "voortgang", REFERRER_NAME, settings,
                                     sections=["referrals"] if PRIV in topics else None, on=TODAY)
    for text in (to_text(report), pdf_text(referrer_report.render(report, "pdf")),
                 docx_text(referrer_report.render(report, "docx"))):
        squeezed = "".join(text.split())
        assert ("".join(service.split()) in squeezed) == (PRIV in topics)
        for name in ("reason", "notes", "outcome", "tasks_participant", "tasks_coach",
                     "tasks_partner"):
            assert marker("referral", name) not in squeezed, name
