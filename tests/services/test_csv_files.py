"""One CSV reader and writer for every import and export."""

from __future__ import annotations

import csv

from begeleider_app.services.csv_files import csv_bytes, read_rows


def test_every_export_keeps_formula_like_cells_as_text(tmp_path):
    data = csv_bytes(["Datum", "Notities"], [["01-02-2027", "=HYPERLINK(\"x\")"], ["02-02-2027", "+31 38 123"],
                                             ["03-02-2027", "-5"], ["04-02-2027", "@SUM(A1)"]])
    assert data.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with a BOM correctly
    text = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM" in text
    assert ";+31 38 123\r\n" in text and ";-5\r\n" in text  # phone numbers and numbers stay
    path = tmp_path / "uit.csv"
    path.write_bytes(data)
    assert read_rows(path)[2] == ["02-02-2027", "+31 38 123"]


def test_reading_an_unsniffable_file_leaves_the_csv_module_alone(tmp_path):
    path = tmp_path / "een kolom.csv"
    path.write_bytes("Voornaam\nSelam\nYonas\n".encode("cp1252"))
    assert read_rows(path) == [["Voornaam"], ["Selam"], ["Yonas"]]
    assert csv.excel.delimiter == ","  # the old caseload reader changed it for the whole process
