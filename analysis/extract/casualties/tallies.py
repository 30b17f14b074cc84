"""Statistics: a place's or a period's tally of killings (or abductions) is no incident's toll.

Local news sets a killing against the year: "bringing the number of homicides in the
county this year to 97", "more than 30 police officers have been killed since January",
"the observatory recorded 212 killings in 2023". Coders give such tallies no row (the
second held-out set's convention 12): they count no incident, and the incident of the
article is counted on its own. An ordinal ("the city's 57th homicide") is no number at
all (`numbers.parse_count` drops ordinals).

A figure is such a statistic when all of these hold:

- its sentence is dated by a calendar period, not a day or an event: a `period_cue` row
  ("this year", "so far this year", "last year"), "since" or "in ... alone" with a month
  or, over a place, a day ("since January", "in March alone", "killed in the district
  since 12 March"), a year alone ("in 2023", "since 2019") or a span of months or years
  ("over three months", "in the past six months", "between April and June", "in the
  first half", "closed the year with", "in the six months to September", "between 2016
  and 2022": `periods.CALENDAR`); a verb joined to a dated verb is dated too
  ("killed since January and 37 reported missing");
- its sentence names no war or conflict the tally belongs to (`conflict_anchor` rows:
  "the war", "fighting", "gang violence", "strikes"): "the fighting this year has killed
  more than 7,000 people" is a conflict's cumulative toll and stays a row, scope
  "cumulative";
- it has a killing, wounding or abduction word ("at least 170 people were kidnapped on
  roads in the state in the first nine months of the year"), and the verb above it is a
  `tally_verb` ("recorded", "logged", "brings ... to"), or has no doer ("have been
  killed", "died") and places it in no one incident ("killed in Tuesday's attack", "on
  Sunday", "when a bomb exploded": the period words date something else, "the deadliest
  this year"; but not attacks in the plural, "killed in such attacks since January", in
  an article's background). "The militia has killed 40 villagers this year" names who
  killed them: a campaign's total, kept; so does a doer after "by" ("last year, two
  farmers were killed by gunmen in Zamfara": a context incident).

A number set against another period's tally ("compared with 51 at the same point last
year", "down from 79 at this time last year") is one too (`periods.compared`), and so is
a part of a tally told after it ("..., 14 of them linked to the taxi industry":
`of_a_tally`). The sentence-wide facts are worked out once per sentence.
"""

import calendar
import functools

from spacy.tokens import Span, Token

from analysis.extract.casualties.long_tallies import long_tally
from analysis.extract.casualties.not_counts import regional_doer
from analysis.extract.casualties.outcome import governing_verb
from analysis.extract.casualties.periods import (
    A_MONTH_BEFORE,
    CALENDAR,
    SINCE_DAY,
    compared,
    period_record,
)
from analysis.extract.casualties.terms import Rules
from analysis.extract.casualties.who.words import words

_SCOPE_PREPS = frozenset({"in", "across", "throughout"})
_UNDERGONE = frozenset({"killed", "wounded", "kidnapped"})  # a tally's outcomes


_DAYS = frozenset(
    {d.lower() for d in calendar.day_name} | {"yesterday", "today", "tonight", "overnight"}
)
_INCIDENT_MARKS = frozenset({"when", "after", "as", "while", "before"})


def _dated_verbs(sent: Span, rules: Rules) -> frozenset[int]:
    """Token indices of the verbs a period dates, in a sentence with a killing word and no war.

    The verb a period cue hangs on: in "four people were shot dead overnight, taking the
    number of murders this year to 1,102" the year dates "taking", not "shot". Worked out
    once per sentence: `statistic` keeps them in the caller's `dated` by sentence start.
    """
    text = sent.text
    cues = [*rules.period_cues.finditer(text), *CALENDAR.finditer(text)]
    cues = [c for c in cues if not A_MONTH_BEFORE.search(text, 0, c.start())]
    days = list(SINCE_DAY.finditer(text))
    dated: set[int] = set()
    behind = background(sent)
    anchored = rules.conflict_anchors.search(text) is not None
    # "killed in the conflict since it reignited": the conflict's span, in the background
    # (not "three deaths since the protests began", the story's own running toll)
    since = [t for t in sent if t.lower_ == "since" and t.dep_ == "mark"] if behind else []
    since = since if anchored else []
    if (
        (cues or days or since)
        and (behind or not anchored)
        and any(_undergone(t, rules) for t in sent)
    ):
        for token in since:  # the verb the clause hangs on
            verb = _verb_above(token.head.head)
            if verb is not None:
                dated.add(verb.i)
        for cue in [*cues, *days]:
            token = sent.char_span(cue.start(), cue.end(), alignment_mode="expand")
            verb = None if token is None else _verb_above(token.root)
            if verb is not None and cue in days and not _over_a_place(verb, rules):
                continue
            while verb is not None:
                dated.add(verb.i)
                # a verb joined to it shares its period: "had been killed in Ituri since
                # January and 37 reported missing"
                dated.update(c.i for c in verb.conjuncts if c.pos_ in {"VERB", "AUX"})
                # a participle clause on a tally verb tells the same period's count ("61
                # shootings were recorded this year, killing 44 people")
                if verb.lemma_.lower() in rules.tally_verbs:
                    dated.update(
                        c.i for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                    )
                # a participle or relative clause on a noun: its clause's verb is dated too
                # ("brings to 18 the number of journalists killed this year")
                up = verb.dep_ in {"acl", "relcl"} and verb.head != verb
                verb = _verb_above(verb.head) if up else None
    return frozenset(dated | _counted_events_clauses(sent, dated))


def _counted_events_clauses(sent: Span, dated: set[int]) -> set[int]:
    """Clauses on a dated count of events: "97 shootings ..., in which 51 died".

    A period's count of many events ("there have been 97 shootings this year", "recorded
    43 lynchings last year") tells its dead in a "which" clause on the counted noun: that
    clause shares the period ("in which nine people died", "during which 17 were
    killed"), whether the parse hangs it on the noun or on the dated verb after a comma.
    """
    out: set[int] = set()
    for token in sent:
        if token.dep_ not in {"relcl", "advcl"} or not _which(token):
            continue
        head = token.head
        if token.dep_ == "relcl":
            nouns = [head]
        else:  # on the verb: the counted noun in its clause before the "which" clause
            nouns = [t for t in head.subtree if t.i < token.left_edge.i]
        if any(
            n.tag_ == "NNS" and any(c.dep_ == "nummod" for c in n.children)
            and (above := _verb_above(n)) is not None and above.i in dated
            for n in nouns
        ):  # fmt: skip
            out.add(token.i)
            out.update(c.i for c in token.conjuncts if c.pos_ in {"VERB", "AUX"})
    return out


def _which(clause: Token) -> bool:
    """A clause opened by "which": "in which", "during which", "which left"."""
    return any(
        t.tag_ == "WDT" and t.lower_ == "which" and t.i <= clause.i
        for t in clause.subtree if t.i < clause.left_edge.i + 3
    )  # fmt: skip


def background(sent: Span) -> bool:
    """A sentence past an article's third line: background, not the headline, lede or story.

    Full articles set their incident against the conflict or the year in a later paragraph
    ("More than 200 people have been killed in the conflict since it reignited", "killed in
    attacks in the region this year"): there a named conflict does not make a tally a toll
    of ours (the ninth set's convention), a "since" clause dates it like a month, and
    attacks in the plural are no one incident. In a headline, a lede or a short report the
    conflict's own toll stays a row.
    """
    return sent.doc.text.count("\n", 0, sent.start_char) >= _BACKGROUND_LINE


_BACKGROUND_LINE = 3


def _over_a_place(verb: Token, rules: Rules) -> bool:
    """A verb counted over a place: "killed in Ituri", "in the district" (`scope_noun`)."""
    return any(
        grand.dep_ == "pobj"
        and (grand.ent_type_ in {"GPE", "LOC"} or grand.lemma_.lower() in rules.scope_nouns)
        for child in verb.children if child.dep_ == "prep" and child.lower_ in _SCOPE_PREPS
        for grand in child.children
    )  # fmt: skip


def _verb_above(token: Token) -> Token | None:
    """The token if it is a verb, else the first verb above it (at most six steps up)."""
    return token if token.pos_ in {"VERB", "AUX"} else governing_verb(token)


def _undergone(token: Token, rules: Rules) -> bool:
    """Whether a word is a killing, wounding or abduction trigger ("murdered", "kidnappings")."""
    found = rules.single_words.get(token.lemma_.lower()) or rules.single_words.get(token.lower_)
    return found is not None and found[0] in _UNDERGONE


def _has_doer(verb: Token) -> bool:
    """An active subject that does the killing: "the militia has killed 40 villagers".

    A passive without an agent ("have been killed") or an intransitive verb ("died") has
    none; a gerund after a preposition has the doer of its clause ("a man convicted of
    killing two women in 2010").
    """
    while verb.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "have continued to kill", "attacked and killed"
    children = list(verb.children)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children):
        return any(c.dep_ == "agent" for c in children)
    done = any(c.dep_ == "nsubj" for c in children) or (verb.tag_ == "VBG" and verb.dep_ == "pcomp")
    return done and any(c.dep_ == "dobj" for c in children)


def _one_incident(verb: Token, incident_nouns: frozenset[str], rules: Rules) -> bool:
    """Whether the verb's own words place it in one incident.

    "Killed in Tuesday's attack", "on Sunday", "when a bomb exploded", "at the same
    tavern": the period words then date something else ("the deadliest this year").
    """
    for child in verb.children:
        grand = list(child.children)
        if (
            child.dep_ == "advcl"
            and any(  # an event with its own subject
                c.dep_ in {"mark", "advmod"} and c.lower_ in _INCIDENT_MARKS for c in grand
            )
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in grand)
        ):
            return True
        if child.dep_ in {"npadvmod", "advmod"} and child.lower_ in _DAYS:
            return True
        if child.dep_ != "prep":
            continue
        for noun in (g for g in child.children if g.dep_ == "pobj"):
            if child.lower_ == "to" and _undergone(noun, rules):
                continue  # the manner, no event: "stabbed to death", "beaten to death"
            plural = (  # "killed in (mob, such) attacks this year", not "in separate ambushes"
                noun.tag_ == "NNS"
                and all(c.dep_ == "compound" or c.lower_ in _KIND for c in noun.lefts)
                and background(verb.sent)
            )
            if (
                _a_site(child, noun, rules)
                or (noun.lemma_.lower() in incident_nouns and not plural)
                or noun.lower_ in _DAYS
                or _an_event(noun, rules)
            ):
                return True
    return False


_SITE_PREPS = frozenset({"at", "outside"})
# incidents of the kind just told, many of them: "killed in such attacks since January"
_KIND = frozenset({"such", "similar"})


def _a_site(prep: Token, noun: Token, rules: Rules) -> bool:
    """A point where one incident happened: "shot dead at the same tavern", "outside a bar".

    A tally counts over an area ("in the township", `scope_noun`) or a time, not at a
    place one stands at; a time after "at" ("at night", "at 9pm") is no site.
    """
    return (
        prep.lower_ in _SITE_PREPS and noun.pos_ in {"NOUN", "PROPN"}
        and noun.ent_type_ not in {"DATE", "TIME"}
        and noun.lemma_.lower() not in rules.scope_nouns | rules.period_nouns
    )  # fmt: skip


def _an_event(noun: Token, rules: Rules) -> bool:
    """One thing named with "a" or "an" that is no stretch of time: "in a shootout at Tral".

    A tally spans a place or a period; "wounded in a gun battle" tells of one incident,
    whatever its noun; not a stretch of time or an area ("in a year", "in a single month",
    "in a province": `period_noun` and `scope_noun` rows).
    """
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NN" and noun.ent_type_ not in {"DATE", "TIME"}
        and lemma not in rules.period_nouns and lemma not in rules.scope_nouns
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    )  # fmt: skip


def statistic(span: Span, sent: Span, rules: Rules, dated: dict[int, frozenset[int]]) -> bool:
    """Whether a number expression is a place's or period's tally (see the module docstring).

    `dated`: the caller's record of `_dated_verbs` by sentence start, filled here, so that
    a sentence with several numbers is read once (one dict per Doc, nothing kept after).
    """
    if period_record(span, rules) or compared(span, rules):
        return True
    events = _incident_nouns()
    if long_tally(span, sent, rules, background=background, days=_DAYS, events=events):
        return True  # "have been killed since the war began", "in total" (`long_tallies`)
    if sent.start not in dated:
        dated[sent.start] = _dated_verbs(sent, rules)
    verbs = dated[sent.start]
    if not verbs:
        return False
    verb = _verb_above(span.root)
    if verb is None or verb.i not in verbs:
        return False
    if verb.lemma_.lower() in rules.tally_verbs:
        return True
    if _holds(verb, rules):
        return False  # "two brothers were found guilty of the murder in 2022": a conviction
    if background(sent) and _across(verb, rules):
        return True  # "killed by police during protests across Kenya since 2024"
    if _one_incident(verb, _incident_nouns(), rules):
        return False
    # "police had killed 68 people in so-called exchanges of fire so far this year": a
    # doer's period count over many events, in the background, is a statistic too
    # and so is the doer every force of an area: "police in the state killed 1,500 last year"
    return (
        not _has_doer(verb) or regional_doer(verb, rules) or (background(sent) and _in_many(verb))
    )


def of_a_tally(span: Span, tally_end: int | None) -> bool:
    """A part of a statistic told after it in its sentence ("N of them") is one too.

    "recorded 1,120 murders in KwaZulu-Natal between April and June, 14 of them linked to
    the taxi industry": `tally_end` is where the sentence's last statistic before ends.
    """
    doc, end = span.doc, span.end
    return (
        tally_end is not None and tally_end <= span.start and end + 1 < len(doc)
        and doc[end].lower_ == "of" and doc[end + 1].lower_ in {"them", "whom"}
    )  # fmt: skip


def _in_many(verb: Token) -> bool:
    """The verb's "in" or "during" phrase names events in the plural: "in raids", "in clashes".

    The phrase may hang on the verb or on its object ("killed 68 people in exchanges").
    """
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "prep" and c.lower_ in {"in", "during"}
        and any(g.dep_ == "pobj" and g.tag_ == "NNS" and g.ent_type_ not in {"DATE", "TIME"}
                for g in c.children)
        for head in heads for c in head.children
    )  # fmt: skip


_AREA_PREPS = frozenset({"across", "throughout"})


def _across(verb: Token, rules: Rules) -> bool:
    """A dated killing spread over an area: "across the country", "throughout the region".

    In an article's background a period's killings "across Kenya" or "throughout the
    Highlands" are no incident, whoever did them ("tribal fighting killed more than 150
    people across the Highlands last year"; "killed in attacks across the country since
    2023"): the phrase may hang on the verb or on a noun of its clause, not of a clause
    below it.
    """
    for token in verb.subtree:
        if token.lower_ not in _AREA_PREPS or token.dep_ != "prep":
            continue
        up = token.head
        while up.i != verb.i and up.pos_ not in {"VERB", "AUX"}:
            up = up.head
        if up.i != verb.i:
            continue
        if any(
            c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in {"GPE", "LOC"}
                                  or c.lemma_.lower() in rules.scope_nouns)
            for c in token.children
        ):  # fmt: skip
            return True
    return False


_HELD = frozenset({"detained"})


def _holds(verb: Token, rules: Rules) -> bool:
    """A verb that detains its people ("convicted", "found guilty", "arrested").

    A tally counts killings, wounds and abductions; a dated arrest or conviction in the
    same sentence as a killing word is its own row (a context incident's convictions
    count). Read from the verb's lemma, or with a child's, as the terms table has them
    ("find guilty").
    """
    lemma = verb.lemma_.lower()
    single = rules.single_words.get(lemma)
    if single is not None:
        return single[0] in _HELD
    return any(
        rules.outcome_of.get(f"trigger:{lemma} {c.lemma_.lower()}") in _HELD for c in verb.children
    )


@functools.cache
def _incident_nouns() -> frozenset[str]:
    """Words naming one violent event ("attack", "raid", "ambush"), from `incident_terms`."""
    return words("event_word") | words("agent")
