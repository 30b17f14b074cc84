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
# # 02 · Actors: who is in the news, under one name each, what they say and what they do
#
# **Learning goals.** After this notebook you can
#
# 1. see where spaCy's small English model goes wrong on conflict news (split names, missed
#    acronyms, places tagged as groups) and how the project's components correct it;
# 2. read the actor table: one row per mention, with its canonical actor, type and exact
#    character offsets;
# 3. explain the alias rules: acronyms defined in parentheses, a surname after the full name,
#    capitals and "{nationality} {troops|officials}" standing for a government, ambiguous
#    acronyms resolved by the article's countries;
# 4. count actors and draw who appears with whom;
# 5. attribute direct quotes to their speakers and list who did what to whom;
# 6. run it on your own articles (change the parameters cell) and extend the gazetteer.
#
# The logic is in `analysis.parse` (spaCy components), `analysis.extract.actors`,
# `analysis.extract.quotes`, `analysis.extract.events` and `analysis.plots`; this notebook calls them and explains.

# %% tags=["parameters"]
corpus_dir = "../seeds"
figures_dir = "../figures"
rules_dir = None  # a folder of your own rule tables (actors.csv, casualty_terms.csv, ...)
doc_id = None  # the article to walk through; None: the first one with a casualty figure

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display
from spacy import displacy

import analysis
from analysis.extract.actors import entity_corrections
from analysis.parse import gazetteer
from analysis.corpus import process_corpus
from analysis.corpus.walkthrough import (
    choose_document,
    count_per_document,
    count_per_source,
    mentions_across_documents,
)
from analysis.plots import plot_actor_mentions, plot_actor_network, save_figure, use_house_style

use_house_style()
pd.set_option("display.max_colwidth", 70)
pd.set_option("display.max_rows", 80)
corpus = analysis.load_corpus(corpus_dir)
rules = analysis.RuleSet.from_files(folder=rules_dir) if rules_dir else None
article = choose_document(corpus, doc_id, rules=rules)
text = article["text"]
print(f"{len(corpus)} article(s); {article['doc_id']} has {len(text)} characters.")

# %% [markdown]
# ## 1 · What the model sees on its own
# The small English model alone (`load_base_model`). Look for "Hay’at" and "al-Sham" as two
# entities, "Rudaw’s Halkawt Aziz" as one person, "Aleppo" as a nationality (NORP), "HTS" and
# "OCHA" missed, and the UN office cut in two.

# %%
raw_doc = analysis.load_base_model()(text)
displacy.render(raw_doc, style="ent", jupyter=True)

# %% [markdown]
# ## 2 · With the project's components
# `load_nlp()` adds three registered spaCy components after the model's `ner`:
#
# * `keep_model_entities` keeps the model's guesses in `doc.spans["model_ents"]`;
# * `actor_gazetteer` is spaCy's `EntityRuler`, filled from `analysis/data/actors.csv` (names and
#   aliases), `demonyms.csv` × `state_nouns.csv` ("Syrian army", "Iraqi officials") and
#   `places.csv`; its matches overwrite the model's;
# * `actor_resolver` applies the document-level rules and writes the canonical name of every actor
#   to `ent.kb_id_` and to `doc.spans["actors"]` (both survive a `DocBin` round trip).
#
# `parse_article` parses the article as `process_corpus` does: with the dateline and the printed
# date that cleaning took off its body, so a story that never names its country in the body
# still gets one ("Police Forces of Nigeria" from "MAIDUGURI —").

# %%
nlp = analysis.load_nlp(rules=rules)
print(nlp.pipe_names)
doc = analysis.parse_article(nlp, article)  # with its dateline and date, as process_corpus
displacy.render(doc, style="ent", jupyter=True)

# %% [markdown]
# Every entity the components changed, next to what the model said ("named" rows, where only
# the canonical name was added, are left out):

# %%
changes = entity_corrections(doc)
changes[changes["change"].isin(["corrected", "dropped", "added"])]

# %% [markdown]
# ## 3 · The actor table
# One row per mention. `start`/`end` are character offsets into the cleaned text, so
# `text[start:end] == mention` always holds; `sentence` counts sentences from 0. Places (Aleppo,
# Hama, "in Baghdad") are not actors.

# %%
actors = analysis.extract_actors(doc)
assert all(text[r.start : r.end] == r.mention for r in actors.itertuples())
display(actors)

# %% [markdown]
# The alias rules at work: mentions that are not the actor's own name.

# %%
actors[actors["mention"] != actors["actor"]][["mention", "actor", "actor_type", "sentence"]]

# %% [markdown]
# The rules are general, not a list of this article's answers. The same acronym "SNA" is the
# Somali National Army in an article about Somalia; a name defined in parentheses works even if
# it is in no gazetteer; "Moscow" acting is Russia, "in Moscow" is a place.

# %%
examples = [
    "Al-Shabaab fighters attacked an SNA base near Mogadishu, Somali officials said.",
    "Fighters of the Popular Front for Azawad Unity (PFAU) attacked a convoy. PFAU said so.",
    "Moscow denied the strike. Talks were held in Moscow. Commander Oleksandr Petrenko said "
    "Petrenko's unit held.",
]
pd.concat([analysis.extract_actors(t).assign(example=i) for i, t in enumerate(examples)])[
    ["example", "mention", "actor", "actor_type"]
]

# %% [markdown]
# ## 4 · Mentions per actor, over the corpus
# `process_corpus` parses every article once and runs the extractors (only the pipes they need);
# each table gets a `doc_id`. Counts and co-occurrence work the same for one article or many.

# %%
result = process_corpus(corpus, tables=("actors", "quotes", "events"), rules=rules, progress=False)
counts = analysis.actor_mention_counts(result.actors)
display(analysis.actor_type_counts(result.actors))
counts.head(15)

# %%
fig = plot_actor_mentions(counts, top=15)
_ = save_figure(fig, "actor_mentions", figures_dir)
plt.show()

# %% [markdown]
# Across documents: how many articles name each actor (a count inflated by one long article
# shows many mentions in few documents), and actor mentions per document and per source.

# %%
mentions_across_documents(result.actors, top=15)

# %%
actors_per_document = count_per_document(corpus, result.actors, name="actor_mentions")
display(count_per_source(actors_per_document, name="actor_mentions"))
actors_per_document.sort_values("actor_mentions", ascending=False).head(15)

# %% [markdown]
# ## 5 · Who appears with whom
# Two actors are linked when they are mentioned in the same sentence; the weight counts such
# sentences (over all articles). A tidy edge list, ready for any network tool.

# %%
edges = analysis.actor_cooccurrence(result.actors)
edges.head(15)

# %%
fig = plot_actor_network(edges, counts, top=20)
_ = save_figure(fig, "actor_network", figures_dir)
plt.show()

# %% [markdown]
# ## 6 · Quotes and their speakers
# Text between paired quotation marks (curly or straight) of at least four words; shorter ones
# ("under control") are scare quotes. The cue is the nearest reporting verb outside the quote;
# the speaker is its subject, resolved to an actor: "Abbasi" → Thabet al-Abbasi, and "he said"
# → the person the previous sentences were about ("The minister noted ..." → the defense
# minister named earlier).

# %%
quotes = analysis.extract_quotes(doc)
assert all(text[r.start : r.end] == r.quote for r in quotes.itertuples())
display(quotes)

# %% [markdown]
# ## 7 · Who did what to whom
# One row per verb whose doer is an actor: the subject, or after a passive the "by" phrase
# ("Iran’s network of proxies has been weakened by Israel" → Israel weakened it). A verb without a
# subject of its own takes its governing verb's ("The Syrian army said it began carrying out
# strikes"); `partner` is an actor acting "with" the source. What speakers claim inside quotes is
# in the quotes table, not here. Each event also says when and where, as casualty rows do
# (notebook 04): the date of its own clause, else the sentence's or the article's, resolved
# against the publication date (`date_precision` "report" when the text gives none), and the
# finest place the sentence or article names, each with the span of its words.

# %%
events = analysis.extract_events(doc)
assert all(text[r.start : r.end] == r.trigger for r in events.itertuples())
display(events[["source", "verb", "target", "target_actor", "date", "date_precision",
                "place", "country", "trigger", "start", "end"]])  # fmt: skip

# %% [markdown]
# ## 8 · Your own corpus and your own actors
# Point `corpus_dir` (parameters cell) at a folder of `.txt`, `.jsonl` or `.csv` articles; the
# figures go to `figures_dir`. The gazetteer is a CSV: put your own rows (`actor`, `actor_type`,
# `aliases` separated by `|`, `country`) in a file named `actors.csv` in a folder and set
# `rules_dir` to it; they are added to the packaged gazetteer (a row with an existing name
# replaces it). The other tables in `analysis/data` (demonyms, capitals, places, ambiguous
# acronyms, organisation keywords, titles, reporting verbs) work the same, and so does
# `make figures RULES=my_rules` or `python -m analysis extract ... --rules my_rules`.

# %%
actor_table = gazetteer.read_actors(rules)
print(f"{len(actor_table)} actors in analysis/data/actors.csv")
pd.Series([a.actor_type for a in actor_table.values()]).value_counts().rename("actors")
