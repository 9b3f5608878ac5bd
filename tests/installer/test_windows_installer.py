"""The Windows installer script cannot be compiled here (Inno Setup is a Windows tool), so
these tests check what matters in it: a per-user install without admin rights, the version
filled in by the build script (run for real into tmp_path), no hard-coded paths or versions,
a Start-menu shortcut, silent install, and the coach's data kept on uninstall unless asked."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "installer" / "windows" / "begeleider.iss.in"
BUILD = ROOT / "installer" / "build.py"


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def fill(out: Path, *extra: str) -> str:
    """Run the real fill step of installer/build.py and return the filled script."""
    result = subprocess.run([sys.executable, str(BUILD), "--fill-only", "--out", str(out), *extra],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    iss = out / "begeleider.iss"
    raw = iss.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs the UTF-8 BOM for non-ASCII text"
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "CRLF line ends"
    return raw.decode("utf-8-sig").replace("\r\n", "\n")


def resolve_defines(text: str) -> str:
    """Apply the ISPP `#define NAME "value"` lines, as the Inno Setup compiler does."""
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, flags=re.M))
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], text)


def sections(text: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", stripped):
            current = stripped[1:-1]
            result.setdefault(current, [])
        elif current:
            result[current].append(stripped)
    return result


def setup_values(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections(text)["Setup"])


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> str:
    return resolve_defines(fill(tmp_path_factory.mktemp("iss")))


def test_fill_step_puts_the_package_version_in(filled):
    from begeleider_app import __version__

    setup = setup_values(filled)
    assert setup["AppVersion"] == __version__ == pyproject_version()
    assert setup["VersionInfoVersion"].split(".")[:3] == (__version__.split(".") + ["0", "0"])[:3]
    assert setup["OutputBaseFilename"] == f"Begeleider-{__version__}-setup"
    assert not re.search(r"@[A-Z_]+@", filled), "a placeholder was left unfilled"


def test_another_version_reaches_every_version_field(tmp_path):
    text = resolve_defines(fill(tmp_path, "--version", "7.8.9rc2"))
    setup = setup_values(text)
    assert setup["AppVersion"] == "7.8.9rc2"
    assert setup["VersionInfoVersion"] == "7.8.9.0"
    assert setup["OutputBaseFilename"] == "Begeleider-7.8.9rc2-setup"
    assert pyproject_version() not in text


def test_template_has_no_version_and_no_absolute_path():
    template = TEMPLATE.read_text(encoding="utf-8")
    assert pyproject_version() not in template
    assert not re.search(r"\b\d+\.\d+\.\d+\b", template.split("[Setup]", 1)[1]), \
        "a literal version number in the template"
    assert "@APP_VERSION@" in template


@pytest.mark.parametrize("pattern", [
    r"\b[A-Za-z]:[\\/]",          # C:\ ... or D:/ ...
    r"\\\\[A-Za-z0-9]",           # \\server\share
    r"(?<![\w}])/(home|usr|tmp|work|root|Users|opt)/",   # POSIX paths of a build machine
])
def test_filled_script_has_no_hard_coded_paths(filled, pattern):
    code = "\n".join(line for line in filled.splitlines() if not line.lstrip().startswith(";"))
    assert not re.search(pattern, code), re.search(pattern, code)
    assert str(ROOT) not in filled


def test_installs_per_user_without_admin_rights(filled):
    setup = setup_values(filled)
    assert setup["PrivilegesRequired"] == "lowest"
    # {autopf} is %LOCALAPPDATA%\Programs in non-administrative mode ({userpf}).
    assert re.fullmatch(r"\{(autopf|userpf)\}\\Begeleider|\{localappdata\}\\Programs\\Begeleider",
                        setup["DefaultDirName"])
    for key, value in setup.items():
        assert "{commonpf" not in value and "{pf" not in value and "{win}" not in value, key
    # Only the command line may switch to an all-users install (IT's choice, /ALLUSERS).
    assert setup.get("PrivilegesRequiredOverridesAllowed", "") in ("", "commandline")


def test_start_menu_shortcut_to_the_desktop_program(filled):
    icons = sections(filled)["Icons"]
    start_menu = [i for i in icons if i.startswith('Name: "{autoprograms}') or
                  i.startswith('Name: "{userprograms}') or i.startswith('Name: "{group}')]
    assert start_menu and all("Tasks:" not in i for i in start_menu), "always a Start-menu entry"
    assert 'Filename: "{app}\\begeleider-app.exe"' in start_menu[0]


def test_program_files_come_from_the_bundle_built_next_to_the_script(filled):
    files = sections(filled)["Files"]
    assert any(f.startswith('Source: "Begeleider\\*"') and 'DestDir: "{app}"' in f for f in files)
    assert setup_values(filled)["SetupIconFile"] == "Begeleider\\_internal\\resources\\icons\\begeleider.ico"
    assert (ROOT / "resources" / "icons" / "begeleider.ico").exists()  # bundled as _internal/resources


def test_updates_and_uninstall_keep_the_coachs_data(filled):
    parts = sections(filled)
    # The AppId ties updates to the installed copy: a fixed GUID, not a per-build value.
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup_values(filled)["AppId"])
    # Files removed on update or uninstall stay inside the program folder.
    for section in ("InstallDelete", "UninstallDelete"):
        for line in parts.get(section, []):
            assert 'Name: "{app}' in line, line
    code = "\n".join(parts["Code"])
    # Deleting data only after an explicit Yes (default button: No) or /DELETEDATA when silent.
    assert "MB_DEFBUTTON2" in code and "IDYES" in code
    assert "HasUninstallParam('/DELETEDATA')" in code
    assert code.count("DelTree(") == 1
    assert re.search(r"if DeleteData then\s+DelTree\(DataDir", code)
    assert "ExpandConstant('{localappdata}\\Begeleider')" in code


def test_silent_install_is_supported(filled):
    setup = setup_values(filled)
    run = sections(filled)["Run"]
    # The post-install launch is skipped in silent mode, so /VERYSILENT never opens a window.
    assert all("skipifsilent" in line for line in run if "postinstall" in line)
    # Organisation presets can come with a silent install: /ORGDEFAULTS=path\organisatie.json
    files = sections(filled)["Files"]
    assert any("{param:ORGDEFAULTS}" in f and 'DestName: "organisatie.json"' in f and "external" in f
               for f in files)
    assert setup.get("DisableProgramGroupPage") == "yes"


def load_build_module():
    spec = importlib.util.spec_from_file_location("begeleider_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_render_refuses_an_unknown_placeholder():
    build = load_build_module()
    assert build.render("v=@APP_VERSION@", {"APP_VERSION": "1.0"}) == "v=1.0"
    with pytest.raises(build.BuildError, match="NEW_THING"):
        build.render("@APP_VERSION@ @NEW_THING@", {"APP_VERSION": "1.0"})


@pytest.mark.parametrize(("text", "expected"), [
    ("0.1.0", "0.1.0.0"), ("2.3", "2.3.0.0"), ("1.2.3rc1", "1.2.3.0"), ("4.5.6.7", "4.5.6.7"),
])
def test_numeric_version_for_windows(text, expected):
    assert load_build_module().numeric_version(text) == expected


def test_numeric_version_refuses_nonsense():
    build = load_build_module()
    with pytest.raises(build.BuildError):
        build.numeric_version("dev")
    with pytest.raises(build.BuildError):
        build.numeric_version("1.70000")
