"""The people who raised a toll, told in the update's own sentence, are no row of their own.

"The toll rose to 14 on Tuesday after two more bodies were found": the two are the
difference between the first toll and the latest one, which counts them already, so they
point to the update (`repeat_of`) instead of becoming a part row of it (the convention of
the fourteenth to seventeenth sets; the third set counts a part when the bodies come first,
"recovered two more bodies, raising the toll to 11", which this leaves alone). The figure
follows the update in its sentence, in a clause opened by a `raise_mark` term ("after",
"as", "following") and counts bodies (`increment_noun` terms: "the bodies of two guests")
or more people ("three more bodies"). The deaths of the wounded ("after two of the wounded
died") move between outcomes (`later_deaths`) and are not increments here.

>>> import analysis
>>> from analysis.extract.casualties import extract_casualties
>>> df = extract_casualties(analysis.load_nlp()(
...     "The toll rose to 14 on Tuesday after two more bodies were found in a cell block."))
>>> [(f, str(r)) for f, r in zip(df["figure"], df["repeat_of"])]
[('14', '<NA>'), ('two', '0')]
"""

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.later_deaths import more_of, of_phrase


def raised_by(
    figure: Figure, marks: frozenset[str], nouns: frozenset[str], verbs: frozenset[str]
) -> bool:
    """Whether `figure` is the bodies or people that raised a toll, told in its sentence.

    The clause a `raise_mark` opens ("after ... were found", "following the discovery of")
    holds the figure and hangs on an update verb (`update_cue` terms: "rose to 14 after")
    told before it. Only the figure's heads are walked (a long list stays linear).
    """
    token = figure.span.root
    bodies = token.lemma_.lower() in nouns
    while token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in marks:  # "following the discovery of"
            mark, verb = token, token.head
        else:  # "after two more bodies were found": the clause's verb opened by its mark
            mark = next((c for c in token.lefts if c.dep_ == "mark" and c.lower_ in marks), None)
            verb = token.head
        if mark is not None and (bodies or more_of(figure)) and _raises(verb, mark, verbs):
            return True
        token = token.head
        bodies = bodies or token.lemma_.lower() in nouns
    return False


def _raises(verb: Token, mark: Token, verbs: frozenset[str]) -> bool:
    """Whether `verb`, before `mark`, is an update verb with a "to" of its own ("rose to 14").

    The parse may hang the clause on the reporting verb after the update ("has risen to 16,
    the mayor said on Thursday, after three more bodies were found"): its reported clause
    (`ccomp`) is the update then.
    """
    said = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    return any(
        v.i < mark.i
        and v.lemma_.lower() in verbs
        and any(c.lower_ in {"to", "at"} or c.pos_ == "NUM" for c in v.children)
        for v in (verb, *said)
    )


def _people(figure: Figure) -> Token:
    """The word for a figure's people: "attackers" of "12 of the attackers", else its noun."""
    counted = of_phrase(figure)
    if counted is not None:
        return counted
    root = figure.span.root
    return root.head if root.dep_ == "nummod" else root


def other_people(figure: Figure, own: set[str], perpetrators: frozenset[str]) -> bool:
    """Whether `figure` counts other people than an update's toll, so it is no first toll.

    A subgroup the dead include ("The dead include four children": the object of
    "include") is a part of the toll, and the attackers killed, told as a share of them
    ("soldiers killed 12 of the attackers": `perpetrator` terms), are another side's toll,
    unless the update counts attackers too (`own`, its `toll_people`: "raising the number of
    militants killed"). Either would otherwise be taken for the first toll an update
    replaces when that first toll is not written.
    """
    people = _people(figure)
    if people.dep_ == "dobj" and people.head.lemma_.lower() == "include":
        return True
    counted = of_phrase(figure)  # "12 of the attackers"; "six soldiers" may be the victims
    if counted is None or counted.lemma_.lower() not in perpetrators:
        return False
    return not own & perpetrators


def toll_people(update: Figure) -> set[str]:
    """The people of the toll an update raises: "militants" of "the toll of the militants"."""
    verb = update.span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    found = {h.lemma_.lower() for h in heads} | {_people(update).lemma_.lower()}
    for head in heads:
        found |= {
            o.lemma_.lower()
            for prep in head.children
            if prep.lower_ == "of"
            for o in prep.children
            if o.dep_ == "pobj"
        }
    return found
