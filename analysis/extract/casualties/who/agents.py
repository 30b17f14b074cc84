"""Actor mentions in a doer's place, scored once per sentence and once per article.

A mention is a doer when it is the agent after "by" ("killed by RSF shelling"), the owner of
an attack noun ("Israeli strikes", "JNIM fighters", "a Russian missile"), the subject of a
killing verb, the one blamed or said to be responsible, or a claimant ("JNIM said it
killed"). A demonym before an attack noun names its country ("Russian missile" -> Russia).
"""

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.who.words import sentence_key, terms, words
from analysis.extract.doc import actor_spans, sentence_index
from analysis.parse.places import demonym_countries, fold


def _through_members(token: Token) -> Token:
    """The members' noun for a group named after it: "members of Viv Ansanm"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in {"of", "from"}:
        return head.head if head.head.lower_ in terms("agent") else token
    return token


def _claimed(token: Token) -> bool:
    """Whether the speaker claims the act: "JNIM said it killed", "claimed the attack"."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in words("claim_verb"):
        return False
    objects = words("claim_object")
    if any(c.dep_ == "dobj" and c.lemma_ in objects for c in verb.children):
        return True  # "al-Shabaab claimed the attack"
    if (
        verb.dep_ == "relcl"
        and verb.head.lemma_ in objects
        and any(c.dep_ == "dobj" and c.tag_ in {"WDT", "IN"} for c in verb.children)
    ):
        return True  # "a bombing that al-Shabaab claimed"
    pronouns = words("claim_pronoun")
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "xcomp"} or clause.lemma_ not in words("kill_verb"):
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj" and (
                subject.lower_ in pronouns
                or any(c.dep_ == "poss" and c.lower_ in pronouns for c in subject.children)
            ):
                return True
    return False


def agent_score(token: Token) -> int:
    """The better score of a name's token and of the noun its compound names.

    "the Viv Ansanm coalition stormed": the coalition's place in the sentence is the name's.
    """
    score = _token_score(token)
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
        score = max(score, _token_score(token))
    return score


def _token_score(token: Token) -> int:
    """How plainly a mention's root token is the doer.

    2: the agent after "by", an attack noun's owner ("Israeli strikes", "JNIM fighters"),
    the subject of a killing verb, the one blamed ("blamed on the RSF", "blame the RSF"), the
    one said to be responsible ("X was responsible") or the claimant ("X said it killed");
    1: a name just before an attack noun; 0: the rest, and always the subject of a denial
    ("the RSF denied shelling").
    """
    agents, kill = terms("agent"), words("kill_verb")
    if token.dep_ == "nsubj" and token.head.lemma_ in words("deny_verb"):
        return 0
    if _claimed(token):
        return 2
    token = _through_members(token)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in kill | set(agents):
        return 2  # "killed by", "carried out by", "a strike by"; not "published by"
    if token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ in words("blame_verb"):
        return 2
    if token.dep_ == "dobj" and head.lemma_ in words("blame_verb"):
        return 2
    if (
        token.dep_ == "nsubj"
        and head.lemma_ == "be"  # a copula has few children; a killing verb may have thousands
        and any(c.dep_ == "acomp" and c.lemma_ in words("responsible_word") for c in head.rights)
    ):
        return 2  # "gang members from the Viv Ansanm coalition were responsible"
    if token.dep_ in {"compound", "amod", "poss", "nmod"} and _counted(head):
        return 0  # "six M23 fighters were also killed": that figure's victims, no one's doers
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.dep_ in {"compound", "amod", "poss", "nmod"} and head.lower_ in agents:
        # "JNIM fighters stormed", "killed by RSF fighters"; not "measures taken by the
        # security forces" (the agent of a verb that is no attack)
        by = head.head.lower_ == "by"
        if by and head.head.head.lemma_ not in kill | set(agents):
            return 1
        return 2 if head.dep_ in {"nsubj", "pobj", "nsubjpass"} or by else 1
    if nxt is not None and nxt.lower_ in agents:
        return 1
    # "conducted strikes", "launched an offensive": a light verb kills only with an attack
    # for object; "the minister conducted a reconnaissance tour" is no one's doing.
    light = head.lemma_ in words("light_verb") and not any(
        c.dep_ in {"dobj", "obj"} and c.lower_ in agents for c in head.children
    )
    if token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ in kill and not light:
        return 2
    return 0


def _counted(noun: Token) -> bool:
    """Whether a number counts the noun and it is not the subject of an active verb.

    "six M23 fighters were killed" counts victims; in "two RSF fighters shot five men" the
    counted subject of an active verb stays a doer.
    """
    return noun.dep_ != "nsubj" and any(c.dep_ == "nummod" for c in noun.lefts)


class _DocActors:
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.by_sentence: dict[int, list[Span]] = {}
        self.article: list[tuple[int, int, str]] = []
        self.lede_clash = False
        self.lede: list[Span] = []
        self.lede_deniers: set[str] = set()


_ACTORS = _DocActors()


def sentence_actors(doc: Doc) -> dict[int, list[Span]]:
    """Actor mentions by their sentence's first token, found once per Doc."""
    if _ACTORS.doc is not doc:
        _ACTORS.doc, _ACTORS.by_sentence, _ACTORS.article = doc, {}, []
        sents, sentence_of = sentence_index(doc)  # Span.sent walks the sentence: once here
        for span in actor_spans(doc):
            _ACTORS.by_sentence.setdefault(sents[sentence_of[span.start]].start, []).append(span)
        _ACTORS.article = _article_agents(doc, sents)
        _ACTORS.lede_clash = any(has_clash(sent) for sent in sents[:2])
        _ACTORS.lede = [s for sent in sents[:2] for s in _ACTORS.by_sentence.get(sent.start, [])]
        _ACTORS.lede_deniers = deniers(_ACTORS.lede)
    return _ACTORS.by_sentence


def article_agents(doc: Doc) -> list[tuple[int, int, str]]:
    """(total score, -first position, actor) of the article's doers, best first."""
    sentence_actors(doc)
    return _ACTORS.article


def lede_clash(doc: Doc) -> bool:
    """Whether the article's first two sentences tell of fighting between sides."""
    sentence_actors(doc)
    return _ACTORS.lede_clash


def lede_actors(doc: Doc) -> list[Span]:
    """The actor mentions of the article's first two sentences."""
    sentence_actors(doc)
    return _ACTORS.lede


def lede_deniers(doc: Doc) -> set[str]:
    """The actors the article's first two sentences have deny the act."""
    sentence_actors(doc)
    return _ACTORS.lede_deniers


def deniers(actors: list[Span]) -> set[str]:
    """The actors that deny the act in a sentence ("the RSF denied shelling the camp")."""
    return {span.kb_id_ for span in actors if _denies(span)}


def _denies(span: Span) -> bool:
    """Whether a mention (or the noun it names) is the subject of a denial.

    Scored as a whole: "Forces" in "the Rapid Support Forces denied" would otherwise
    make the name's first words owners of an attack noun.
    """
    token = span.root.head if span.root.dep_ == "compound" else span.root
    return token.dep_ == "nsubj" and token.head.lemma_ in words("deny_verb")


def has_clash(sent: Span) -> bool:
    """Whether a sentence tells of fighting between sides ("clashes", "fighting between").

    A two-sided toll has no one perpetrator unless a doer is plainly named.
    """
    return any(t.lower_ in words("clash_word") for t in sent)


def sequel_start(sent: Span) -> int | None:
    """Where a clause about another attack starts: "The raid came two days after ...".

    The subject of "came" is the article's attack; what follows "after" or "before" is an
    earlier or later one, whose doers and figures are not the article's.
    """
    event = set(terms("agent")) | words("event_word") | words("kill_verb")
    for token in sent:
        if token.lemma_ not in words("sequel_verb"):
            continue
        if not any(c.dep_ == "nsubj" and c.lemma_ in event for c in token.children):
            continue
        for later in token.doc[token.i + 1 : sent.end]:
            if later.lower_ in words("sequel_word"):
                return later.idx
    return None


def _article_agents(doc: Doc, sents: list[Span]) -> list[tuple[int, int, str]]:
    """(total score, -first position, actor) of every actor the article names as a doer.

    Not the doers of another attack ("came two days after a bombing that X claimed").
    """
    totals: dict[str, list[int]] = {}
    for sent in sents:
        sequel = sequel_start(sent)
        for score, start, _end, actor in agents_in(doc, sent):
            if score >= 2 and (sequel is None or start < sequel):
                entry = totals.setdefault(actor, [0, start])
                entry[0] += score
    return sorted(((t, -first, actor) for actor, (t, first) in totals.items()), reverse=True)


class _SentenceAgents:
    def __init__(self) -> None:
        self.key: tuple[Doc, int, int] | None = None
        self.agents: list[tuple[int, int, int, str]] = []


_AGENTS = _SentenceAgents()


def agents_in(doc: Doc, sent: Span) -> list[tuple[int, int, int, str]]:
    """(score, start, end, actor) of the mentions in an agent's place, once per sentence."""
    key = sentence_key(sent)
    if _AGENTS.key == key:
        return _AGENTS.agents
    agents = []
    unnamed = words("not_perpetrator")
    for span in sentence_actors(doc).get(sent.start, []):
        if not span.kb_id_ or span.label_ in unnamed:
            continue
        score = 0 if _denies(span) else max(agent_score(t) for t in span)
        if score:
            agents.append((score, span.start_char, span.end_char, span.kb_id_))
    demonyms = demonym_countries()
    for token in _norp_tokens(sent):
        country = demonyms.get(fold(token.text))
        score = agent_score(token) if country else 0
        if score:
            agents.append((score, token.idx, token.idx + len(token), str(country)))
    _AGENTS.key, _AGENTS.agents = key, agents
    return agents


class _SentenceNorps:
    def __init__(self) -> None:
        self.key: tuple[Doc, int, int] | None = None
        self.tokens: list[Token] = []


_NORPS = _SentenceNorps()


def _norp_tokens(sent: Span) -> list[Token]:
    """The sentence's demonyms, found once per sentence (figures ask per figure).

    By the word, not the entity label: a resolver may relabel "Russian" a GPE.
    """
    key = sentence_key(sent)
    if _NORPS.key != key:
        demonyms = demonym_countries()
        found = [t for t in sent if t.ent_type_ in {"NORP", "GPE"} and fold(t.text) in demonyms]
        _NORPS.key, _NORPS.tokens = key, found
    return _NORPS.tokens
