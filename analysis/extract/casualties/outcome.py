"""Outcomes: what happened to a figure's people, and whether a figure counts people.

The outcome comes from the trigger words the counted noun reaches by walking up the parse
(`find_outcome`); humanness (`counts_people`) from the person list, the entities and the
parse (`people`). Both are shared by numbered figures (`figures`) and victims without a
numeral (`implicit`).
"""

from spacy.tokens import Token

from analysis.extract.casualties.cared import cared_for
from analysis.extract.casualties.clauses import (
    absent,
    across_semicolon,
    died_later,
    doer_clause,
    fleeing_doer,
    negated,
    other_event,
    other_object,
    other_subject,
    pronoun_conjunct,
    stranded_subject,
    subject_is_other,
    whole_of_part,
)
from analysis.extract.casualties.departures import no_departure
from analysis.extract.casualties.fatal import fatally, killed_conjunct
from analysis.extract.casualties.harms import harm_outcome
from analysis.extract.casualties.holding import held_loosely
from analysis.extract.casualties.people import (
    captured_fighters,
    dead_objects,
    hurt_role,
    is_person,
    listed_among_things,
    named_members,
    person_like,
    state_after_object,
    undergoes,
    vague_people,
)
from analysis.extract.casualties.terms import Rules

# A noun's own state after a preposition, and the outcome it may name there.
_STATE_PREPS = {"with": "wounded", "in": "detained", "under": "detained"}
_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd", "xcomp", "ccomp", "advcl", "npadvmod"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "prep"})
_OWN_DEPS = frozenset({"attr", "acomp", "oprd"})
_STATES = frozenset(
    {"JJ", "VBN", "VBD"}
)  # "dead", "hurt", "injured", "missing"  # a verb's complement: "were found dead"


def counts_people(
    noun: Token | None, rules: Rules, triggers: dict, anchor: Token | None = None
) -> bool:
    """Whether a figure's noun counts people (a bare number may; "three provinces" does not).

    Beyond `is_person`, a noun counts people by `person_like` when the figure reaches an
    outcome ("arrested 15 collaborators", "one of the vaccinators was injured"), or when
    it is a named group's members with an outcome on them ("four Boko Haram dead"). Crimes
    listed among things are no people: "15 cases, including three murders".
    """
    if noun is not None and noun.i in triggers and listed_among_things(noun, rules, triggers):
        return False
    if noun is None or is_person(noun, rules) or noun.i in triggers:
        return True
    if named_members(noun, triggers):
        return True
    if noun.ent_type_ in {"ORG", "NORP"} and (
        hurt_role(noun, triggers) or undergoes(noun, triggers)
    ):
        return True  # "Two Peshmerga were killed", "Eight Houthis died": a group's members
    if noun.tag_ == "NNP":  # "a soldier of 9 Gorkha Rifles": a unit's name, not a count
        return False
    if noun.lemma_.lower() in rules.non_persons:  # "killed 40 cattle"
        return False
    if noun.pos_ == "NOUN" and hurt_role(noun, triggers):
        return True
    return person_like(noun, rules, triggers) and (
        find_outcome(anchor or noun, triggers, rules) is not None
    )


def _children_outcome(
    token: Token, triggers: dict[int, tuple[str, bool]], rules: Rules | None = None
) -> tuple | None:
    """Outcome named by a verb's arguments: "placed the death toll at", "were among the dead".

    The verb's own complement ("were found dead") goes before a clause hung on it ("seized
    six traders; two were found dead", where the parse makes "seized" a clause of "found").
    A clause with people of its own names their outcome, not the verb's people ("freed two
    hostages, killing three separatists"); so does another event after an `event_prep`
    ("raided the village after the killing of a constable") and a charge after a
    `charge_prep` ("booked with murder").
    """
    for child in token.children:
        if child.dep_ in _OWN_DEPS and child.i in triggers:
            return triggers[child.i]
    for child in token.children:
        if child.dep_ in {"advcl", "ccomp"} and (other_subject(child) or other_object(child)):
            continue  # "300 officers were deployed after two men were killed"
        if child.dep_ in _PREDICATE_DEPS | _ARGUMENT_DEPS and child.i in triggers:
            return triggers[child.i]
        if child.dep_ == "prep" and rules is not None and other_event(child, triggers, rules):
            continue
        if child.dep_ in {"prep", "agent"}:
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.i in triggers:
                    return triggers[grand.i]
                if grand.dep_ == "pobj" and modifier_outcome(grand, triggers):
                    return modifier_outcome(grand, triggers)  # "among five people killed"
    return state_after_object(token, triggers)  # "left a trader and a teacher dead"


def modifier_outcome(token: Token, triggers: dict[int, tuple[str, bool]]) -> tuple | None:
    """Outcome in the noun's own modifiers: "wounded civilians", "people killed", "who died".

    A relative clause names the noun's outcome when the noun is its subject: its verb or
    its complement is a trigger ("who remain missing", "who were later found dead"). A
    clause about some of them ("one of whom had been shot") says nothing of them all.
    """
    for child in token.children:
        if _doing_clause(child):
            continue  # "two men on a motorcycle ..., killing the owner": the men kill
        if child.dep_ in {"amod", "acl", "compound", "appos"} and child.i in triggers:
            return triggers[child.i]
        if child.dep_ == "prep" and child.lower_ in _STATE_PREPS:  # "a man with gunshot wounds"
            state = next((g for g in child.children if g.dep_ == "pobj" and g.i in triggers), None)
            if state is not None and triggers[state.i][0] == _STATE_PREPS[child.lower_]:
                return triggers[state.i]  # "Man, 31, in custody", "three under arrest"
        if child.dep_ == "relcl" and not subject_is_other(child) and not doer_clause(child):
            if child.i in triggers:
                return triggers[child.i]
            for comp in child.children:
                if comp.dep_ in {"acomp", "oprd", "xcomp", "attr"} and comp.i in triggers:
                    return triggers[comp.i]
    return None


def _doing_clause(child: Token) -> bool:
    """An active "-ing" clause with its own object: the noun does the deed, not undergo it."""
    return (
        child.dep_ == "acl" and child.tag_ == "VBG"
        and any(c.dep_ == "dobj" for c in child.children)
    )  # fmt: skip


def own_outcome(token: Token, triggers: dict[int, tuple[str, bool]]) -> bool:
    """Whether the noun's own modifiers name an outcome: "a herder who was shot"."""
    return modifier_outcome(token, triggers) is not None


def _walk_outcome(
    anchor: Token, triggers: dict[int, tuple[str, bool]], rules: Rules | None
) -> tuple | None:
    """Walk up from the counted noun to the first verb; return (outcome, is_toll, token)."""
    if anchor.i in triggers:
        return (*triggers[anchor.i], anchor)
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if anchor.like_num and after is not None and after.i in triggers and after.tag_ in _STATES:
        return (*triggers[after.i], after)  # "2 dead, 9 hurt": the word after the number
    head = anchor.head
    whole = whole_of_part(anchor)
    if not whole and anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.i in triggers:
        return (*triggers[head.head.i], head.head)  # "the bodies of five officers, who ..."
    found = modifier_outcome(anchor, triggers) or modifier_outcome(
        vague_people(anchor) or anchor, triggers
    )  # "reported dozens of civilians killed": the outcome hangs on the people
    if found is None and whole:
        return None  # "injured 11 of the 18 passengers": the 18 are not all injured
    if found is not None and found[0] == "wounded" and died_later(anchor, triggers):
        return (*triggers[anchor.head.i], anchor.head)  # "a boy shot near X has died"
    token = anchor
    for _ in range(8):
        if found is not None or token.head == token:
            break
        child, token = token, token.head
        if _agent_of(child, token, triggers, rules) or across_semicolon(child, token):
            return None  # "a crowd of some 200 villagers beat three suspects to death"
        own = _own_clause_outcome(child, token, triggers)
        if own is not None:
            return own
        if token.i in triggers:
            return (*triggers[token.i], token)
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "prep":
            found = (
                _children_outcome(token, triggers, rules)
                or _shared_object(child, token, triggers)
                or shared_subject(child, token, triggers)
                or pronoun_conjunct(child, token, triggers)  # "caught three and burned them"
            )
            break
    return None if found is None else (*found, token)


_CLAUSE_WINDOW = 24  # words looked at after a noun for its own clause's outcome


def _own_clause_outcome(noun: Token, verb: Token, triggers: dict) -> tuple | None:
    """The outcome of a noun the parse joined to the verb before it as a conjunct.

    "Two people died on the spot, and three others, including a child, sustained
    injuries", parsed with "others" a conjunct of "died": the noun opens a clause of its
    own, whose outcome is the first trigger after it in its words, not the verb's. With
    none there ("killed two soldiers, and three civilians"), the verb's stays.
    """
    stranded = stranded_subject(noun, triggers)
    if stranded is not None:  # "detained 37 people and six officers were injured"
        return (*triggers[stranded.i], stranded)
    if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or verb.pos_ != "VERB":
        return None
    # its words after it (a projective parse: up to its right edge), a clause's length
    end = min(noun.right_edge.i + 1, noun.i + 1 + _CLAUSE_WINDOW)
    found = next((t for t in noun.doc[noun.i + 1 : end] if t.i in triggers), None)
    return None if found is None else (*triggers[found.i], found)


def _shared_object(child: Token, verb: Token, triggers: dict) -> tuple | None:
    """The object of a coordination's last verb is the first verb's too, if it has none.

    "Police arrested and charged three men": the three are arrested.
    """
    head = verb.head
    if child.dep_ != "dobj" or verb.dep_ != "conj" or head.i not in triggers:
        return None
    if any(c.dep_ == "dobj" for c in head.children):
        return None
    return triggers[head.i]


_HELD = frozenset({"detained", "kidnapped", "wounded", "missing"})


def shared_subject(child: Token, verb: Token, triggers: dict) -> tuple | None:
    """A later verb of the coordination that holds the subject: "was charged ... and remanded".

    "A man has been charged with murder and remanded in custody": the man is detained;
    "was rescued by officers and is being treated for head injuries": wounded, named by
    the later verb itself or its complement ("went out to sea and is missing"). Only a
    detention, abduction, wound or disappearance with no subject or object of its own:
    "two men entered the bank and fled" are no displaced people, "stormed the village and
    killed 12" no victims.
    """
    if child.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for conj in verb.conjuncts:
        if conj.i < verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in conj.children):
            continue
        found = triggers.get(conj.i) or _state_of_conjunct(conj, triggers)
        if found is None or found[0] not in _HELD or negated(conj):
            continue  # not "were inside the house and were not hurt"
        if not (found[0] == "wounded" and conj.i in triggers and conj.tag_ == "VBD"):
            return found  # not "the attackers arrived and shot sporadically": the doers
    return None


def _state_of_conjunct(conj: Token, triggers: dict) -> tuple | None:
    """The outcome a verb's complement names: "is being treated for injuries", "is missing".

    Not a deed of the subject's: "walked in and began shooting".
    """
    if conj.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"xcomp", "ccomp"} and c.i in triggers for c in conj.children):
        return None
    return _children_outcome(conj, triggers)


def _victim_object(token: Token, triggers: dict, rules: Rules | None) -> bool:
    """An object that is people hurt: a number, a person noun or a pronoun, not "homes"."""
    if token.i in triggers:  # "lost their lives": the object is the outcome itself
        return False
    return (
        token.like_num or token.lower_ in {"him", "her", "them"}
        or any(child.like_num for child in token.children)
        or (rules is not None and person_like(token, rules, triggers))
    )  # fmt: skip


def _agent_of(child: Token, verb: Token, triggers: dict, rules: Rules | None) -> bool:
    """Whether `child` is the doer of an outcome verb: its subject, with people as object.

    "A crowd of some 200 villagers beat three suspects to death": the 200 are not hurt;
    nor are the subject's people when a clause hung on its verb kills others.
    """
    if child.dep_ != "nsubj" or (verb.pos_ != "VERB" and not dead_objects(verb)):
        return False  # a verb, or "shot/NN dead/ROOT a shopkeeper" (`dead_objects`)
    # "About 50 raiders stormed the village, killing nine people": the clause that kills
    # has the subject's deed and its own victims
    clauses = [  # not a clause with a subject of its own: "fled after gunmen killed a chief"
        c for c in verb.children if c.dep_ in {"advcl", "conj"} and c.i in triggers
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
    ]  # fmt: skip
    if _takes_a_thing(verb, triggers):
        return True
    return any(
        (c.dep_ == "dobj" or c in dead) and _victim_object(c, triggers, rules)
        for v in (verb, *clauses) for dead in [dead_objects(v)] for c in [*v.children, *dead]
    )  # fmt: skip


_DONE_TO_OTHERS = frozenset({"kidnapped", "detained"})


def _takes_a_thing(verb: Token, triggers: dict) -> bool:
    """An active seizing or arresting verb whose object is a thing: its subject took it.

    "Four men seized a truck": the four are the robbers, not kidnapped. People fleeing
    their homes or losing their lives are not meant (other outcomes, or the object is
    the outcome's own word).
    """
    if triggers.get(verb.i, ("",))[0] not in _DONE_TO_OTHERS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.i in triggers or o.like_num or o.pos_ == "PRON" or o.ent_type_ == "PERSON"
        or any(c.like_num for c in o.children) for o in objects
    )  # fmt: skip


def governing_verb(token: Token) -> Token | None:
    """The first verb above a token: "9 of the 14 hostages ... had been freed" -> freed."""
    for _ in range(6):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def _loose_headline_noun(noun: Token, triggers: dict) -> bool:
    """A noun with its own participle that the parse hangs loosely on another outcome verb.

    "Inmate dies, two guards hurt": "guards" is no subject or object of "dies" (a headline's
    second clause) and "hurt" after it names their outcome.
    """
    return noun.dep_ in {"npadvmod", "dep", "appos"} and any(
        c.dep_ == "acl" and c.i > noun.i and c.i in triggers for c in noun.children
    )


def find_outcome(
    anchor: Token, triggers: dict[int, tuple[str, bool]], rules: Rules | None = None
) -> tuple | None:
    """Return (outcome, is_toll) of the counted noun, or None.

    A status noun ("detainees", "hostages", "refugees") names the people, not what
    happened to them: the verb that governs it does ("80 detainees were killed"), and
    a release verb ("9 of the 14 hostages were freed") means no casualty, and so does a
    negated outcome ("were not hurt"). Being shot is wounded unless a killing is said in
    the same verb group ("shot and killed").
    """
    found = _walk_outcome(anchor, triggers, rules)
    if found is None:
        return cared_for(anchor, triggers, rules)
    outcome, is_toll, token = found
    outcome = harm_outcome(outcome, token, triggers)  # "a farmer lost a leg": wounded
    said_absent = outcome == "missing" and absent(token, rules)  # "have not been heard from"
    if (token.pos_ in {"VERB", "ADJ"} and negated(token) and not said_absent) or held_loosely(
        anchor, token, outcome
    ):
        return None  # "were not physically hurt"; "a vigil was held for the two victims"
    fled = outcome == "displaced" and token.pos_ == "VERB" and rules is not None
    if fled and fleeing_doer(anchor, token, triggers, rules):
        return None  # "three gunmen fled on foot": no displacement
    if outcome in {"displaced", "detained"} and no_departure(token, outcome):
        return None  # "left for the market", "took shelter behind a wall", "asked to flee"
    if token == anchor and token.pos_ in {"NOUN", "PROPN"} and outcome != "killed":
        if anchor.i not in triggers and whole_of_part(anchor):
            return outcome, is_toll  # "one of the three arrested men had been shot"
        verb = governing_verb(anchor)
        if verb is not None and rules is not None and verb.lemma_.lower() in rules.releases:
            return None
        own = anchor.dep_ == "conj" and anchor.head == verb  # "killed and five people injured"
        own = own or _loose_headline_noun(anchor, triggers)
        # a hold that is no passive: "Hamas is holding 101 hostages" keeps the hostages
        own = own or (
            verb is not None and held_loosely(anchor, verb, triggers.get(verb.i, ("",))[0])
        )
        if verb is not None and verb.i in triggers and not (own or across_semicolon(anchor, verb)):
            return triggers[verb.i]  # not "Two officers injured in Lagos; three arrested"
    if outcome == "kidnapped" and rules is not None and captured_fighters(anchor, rules):
        return "detained", is_toll  # "villagers seized two of the attackers"
    if outcome == "wounded" and token.pos_ == "VERB" and killed_conjunct(token, triggers):
        return "killed", is_toll
    if outcome == "wounded" and rules is not None and fatally(token, rules):
        return "killed", is_toll
    return outcome, is_toll
