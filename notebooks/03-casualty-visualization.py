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
# # 03 · Casualties: every figure, by party, with its source and its words
#
# **Learning goals.** After this notebook you can
#
# 1. find every casualty figure in an article (killed, wounded, missing, detained, displaced) and
#    point at the exact words it came from;
# 2. read a toll and its breakdown ("446, including 200 and 44 militants from HTS and SNA
#    respectively, ...") as a total with parts, each part tied to a party;
# 3. check that the parts add up, and see where figures from several sources go next: incidents
#    with a low / best / high toll (notebook 04);
# 4. tell figures apart from numbers that are not casualties ("three provinces", "five days");
# 5. run it on your own articles (change the parameters cell) and extend the trigger words.
#
# All the logic is in `analysis.extract.casualties`, `analysis.checks` and `analysis.plots`; this notebook
# calls them and explains.

# %% tags=["parameters"]
corpus_dir = "../seeds"
figures_dir = "../figures"
rules_dir = None  # a folder of your own rule tables (actors.csv, casualty_terms.csv, ...)
doc_id = None  # the article to walk through; None: the first one with a casualty figure

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display
from spacy import displacy

import analysis
from analysis.extract.casualties import COLUMNS, REQUIRED_PIPES
from analysis.extract.casualties.terms import load_terms
from analysis.corpus import process_corpus
from analysis.corpus.walkthrough import (
    choose_document,
    count_per_document,
    count_per_source,
    mentions_across_documents,
)
from analysis.plots import (
    plot_casualties_by_party,
    plot_casualty_outcomes,
    save_figure,
    use_house_style,
)

use_house_style()
pd.set_option("display.max_colwidth", 60)
corpus = analysis.load_corpus(corpus_dir)
rules = analysis.RuleSet.from_files(folder=rules_dir) if rules_dir else None
article = choose_document(corpus, doc_id, rules=rules)
nlp = analysis.load_nlp(rules=rules)
doc = analysis.parse_article(nlp, article)  # with its dateline and date, as process_corpus
print(f"{article['doc_id']}: {article['title']!r}, {len(doc):,} tokens")
print("pipes the extractor needs:", ", ".join(REQUIRED_PIPES))

# %% [markdown]
# ## 1 · Every figure, highlighted in its sentence
# `extract_casualties` takes a text or a parsed `Doc` and returns one row per figure. Its `start`
# and `end` are character offsets into the article, so each figure can be shown in place:
# `figure_spans` turns the rows into a span group that displaCy's `span` style draws, labelled
# with the outcome and the people counted.

# %%
table = analysis.extract_casualties(doc)
doc.spans["casualties"] = analysis.figure_spans(doc, table)
for sent in sorted({span.sent for span in doc.spans["casualties"]}, key=lambda s: s.start):
    sentence = sent.as_doc()
    sentence.spans["casualties"] = [
        sentence.char_span(span.start_char - sent.start_char, span.end_char - sent.start_char,
                           label=span.label_)
        for span in doc.spans["casualties"] if span.sent == sent
    ]
    html = displacy.render(sentence, style="span", options={"spans_key": "casualties"},
                           jupyter=False)
    display(HTML(html))

# %% [markdown]
# ## 2 · The table
# One row per figure. `count` is None for a vague figure ("dozens"); `qualifier` says how the
# article bounds it ("Over 20,000" is `more_than`). `part_of` is the `figure_id` of the total a
# figure breaks down, `group` the people counted as written and `actor` their canonical actor from
# the gazetteer (via `extract_actors`), where they belong to one.

# %%
table[["figure_id", "figure", "count", "qualifier", "outcome", "group", "actor", "is_total",
       "part_of", "location"]]

# %%
table[["figure_id", "source", "period"]]

# %%
assert tuple(table.columns) == COLUMNS
assert all(article["text"][s:e] == f for s, e, f in table[["start", "end", "figure"]].itertuples(index=False))

# %% [markdown]
# ### Numbers that are not casualties
# The article has more numbers than figures. Dates, durations, counts of things and ordinals are
# dropped: a number must count people (a person noun, a nationality, or a bare number that a
# casualty word governs) and reach an outcome word through the parse.

# %%
kept = {(s, e) for s, e in table[["start", "end"]].itertuples(index=False)}
[(token.text, token.head.text, token.ent_type_ or "-") for token in doc
 if token.like_num and not any(s <= token.idx < e for s, e in kept)]

# %% [markdown]
# ## 3 · Do the parts add up?
# `check_casualties` compares each total with the sum of its parts. "Parts below total" is
# common (the rest is often unlisted); "parts above total" is flagged as an error, unless the
# total is only a lower bound ("at least 50").

# %%
checks = analysis.check_casualties(table)
checks[["total_id", "outcome", "total", "parts_sum", "difference", "status", "is_error", "equation"]]

# %% [markdown]
# ## 4 · Deaths by party
# The toll's parts, largest first, with the check of the parts against the reported total and the
# source and period under the bars. Blue bars are named parties to the fighting (the canonical
# actor in brackets); vermillion bars are civilians, or people no party is named for. Each figure
# keeps its qualifier ("at least", "over").

# %%
fig = plot_casualties_by_party(table, outcome="killed")
save_figure(fig, "casualties_by_party", figures_dir)
plt.show()

# %% [markdown]
# ## 5 · Killed, wounded and displaced side by side
# One panel per outcome the article reports, all on one shared scale: displacement figures are
# often a hundred times the death toll, and the bars show it.

# %%
fig = plot_casualty_outcomes(table)
save_figure(fig, "casualty_outcomes", figures_dir)
plt.show()

# %% [markdown]
# ## 6 · A corpus: from figures to incidents
# Across many articles the same attack is reported several times, with tolls that rise and
# disagree. `analysis.link_incidents` links the figures that report one incident (same
# country, compatible place and dates, no conflicting perpetrator) into an event table with a
# low / best / high death toll across sources, as the UCDP Georeferenced Event Dataset does;
# running and cumulative tolls (the seed's "in five days of fighting") never join an
# incident. Notebook 04 walks through it and draws the timeline, the place grid and an
# incident card. Here, the incidents of this corpus:

# %%
result = process_corpus(corpus, tables=("casualties",), rules=rules, progress=False)
figures = result.casualties
incidents, links = analysis.link_incidents(figures, corpus)
incidents[["incident_id", "event_date", "country", "location", "actor1", "fatalities_low",
           "fatalities_best", "fatalities_high", "displaced", "n_sources", "n_documents"]]

# %% [markdown]
# Figures per document and per source, over the whole corpus:

# %%
figures_per_document = count_per_document(corpus, figures, name="figures")
display(count_per_source(figures_per_document, name="figures"))
figures_per_document.sort_values("figures", ascending=False).head(15)

# %% [markdown]
# ## 7 · Your own rules
# Trigger words, person nouns, toll words, part cues ("including", "among the dead") and source
# cues live in `analysis/data/casualty_terms.csv`. Put your own rows in a `casualty_terms.csv`
# in your rules folder (`rules_dir`) and they are added to these; no Python changes.

# %%
terms = load_terms(rules)
terms.groupby("kind")["term"].agg(lambda t: ", ".join(t.head(6))).rename("examples").to_frame()

# %%
sentence = "Militiamen rounded up 14 herders near Djibo, according to local sources."
analysis.extract_casualties(sentence, rules=rules)[["count", "outcome", "group", "location", "source"]]
