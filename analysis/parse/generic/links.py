"""Unnamed fighters tied to a named group are that group: "militants linked to al-Shabaab".

Coders give men the group they are said to belong to: "insurgents linked to the Islamic
State group", "gunmen affiliated with ISWAP", "fighters loyal to the JNIM" are that armed
group, as "HTS fighters" are HTS. The word of the tie stands right after the noun
(`data/party_words.csv`, kind `link`) and takes the group through "to" or "with".
"""

from spacy.tokens import Span, Token

from analysis.rules import of_kind

LINK_WORDS = of_kind("party_words", "word", "link")
LINK_PREPOSITIONS = frozenset({"to", "with"})


def linked_group(token: Token, groups: tuple[Span, ...]) -> tuple[str, str] | None:
    """The named group (canonical name, type) the noun's men are tied to, or None.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Militants linked to al-Shabaab attacked a police post.")
    >>> group = next(s for s in doc.spans["actors"] if s.text == "al-Shabaab")
    >>> linked_group(doc[0], (group,))[1]
    'armed_group'
    """
    for tie in token.rights:
        if tie.lower_ not in LINK_WORDS or tie.i != token.i + 1:
            continue
        named = [g for p in tie.children if p.lower_ in LINK_PREPOSITIONS
                 for g in p.subtree]  # fmt: skip
        group = next((s for s in groups for w in named if s.start <= w.i < s.end), None)
        if group is not None:
            return group.kb_id_, group.label_
    return None
