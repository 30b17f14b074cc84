"""Numbers that are not tolls: dates, ages, family sizes, units, scores and statistics.

A number expression next to a casualty word is not always a count of the people hurt.
`not_a_toll` names the reason a number is no figure, so a reader can see why a number
in the text has no row:

- ``unit``: a compound adjective or a unit after it ("a 40-member delegation", "20 %");
- ``date``: a month name next to it ("around 14 June");
- ``age``: set off by commas or brackets after a person or after "aged" ("the man, 34,
  died", "Boy, 16, shot in Kingston", "Man (38) shot dead", "two men, 22 and 30,"),
  or closing a clause after a name ("and his cousin Ruwan, 35.") or said of one
  person by a copula ("the man in intensive care, who is 31");
- ``family``: "a father of three";
- ``score``: a pair of numbers joined by a hyphen that is no range ("won 3-1");
- ``none``: a number after "no" counts nobody ("had detained no one", "No one was hurt");
- ``wounds``: wounds on one person ("a man with three gunshot wounds", "14 stab wounds");
- ``rank``: one among things a superlative ranks ("one of the deadliest attacks on the
  army", "one of the worst years"), not among people ("two of the youngest victims");
- ``pick``: the group one person is picked from ("the older of the two died");
- ``restated``: some of a group told before, named for who they are ("relatives of one
  of the dead men", "the target was one of the victims");
- ``group``: the group the counted people come from ("three members of one family");
- ``doers``: the size of a band told beside its pronoun ("They came at dawn, maybe twenty
  of them"), as of the "by" phrase of a passive ("was wounded by two gunmen");
- ``difference``: how far one figure is from another ("41 killed, six more than the army's
  count", "two fewer than first reported"); "six more were killed" is a toll;

A place's or a period's tally ("the county's 97 homicides this year") is no toll either;
it needs the sentence, and `tallies.statistic` decides it.
"""

import calendar

from spacy.tokens import Span, Token

from analysis.extract.casualties.appositive_ages import appositive_age
from analysis.extract.casualties.containers import holding_group
from analysis.extract.casualties.not_counts import age_of_one, age_range, rejected
from analysis.extract.casualties.outcome import is_person
from analysis.extract.casualties.terms import Rules


def _is_hyphen_adjective(span: Span) -> bool:
    """Whether the number starts a compound adjective: "a 40-member delegation", "five-day"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is not None
        and after.text in {"-", "–"}
        and span.end + 1 < len(doc)
        and not doc[span.end + 1].like_num
    )


def _unit_after(span: Span) -> bool:
    """A unit right after the number: "20 %", "20 percent", "five days"."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.text == "%" or after.lower_ in {"percent", "per"}


_MONTHS = frozenset(
    name.lower() for name in (*calendar.month_name, *calendar.month_abbr) if name
)  # the stdlib's month names, not a word list of ours


def _date(span: Span) -> bool:
    """A month name next to the number or the range: "around 14 June", "June 14".

    Not a count after it: "in June two brothers were wounded".
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    counts_after = span.text.isalpha() and after is not None and after.tag_ == "NNS"
    near = any(t is not None and t.lower_.rstrip(".") in _MONTHS for t in (before, after))
    return near and not counts_after


_MAX_AGE = 110


def _age(span: Span, rules: Rules) -> bool:
    """An age: after "aged", under "the ages of", in a list of ages, between commas or brackets.

    Between commas after a noun ("the man, 34, died", "The jawan, 28,") the number is an
    age; so it is after a person word whatever the parse made of a headline's first word
    ("Boy, 16, shot in Kingston", where "Boy" can be tagged an interjection). Brackets do
    the same in a headline's house style: "Man (38) shot dead in Limerick".
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in {"aged", "age"}:
        return True
    if _after_aged(span):  # "two children aged eight and eleven": "eleven" too
        return True
    head = span.root
    for _ in range(4):  # "between the ages of 19 and 40", "aged 18 to 25"
        if head.lemma_.lower() == "age" or head.lower_ == "aged":
            return True
        if head.head == head:
            break
        head = head.head
    if _age_list(span):
        return True
    if _told_age(span) or appositive_age(span, rules):  # "his cousin, also 19,"
        return True
    commas = before is not None and before.text == "," and after is not None
    brackets = before is not None and before.text == "(" and after is not None
    if not (
        span.start > 1
        and ((commas and after.text in {",", ")"}) or (brackets and after.text == ")"))
    ) and not _closing_age(span):
        return False
    person = doc[span.start - 2]
    if person.pos_ in {"NOUN", "PROPN"} and (
        span.root.dep_ == "appos" or person.tag_ in {"NN", "NNP"}
    ):
        return True
    small = span.text.isdigit() and int(span.text) <= _MAX_AGE
    return small and (is_person(person, rules) or person.lower_ in rules.persons)


_AGE_SUBJECTS = frozenset({"who", "he", "she"})


def _told_age(span: Span) -> bool:
    """A bare number said of one person by a copula: "the man in intensive care, who is 31".

    The number is what "is"/"was" says of "who", "he" or "she", with no noun of its own:
    the person's age ("she was 19"), not a count ("the dead were 31").
    """
    verb = span.root.head
    return (
        span.root.dep_ in {"attr", "acomp"} and verb.lemma_ == "be"
        and verb.tag_ in {"VBZ", "VBD"} and span.text.isdigit() and int(span.text) <= _MAX_AGE
        and any(c.dep_ == "nsubj" and c.lower_ in _AGE_SUBJECTS for c in verb.children)
        and not any(c.dep_ in {"prep", "nsubj"} for c in span.root.children)
    )  # fmt: skip


def _closing_age(span: Span) -> bool:
    """An age after a name that ends its clause: "... and his cousin Ruwan, 35." (or ";").

    A comma before it, the end of the sentence or a semicolon after it, and a singular
    name or person noun right before the comma.
    """
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    closes = after is None or after.text in {".", ";"} or after.is_sent_start
    person = doc[span.start - 2] if span.start > 1 else None
    return (
        closes and doc[span.start - 1].text == "," and person is not None
        and person.tag_ in {"NNP", "NN"} and span.root.dep_ == "appos"
        and span.text.isdigit() and int(span.text) <= _MAX_AGE
    )  # fmt: skip


def _score(span: Span) -> bool:
    """Two numbers joined by a hyphen without spaces that are no range: "won 3-1", "2-2".

    A range rises ("12-15", read as one figure elsewhere); a pair that does not is a
    score or a reference number, not two counts of people.
    """
    doc = span.doc
    left = span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].like_num
    right = span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].like_num
    if not (left or right):
        return False
    first, hyphen = (doc[span.start - 2], doc[span.start - 1]) if left else (span[0], doc[span.end])
    second = doc[hyphen.i + 1]
    joined = not first.whitespace_ and not hyphen.whitespace_
    numbers = [t.text for t in (first, second)]
    return joined and all(n.isdigit() for n in numbers) and int(numbers[0]) >= int(numbers[1])


def not_a_toll(span: Span, rules: Rules) -> str | None:
    """Why a number expression is no count of people hurt (see the module docstring), or None."""
    return next((reason for reason, check in _CHECKS if check(span, rules)), None)


def _after_no(span: Span, _: Rules) -> bool:
    """A number after "no" counts nobody: "had detained no one"."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "no"


def _difference(span: Span, _: Rules) -> bool:
    """The gap between two figures: "six more than the figure given by the army"."""
    doc, end = span.doc, span.end
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in {"more", "fewer", "less"}
        and doc[end + 1].lower_ == "than"
    )


def _doers(span: Span) -> bool:
    """The people of a passive verb's "by" phrase did the deed: "was wounded by two gunmen".

    The number, or the noun it counts, is the object of the agent "by".
    """
    root = span.root
    noun = root.head if root.dep_ in {"nummod", "quantmod"} else root
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def _headcount(span: Span, rules: Rules) -> bool:
    """How many "they" were, told beside them: "They came at dawn, maybe twenty of them".

    The number ("N of them") is in apposition to a pronoun that is the active subject of a
    verb that hurts no one ("came", "arrived"): the size of the band, not a toll; "They were
    killed, all five of them" (a passive subject) and "they killed ..." keep their rows.
    """
    pronoun = span.root.head
    verb = pronoun.head
    return (
        span.root.dep_ == "appos"
        and pronoun.tag_ == "PRP"
        and pronoun.dep_ == "nsubj"
        and not _outcome_word(verb, rules)
        and not any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in verb.children)
    )


def _named_part(span: Span, rules: Rules) -> bool:
    """Some of a group told before, named for who they are, not for what befell them.

    "Relatives of one of the dead men protested" (the number belongs to a noun that is no
    outcome), "the target was one of the victims" (it describes a thing or a role); not
    "the bodies of two of the victims" nor "those killed were two of the guards".
    """
    root = span.root
    groups = [
        g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"
        and any(d.dep_ in {"det", "poss"} and d.lower_ not in {"a", "an"} for d in g.lefts)
    ]  # fmt: skip
    if not groups:
        return False
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.pos_ == "NOUN" and not _outcome_word(head.head, rules)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return (
        root.dep_ == "attr"
        and head.lemma_ == "be"
        and any(
            s.tag_ == "NN" and not _outcome_word(s, rules) and not is_person(s, rules)
            for s in subjects
        )
    )


def _outcome_word(token: Token, rules: Rules) -> bool:
    """Whether the word names an outcome itself ("bodies", "deaths", "abduction")."""
    return token.lemma_.lower() in rules.single_words or token.lower_ in rules.single_words


def _picked(span: Span) -> bool:
    """The group one person is picked from: "the older of the two", "the youngest of three".

    The number restates a group told before; the words name one of its people.
    """
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.tag_ in {"JJR", "JJS"}


def _rank(span: Span, rules: Rules) -> bool:
    """One among things a superlative ranks: "one of the deadliest attacks in recent years"."""
    objects = [
        g for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]  # fmt: skip
    return any(
        any(t.tag_ in {"JJS", "RBS"} for t in o.doc[o.left_edge.i : o.i])
        and not is_person(o, rules)
        for o in objects
    )


def _one_person(token: Token, rules: Rules) -> bool:
    """One person or one body: "a man", "the victim", "he", "the body"."""
    if token.lower_ in {"he", "she", "him", "her"}:
        return True
    one = rules.single_words.get(token.lemma_.lower())
    body = one is not None and one[0] == "killed" and token.pos_ == "NOUN"
    return token.tag_ in {"NN", "NNP"} and (is_person(token, rules) or body)


def _wounds_of_one(span: Span, rules: Rules) -> bool:
    """Wounds counted on one person, not people: "a man with three gunshot wounds".

    The number counts a wound noun ("wounds", "injuries") that lies on a body part ("two
    stab wounds to the chest") or belongs to one person: after "with" a person ("a man
    with several gunshot wounds", "was found with three wounds"), or the object of a
    verb whose subject is one person or a body ("the body bore 14 stab wounds"). "The
    blast caused 30 injuries" still counts 30 people.
    """
    noun = span.root.head
    found = rules.single_words.get(noun.lemma_.lower())
    if noun == span.root or noun.pos_ != "NOUN" or found is None or found[0] != "wounded":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return True
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if owner is None and noun.dep_ == "dobj":
        owner = noun.head
    if owner is None:
        return False
    if owner.pos_ in {"NOUN", "PROPN"}:
        return _one_person(owner, rules)
    subjects = [c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if owner.dep_ == "relcl" and any(c.tag_ == "WP" for c in subjects):
        subjects = [owner.head]  # "the woman, who had two stab wounds,"
    return bool(subjects) and all(_one_person(c, rules) for c in subjects)


_AGE_LIST_WORDS = frozenset({",", "and", "both", "all", "aged"})
# Words looked at on each side: a few people's ages, never a whole list of tolls (walking
# a list of thousands of numbers from each of them would cost its square).
_AGE_LIST_MAX = 10


def _after_aged(span: Span) -> bool:
    """The last of a list of ages after "aged": "aged eight and eleven", "aged 19, 22 and 27".

    Only numbers, commas and "and" between "aged" and the number.
    """
    doc = span.doc
    i = span.start - 1
    while i > max(0, span.start - _AGE_LIST_MAX) and (
        doc[i].like_num or doc[i].lower_ in {",", "and"}
    ):
        i -= 1
    return i < span.start - 1 and doc[i].lower_ == "aged" and doc[i + 1].like_num


def _age_list(span: Span) -> bool:
    """Ages set off by commas after the people they describe: "two men, 22 and 30, were".

    The numbers and "and", "both" or "all" between two commas, the first after a noun
    ("the wounded, both 17,"), every number a whole one of at most 110.
    """
    doc = span.doc
    start, end = span.start, span.end
    low, high = max(0, start - _AGE_LIST_MAX), min(len(doc), end + _AGE_LIST_MAX)
    while start > low and (doc[start - 1].lower_ in _AGE_LIST_WORDS or doc[start - 1].like_num):
        start -= 1
    while end < high and (doc[end].lower_ in _AGE_LIST_WORDS or doc[end].like_num):
        end += 1
    run = doc[start:end]
    if start == 0 or run[0].text != "," or run[-1].text not in {",", ")"} or len(run) < 3:
        return False
    if doc[start - 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    numbers = [t for t in run if t.like_num]
    listed = len(numbers) > 1 or any(t.lower_ in {"both", "all"} for t in run)
    return listed and all(t.text.isdigit() and int(t.text) <= 110 for t in numbers)


def _family_size(span: Span, rules: Rules) -> bool:
    """A bare number after one person and "of": "the driver, a father of three, was killed"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    person = doc[span.start - 2]
    after = doc[span.end] if span.end < len(doc) else None
    return (
        person.tag_ == "NN" and is_person(person, rules)
        and (after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"})
    )  # fmt: skip


_CHECKS = (  # in the order the reasons are tried
    ("unit", lambda span, _: _is_hyphen_adjective(span) or _unit_after(span)),
    ("date", lambda span, _: _date(span)),
    ("age", _age),
    ("age", lambda span, rules: age_of_one(span, rules) or age_range(span, rules)),
    ("family", _family_size),
    ("score", lambda span, _: _score(span)),
    ("none", _after_no),
    ("wounds", _wounds_of_one),
    ("rank", _rank),
    ("pick", lambda span, _: _picked(span)),
    ("restated", _named_part),
    ("doers", lambda span, _: _doers(span)),
    ("doers", _headcount),
    ("difference", _difference),
    ("rejected", rejected),
    ("group", lambda span, _: holding_group(span)),
)
