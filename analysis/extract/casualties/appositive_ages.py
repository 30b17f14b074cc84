"""An age set off after one person told in more words: "a friend who was with him, also 16,".

`not_tolls` reads a number between commas right after a person noun as an age ("the
man, 34, died"). The person can be further back, with a relative clause or a prepositional
phrase between ("a friend who was with him, 16,", "the driver of the car, 41,"), and an
adverb can stand before the number ("his cousin, also 19,"): the parse still makes the
number an apposition of the person. One person has one age, never a count of people, so a
number in apposition to a singular person noun is an age. Not after a plural ("the
victims, 12, were ..." can restate how many they were), nor a number larger than an age.

>>> import analysis
>>> from analysis.extract.casualties.terms import compiled_rules
>>> from analysis.rules import RuleSet
>>> nlp = analysis.load_nlp()
>>> rules = compiled_rules(nlp.vocab, RuleSet())
>>> doc = nlp("His cousin, also 19, was shot in the leg.")
>>> appositive_age(doc[4:5], rules)
True
"""

from spacy.tokens import Span

from analysis.extract.casualties.people import is_person
from analysis.extract.casualties.terms import Rules

MAX_AGE = 110
_SETTERS = frozenset({",", "("})  # what opens an age: "cousin, 19," / "cousin (19)"


def appositive_age(span: Span, rules: Rules) -> bool:
    """A small number in apposition to a singular person, set off by a comma or bracket."""
    root = span.root
    person = root.head
    if root.dep_ != "appos" or person == root or person.tag_ not in {"NN", "NNP"}:
        return False
    if not (span.text.isdigit() and int(span.text) <= MAX_AGE):
        return False
    doc = span.doc
    start = span.start - 1
    while start > person.i and doc[start].dep_ == "advmod" and doc[start].head == root:
        start -= 1  # "also 16", "now 19"
    if start <= person.i or doc[start].text not in _SETTERS:
        return False
    return is_person(person, rules) or person.lower_ in rules.persons
