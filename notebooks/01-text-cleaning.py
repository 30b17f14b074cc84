# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: conflict-news (.venv)
#     language: python
#     name: conflict-news
# ---

# %% [markdown]
# # 01 · Text cleaning: from a scraped file to an article
#
# **Learning goals.** After this notebook you can
#
# 1. say what a scraped news file looks like before cleaning (headline, dateline, repeated paragraphs);
# 2. apply each cleaning step of `analysis.cleaning` on its own and see what it changes;
# 3. explain why duplicates and typography matter for spaCy's tokens and entities;
# 4. run the same walkthrough on your own articles (change the parameters cell).
#
# Every step is a small pure function in the `analysis` package; this notebook only calls them.

# %% tags=["parameters"]
corpus_dir = "../seeds"
figures_dir = "../figures"
doc_id = None  # the article to walk through; None: the first one with a casualty figure

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

import analysis
from analysis import cleaning
from analysis.cleaning.article import paragraph_table
from analysis.cleaning.segment import split_byline, split_opening
from analysis.corpus.walkthrough import choose_document, with_source
from analysis.plots import plot_duplicate_map, plot_paragraph_counts, save_figure, use_house_style

use_house_style()
pd.set_option("display.max_colwidth", 90)
corpus = analysis.load_corpus(corpus_dir)
corpus[["doc_id", "status", "encoding", "n_paragraphs", "n_duplicates_removed"]]

# %% [markdown]
# ## 1 · The raw file
# `load_corpus` keeps the untouched text in `raw_text`. We walk through the article named by
# `doc_id` (by default the first one with a casualty figure, the one notebooks 02 and 03 show).

# %%
doc = choose_document(corpus, doc_id)
raw = doc["raw_text"]
raw_lines = raw.splitlines()
print(f"{Path(doc['path']).name}: {len(raw):,} characters, {len(raw_lines)} lines")
for number, line in enumerate(raw_lines[:4], start=1):
    print(f"{number:>2} | {line[:110]}")

# %% [markdown]
# ## 2 · Character-level steps, one at a time
# Each step takes a string and returns a string (like textacy's `preprocessing`). The table counts
# how many characters each step changed on this file; on a clean UTF-8 file most are zero, on a
# Windows or scraped file they are not.

# %%
steps = [cleaning.line_endings, cleaning.control_characters, cleaning.unicode_nfc, cleaning.whitespace]
text, rows = raw, []
for step in steps:
    after = step(text)
    rows.append({"step": step.__name__, "chars_before": len(text), "chars_after": len(after),
                 "changed": after != text})
    text = after
pd.DataFrame(rows)

# %%
assert text == cleaning.normalize_text(raw)  # the pipeline is exactly these steps in order

# %% [markdown]
# ## 3 · Paragraphs, headline, byline, dateline and duplicates
# `split_paragraphs` cuts the text into paragraphs (a short first line directly followed by the
# body goes on its own); `split_headline` takes a first short line without closing punctuation
# as the headline; `split_byline` takes a "By Jane Doe" line; `split_opening` takes the
# "CITY, Region (Agency) -" dateline; `find_duplicates` marks exact and near-duplicate
# paragraphs (scraping repeats), keeping the first copy.

# %%
paragraphs = cleaning.split_paragraphs(text)
title, rest = cleaning.split_headline(paragraphs)
byline, rest = split_byline(rest)
dateline, body = split_opening(rest)
print("headline:", title)
print("byline:  ", byline)
print("dateline:", dateline)
print("first paragraph starts:", body[0][:60] if body else "(no body)")

# %%
table = paragraph_table(raw)
table["status"].value_counts().rename_axis("status").reset_index()

# %%
duplicates = table[table["status"] == "duplicate"][["position", "duplicate_of", "reason", "text"]]
if duplicates.empty:
    print("No paragraph of this article repeats another one.")
else:
    display(duplicates)

# %% [markdown]
# Paragraph counts at each stage, and where the repeats sit in the raw file:

# %%
stage_counts = pd.DataFrame({
    "stage": ["raw lines", "paragraphs", "body (headline etc. removed)", "body (duplicates removed)"],
    "paragraphs": [len(raw_lines), len(paragraphs), len(body),
                   int((table["status"] == "kept").sum())],
})
fig = plot_paragraph_counts(stage_counts)
save_figure(fig, "cleaning_paragraph_counts", figures_dir)
plt.show()

# %%
fig = plot_duplicate_map(table)
save_figure(fig, "cleaning_duplicate_map", figures_dir)
plt.show()

# %% [markdown]
# ## 4 · The whole pipeline: `clean_article`
# One call does all of the above and records what it removed. Cleaning is idempotent: cleaning the
# article's own text again changes nothing.

# %%
article = analysis.clean_article(raw)
print("title:     ", article.title)
print("byline:    ", article.byline)
print("dateline:  ", article.dateline)
print("paragraphs:", len(article.paragraphs), "| removed:", len(article.removed))
again = analysis.clean_article(article.to_raw())
print("idempotent:", (again.title, again.dateline, again.paragraphs)
      == (article.title, article.dateline, article.paragraphs))

# %% [markdown]
# ## 5 · What cleaning changes for spaCy
# Duplicated paragraphs double every entity count: an analyst counting mentions of an actor on the
# raw file would count most of them twice. Here is the small English model (without the project's
# components) on the raw and the cleaned text.

# %%
nlp = analysis.load_base_model()
raw_doc, clean_doc = nlp(text), nlp(article.text)
pd.DataFrame({
    "text": ["raw (normalised only)", "cleaned"],
    "tokens": [len(raw_doc), len(clean_doc)],
    "entities": [len(raw_doc.ents), len(clean_doc.ents)],
})

# %%
entity_counts = pd.DataFrame({
    "raw": pd.Series([e.text for e in raw_doc.ents]).value_counts(),
    "cleaned": pd.Series([e.text for e in clean_doc.ents]).value_counts(),
}).fillna(0).astype(int).rename_axis("entity").reset_index()
entity_counts.sort_values(["cleaned", "raw", "entity"], ascending=[False, False, True]).head(12)


# %% [markdown]
# ### Curly quotes: `normalize_quotes`
# The cleaned text keeps typographic apostrophes (offsets must point into the text users read),
# but `normalize_quotes` is available. Compare the model's tokens and entities on the two
# sentences below, with the curly apostrophe and with a straight one.

# %%
def tokens_and_entities(sentence: str) -> pd.DataFrame:
    """Tokens next to an apostrophe, and all entities, of one sentence."""
    parsed = nlp(sentence)
    near = sorted({j for t in parsed if "'" in t.text or "’" in t.text
                   for j in range(max(t.i - 2, 0), min(t.i + 2, len(parsed)))})
    return pd.DataFrame({
        "tokens near the apostrophe": [" | ".join(f"{parsed[j].text}/{parsed[j].tag_}" for j in near)],
        "entities": [", ".join(f"{e.text}/{e.label_}" for e in parsed.ents)],
    })


examples = [p for p in article.paragraphs if "’" in p]
sentences = [s.text for p in examples for s in nlp(p).sents if "’" in s.text][:3]
if not sentences:
    print("This article has no typographic apostrophe, so there is nothing to compare here.")
else:
    display(pd.concat(
        {
            version: pd.concat([tokens_and_entities(f(s)) for s in sentences], ignore_index=True)
            for version, f in [("curly", str), ("straight", cleaning.normalize_quotes)]
        },
        names=["quotes", "sentence"],
    ))

# %% [markdown]
# On the seed article the tokens are the same either way ("’s" is split off like "'s"), but
# the entities are not: with straight quotes the model separates the outlet "Rudaw" from the
# journalist "Halkawt Aziz" and keeps "Hay'at Tahrir al-Sham" in one piece (still with the wrong
# label). The project keeps the curly quotes, so offsets point into the text as published, and
# fixes the entities with its own components instead (notebook 02).

# %% [markdown]
# ## 6 · The whole corpus
# The same cleaning ran on every file and record in `corpus_dir`. Per document: did it load, how
# many paragraphs are left, how many repeats were dropped, and were a headline and a dateline
# found. Then the same per source (the `source` of a sidecar `.meta.json` or a JSONL/CSV column).

# %%
print(corpus["status"].value_counts().to_dict())
overview = corpus.assign(
    source=with_source(corpus),
    headline=corpus["title"].notna(),
    dateline=corpus["dateline"].notna(),
)[["doc_id", "source", "status", "n_paragraphs", "n_duplicates_removed", "headline", "dateline"]]
overview.head(20)

# %%
overview.groupby("source").agg(
    documents=("doc_id", "size"),
    paragraphs=("n_paragraphs", "sum"),
    duplicates_removed=("n_duplicates_removed", "sum"),
    with_headline=("headline", "sum"),
    with_dateline=("dateline", "sum"),
).reset_index()

# %% [markdown]
# **What to take away.** Clean first, then parse: duplicates distort every count downstream, and
# small typographic choices change what the statistical model sees. Notebook 02 fixes what the
# model still gets wrong about actors; notebook 03 extracts the human cost.
