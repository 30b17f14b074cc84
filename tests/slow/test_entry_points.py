"""A saved pipeline loads with plain `spacy.load`: spaCy finds the components by entry point.

The components are declared under ``[project.entry-points.spacy_factories]`` in
pyproject.toml, as spaCy's plugin packages do; the check runs in a fresh interpreter whose
script never imports `analysis`, so only the installed metadata can lead spaCy to them.
"""

import json
import subprocess
import sys
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from analysis.parse import load_nlp
from analysis.parse.spans import ACTOR_SPANS_KEY, PROJECT_PIPES

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
SENTENCE = (
    "Rapid Support Forces fighters shelled El Fasher on Saturday, and the Sudanese army "
    "said RSF drones also hit a camp, according to Médecins Sans Frontières."
)
LOAD_WITHOUT_ANALYSIS = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
doc = nlp(sys.argv[2])
spans = [[s.start_char, s.end_char, s.label_, s.kb_id_] for s in doc.spans[sys.argv[3]]]
print(json.dumps({"pipes": nlp.pipe_names, "spans": spans}))
"""


def actor_spans(nlp, text: str) -> list[list]:
    doc = nlp(text)
    return [[s.start_char, s.end_char, s.label_, s.kb_id_] for s in doc.spans[ACTOR_SPANS_KEY]]


def test_every_component_is_declared_as_an_entry_point() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "entry-points"
    ]["spacy_factories"]
    assert set(declared) == set(PROJECT_PIPES)
    installed = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert {name: installed.get(name) for name in declared} == declared, (
        "reinstall the package (make install) so its metadata has the entry points"
    )


def test_a_saved_pipeline_loads_without_importing_analysis(tmp_path: Path) -> None:
    nlp = load_nlp()
    expected = actor_spans(nlp, SENTENCE)
    assert expected, "the sentence must give actor spans for the check to mean anything"
    nlp.to_disk(tmp_path / "pipeline")
    done = subprocess.run(
        [sys.executable, "-c", LOAD_WITHOUT_ANALYSIS, str(tmp_path / "pipeline"), SENTENCE,
         ACTOR_SPANS_KEY],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    assert loaded["pipes"] == nlp.pipe_names
    assert loaded["spans"] == expected
