"""Clauses: where one clause's outcome stops and another's begins.

`outcome` walks up the parse from a figure's people to the word that says what happened
to them. These tests stop the walk, or turn it, at a clause boundary: a clause with its
own subject or object names other people ("freed two hostages, killing three
separatists"), a preposition can name another event or a charge ("after the killing",
"booked with murder"), a headline's clauses past a semicolon have their own outcome, and
a killing verb overrides the wound in its subject's modifier ("a boy shot near the
market has died"), and a negated or modal verb reports nothing ("was not injured").
"""

import bisect

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.terms import Rules

_PRONOUNS = frozenset({"them", "him", "her"})
HEADLINE_CLAUSE = 16  # tokens of a headline clause looked at after an aged person


def other_object(clause: Token) -> bool:
    """A clause with an object of its own: "freed two hostages, killing three separatists"."""
    return any(c.dep_ == "dobj" and c.lower_ not in _PRONOUNS for c in clause.children)


def other_event(prep: Token, triggers: dict, rules: Rules) -> bool:
    """A preposition whose object is another event or a charge, not the people's outcome.

    "After the killing", "over the murder" (`event_prep`); "with murder", "for the
    killing" (`charge_prep`, a killing word only: "treated for injuries" is a wound).
    """
    word = prep.lower_
    if word in rules.event_preps:
        return True
    return word in rules.charge_preps and any(
        g.dep_ == "pobj" and g.i in triggers and triggers[g.i][0] == "killed"
        for g in prep.children
    )  # fmt: skip


def other_subject(clause: Token) -> bool:
    """A clause with a subject of its own, not a pronoun for the same people.

    "Seven people were in the car when it was shot at": the car is shot at, not the seven;
    "five men were taken to hospital after they were shot": the same five.
    """
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"they", "he", "she", "who"}
        for c in clause.children
    )


def doer_clause(clause: Token) -> bool:
    """A relative clause whose noun does the deed: "the man who killed two guards"."""
    return any(c.dep_ == "dobj" for c in clause.children) and not any(
        c.dep_ == "nsubjpass" for c in clause.children
    )


def subject_is_other(clause: Token) -> bool:
    """Whether a relative clause's subject is a number or noun of its own ("one of whom")."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WP", "WDT", "WP$"}
        and c.lower_ != "that"
        for c in clause.children
    )  # fmt: skip


def died_later(anchor: Token, triggers: dict) -> bool:
    """The subject of a killing verb, its wound named by a modifier: "a boy shot ... has died".

    The main verb decides: the wound came first, the death after it.
    """
    verb = anchor.head
    return (
        anchor.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ == "VERB"
        and verb.i in triggers and triggers[verb.i][0] == "killed"
    )  # fmt: skip


class _DocFacts:
    """Facts of the last Doc looked at, found once per Doc in one pass.

    A verb can have thousands of children (a "respectively" list), so nothing here scans
    a verb's children per figure: the semicolons, each verb's subjects and its clauses
    without a conjunction are indexed once.
    """

    doc: Doc | None = None
    semicolons: tuple[int, ...] = ()
    subjects: dict[int, list[Token]]
    bare_clauses: dict[int, list[Token]]

    def of(self, doc: Doc) -> "_DocFacts":
        """These facts for `doc`, worked out if it is not the last Doc."""
        if self.doc is not doc:
            self.doc, self.subjects, self.bare_clauses = doc, {}, {}
            self.semicolons = tuple(t.i for t in doc if t.text == ";")
            marked = {t.head.i for t in doc if t.dep_ == "mark"}
            for token in doc:
                if token.dep_ in {"nsubj", "nsubjpass"}:
                    self.subjects.setdefault(token.head.i, []).append(token)
                elif token.dep_ == "advcl" and token.i not in marked:
                    self.bare_clauses.setdefault(token.head.i, []).append(token)
        return self


_FACTS = _DocFacts()


def bare_clauses(verb: Token) -> list[Token]:
    """Clauses hung on a verb without a conjunction of their own: "shot ... has died"."""
    return _FACTS.of(verb.doc).bare_clauses.get(verb.i, [])


def across_semicolon(child: Token, verb: Token) -> bool:
    """A verb of another clause past a semicolon, with a subject of its own.

    "Boy, 14, shot dead in Toxteth; two teenagers arrested": the boy is not
    arrested; each clause of a headline has its own outcome. Not an item of a list
    ("killed: 3 soldiers; 2 police"), whose items share their verb.
    """
    if child.dep_ in {"conj", "appos"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    facts = _FACTS.of(child.doc)
    low, high = sorted((child.i, verb.i))
    at = bisect.bisect_right(facts.semicolons, low)
    if at == len(facts.semicolons) or facts.semicolons[at] >= high:
        return False
    return any(c != child for c in facts.subjects.get(verb.i, []))


_AUX_WINDOW = 6  # words before a verb where its auxiliaries and "not" stand


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's children just before it: its auxiliaries, modals and "not".

    Read from the few words before the verb, not its children (which can be thousands).
    """
    doc = verb.doc
    return [t for t in doc[max(0, verb.i - _AUX_WINDOW) : verb.i] if t.head.i == verb.i]


def negated(verb: Token) -> bool:
    """A negated outcome without a modal: "were not hurt".

    Not "could not have killed six on his own", which says the six were killed.
    """
    near = _auxiliaries(verb)
    if unfound(verb):
        return False  # "has not been found" says the person is missing
    return any(t.dep_ == "neg" for t in near) and not any(t.tag_ == "MD" for t in near)


def unfound(verb: Token) -> bool:
    """A person not found, who is missing: "his brother has not been found".

    The negated passive of "find" (the term "not be find" of the trigger table) with no
    state after it: not "was not found guilty", "has not been found dead".
    """
    return (
        verb.lemma_.lower() == "find" and verb.tag_ == "VBN"
        and any(t.dep_ == "neg" for t in _auxiliaries(verb))
        and any(t.dep_ == "auxpass" for t in _auxiliaries(verb))
        and not any(c.dep_ in {"acomp", "oprd", "xcomp", "attr"} for c in verb.children)
    )  # fmt: skip


def absent(verb: Token, rules: Rules | None) -> bool:
    """A person of whom nothing is known, told by a negated verb: missing, not "no event".

    "Three fishermen have not been heard from since", "two teachers did not return home",
    "could not be traced": the verb is one the trigger table names after "not" in a
    `missing` term ("not be hear from", "not return home"), so its own "not" is part of
    the outcome ("were not hurt" stays no event).
    """
    if rules is None or not any(t.dep_ == "neg" for t in _auxiliaries(verb)):
        return False
    lemma = verb.lemma_.lower()
    for key, outcome in rules.outcome_of.items():
        words = key.partition(":")[2].split()
        if outcome == "missing" and "not" in words:
            after = [w for w in words[words.index("not") + 1 :] if w not in {"be", "*"}]
            if after[:1] == [lemma]:
                return True
    return False


def whole_of_part(anchor: Token) -> bool:
    """The people a part is taken from: "the 18 passengers" of "11 of the 18 passengers".

    Also set before the part's clause: "Of the 12 people on board, four were killed".
    """
    head = anchor.head
    if anchor.dep_ != "pobj" or head.lower_ != "of":
        return False
    verb = head.head
    if verb.like_num:
        return True
    return head.i < verb.i and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.like_num and c.i > head.i for c in verb.children
    )


def denied(verb: Token) -> bool:
    """A negated or modal verb: no event happened to its victim.

    "The driver was not injured", "How can anyone shoot a baby?". Only these two: an
    infinitive or a gerund can still report a death ("jailed for killing a policeman").
    """
    if unfound(verb):
        return False  # "could not be found": missing
    return any(t.dep_ == "neg" or t.tag_ == "MD" for t in _auxiliaries(verb))


def headline_outcome(token: Token, triggers: dict) -> tuple | None:
    """The outcome verb of an aged person's own headline clause: "Boy, 16, stabbed to death".

    The first trigger verb after the age, before a semicolon ends the clause ("...; two
    teenagers arrested" is the next clause's outcome, `across_semicolon`).
    """
    doc = token.doc
    end = min(token.sent.end, token.i + HEADLINE_CLAUSE)
    for later in doc[token.i + 4 : end]:
        if later.text == ";":
            return None
        if later.i in triggers and later.pos_ == "VERB":
            return triggers[later.i]
    return None


_DEEDS = frozenset({"killed", "wounded", "kidnapped"})


def fleeing_doer(anchor: Token, verb: Token, triggers: dict, rules: Rules) -> bool:
    """Whether the flight verb's subject, where `anchor` is, are the attackers: "the gunman fled".

    Its subject is a `perpetrator` word ("three gunmen fled on foot"), or the verb is
    joined to a deed of its own subject: "shot a guard and fled", "fled after shooting a
    trader" (a killing or wounding verb with an object and no other subject). Civilians who
    flee are displaced, also "after gunmen killed a chief".
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or anchor.i not in {t.i for t in subject.subtree}:
        return False  # people the verb acts on: "has killed thousands and displaced 2 million"
    if subject.lemma_.lower() in rules.perpetrators:
        return True
    near = [*verb.conjuncts, *verb.children]
    near += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    return any(
        v.pos_ == "VERB" and v.i in triggers and triggers[v.i][0] in _DEEDS
        and any(c.dep_ == "dobj" for c in v.children)
        and _doer(v) in {None, subject}
        for v in near
    )  # fmt: skip


def _doer(verb: Token) -> Token | None:
    """A verb's subject, or the one it shares as a conjunct: "the gang killed 22 and wounded".

    So "the gang killed 22 people and wounded a dozen others, and 1,800 residents fled"
    keeps the wounding the gang's, not the residents' (who are displaced).
    """
    for token in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def an_errand(verb: Token) -> bool:
    """A departure "for" somewhere that names no other country or town: "left for the market".

    "Hundreds of residents left for Niger" is flight (a `leave for` row); the words after
    "for" must hold a named place (a GPE or LOC entity: "for the nearby town of Kaya").
    A departure with an object of its own ("left their homes for the camps") is flight
    wherever it goes.
    """
    if verb.pos_ in {"NOUN", "PROPN"}:  # "the three men [who] left for": the noun's clause
        verb = next((c for c in verb.children if c.dep_ in {"acl", "relcl"}), verb)
    if verb.lemma_.lower() != "leave" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    places = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    return bool(places) and not any(
        t.ent_type_ in {"GPE", "LOC"} for p in places for t in p.subtree
    )


_BESIDES = frozenset({"besides", "apart"})  # "besides him", "apart from the dead man"


def others_than_told(span: Span) -> bool:
    """A wounded count said to leave out someone told before: "Besides him, 21 were injured".

    "besides" / "apart from" before the count in its clause: the person named is not among
    them, so a death of that person takes no one from this count. ("seven others were
    wounded" is left alone: "others" may set them apart from the dead of their own sentence,
    not from a victim told later.)
    """
    clause = span.root.head if span.root.dep_ in {"nummod", "quantmod"} else span.root
    while clause.head != clause and clause.pos_ not in {"VERB", "AUX"}:
        clause = clause.head
    return any(
        c.dep_ == "prep" and c.lower_ in _BESIDES and c.i < span.start for c in clause.children
    )


def stranded_subject(noun: Token, triggers: dict) -> Token | None:
    """The outcome verb right after a noun the parse joined to the object before it.

    "Police detained 37 people and six officers were injured": "six officers" is parsed a
    conjunct of "people", and "were injured" a verb of its own with no subject; the
    officers are its subject, injured, not detained. The noun's words end right before
    the verb's auxiliary.
    """
    doc = noun.doc
    after = noun.right_edge.i + 1
    if noun.dep_ != "conj" or after >= len(doc) or doc[after].dep_ not in {"aux", "auxpass"}:
        return None
    verb = doc[after].head
    if verb.i not in triggers or verb.dep_ != "conj" or verb.i <= after:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return verb


def pronoun_conjunct(child: Token, verb: Token, triggers: dict) -> tuple | None:
    """The outcome of a later verb whose object is a pronoun for this verb's object.

    "Residents caught three suspects and burned them alive", "seized two thieves and beat
    them to death": the verb that took the people names nothing, the one after it does,
    of "them". Only when the first verb is no trigger itself (a capture said with a
    trigger is its own outcome, `figures.twin_outcomes`), and the later verb has no
    subject of its own ("caught two men and police shot them": another's deed, but still
    theirs; the subject would be a new doer, not a new victim) nor another object.
    """
    if child.dep_ != "dobj" or verb.i in triggers:
        return None
    for conj in verb.conjuncts:
        if conj.i < verb.i or any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            continue
        objects = [c for c in conj.children if c.dep_ == "dobj"]
        if len(objects) != 1 or objects[0].lower_ not in _PRONOUNS:
            continue
        found = triggers.get(conj.i) or next(
            (
                triggers[c.i]
                for c in conj.children
                if c.dep_ in {"oprd", "acomp"} and c.i in triggers
            ),
            None,
        )
        if found is not None and found[0] in {"killed", "wounded"} and not negated(conj):
            return found
    return None
