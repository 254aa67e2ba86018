"""The front door (issue #13): what a new user installs and types first is what CI proves.

CI once upgraded pip before installing, and stayed green while README command 1 crashed for every user
on the pip a fresh Python 3.11 venv ships. These tests keep the README, ``.ci/run`` and the dependency
list honest about that.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _readme_block_after(heading: str) -> list[str]:
    """The lines of the first fenced block under a README heading (read without .ci/run's markers)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(f"\n{heading}\n", 1)[1]
    block = re.search(r"^```bash\n(.*?)^```", section, re.M | re.S)
    assert block is not None, heading
    return block.group(1).splitlines()


def test_ci_runs_the_two_readme_commands_as_written() -> None:
    printed = subprocess.run(
        ["bash", str(ROOT / ".ci" / "run"), "--print-commands"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    ).stdout.splitlines()
    assert printed == _readme_block_after("## Install and run") + _readme_block_after("## Test")
    command1, command2 = printed
    # Debian's python3 refuses pip outside a venv (PEP 668): command 1 makes and enters one first.
    assert command1.startswith("python3 -m venv .venv && . .venv/bin/activate && python3 -m pip install -e . && ")
    assert command1.endswith("python3 -m recoupe analyze examples --out out")
    assert command2 == 'python3 -m pip install -e ".[test]" && python3 -m pytest'


def test_ci_is_no_kinder_than_a_user() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("#"))
    assert not re.search(r"pip install\b[^\n]*(--upgrade|-U)\b[^\n]*\bpip\b", code), "CI must use the venv's pip"
    assert 'eval "$command1"' in code and 'eval "$command2"' in code
    assert "out/dossier.json out/report.html" in code and "ruff check src tests" in code
    assert re.search(r"^python3 -m pip install[^\n]*\.\[test\][^\n]*&& mypy\b", code, re.M), "CI runs mypy"


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group(0)).lower()  # type: ignore[union-attr]


def test_what_the_html_path_imports_is_a_direct_dependency() -> None:
    direct = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    assert {"lxml", "lxml-html-clean", "trafilatura"} <= direct
    import lxml.html.clean  # noqa: F401  (jusText, under trafilatura, imports it)
    import trafilatura  # noqa: F401


def test_no_dependency_relies_on_pip_matching_an_extra_name_it_does_not_normalize() -> None:
    """pip 23.2 asks a package for the extra as spelled (``lxml[html_clean]``, where lxml provides
    ``html-clean``) and installs nothing when it does not match: what such an extra brings must be a
    direct dependency of recoupe, or a fresh venv's install misses it."""
    requirements = pytest.importorskip("packaging.requirements")
    direct = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    todo: list[tuple[str, str]] = [(_name(r), "") for r in PYPROJECT["project"]["dependencies"]]
    todo += [(_name(r), "") for r in PYPROJECT["project"]["optional-dependencies"]["test"]]
    seen: set[tuple[str, str]] = set()
    missed: list[str] = []
    while todo:
        name, extra = todo.pop()
        if (name, extra) in seen:
            continue
        seen.add((name, extra))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for line in dist.requires or []:
            requirement = requirements.Requirement(line)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": extra}):
                continue
            target = _name(requirement.name)
            todo.append((target, ""))
            for wanted in requirement.extras:
                todo.append((target, _name(wanted)))
                try:
                    provided = set(metadata.distribution(target).metadata.get_all("Provides-Extra") or [])
                except metadata.PackageNotFoundError:
                    continue
                if wanted in provided:
                    continue  # spelled as provided: any pip installs it
                for brought in metadata.distribution(target).requires or []:
                    extra_requirement = requirements.Requirement(brought)
                    marker = extra_requirement.marker
                    only_with_that_extra = (
                        marker is not None
                        and marker.evaluate({"extra": _name(wanted)})
                        and not marker.evaluate({"extra": ""})
                    )
                    if only_with_that_extra and _name(extra_requirement.name) not in direct:
                        missed.append(
                            f"{name} asks {requirement.name}[{wanted}], which brings "
                            f"{extra_requirement.name}: name it in pyproject.toml"
                        )
    assert missed == []


def test_the_license_is_an_spdx_string_and_the_build_backend_knows_that_form() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    (setuptools,) = [r for r in PYPROJECT["build-system"]["requires"] if _name(r) == "setuptools"]
    minimum = re.search(r">=\s*(\d+)", setuptools)
    assert minimum is not None and int(minimum.group(1)) >= 77  # PEP 639 license strings: setuptools 77
