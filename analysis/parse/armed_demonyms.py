"""A state's forces told by the weapon they fired: "a Russian cruise missile struck".

Reports often name a foreign force only by its people's adjective on the weapon or strike
("a Russian Kh-101 cruise missile", "two Turkish combat drones", "US and British
aircraft"): coders name the firing party that country's forces. The gazetteer matches
"{demonym} {noun}" only when the two words touch ("Israeli drone"); here the parse
decides: the demonym (or a state's name) modifies a state-force noun of
`data/state_nouns.csv` ("missile", "drones", "aircraft"), directly or across compound
words that name no party ("cruise", "glide", a model name), or is joined by "and" to
one that does; the model's untyped organisation or person that opens with the demonym
("Russian Shahed", "Turkish Bayraktar" of "... drones") gives way to the forces. A demonym
that says where a weapon was made ("Iranian-made drones") modifies "made", not the
weapon, and names no one.
"""

from dataclasses import replace

from spacy.tokens import Doc, Token

from analysis.parse.gazetteer import forces_name
from analysis.parse.mentions import Mention

# Dependencies by which a people's adjective or a state's name qualifies a noun.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Readings of a demonym and a weapon's model name the model took for a name of its own.
UNTYPED = frozenset({"other", "person"})


def _weapon(token: Token, weapons: frozenset[str]) -> bool:
    """Whether a word is a state-force noun of the table, in any number ("bomb", "bombs")."""
    lemma = token.lemma_.lower()
    return token.lower_ in weapons or lemma in weapons or f"{lemma}s" in weapons


def _fired(token: Token, weapons: frozenset[str], parties: frozenset[str]) -> Token | None:
    """The weapon noun a modifier qualifies, up compound words that name no party."""
    joined = token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)
    while token.dep_ == "conj" and token.head.i < token.i:  # "US and British aircraft"
        token = token.head
    if token.dep_ not in MODIFIER_DEPS:
        return None
    head = token.head
    while head.i > token.i and not _weapon(head, weapons):
        if head.dep_ not in MODIFIER_DEPS or head.lower_ in parties or head.head.i <= head.i:
            return None
        head = head.head
    if not joined and (head.lower_ in parties or head.lemma_.lower() in parties):
        return None  # "a Kenya soldier": the generic rule joins the two words whole
    return head if head.i > token.i and head.pos_ == "NOUN" else None


def armed_demonyms(
    doc: Doc,
    mentions: list[Mention],
    demonyms: dict[str, str],
    weapons: frozenset[str],
    parties: frozenset[str],
    force_names: dict[str, str],
    state_countries: dict[str, str],
) -> list[Mention]:
    """A demonym or state on a weapon noun is that state's forces (see the module doc).

    `weapons` are the state-force nouns of `state_nouns.csv`, `parties` the generic nouns
    that name a party ("militia": "Kurdish militia attacks" are no state's);
    `force_names` the templates of `gazetteer.forces_name`, `state_countries` a state
    actor's country. A state mention becomes its forces; a bare demonym a new mention.
    """
    by_start = {m.start: m for m in mentions}
    untyped = {m.start: m for m in mentions if m.actor_type in UNTYPED}  # "Russian Shahed"
    covered = {i for m in mentions if m.actor and m.start not in untyped
               for i in range(m.start, m.end)}  # fmt: skip
    result = list(mentions)
    for token in doc:
        state = by_start.get(token.i)
        own_state = state is not None and state.actor_type == "state" and len(state) == 1
        if not own_state and (token.text not in demonyms or token.i in covered):
            continue
        weapon = _fired(token, weapons, parties)
        if weapon is None:
            continue
        if token.i in untyped and untyped[token.i].end <= weapon.i:  # the model's "Russian
            result.remove(untyped[token.i])  # Shahed" before "drones": the weapon's maker
        country = (
            state_countries.get(state.actor or "", state.actor or "")
            if own_state and state is not None
            else demonyms[token.text]
        )
        name = forces_name(country, weapon.lower_, force_names)
        if own_state and state is not None:
            result = [replace(m, actor=name, actor_type="state_forces", label="ORG")
                      if m == state else m for m in result]  # fmt: skip
        elif token.i in untyped and untyped[token.i].end <= weapon.i:
            result.append(Mention(token.i, weapon.i + 1, "ORG", name, "state_forces"))
        else:
            result.append(Mention(token.i, token.i + 1, "NORP", name, "state_forces"))
    return result
