"""Parse: the one place the spaCy pipeline is built (`load_nlp`, `pipeline_with`, `as_doc`).

`model` chooses and loads the model and adds the project's components; `spans` names
where they write; `gazetteer` turns the actor tables into patterns; `ruler` and
`resolver` are the ``actor_gazetteer`` and ``actor_resolver`` components.
"""

from analysis.parse.model import (
    ModelNotFoundError,
    as_doc,
    load_base_model,
    load_nlp,
    model_name,
    pipeline_with,
    with_dependencies,
)

__all__ = [
    "ModelNotFoundError",
    "as_doc",
    "load_base_model",
    "load_nlp",
    "model_name",
    "pipeline_with",
    "with_dependencies",
]
