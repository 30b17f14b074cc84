"""What the notebooks walk through: one chosen article, and overviews of the whole corpus.

Each function takes the tables a notebook already has (`load_corpus`, `CorpusResult`
frames) and works the same for one article and for hundreds.
"""

import pandas as pd

from analysis.extract.casualties import extract_casualties
from analysis.rules import RuleSet

NO_SOURCE = "(no source)"


def choose_document(
    corpus: pd.DataFrame, doc_id: str | None = None, *, rules: RuleSet | None = None
) -> pd.Series:
    """Return the corpus row to walk through.

    `doc_id` names it; None takes the first loaded article with a casualty figure, or
    the first loaded article when none has one. Articles are tried in corpus order and
    the search stops at the first hit, so a large corpus is not parsed whole.

    Raises:
        ValueError: no article loaded, or `doc_id` is not a loaded article.
    """
    loaded = corpus[corpus["status"] == "ok"]
    if loaded.empty:
        raise ValueError("no article loaded: see the status and error columns of the corpus")
    if doc_id is not None:
        chosen = loaded[loaded["doc_id"] == doc_id]
        if chosen.empty:
            names = ", ".join(loaded["doc_id"].head(10))
            raise ValueError(f"doc_id {doc_id!r} is not a loaded article (e.g. {names})")
        return chosen.iloc[0]
    for _, row in loaded.iterrows():
        if not extract_casualties(row["text"], rules=rules).empty:
            return row
    return loaded.iloc[0]


def with_source(corpus: pd.DataFrame) -> pd.Series:
    """The `source` column with a visible label where a document names none."""
    return corpus["source"].fillna(NO_SOURCE).replace("", NO_SOURCE)


def count_per_document(
    corpus: pd.DataFrame, rows: pd.DataFrame, *, name: str
) -> pd.DataFrame:
    """Return one row per loaded document: doc_id, source, title and its number of `rows`."""
    loaded = corpus[corpus["status"] == "ok"]
    counts = rows.groupby("doc_id").size() if not rows.empty else pd.Series(dtype="int64")
    table = pd.DataFrame({
        "doc_id": loaded["doc_id"].to_numpy(),
        "source": with_source(loaded).to_numpy(),
        "title": loaded["title"].to_numpy(),
    })
    table[name] = table["doc_id"].map(counts).fillna(0).astype("int64")
    return table


def count_per_source(per_document: pd.DataFrame, *, name: str) -> pd.DataFrame:
    """Return documents and summed `name` per source, most first."""
    table = per_document.groupby("source", as_index=False).agg(
        documents=("doc_id", "size"), **{name: (name, "sum")}
    )
    return table.sort_values([name, "source"], ascending=[False, True], ignore_index=True)


def mentions_across_documents(actors: pd.DataFrame, *, top: int = 15) -> pd.DataFrame:
    """Return the `top` actors by mentions, with the number of documents naming each."""
    if actors.empty:
        return pd.DataFrame(columns=["actor", "actor_type", "mentions", "documents"])
    table = actors.groupby(["actor", "actor_type"], as_index=False).agg(
        mentions=("doc_id", "size"), documents=("doc_id", "nunique")
    )
    table = table.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)
    return table.head(top)
