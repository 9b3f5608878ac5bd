"""`begeleider export-report` and `begeleider export-plan`."""

from __future__ import annotations

import io

from begeleider_app.cli import main
from begeleider_app.domain.fields import ConsentTopic

from .conftest import TODAY, docx_text, give_referrer_consent, make_full_participant, pdf_text


def _person(paths, db):
    from begeleider_app.services.session import open_store

    store = open_store(db, paths)
    try:
        person = make_full_participant(store)
        store.repo("participant").update(person.id, {"referrer": "gemeente"})
        give_referrer_consent(store, person.id, [ConsentTopic.PROFILE],
                              recipient_name="Gemeente")
        return person
    finally:
        store.close()


def test_export_report_writes_pdf_and_word_and_refuses_with_a_reason(paths, tmp_path, capsys):
    db = tmp_path / "cli.sqlite"
    person = _person(paths, db)
    base = ["--data-dir", str(paths.data_dir), "export-report", "--db", str(db),
            "--participant", person.id, "--date", TODAY.isoformat()]
    pdf, docx = tmp_path / "voortgang.pdf", tmp_path / "eind.docx"
    assert main([*base, "--out", str(pdf)]) == 0
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Voortgangsrapportage" in text and "Voor Gemeente" in text and "pagina 1 van" in text
    assert "Profiel en talenten" in text  # consented for this referrer
    assert main([*base, "--kind", "eind", "--format", "docx", "--out", str(docx)]) == 0
    assert "Eindrapportage" in docx_text(docx.read_bytes())
    assert "Word-document" in capsys.readouterr().out
    refused = tmp_path / "medisch.pdf"
    assert main([*base, "--sections", "goals,health", "--out", str(refused)]) == 2
    err = capsys.readouterr().err
    assert "medische gegevens gaan nooit naar een verwijzer" in err and not refused.exists()
    assert main([*base, "--sections", "private", "--out", str(refused)]) == 2
    assert "toestemming" in capsys.readouterr().err and not refused.exists()


def test_export_plan_with_and_without_pictures(paths, tmp_path):
    from pypdf import PdfReader

    db = tmp_path / "cli.sqlite"
    person = _person(paths, db)
    sizes = {}
    for flag in ([], ["--no-icons"]):
        out = tmp_path / f"plan{len(flag)}.pdf"
        assert main(["--data-dir", str(paths.data_dir), "export-plan", "--db", str(db),
                     "--participant", person.id, "--out", str(out), *flag]) == 0
        reader = PdfReader(io.BytesIO(out.read_bytes()))
        assert len(reader.pages) <= 2
        assert "Mijn plan" in reader.pages[0].extract_text()
        sizes[bool(flag)] = out.stat().st_size
    assert sizes[False] > sizes[True]  # the pictures are drawn in
