"""The outcome figures for the funder: a PDF (reports.pdf) and an xlsx (reports.xlsx) of
`services.outcomes.present`, small numbers hidden by default, with the definition printed
under every figure and all definitions again at the end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..config import Settings
from ..domain.messages import get_language
from ..domain.validation import format_date
from ..reports.model import Facts, Para, Report, Section, Table
from ..reports.xlsx import Sheet, workbook_bytes
from ..storage.repository import Store
from . import outcomes as oc
from .handover import ExportResult, count_pages, write_file

PDF, XLSX = "pdf", "xlsx"


def title(language: str) -> str:
    return "Outcomes: quick or lasting?" if language == "en" else "Resultaten: snel of duurzaam?"


def _head(language: str) -> tuple[str, str]:
    return ("Figure", "Number") if language == "en" else ("Cijfer", "Aantal")


def report(outcomes: oc.Outcomes, settings: Settings | None = None, *, suppress: bool = True,
           language: str | None = None, recipient: str = "") -> Report:
    """The figures as a `reports.model.Report` (PDF and preview)."""
    lang = language or get_language()
    settings = settings or Settings()
    en = lang == "en"
    org = tuple(x for x in (settings.organisation_name, settings.organisation_address,
                            settings.organisation_phone, settings.organisation_email) if x)
    period = f"{format_date(outcomes.start)} {'to' if en else 't/m'} {format_date(outcomes.end)}"
    rep = Report(kind="outcomes", title=title(lang), participant_name=period,
                 date_text=format_date(outcomes.today), organisation=org,
                 coach=(settings.coach_name,) if settings.coach_name else (),
                 recipient=recipient, language=lang,
                 footer=("Aggregated figures; no person can be recognised" if en and suppress else
                         "Internal: small numbers shown" if en else
                         "Samengevoegde cijfers; niemand is te herkennen" if suppress else
                         "Intern: kleine aantallen zichtbaar"))
    rep.sections.append(Section("summary", "", [Facts(tuple(
        oc.summary_facts(outcomes, suppress=suppress, language=lang)))]))
    for group in oc.present(outcomes, suppress=suppress, language=lang):
        rows = tuple((r.label, r.text) for r in group.rows)
        rep.sections.append(Section(group.key, group.title, [
            Table(_head(lang), rows, widths=(0.7, 0.3)), Para(group.definition, "note")]))
    rep.sections.append(Section("definitions", "Definitions" if en else "Definities", [
        Para(oc.definition(key, lang), "note") for key in ("scope", "small_numbers")]))
    return rep


def workbook(outcomes: oc.Outcomes, *, suppress: bool = True, language: str | None = None) -> bytes:
    """The same figures as an xlsx: one sheet of figures with their definitions, one of all
    definitions. Counts that are shown are numbers; hidden ones are the text '<5'."""
    lang = language or get_language()
    en = lang == "en"
    sheet = Sheet("Figures" if en else "Cijfers", widths=[52, 34])
    sheet.add([title(lang)], bold=True)
    for label, value in oc.summary_facts(outcomes, suppress=suppress, language=lang):
        sheet.add([label, value])
    for group in oc.present(outcomes, suppress=suppress, language=lang):
        sheet.add([])
        sheet.add([group.title, _head(lang)[1]], head=True)
        for row in group.rows:
            number = row.value if (not row.hidden and row.value is not None
                                   and row.text == str(row.value)) else row.text
            sheet.add([row.label, number])
        sheet.add([group.definition], note=True)
    defs = Sheet("Definitions" if en else "Definities", widths=[30, 110])
    defs.add(["Figure" if en else "Cijfer", "Definition" if en else "Definitie"], head=True)
    for key in oc.DEFINITIONS:
        defs.add([key, oc.definition(key, lang)], note=False)
    return workbook_bytes([sheet, defs])


def export(store: Store, path: str | Path, start: date, end: date, scope: oc.Scope | None = None,
           *, settings: Settings | None = None, suppress: bool = True, today: date | None = None,
           language: str | None = None, hours_provider: oc.HoursProvider | None = None,
           ) -> ExportResult:
    """Compute and write the figures to ``path`` (.pdf or .xlsx, by its suffix); audited
    without any figure or name in the log."""
    outcomes = oc.compute(store, start, end, scope, today=today, hours_provider=hours_provider)
    return write(store, outcomes, path, settings=settings, suppress=suppress, language=language)


def write(store: Store, outcomes: oc.Outcomes, path: str | Path, *, settings: Settings | None = None,
          suppress: bool = True, language: str | None = None) -> ExportResult:
    path = Path(path)
    kind = XLSX if path.suffix.lower() == ".xlsx" else PDF
    if kind == XLSX:
        data = workbook(outcomes, suppress=suppress, language=language)
    else:
        from ..reports.pdf import render

        data = render(report(outcomes, settings, suppress=suppress, language=language))
    result = write_file(data, path)
    store.audit(f"export.outcomes.{kind}", "", "",
                f"{outcomes.start.isoformat()}..{outcomes.end.isoformat()} {outcomes.scope.kind}"
                f"{' suppressed' if suppress else ' unsuppressed'}")
    return ExportResult(result.path, result.sha256, count_pages(data) if kind == PDF else 1,
                        result.size)
