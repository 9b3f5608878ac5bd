#!/usr/bin/env bash
# Build the Linux bundle (make dist) and smoke-test what a coach would get: the tarball is
# unpacked into a temporary folder and run from there, offscreen, with a clean environment
# (no venv, no source tree), so a file missing from the bundle fails here.
#
#   1. the command line starts and reports the package version;
#   2. it writes a demo caseload and `begeleider check` passes;
#   3. the desktop program goes through its real start-up on that database, shows the main
#      window with the caseload and quits with exit code 0 (--smoke-test, installer/entry_gui.py);
#   4. a handover PDF is exported with the bundled font (embedded TrueType, checked with pypdf),
#      and a referrer report as Word document (python-docx's template is bundled);
#   5. `begeleider check` passes again afterwards; install.sh installs per user and the
#      installed command runs; the filled Windows installer script has no placeholder left.
#
# Usage: bash installer/smoke.sh            (from the repository root; CI runs it after make test)
#        SKIP_BUILD=1 bash installer/smoke.sh   (reuse dist/ from an earlier make dist)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY="$ROOT/.venv/bin/python"
DEMO_DAY=2026-11-30   # the demo caseload's fixed "today", so consents are valid on that day

step() { printf '\n== smoke: %s\n' "$*"; }
fail() { printf 'smoke FAILED: %s\n' "$*" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
    step "make dist"
    started=$(date +%s)
    make dist
    echo "make dist took $(( $(date +%s) - started )) s (wall clock, including pip)"
fi
version=$("$PY" -c 'from importlib.metadata import version; print(version("begeleider-app"))')
tarball="dist/Begeleider-$version-linux-$(uname -m).tar.gz"
[ -f "$tarball" ] || fail "no tarball $tarball"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
app="$work/Begeleider-$version/Begeleider"
cd "$work"
# A clean environment: nothing from the venv or the source tree can be picked up.
run() {
    env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        BEGELEIDER_DATA_DIR="$work/install" "$@"
}

step "command line: version"
got=$(run "$app/begeleider" --version)
[ "$got" = "begeleider $version" ] || fail "version: '$got' != 'begeleider $version'"
echo "$got"

step "command line: demo database and check"
run "$app/begeleider" demo --db demo.sqlite --participants 12 --today "$DEMO_DAY"
run "$app/begeleider" check --db demo.sqlite

step "desktop program: start-up, main window, quit"
shot="$ROOT/dist/smoke-window.png"   # a picture of the frozen program's window, to look at
rm -f "$shot"
out=$(run env BEGELEIDER_SMOKE_SCREENSHOT="$shot" timeout 90 "$app/begeleider-app" \
      --db demo.sqlite --no-demo --smoke-test) || fail "begeleider-app --smoke-test exited with $? ($out)"
echo "$out"
[ -s "$shot" ] || fail "no window picture"
[[ "$out" =~ caseload_rows=[1-9] ]] || fail "the main window shows no caseload"
[[ "$out" =~ icon=True ]] || fail "no window icon"

step "handover PDF with the bundled font"
if run "$app/begeleider" --help | grep -q "export-handover"; then
    pid=$("$PY" - <<EOF
import sqlite3
con = sqlite3.connect("demo.sqlite")
row = con.execute("SELECT participant_id FROM consent WHERE deleted = 0 AND given_on <= ? "
                  "AND (expires_on IS NULL OR expires_on >= ?) AND recipient_kind = 'werkgever' "
                  "ORDER BY participant_id",
                  ("$DEMO_DAY", "$DEMO_DAY")).fetchone()
print(row[0] if row else "")
EOF
)
    [ -n "$pid" ] || fail "the demo caseload has no participant with valid consent"
    run "$app/begeleider" export-handover --db demo.sqlite --participant "$pid" \
        --out handover.pdf --date "$DEMO_DAY"
    "$PY" - <<'EOF'
from pypdf import PdfReader

reader = PdfReader("handover.pdf")
embedded = set()
for page in reader.pages:
    for font in (page["/Resources"].get("/Font") or {}).values():
        font = font.get_object()
        for f in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
            desc = f.get("/FontDescriptor")
            if desc is not None and "/FontFile2" in desc.get_object():
                embedded.add(str(f["/BaseFont"]))
assert len(reader.pages) >= 1, "empty PDF"
assert embedded, "no embedded TrueType font: the bundled fonts were not used"
print(f"handover.pdf: {len(reader.pages)} page(s), embedded fonts: {sorted(embedded)}")
EOF
    # The referrer report as Word document: python-docx's own template is in the bundle.
    run "$app/begeleider" export-report --db demo.sqlite --participant "$pid" \
        --kind voortgang --out voortgang.docx --date "$DEMO_DAY"
    "$PY" - <<'EOF'
from docx import Document

headings = [p.text for p in Document("voortgang.docx").paragraphs if p.style.name == "Heading 1"]
assert "Het traject" in headings, headings
print(f"voortgang.docx: {len(headings)} sections")
EOF
else
    echo "export-handover not available in this build: checking the bundled fonts instead"
    ls "$app"/_internal/resources/fonts/*.ttf >/dev/null || fail "no fonts in the bundle"
fi

step "check after the GUI and the export"
run "$app/begeleider" check --db demo.sqlite

step "install.sh (per user, no root) and the installed command"
run sh "$work/Begeleider-$version/install.sh"
run "$work/home/.local/bin/begeleider" --version
grep -q "^Exec=\"$work/home/.local/lib/begeleider/begeleider-app\"" \
    "$work/home/.local/share/applications/begeleider.desktop" || fail "desktop file Exec"
run sh "$work/Begeleider-$version/install.sh" --uninstall
[ ! -e "$work/home/.local/lib/begeleider" ] || fail "uninstall left the program"
[ -d "$work/install" ] || fail "uninstall removed the coach's data"

step "Windows installer script filled"
iss="$ROOT/dist/begeleider.iss"
! grep -nE '@[A-Z_]+@' "$iss" || fail "placeholder left in $iss"
grep -q "^AppVersion={#AppVersion}" "$iss" && grep -q "#define AppVersion \"$version\"" "$iss" \
    || fail "version not filled in $iss"
[ -f "$ROOT/dist/Begeleider/_internal/resources/icons/begeleider.ico" ] || fail "setup icon missing"

step "numbers"
"$PY" - "$ROOT/dist/build-info.json" <<'EOF'
import json, sys
info = json.load(open(sys.argv[1]))
print(f"bundle: {info['bundle_bytes'] / 1e6:.1f} MB in {info['bundle_files']} files; "
      f"tarball: {info.get('tarball_bytes', 0) / 1e6:.1f} MB; "
      f"PyInstaller {info['bundle_seconds']} s, whole build {info['total_seconds']} s")
EOF
echo "smoke: all checks passed"
