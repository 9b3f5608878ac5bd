"""Write a synthetic sociale kaart as CSV, the way a team's spreadsheet would hold it.

    .venv/bin/python tests/services/make_sociale_kaart.py out.csv [--services 500]

500 invented services (every kind, several regions, a contact person for most), written with
Excel's habits: UTF-8 with BOM, ``;`` between cells, CRLF line ends, an offer that runs over
two lines inside quotes. Between them, at known lines, the rows a real list has wrong: a row
without a name, a bad e-mail address (of the service and of a contact person), the same
service twice, an unknown kind and a row with one cell too many. `write()` returns the line
numbers of those rows, so a test can check that each is reported where it is, and that every
other row arrives. Only invented organisations and people.
"""

from __future__ import annotations

import argparse
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HEADER = ["Naam", "Soort", "Organisatie", "Wat ze bieden", "Regio", "Adres", "Telefoon",
          "E-mail", "Website", "Notities", "Contactpersoon", "Telefoon contactpersoon",
          "E-mail contactpersoon"]
KINDS = ["Schuldhulp", "Zorg", "Welzijn en wijkteam", "Taal en inburgering", "Onderwijs",
         "Maatjesproject", "Vrijwilligerswerk", "Werkgever", "Gemeente", "UWV", "anders"]
REGIONS = ["Zwolle", "Kampen", "Deventer", "Dalfsen", "Raalte", "Hardenberg", "Ommen",
           "Steenwijk", "Hattem", "Olst-Wijhe"]
WORDS = ["Samen", "Verder", "Thuis", "Wijk", "Stap", "Brug", "Kompas", "Haven", "Anker",
         "Horizon", "Start", "Kracht"]
PEOPLE = ["Anja", "Bert", "Carla", "Dirk", "Esra", "Femke", "Gijs", "Hatice", "Ivo", "Jolien"]
SURNAMES = ["Bosman", "de Jong", "Koster", "Lammers", "Mol", "Nijboer", "Oost", "Pol"]


@dataclass
class Written:
    path: Path
    good_names: list[str] = field(default_factory=list)  # every service that must arrive
    bad_lines: dict[int, str] = field(default_factory=dict)  # line -> what is wrong
    contacts: int = 0  # contact persons on good rows


def _service(rng: Random, n: int) -> list[str]:
    kind = KINDS[n % len(KINDS)]
    region = REGIONS[(n * 7) % len(REGIONS)]
    name = f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {kind.split()[0]} {n:03d}"
    slug = f"dienst{n:03d}"
    person = ["", "", ""]
    if n % 4:
        first = PEOPLE[n % len(PEOPLE)]
        person = [f"{first} {SURNAMES[n % len(SURNAMES)]}", f"06{10000000 + n}",
                  f"{first.lower()}@{slug}.example"]
    offer = f"Spreekuur op dinsdag in {region}."
    if n % 50 == 7:  # a cell with a line break inside quotes, as Excel writes it
        offer += "\nOok op afspraak aan huis."
    return [name, kind, f"Stichting {rng.choice(WORDS)}", offer, region,
            f"Voorbeeldweg {n % 90 + 1}", f"038 {100 + n % 900} {n % 100:02d} {n % 97:02d}",
            f"info@{slug}.example", f"https://{slug}.example", "", *person]


def write(path: Path, services: int = 500, seed: int = 19) -> Written:
    """Write the file; returns what a correct import must do with it."""
    rng = Random(seed)
    out = Written(Path(path))
    rows: list[tuple[list[str], str | None]] = []
    for n in range(services):
        row = _service(rng, n)
        rows.append((row, None))
        out.good_names.append(row[0])
        out.contacts += bool(row[10])
        # a bad row after every 80th good one, each of a different kind
        bad_kind = {40: "no_name", 120: "bad_email", 200: "duplicate", 280: "bad_contact_email",
                    360: "unknown_kind", 440: "extra_cell"}.get(n)
        if bad_kind == "no_name":
            rows.append((["", *_service(rng, 9000)[1:]], bad_kind))
        elif bad_kind == "bad_email":
            bad = _service(rng, 9001)
            bad[7] = "info(at)dienst.example"
            rows.append((bad, bad_kind))
        elif bad_kind == "duplicate":
            rows.append((list(rows[-15][0]), bad_kind))  # same name and region as 15 rows up
        elif bad_kind == "bad_contact_email":
            bad = _service(rng, 9003)
            bad[10], bad[12] = "Karin Smit", "karin.smit@"
            rows.append((bad, bad_kind))
        elif bad_kind == "unknown_kind":
            bad = _service(rng, 9004)
            bad[1] = "Kapper"
            rows.append((bad, bad_kind))
        elif bad_kind == "extra_cell":
            rows.append((_service(rng, 9005) + ["een cel te veel"], bad_kind))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    line = 2  # the header is line 1
    for row, bad_kind in rows:
        if bad_kind:
            out.bad_lines[line] = bad_kind
        writer.writerow(row)
        line += 1 + sum(cell.count("\n") for cell in row)
    Path(path).write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--services", type=int, default=500)
    args = parser.parse_args()
    written = write(args.out, args.services)
    print(f"{args.out}: {len(written.good_names)} services, bad rows on lines "
          f"{sorted(written.bad_lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
