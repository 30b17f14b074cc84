"""Where the project's components write on a Doc, and the first of them.

- ``keep_model_entities`` copies the model's own entities to ``doc.spans["model_ents"]``
  (to compare with, and to recover the parts a gazetteer match cuts off).
- The resolver (`analysis.parse.resolver`) writes ``doc.ents`` (an actor's entity has
  ``kb_id_`` and ``id_`` set to its canonical name) and ``doc.spans["actors"]`` (one span
  per actor mention, ``label_`` = actor type, ``kb_id_`` = ``id_`` = canonical name).

All of it survives ``DocBin(store_user_data=True)``.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

ACTOR_SPANS_KEY = "actors"
MODEL_SPANS_KEY = "model_ents"
MODEL_ENTS_PIPE = "keep_model_entities"
GAZETTEER_PIPE = "actor_gazetteer"
RESOLVER_PIPE = "actor_resolver"
# The project's components, in pipeline order (after the model's ``ner``).
PROJECT_PIPES: tuple[str, ...] = (MODEL_ENTS_PIPE, GAZETTEER_PIPE, RESOLVER_PIPE)


@Language.component(MODEL_ENTS_PIPE)
def keep_model_entities(doc: Doc) -> Doc:
    """Copy the statistical model's entities to ``doc.spans["model_ents"]``."""
    doc.spans[MODEL_SPANS_KEY] = list(doc.ents)
    return doc


def put_entities(doc: Doc, new: list[Span]) -> None:
    """Write `new` into ``doc.ents``, dropping the entities they overlap."""
    if not new:
        return
    kept = [e for e in doc.ents if not any(e.start < n.end and e.end > n.start for n in new)]
    doc.ents = sorted([*kept, *new], key=lambda e: e.start)
