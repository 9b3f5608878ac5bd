"""The hours log of one participant over a period, as a jobcoach keeps it for UWV.

One line per contact (date, activity, with whom, minutes), a total per month and for the
period, and the granted budgets. Notes are left out unless the coach asks for them
(``include_notes``); an entry marked as health information never shows its notes (UWV: send
no medical information). Written as CSV (`write_csv`) or PDF (`hours_report` drawn by
reports/pdf.py); `export` picks by the file's suffix. Nothing here reads a consent: the log
goes to the funder, never to an employer, and holds no employer-document field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.fields import GRANTED_BY, GROUP_KIND, JOURNAL_KIND, JOURNAL_WHOM, MODE, WITH_WHOM
from ..domain.messages import UserError, msg
from ..domain.validation import format_date
from ..reports.model import Facts, Para, Report, Section, Table
from ..storage.repository import Store
from .csv_files import csv_bytes
from .hours import budget_use, hours_text, minutes_text
from .participants import full_name
from .privacy import _atomic_write


@dataclass(frozen=True)
class LogLine:
    day: str  # ISO
    activity: str
    with_whom: str
    minutes: int
    goals: str = ""
    notes: str = ""


@dataclass
class HoursLog:
    participant_name: str
    coach: str
    start: date
    end: date
    include_notes: bool
    language: str
    lines: list[LogLine] = field(default_factory=list)
    budgets: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(line.minutes for line in self.lines)

    def month_totals(self) -> list[tuple[str, int]]:
        out: dict[str, int] = {}
        for line in self.lines:
            out[line.day[:7]] = out.get(line.day[:7], 0) + line.minutes
        return sorted(out.items())


def _labels(choices, values, language: str) -> str:
    by_value = {c.value: c.label(language) for c in choices}
    return ", ".join(by_value.get(v, v) for v in values or [])


def hours_log(store: Store, participant_id: str, start: date, end: date, *,
              include_notes: bool = False, language: str = "nl") -> HoursLog:
    if start > end:
        raise UserError("hours.bad_period", start=format_date(start), end=format_date(end))
    person = store.repo("participant").get(participant_id)
    if person is None:
        raise UserError("journal.no_participant")
    log = HoursLog(full_name(person), person.get("coach") or "", start, end, include_notes,
                   language)
    goals = {g["id"]: (g.get("text") or "").splitlines()[0].rstrip(". ") if g.get("text") else ""
             for g in store.repo("goal").for_participant(participant_id)}
    kinds = {c.value: c.label(language) for c in JOURNAL_KIND}
    contacts = {}
    for e in store.repo("journal_entry").for_participant(participant_id):
        day = e.get("date") or ""
        if not (start.isoformat() <= day <= end.isoformat()) or not e.get("minutes"):
            continue
        whom = _labels(JOURNAL_WHOM, e.get("with_whom"), language)
        if e.get("contact_id"):
            if e["contact_id"] not in contacts:
                c = store.repo("contact").get(e["contact_id"])
                contacts[e["contact_id"]] = (c.get("organisation") or c.get("name") or "") if c else ""
            if contacts[e["contact_id"]]:
                whom = f"{whom} ({contacts[e['contact_id']]})" if whom else contacts[e["contact_id"]]
        notes = ""
        if include_notes:
            notes = msg("hours.health_left_out") if e.get("health") else (e.get("text") or "")
        log.lines.append(LogLine(day, kinds.get(e.get("kind") or "", ""), whom, int(e["minutes"]),
                                 "; ".join(goals.get(g, "") for g in e.get("goal_ids") or []
                                           if goals.get(g)), notes))
    moment_label = msg("hours.aftercare_moment")
    modes = {c.value: c.label(language) for c in MODE}
    for m in store.repo("contact_moment").for_participant(participant_id):
        day = m.get("done_date") or ""
        if not (start.isoformat() <= day <= end.isoformat()) or not m.get("minutes"):
            continue
        activity = moment_label + (f" ({modes[m['mode']]})" if m.get("mode") in modes else "")
        log.lines.append(LogLine(day, activity, _labels(WITH_WHOM, m.get("with_whom"), language),
                                 int(m["minutes"]), "", (m.get("notes") or "") if include_notes else ""))
    group_kinds = {c.value: c.label(language) for c in GROUP_KIND}
    for a in store.repo("group_attendance").for_participant(participant_id):
        s = store.repo("group_session").get(a.get("session_id")) if a.get("present") else None
        day = (s or {}).get("date") or ""
        if s is None or not (start.isoformat() <= day <= end.isoformat()) \
                or not s.get("minutes_per_participant"):
            continue
        activity = kinds.get("groep", "") + (f" ({group_kinds[s['kind']]})" if s.get("kind") in group_kinds else "")
        log.lines.append(LogLine(day, activity, s.get("theme") or "", int(s["minutes_per_participant"]),
                                 "", (a.get("note") or "") if include_notes else ""))
    log.lines.sort(key=lambda line: (line.day, line.activity))
    granted_by = {c.value: c.label(language) for c in GRANTED_BY}
    for use in budget_use(store, participant_id, end):
        b = use.budget
        if use.granted is None:
            continue
        if (b.get("period_end") or "") < start.isoformat() or (b.get("period_start") or "") > end.isoformat():
            continue
        log.budgets.append(msg("hours.budget_line", by=granted_by.get(b.get("granted_by"), ""),
                               period=use.period_text(), granted=hours_text(use.granted),
                               spent=hours_text(use.spent), percent=round(use.share * 100))
                           + (f" ({b['reference']})" if b.get("reference") else ""))
    return log


def csv_data(log: HoursLog) -> bytes:
    """Semicolon-separated (Dutch spreadsheets), one line per contact, month totals after
    each month and the period's total last."""
    header = [msg("hours.col_date"), msg("hours.col_activity"), msg("hours.col_with"),
              msg("hours.col_minutes"), msg("hours.col_goals")]
    if log.include_notes:
        header.append(msg("hours.col_notes"))
    rows = []
    for month, lines in _by_month(log):
        for line in lines:
            row = [format_date(line.day), line.activity, line.with_whom, str(line.minutes), line.goals]
            if log.include_notes:
                row.append(line.notes)
            rows.append(row)
        rows.append([msg("hours.report_month_total", month=month), "", "",
                     str(sum(line.minutes for line in lines)), minutes_text(sum(line.minutes for line in lines))])
    rows.append([msg("hours.report_total"), "", "", str(log.total), minutes_text(log.total)])
    return csv_bytes(header, rows)


def _by_month(log: HoursLog) -> list[tuple[str, list[LogLine]]]:
    groups: dict[str, list[LogLine]] = {}
    for line in log.lines:
        groups.setdefault(line.day[:7], []).append(line)
    return [(_month_name(k), v) for k, v in sorted(groups.items())]


def _month_name(key: str) -> str:
    year, month = key.split("-")
    return f"{month}-{year}"


def hours_report(log: HoursLog) -> Report:
    report = Report(kind="hours", language=log.language, title=msg("hours.report_title"),
                    participant_name=log.participant_name,
                    date_text=format_date(date.today()),
                    coach=(log.coach,) if log.coach else (),
                    footer=f"{msg('hours.report_title')} · {log.participant_name}")
    facts = [(msg("hours.report_participant"), log.participant_name),
             (msg("hours.report_period"), f"{format_date(log.start)} - {format_date(log.end)}"),
             (msg("hours.report_total"), f"{minutes_text(log.total)} ({log.total} min.)")]
    facts += [(msg("hours.report_budget"), text) for text in log.budgets]
    intro: list = [Facts(tuple(facts))]
    if not log.include_notes:
        intro.append(Para(msg("hours.no_private"), "note"))
    report.sections.append(Section("summary", "", intro))
    header = (msg("hours.col_date"), msg("hours.col_activity"), msg("hours.col_with"),
              msg("hours.col_minutes"), msg("hours.col_goals"))
    widths = (0.13, 0.23, 0.22, 0.11, 0.31)
    if log.include_notes:
        header += (msg("hours.col_notes"),)
        widths = (0.12, 0.14, 0.15, 0.11, 0.18, 0.3)
    for month, lines in _by_month(log):
        rows = []
        for line in lines:
            row = (format_date(line.day), line.activity, line.with_whom, str(line.minutes), line.goals)
            rows.append(row + ((line.notes,) if log.include_notes else ()))
        subtotal = sum(line.minutes for line in lines)
        rows.append((msg("hours.report_total"), "", "", str(subtotal),
                     minutes_text(subtotal)) + (("",) if log.include_notes else ()))
        report.sections.append(Section(f"month-{month}", month, [Table(header, tuple(rows), widths)]))
    report.sections.append(Section("total", msg("hours.report_total"), [Para(
        f"{msg('hours.report_total')}: {minutes_text(log.total)} ({log.total} min.)", "lead")]))
    return report


def export(store: Store, participant_id: str, start: date, end: date, out: Path, *,
           include_notes: bool = False, language: str = "nl") -> HoursLog:
    """Write the hours log to ``out``: CSV when it ends in .csv, else PDF."""
    log = hours_log(store, participant_id, start, end, include_notes=include_notes,
                    language=language)
    if out.suffix.lower() == ".csv":
        _atomic_write(out, csv_data(log))
    else:
        from ..reports.pdf import render

        _atomic_write(out, render(hours_report(log)))
    store.audit("export_hours", "participant", participant_id,
                f"{start.isoformat()}..{end.isoformat()}; notes={int(include_notes)}")
    return log

