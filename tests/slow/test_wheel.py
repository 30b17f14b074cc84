"""The wheel holds the whole package: built, installed into a fresh venv, and run from elsewhere.

`make` installs the package in editable mode, so only a real wheel shows a subpackage or data
file left out of it (``packages = ["analysis"]`` once dropped ``analysis/cleaning``). No
network: the fresh venv sees the locked environment's site-packages through a ``.pth`` line
(whose own ``.pth`` files, among them the editable install's, are not read), and the wheel
is installed with ``--no-deps --no-index``.
"""

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_the_wheel_installs_and_runs_from_another_folder(tmp_path: Path) -> None:
    # Build from a copy of the sources, so the repository gets no build/ or egg-info.
    source = tmp_path / "source"
    shutil.copytree(
        ROOT / "analysis", source / "analysis", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "-q", "-w", wheels, source, cwd=tmp_path)  # fmt: skip
    (wheel,) = wheels.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for module in ROOT.joinpath("analysis").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names
    for data in ("data/actors.csv", "data/casualty_terms.csv", "data/house.mplstyle"):
        assert f"analysis/{data}" in names

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "-q", wheel, cwd=tmp_path)  # fmt: skip
    new_site = Path(
        run(
            python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path
        ).strip()
    )
    locked_site = Path(sysconfig.get_path("purelib"))
    assert new_site != locked_site
    (new_site / "locked_environment.pth").write_text(f"{locked_site}\n", encoding="utf-8")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "ANALYSIS_PROGRESS": "0", "HOME": str(tmp_path)}
    where = run(python, "-c", "import analysis; print(analysis.__file__)", cwd=elsewhere, env=env)
    assert Path(where.strip()).is_relative_to(venv), where

    run(python, "-m", "analysis", "extract", ROOT / "seeds", "--out", "out", "--no-progress",
        cwd=elsewhere, env=env)  # fmt: skip
    out = elsewhere / "out"
    assert len(pd.read_csv(out / "casualties.csv")) == 6
    assert {p.name for p in out.glob("*.parquet")} >= {
        "documents.parquet", "actors.parquet", "quotes.parquet", "events.parquet",
        "casualties.parquet",
    }  # fmt: skip
