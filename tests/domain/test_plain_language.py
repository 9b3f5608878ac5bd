"""The plain-language check (taalniveau B1) and the participant's plan that must pass it."""

from __future__ import annotations

from datetime import date

import pytest

from begeleider_app.domain import plain_language as pl


def test_a_deliberately_complex_sentence_is_flagged():
    text = ("De deelnemer dient in het kader van de re-integratieverplichtingen zijn "
            "werknemersvaardigheden te optimaliseren teneinde duurzame arbeidsparticipatie te "
            "realiseren.")
    hints = pl.check(text)
    kinds = {(h.kind, h.text) for h in hints}
    assert ("long_sentence", text) in kinds
    assert ("long_word", "werknemersvaardigheden") in kinds
    assert ("formal_word", "dient") in kinds and ("formal_word", "teneinde") in kinds
    assert "18 woorden" in hints[0].message() and "B1" in hints[0].message()
    summary = pl.summary(text)
    assert summary.count("\n") == 2 and "tip" in summary  # two hints and "and n more"


@pytest.mark.parametrize("text", [
    "Ik kom elke werkdag op tijd op mijn werkplek.", "Ik haal mijn taaldiploma A2.",
    "Busroute samen oefenen", "CV bijwerken bij het UWV.", "Ik bel Ilse de Boer op maandag.",
    "Wanneer: vóór dinsdag 12 januari 2027.", "Collega's helpen mij.",
])
def test_everyday_words_names_numbers_and_compounds_pass(text):
    assert pl.check(text) == []


def test_rare_words_and_names_passed_in():
    assert pl.check("Ik werk bij de bakker van Glansrijk.") == []  # a name inside a sentence
    assert [h.kind for h in pl.check("Ik werk in de schoonmaakploeg.")] == ["long_word"]
    hints = pl.check("Mijn jobcoach werkt aan empowerment.")
    assert [h.kind for h in hints] == ["rare_word"] and hints[0].text == "empowerment"
    assert pl.check("Selam gaat werken.") != []  # a name at the start is not known ...
    assert pl.check("Selam gaat werken.", ignore={"Selam Tesfamariam"}) == []  # ... unless given
    assert pl.check("محمد الحسن gaat werken.", ignore=set()) == []  # another script is skipped


def test_sentences_split_on_ends_lines_and_dashes():
    assert pl.sentences("Een. Twee!\nDrie - vier") == ["Een.", "Twee!", "Drie", "vier"]
    assert pl.words("Op 12-03 om 9 uur.") == ["Op", "12-03", "om", "9", "uur"]


def test_the_demo_plans_meet_the_check(tmp_path, paths):
    from begeleider_app.config import Settings
    from begeleider_app.reports.model import to_text
    from begeleider_app.services import plan
    from begeleider_app.services.demo import DEMO_TODAY, generate_demo
    from begeleider_app.services.session import open_store

    store = open_store(tmp_path / "demo.sqlite", paths, create=True)
    try:
        generate_demo(store, 24, 1, today=DEMO_TODAY)
        settings = Settings(coach_name="Demo Begeleider", coach_phone="06 12345678",
                            organisation_name="Stichting Werkpad", organisation_phone="038 123 45 67")
        names = {settings.coach_name, settings.organisation_name}
        names |= {r["name"] for r in store.repo("contact").find()}
        names |= {r["contact_person"] for r in store.repo("placement").find() if r.get("contact_person")}
        checked = 0
        for person in store.repo("participant").find():
            report = plan.compose_plan(store, person["id"], settings, on=date(2026, 11, 30))
            text = "\n".join([s.title for s in report.sections] + [
                b.text if hasattr(b, "text") else "\n".join(t for _i, t in b.items)
                for s in report.sections for b in s.blocks])
            ignore = names | {report.participant_name}
            hints = pl.check(text, ignore)
            assert hints == [], (report.participant_name, [(h.kind, h.text) for h in hints])
            checked += len(pl.sentences(text))
            assert "Mijn plan" in to_text(report)
        assert checked > 200
    finally:
        store.close()
