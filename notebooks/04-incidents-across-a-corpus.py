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
# # 04 · Incidents across a corpus: when, where, by whom, and how sources disagree
#
# **Learning goals.** After this notebook you can
#
# 1. read, for each casualty figure, the date, place and perpetrator the package resolved,
#    and point at the words each came from;
# 2. explain how figures from different articles become one incident (same country,
#    compatible place and dates, no conflicting perpetrator), and why running and
#    cumulative tolls ("in five days of fighting", "since the war began") never join one;
# 3. read the event table, in the shape ACLED and UCDP GED use: one row per incident with
#    `event_date`, place, `actor1` / `actor2` and a low / best / high death toll;
# 4. draw the incidents over time and by place, and follow one incident's toll from report
#    to report;
# 5. run it on your own folder of articles (change the parameters cell).
#
# The logic is in `analysis.link_incidents` (`analysis/incidents/`) and `analysis.plots`;
# this notebook calls them and explains. The seed corpus has one article; the constructed
# corpus (`corpus_dir = "../corpora/constructed"`, 40 short made-up articles about five
# conflicts) shows incidents reported by several outlets.

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
from spacy.tokens import Span

import analysis
from analysis.corpus import process_corpus
from analysis.corpus.walkthrough import choose_document
from analysis.extract.casualties import when_where_who_spans
from analysis.plots import (
    busiest_incident,
    card_rows,
    place_grid,
    plot_incident_card,
    plot_incident_places,
    plot_incident_timeline,
    save_figure,
    use_house_style,
)

use_house_style()
pd.set_option("display.max_colwidth", 50)
pd.set_option("display.max_rows", 60)
pd.set_option("display.width", 200)
corpus = analysis.load_corpus(corpus_dir)
rules = analysis.RuleSet.from_files(folder=rules_dir) if rules_dir else None
loaded = corpus[corpus["status"] == "ok"]
result = process_corpus(corpus, tables=("casualties",), rules=rules, progress=False)
figures = result.casualties
incidents, links = analysis.link_incidents(figures, corpus)
print(f"{len(loaded)} document(s), {len(figures)} casualty figures, {len(incidents)} incident(s)")
if len(loaded) == 1:
    print("One document: every incident below has a single source. Point corpus_dir at a folder "
          "of articles about the same events (e.g. ../corpora/constructed) to see linking.")

# %% [markdown]
# ## 1 · When, where, by whom: one article
# Every casualty row carries a `date` (resolved against the article's publication date:
# "on Monday" is the Monday before it), a `place` from an offline gazetteer (disambiguated by
# the article's countries: Tripoli in Libya or in Lebanon), the `perpetrator` where the text
# names who did it, and a `scope`: one incident, a running toll for a period, or a cumulative
# toll. Each comes with the character offsets of its words, so they can be marked in the
# text: the figures, then DATE, PLACE and BY (the perpetrator), each with the numbers
# (`figure_id`) of the figures it belongs to; a date can sit in another sentence than its
# figure.

# %%
article = choose_document(corpus, doc_id, rules=rules)
mine = figures[figures["doc_id"] == article["doc_id"]]
nlp = analysis.load_nlp(rules=rules)
doc = analysis.parse_article(nlp, article)  # as the corpus run parsed it
print(f"{article['doc_id']}: {article['title']!r}, published {article['published']}, "
      f"source {article['source']}")
if mine.empty:
    print("This article has no casualty figure: there is nothing to mark.")
doc.spans["when_where_who"] = when_where_who_spans(doc, mine)
for sent in sorted({s.sent for s in doc.spans["when_where_who"]}, key=lambda s: s.start):
    sentence = sent.as_doc()
    sentence.spans["when_where_who"] = [
        Span(sentence, s.start - sent.start, s.end - sent.start, label=s.label_)
        for s in doc.spans["when_where_who"] if s.start >= sent.start and s.end <= sent.end
    ]
    display(HTML(displacy.render(sentence, style="span", jupyter=False,
                                 options={"spans_key": "when_where_who"})))

# %% [markdown]
# The same as a table. `date_words` are the words the date came from ("a figure with no date
# words takes the publication date, with precision "report"); `place_precision` says whether
# the place is a city, district, province or only the country.

# %%
mine[["figure_id", "figure", "outcome", "scope", "date", "date_precision", "date_words",
      "place", "country", "place_precision", "perpetrator", "victim_category"]]

# %%
assert all(
    article["text"][int(s):int(e)] == w
    for s, e, w in mine[["date_start", "date_end", "date_words"]].dropna().itertuples(index=False)
)

# %% [markdown]
# ## 2 · From figures to incidents: the links
# `link_incidents(casualties, documents)` returns two tables. `links` has one row per figure:
# the incident it joined and why ("first report", "same place and date", ...), and whether
# it is `standing`, i.e. counted in the estimates (an early "at least 30" that a later 50
# replaces is linked but no longer counted). Running and cumulative tolls get no incident.

# %%
links["reason"].value_counts().rename("figures").to_frame()

# %% [markdown]
# One incident, the one with most sources, figure by figure: who reported what, when, and
# the words around each number.

# %%
chosen = busiest_incident(incidents)
if chosen is None:
    print("No incident in this corpus: no figure reports a single attack or clash.")
else:
    behind = card_rows(chosen, links, figures, corpus)
    display(behind[["report_date", "doc_id", "reporter", "figure", "outcome", "date", "place",
                    "perpetrator", "reason", "standing", "words"]])

# %% [markdown]
# ### Tolls that are not incidents
# A running toll ("446 killed in five days of fighting") or a cumulative one ("the war has
# killed more than 150,000") spans many incidents; adding it to one would double-count.

# %%
tolls = links[links["incident_id"].isna()].merge(figures, on=["doc_id", "figure_id"])
if tolls.empty:
    print("Every figure in this corpus belongs to an incident.")
tolls[["doc_id", "figure", "outcome", "scope", "place", "source", "reason"]].head(15)

# %% [markdown]
# ## 3 · The event table
# One row per incident, with ACLED's column names where the meaning is the same. `actor1` is
# the perpetrator, `actor2` the victim side; `fatalities_low` / `_best` / `_high` are UCDP
# GED's three estimates across sources (ACLED has one `fatalities`): low the smallest
# standing figure, high the largest, best the middle of the standing figures that are not a
# party's own claim.

# %%
incidents[["incident_id", "event_date", "country", "location", "actor1", "actor2",
           "fatalities_low", "fatalities_best", "fatalities_high", "wounded", "displaced",
           "detained", "n_sources", "n_documents"]]

# %% [markdown]
# ## 4 · Incidents over time
# Each incident with a death toll is a dot at its event date, coloured by perpetrator. A bar
# from low to high is drawn only where two or more sources disagree; a dot from a single
# source is hollow, so one report never looks like a range. Incidents that report only
# wounded, displaced or detained people sit in the strip below.

# %%
fig = plot_incident_timeline(incidents)
save_figure(fig, "incident_timeline", figures_dir)
plt.show()

# %% [markdown]
# ## 5 · Where and when
# A grid of country · place against weeks (months for a longer corpus): each cell is the
# death toll (best) of the incidents there, summed. No package in the project's lock ships
# an offline map outline, and a grid reads the numbers directly.

# %%
grid = place_grid(incidents)
print(f"{grid['place'].nunique()} place(s) in {grid['period'].nunique()} "
      f"{grid.attrs.get('period', 'week')}(s)")
fig = plot_incident_places(incidents)
save_figure(fig, "incident_places", figures_dir)
plt.show()

# %% [markdown]
# ## 6 · One incident's card: how the toll moved
# The figures of the incident from section 2, one line per reporter along the report dates,
# with the incident's low-high band and best. An "at least" figure is a triangle; a
# superseded one is hollow. The words behind each figure are listed beside it.

# %%
fig = plot_incident_card(chosen, incidents, links, figures, corpus)
save_figure(fig, "incident_card", figures_dir)
plt.show()

# %% [markdown]
# ## 7 · Your own corpus
# Set `corpus_dir` to a folder of articles (text, HTML, JSONL or CSV, each with a
# publication date in a sidecar, a column or its file name). The event table is written with
# the other tables by `CorpusResult.write` and the command line; the figures here work on
# any `link_incidents` output.
