"""Build the Begeleider bundle for this OS and fill the installer templates: `make dist`.

    python installer/build.py              # bundle + templates (+ Linux tarball / Windows setup)
    python installer/build.py --fill-only --out DIR   # only fill the templates into DIR

Steps:
1. The version is read from the installed package metadata (`pip install -e .` puts
   pyproject.toml's version there); a stale install (metadata != pyproject.toml) stops the build.
2. The Dutch translations are compiled (.ts -> .qm) when the .qm is missing or older.
3. PyInstaller builds the one-folder bundle dist/Begeleider/ from installer/begeleider.spec.
4. Templates are filled with the version: installer/windows/begeleider.iss.in ->
   dist/begeleider.iss. On Windows, when Inno Setup's ISCC.exe is on PATH, the setup program
   is compiled too (dist/Begeleider-<version>-setup.exe).
5. Linux: dist/Begeleider-<version>-linux-<arch>.tar.gz with the bundle, the .desktop file,
   the icon and install.sh (per-user install, no root).
6. Build time and sizes go to dist/build-info.json and are printed.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from importlib.metadata import version as installed_version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
BUNDLE_NAME = "Begeleider"  # COLLECT(name=...) in begeleider.spec
GUI_NAME = "begeleider-app"  # the desktop program, as in [project.gui-scripts]
CLI_NAME = "begeleider"  # the command line, as in [project.scripts]
PLACEHOLDER = re.compile(r"@([A-Z][A-Z0-9_]*)@")
TEMPLATES = {INSTALLER / "windows" / "begeleider.iss.in": "begeleider.iss"}


class BuildError(RuntimeError):
    pass


# ------------------------------------------------------------------------------ version

def project_version() -> str:
    """The version of the installed package; it must match pyproject.toml."""
    meta = installed_version("begeleider-app")
    with open(ROOT / "pyproject.toml", "rb") as fh:
        declared = tomllib.load(fh)["project"]["version"]
    if meta != declared:
        raise BuildError(
            f"installed metadata says {meta} but pyproject.toml says {declared}: "
            f"run `{sys.executable} -m pip install -e .` first")
    return meta


def numeric_version(text: str) -> str:
    """'1.2.3rc1' -> '1.2.3.0': Windows file versions are four numbers."""
    release = re.match(r"\d+(?:\.\d+)*", text)
    if not release:
        raise BuildError(f"version {text!r} does not start with a number")
    parts = [int(p) for p in release.group(0).split(".")][:4]
    parts += [0] * (4 - len(parts))
    if any(p > 65535 for p in parts):
        raise BuildError(f"version {text!r}: Windows allows at most 65535 per part")
    return ".".join(map(str, parts))


# ------------------------------------------------------------------------------ templates

def template_values(version: str) -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "src"))
    from begeleider_app import APP_NAME
    from begeleider_app.config import ORG_DEFAULTS_FILENAME

    return {
        "APP_NAME": APP_NAME,
        "APP_VERSION": version,
        "VERSION_INFO": numeric_version(version),
        "BUNDLE_DIR": BUNDLE_NAME,
        "GUI_EXE": f"{GUI_NAME}.exe",
        "CLI_EXE": f"{CLI_NAME}.exe",
        # platformdirs on Windows: %LOCALAPPDATA%\<APP_NAME> holds data, backups, logs, settings.
        "DATA_DIR_NAME": APP_NAME,
        "ORG_DEFAULTS_FILE": ORG_DEFAULTS_FILENAME,
    }


def render(text: str, values: dict[str, str]) -> str:
    """Replace every @NAME@; an unknown placeholder is an error, not a silent leftover."""
    missing = sorted(set(PLACEHOLDER.findall(text)) - set(values))
    if missing:
        raise BuildError(f"template placeholders without a value: {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def fill_templates(out_dir: Path, version: str) -> list[Path]:
    values = template_values(version)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source, name in TEMPLATES.items():
        dest = out_dir / name
        # newline="\r\n": Inno Setup is a Windows tool; CRLF keeps Notepad and ISCC happy.
        with open(dest, "w", encoding="utf-8-sig", newline="\r\n") as fh:
            fh.write(render(source.read_text(encoding="utf-8"), values))
        written.append(dest)
    return written


# ------------------------------------------------------------------------------ bundle

def compile_translations() -> None:
    i18n = ROOT / "resources" / "i18n"
    ts, qm = i18n / "begeleider_nl.ts", i18n / "begeleider_nl.qm"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        subprocess.run([sys.executable, "-m", "begeleider_app.ui.i18n_build"], check=True, cwd=ROOT)
    if not qm.exists():
        print("warning: no compiled Dutch translation (resources/i18n/begeleider_nl.qm)",
              file=sys.stderr)


def run_pyinstaller() -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(INSTALLER / "begeleider.spec")],
        check=True, cwd=ROOT,
    )
    bundle = DIST / BUNDLE_NAME
    if not (bundle / exe(GUI_NAME)).exists() or not (bundle / exe(CLI_NAME)).exists():
        raise BuildError(f"PyInstaller did not produce both programs in {bundle}")
    return bundle


def exe(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def folder_size(path: Path) -> tuple[int, int]:
    total = files = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            files += 1
    return total, files


def linux_tarball(bundle: Path, version: str) -> Path:
    """A tarball that unpacks to Begeleider-<version>/ and installs per user with install.sh."""
    top = f"{BUNDLE_NAME}-{version}"
    dest = DIST / f"{top}-linux-{platform.machine()}.tar.gz"

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(dest, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/{BUNDLE_NAME}", filter=clean)
        tar.add(ROOT / "resources" / "begeleider.desktop", arcname=f"{top}/begeleider.desktop",
                filter=clean)
        tar.add(ROOT / "resources" / "icons" / "begeleider-256.png", arcname=f"{top}/begeleider.png",
                filter=clean)
        tar.add(INSTALLER / "linux" / "install.sh", arcname=f"{top}/install.sh", filter=clean)
        tar.add(ROOT / "docs" / "it-beheer.md", arcname=f"{top}/it-beheer.md", filter=clean)
        note = (f"Begeleider {version}\n\nInstalleren (zonder root): ./install.sh\n"
                "Verwijderen: ./install.sh --uninstall (de gegevens blijven staan)\n"
                "Zie it-beheer.md voor waar gegevens, back-ups en logs staan.\n").encode()
        info = clean(tarfile.TarInfo(f"{top}/LEESMIJ.txt"))
        info.size, info.mtime = len(note), int(time.time())
        tar.addfile(info, io.BytesIO(note))
    return dest


def windows_setup(iss: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        print("Inno Setup (ISCC.exe) not on PATH: compile dist/begeleider.iss on Windows to get "
              "the setup program")
        return None
    subprocess.run([iscc, "/Q", str(iss)], check=True, cwd=iss.parent)
    found = sorted(iss.parent.glob("*-setup.exe"))
    return found[-1] if found else None


# ------------------------------------------------------------------------------ main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill-only", action="store_true", help="only fill the templates")
    parser.add_argument("--out", type=Path, default=DIST, help="where filled templates go")
    parser.add_argument("--version", default=None,
                        help="use this version for the templates (default: package metadata)")
    args = parser.parse_args(argv)
    try:
        version = args.version or project_version()
        if args.fill_only:
            for path in fill_templates(args.out, version):
                print(path)
            return 0
        started = time.perf_counter()
        compile_translations()
        bundle = run_pyinstaller()
        bundle_seconds = time.perf_counter() - started
        (iss,) = fill_templates(DIST, version)
        artefacts = {"bundle": str(bundle.relative_to(ROOT)), "inno_setup_script": str(iss.relative_to(ROOT))}
        if sys.platform.startswith("linux"):
            artefacts["tarball"] = str(linux_tarball(bundle, version).relative_to(ROOT))
        elif sys.platform == "win32":
            setup = windows_setup(iss)
            if setup:
                artefacts["setup"] = str(setup.relative_to(ROOT))
        size, files = folder_size(bundle)
        info = {
            "version": version,
            "platform": f"{sys.platform}-{platform.machine()}",
            "bundle_seconds": round(bundle_seconds, 1),
            "total_seconds": round(time.perf_counter() - started, 1),
            "bundle_bytes": size,
            "bundle_files": files,
            "artefacts": artefacts,
        }
        if "tarball" in artefacts:
            info["tarball_bytes"] = (ROOT / artefacts["tarball"]).stat().st_size
        (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(info, indent=2))
        return 0
    except (BuildError, subprocess.CalledProcessError) as err:
        print(f"build failed: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
