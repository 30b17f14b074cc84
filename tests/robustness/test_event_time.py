"""Dating and placing events costs time that grows with the text, not with its square.

Events ask `analysis.extract.setting` for a date and a place per verb, far more often than
casualties do; work that grows with the whole Doc at each call (rebuilding ``doc.text``,
re-splitting the sentences) once made 3,000 events in 1,500 sentences take 26 s. Each size
is timed on its first extraction from a fresh Doc, the best of three (a busy machine); the
article is parsed once per size, each Doc rebuilt from its bytes.
"""

import time

from spacy.language import Language
from spacy.tokens import Doc

from analysis.extract.events import event_rows

OPENING = "On Monday, RSF fighters shelled a market in El Fasher, residents said. "
# Sentences without a date or a place of their own: each looks back for one.
REPORTS = (
    "The army attacked RSF positions again and the RSF fought back. ",
    "Militias looted the shops near the river. ",
    "The RSF then blocked the road to the south. ",
)


def article(sentences: int) -> str:
    body = [REPORTS[i % len(REPORTS)] for i in range(sentences)]
    paragraphs = ["".join(body[i : i + 20]) for i in range(0, sentences, 20)]
    return OPENING + "\n\n".join(paragraphs)


def first_extraction(nlp: Language, sentences: int, repeats: int = 3) -> tuple[float, int]:
    """The best of `repeats` first extractions, each from a fresh Doc rebuilt from the bytes of
    one parse (what the pipeline set, nothing an earlier extraction worked out)."""
    parsed = nlp(article(sentences)).to_bytes()
    times, found = [], 0
    for _ in range(repeats):
        doc = Doc(nlp.vocab).from_bytes(parsed)
        doc.user_data["published"] = "2025-03-19"
        started = time.perf_counter()
        rows = event_rows(doc)
        times.append(time.perf_counter() - started)
        found = len(rows["verb"])
    return min(times), found


def test_events_are_dated_and_placed_in_linear_time(nlp: Language) -> None:
    first_extraction(nlp, 20, repeats=1)  # load what every run loads once (the gazetteer)
    t_small, _ = first_extraction(nlp, 200)
    t_large, found = first_extraction(nlp, 800)
    assert found >= 800
    # Four times the events: about 4x the time if linear, 16x if quadratic.
    assert t_large / t_small < 8, (t_small, t_large)
