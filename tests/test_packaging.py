"""The package as its users meet it: a wheel and an sdist built fresh from the checkout, checked
as an index checks them, installed alone in a fresh venv that runs the long description's
quickstart against a loopback server, and type-checked from a user's script (mypy --strict)
and by pyright --verifytypes."""

from __future__ import annotations

import email
import email.message
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import readme_renderer.markdown

from tests.conftest import ROOT
from tests.fault_server import FaultServer, Reply, ok

REPO_URL = "https://github.com/altegio-devtools/altegio-devtools"
LONG_DESCRIPTION = ROOT / "docs" / "pypi.md"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
BIN = Path(sys.executable).parent
#: Public symbols pyright --verifytypes may leave incomplete, each with the reason. None now.
VERIFYTYPES_EXCEPTIONS: dict[str, str] = {}
#: What the quickstart prints against the loopback server's answers.
QUICKSTART_OUTPUT = "payment 1523\n1050 La Visage\n"


def _classifier_versions() -> list[str]:
    """The Python versions pyproject.toml's classifiers claim, oldest first."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        classifiers: list[str] = tomllib.load(file)["project"]["classifiers"]
    pattern = r"Programming Language :: Python :: (3\.\d+)"
    return [m.group(1) for c in classifiers if (m := re.fullmatch(pattern, c))]


RUNNING = f"{sys.version_info.major}.{sys.version_info.minor}"


@dataclass(frozen=True)
class Dist:
    wheel: Path
    sdist: Path
    log: str


def _run(
    command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def _checked(
    command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = _run(command, cwd=cwd, env=env)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def _isolated_env(**extra: str) -> dict[str, str]:
    """The environment without what would let a child find the checkout's package."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "MYPYPATH"}}
    return {**env, **extra}


#: A directory of artefacts built already (the release workflow's dist/) to test instead.
PREBUILT = os.environ.get("ALTEGIO_DIST")


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """`python -m build` of what a clean clone of this checkout holds (tracked and new files,
    not ignored ones: no .venv, caches or earlier builds): the sdist, then the wheel built
    from the sdist. Without build isolation, so the setuptools of requirements.lock builds.
    With ALTEGIO_DIST set, the one wheel and one sdist in that directory."""
    if PREBUILT:
        (wheel,) = Path(PREBUILT).glob("*.whl")
        (sdist,) = Path(PREBUILT).glob("*.tar.gz")
        return Dist(wheel.resolve(), sdist.resolve(), "")
    source = tmp_path_factory.mktemp("source")
    files = _checked(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT
    ).stdout
    for name in filter(None, files.split("\0")):
        if (ROOT / name).is_file():  # not a file deleted in the working tree
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    build = _checked(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)]
    )
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Dist(wheel, sdist, build.stdout + build.stderr)


@pytest.fixture(scope="session")
def metadata(dist: Dist) -> email.message.Message:
    with zipfile.ZipFile(dist.wheel) as wheel:
        (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(wheel.read(name))


@pytest.fixture(scope="session")
def venv(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site-packages) with the wheel and its declared dependencies,
    at the versions of requirements.lock, and nothing else."""
    return _venv_with_wheel(sys.executable, dist.wheel, tmp_path_factory.mktemp("venv"))


def _venv_with_wheel(python: str, wheel: Path, where: Path) -> Path:
    env = where / "venv"
    _checked([python, "-m", "venv", str(env)])
    _checked(
        [str(env / "bin" / "python"), "-m", "pip", "install", "--quiet",
         "--constraint", str(ROOT / "requirements.lock"), str(wheel)],
        env=_isolated_env(),
    )  # fmt: skip
    return env


@pytest.mark.skipif(bool(PREBUILT), reason="built elsewhere: no build log here")
def test_build_prints_no_deprecation_warning(dist: Dist) -> None:
    assert "Successfully built" in dist.log
    assert "deprecat" not in dist.log.lower(), dist.log


def test_twine_check_strict_passes(dist: Dist) -> None:
    result = _checked(
        [sys.executable, "-m", "twine", "check", "--strict", str(dist.wheel), str(dist.sdist)]
    )
    assert result.stdout.count("PASSED") == 2, result.stdout


def test_check_wheel_contents_passes(dist: Dist) -> None:
    result = _checked([str(BIN / "check-wheel-contents"), str(dist.wheel)])
    assert result.stdout.strip() == f"{dist.wheel}: OK"


def test_the_sdist_holds_what_builds_the_wheel_and_no_tests(dist: Dist) -> None:
    with tarfile.open(dist.sdist) as sdist:
        names = {member.name.partition("/")[2] for member in sdist.getmembers() if member.isfile()}
    with zipfile.ZipFile(dist.wheel) as wheel:
        modules = {n for n in wheel.namelist() if n.startswith("altegio_devtools/")}
    package = {n for n in names if n.startswith("generated/altegio_devtools/")}
    assert {name.removeprefix("generated/") for name in package} == modules
    parts = [Path(name).parts for name in names]
    assert not [p for p in parts if "tests" in p or any(s.startswith("test_") for s in p)]
    rest = {n for n in names - package if not n.startswith("generated/altegio_devtools.egg")}
    assert rest == {"PKG-INFO", "pyproject.toml", "setup.cfg", "LICENSE", "docs/pypi.md"}


def test_the_wheel_declares_license_python_versions_and_urls(
    dist: Dist, metadata: email.message.Message
) -> None:
    with zipfile.ZipFile(dist.wheel) as wheel:
        names = wheel.namelist()
        (license_file,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert wheel.read(license_file) == (ROOT / "LICENSE").read_bytes()
    assert "altegio_devtools/py.typed" in names
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert [c for c in classifiers if c.startswith("Development Status ::")]
    claimed = [c.rpartition(" :: ")[2] for c in classifiers if re.search(r":: 3\.\d+$", c)]
    assert claimed == _classifier_versions()
    assert claimed[0] == metadata["Requires-Python"].removeprefix(">=")
    assert RUNNING in claimed  # the dev venv's Python: every test here runs under it
    urls = metadata.get_all("Project-URL") or []
    assert {url.partition(", ")[0] for url in urls} >= {"Homepage", "Source", "Issues"}
    assert all(url.partition(", ")[2].startswith(REPO_URL) for url in urls), urls


def test_the_long_description_renders_with_absolute_links(
    metadata: email.message.Message,
) -> None:
    assert metadata["Description-Content-Type"] == "text/markdown"
    body = metadata.get_payload()
    assert isinstance(body, str)
    assert body.strip() == LONG_DESCRIPTION.read_text(encoding="utf-8").strip()
    html = readme_renderer.markdown.render(body)  # what PyPI shows (GitHub-flavoured)
    assert html is not None
    assert re.search(r"<h2[^>]*>Quickstart<", html), html
    assert '<pre lang="python"' in html  # the quickstart as highlighted code
    assert "```sh\npip install altegio-devtools\n```" in body
    extras = set(re.findall(r"altegio-devtools\[(\w+)\]", body))
    assert extras == set(metadata.get_all("Provides-Extra") or []) != set()
    links = [link for link in re.findall(r'href="([^"]*)"', html) if link[:1] != "#"]
    assert links
    for link in links:
        assert link.startswith("https://"), f"{link}: a relative link does not resolve on PyPI"
        if link.startswith(REPO_URL + "/"):  # a file of this repository: one that exists
            path = re.sub(r"^(blob|tree)/main/?", "", link.removeprefix(REPO_URL + "/"))
            if path not in {"issues"}:
                assert (ROOT / path).exists(), link


def test_the_quickstart_runs_in_a_fresh_venv_with_only_the_wheel(
    venv: Path, tmp_path: Path
) -> None:
    assert _quickstart_output(venv, tmp_path) == QUICKSTART_OUTPUT
    # Nothing else came along: no test tools, no checkout on the path.
    checks = "import importlib.util as u; print(u.find_spec('pytest'), u.find_spec('yaml'))"
    result = _checked([str(venv / "bin" / "python"), "-c", checks], env=_isolated_env())
    assert result.stdout == "None None\n"


@pytest.mark.parametrize("version", [v for v in _classifier_versions() if v != RUNNING])
def test_the_quickstart_runs_under_each_other_python_the_classifiers_claim(
    version: str, dist: Dist, tmp_path: Path
) -> None:
    python = _interpreter(version)
    if python is None:
        pytest.skip(f"no Python {version} here (pyenv's or on PATH)")
    env = _venv_with_wheel(python, dist.wheel, tmp_path)
    assert _quickstart_output(env, tmp_path) == QUICKSTART_OUTPUT


def _interpreter(version: str) -> str | None:
    """A working `python<version>`: pyenv's install of it, or one on PATH (a pyenv shim on
    PATH may exist and still refuse to run a version that is not selected)."""
    candidates = [
        str(p) for p in sorted(Path.home().glob(f".pyenv/versions/{version}.*/bin/python"))
    ]
    candidates += filter(None, [shutil.which(f"python{version}")])
    for python in candidates:
        probe = _run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"])
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return python
    return None


def _quickstart_output(venv: Path, tmp_path: Path) -> str:
    """Run the long description's quickstart as written, with the production hosts pointed
    at a loopback server, in the venv's Python."""
    text = LONG_DESCRIPTION.read_text(encoding="utf-8")
    code = re.search(r"## Quickstart\n\n```python\n(.*?)```", text, re.S)
    assert code is not None
    (tmp_path / "quickstart.py").write_text(code.group(1), encoding="utf-8")
    runner = tmp_path / "run_quickstart.py"
    runner.write_text(
        "import runpy, sys\n"
        "import altegio_devtools, altegio_devtools.client as transport\n"
        "assert altegio_devtools.__file__.startswith(sys.prefix), altegio_devtools.__file__\n"
        "url = sys.argv[1]\n"
        "transport._BASE_URLS['production'] = (url, url + '/app')\n"
        "runpy.run_path(sys.argv[2], run_name='__main__')\n",
        encoding="utf-8",
    )
    with FaultServer().running() as server:
        server.script("/app/marketplace/partner/callback", Reply(201))
        server.script("/app/marketplace/partner/payment", ok({"id": 1523}))
        server.script(
            "/app/marketplace/application/456/salons", ok([{"id": 1050, "title": "La Visage"}])
        )
        result = _checked(
            [str(venv / "bin" / "python"), str(runner), server.url, "quickstart.py"],
            cwd=tmp_path,
            env=_isolated_env(),
        )
        assert server.hits["/app/marketplace/partner/payment"] == 1
    return result.stdout


GOOD_SCRIPT = """\
from datetime import datetime

from altegio_devtools import AltegioClient, errors, models


def pay(client: AltegioClient) -> int | None:
    try:
        receipt = client.marketplace.notify_payment(
            salon_id=123, application_id=456, payment_sum=99.0, currency_iso="EUR",
            payment_date=datetime.now(), period_from="2026-01-01", period_to="2026-02-01",
        )
    except errors.APIStatusError as error:
        print(error.status_code, error.meta_message)
        return None
    data: models.PaymentReceipt = receipt.data
    return data.id if isinstance(data.id, int) else None


def titles(client: AltegioClient) -> list[str]:
    return [str(location.title) for location in client.iter_locations(456)]
"""

#: Each bad line, and the mypy error code and message part it must draw.
BAD_CALLS = {
    'client.marketplace.install(salon_id="123", application_id=456)': (
        "arg-type",
        'Argument "salon_id" to "install"',
    ),
    "client.marketplace.install(application_id=456)": (
        "call-arg",
        'Missing named argument "salon_id" for "install"',
    ),
    "client.marketplce.install(salon_id=123, application_id=456)": (
        "attr-defined",
        'has no attribute "marketplce"',
    ),
}


def test_mypy_strict_checks_a_user_script_against_the_installed_wheel(
    venv: Path, tmp_path: Path
) -> None:
    (tmp_path / "good.py").write_text(GOOD_SCRIPT, encoding="utf-8")
    bad = "from altegio_devtools import AltegioClient\n\nclient = AltegioClient(partner_token='')\n"
    bad += "".join(f"{call}\n" for call in BAD_CALLS)
    (tmp_path / "bad.py").write_text(bad, encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")  # not the repository's
    result = _run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini",
         "--python-executable", str(venv / "bin" / "python"), "--show-error-codes",
         "--cache-dir", str(tmp_path / "cache"), "good.py", "bad.py"],
        cwd=tmp_path,
        env=_isolated_env(),
    )  # fmt: skip
    errors = re.findall(r"^(\S+?):(\d+): error: (.*)  \[([\w-]+)\]$", result.stdout, re.M)
    assert result.returncode == 1, result.stdout + result.stderr
    found = {(int(line), code): message for file, line, message, code in errors}
    assert [e for e in errors if e[0] != "bad.py"] == [], result.stdout  # good.py passes
    for line, (call, (code, part)) in enumerate(BAD_CALLS.items(), start=4):
        assert part in found.get((line, code), ""), f"{call}: {result.stdout}"
    assert len(errors) == len(BAD_CALLS), result.stdout


def test_pyright_verifytypes_scores_the_public_api_complete(venv: Path, tmp_path: Path) -> None:
    assert PYRIGHT.exists(), "pyright comes from package-lock.json: run `make test` (npm ci)"
    # pyright finds the package through the venv's interpreter (the first python on PATH).
    path = f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}"
    env = _isolated_env(VIRTUAL_ENV=str(venv), PATH=path)
    result = _run(
        [str(PYRIGHT), "--outputjson", "--ignoreexternal", "--verifytypes", "altegio_devtools"],
        cwd=tmp_path,
        env=env,
    )
    report = json.loads(result.stdout)
    completeness = report["typeCompleteness"]
    assert completeness["packageRootDirectory"].startswith(str(venv))
    assert completeness["exportedSymbolCounts"]["withKnownType"] > 1000
    incomplete = {
        symbol["name"]: [d["message"] for d in symbol["diagnostics"]]
        for symbol in completeness["symbols"]
        if not symbol["isTypeKnown"]
        or symbol["isTypeAmbiguous"]
        or any(d["severity"] == "error" for d in symbol["diagnostics"])
    }
    assert incomplete.keys() == VERIFYTYPES_EXCEPTIONS.keys(), incomplete
    if not VERIFYTYPES_EXCEPTIONS:
        assert completeness["completenessScore"] == 1.0
        assert result.returncode == 0, result.stdout[-2000:]
