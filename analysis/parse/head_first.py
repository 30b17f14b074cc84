"""A body's name that opens with its keyword: "Policía Nacional", "Fiscalía General del Estado".

Spanish, Portuguese, French and Indonesian names of state bodies and associations put the
head word first and the rest after it ("Ministério Público do Rio de Janeiro", "Gendarmería
Nacional", "Defensoría del Pueblo", "Association Africaine de Défense des Droits de
l'Homme", "Komnas HAM"); the English model often tags none of it, or only the place at its
end, or the whole as a person. Such a name is a capitalised word whose folded form is a
one-word organisation keyword of a state body or an association
(`data/organization_keywords.csv`: "Fiscalia", "Policia", "Ministerio", "Asociacion"),
followed by capitalised words (not a title before a name: "Police Commissioner X" is a
person; "General del Estado" is no title) and by
"de/del/da/do/du/des/of" tails ("de la República", "del Estado de Guerrero") kept whole.
A lower-case head is read only for an association's word after a capitalised one ("the
Catholic diocese of Matagalpa"). Parties and armed movements named head first in other
languages ("Partido dos Trabalhadores", "Jaish al-Adl") open with a word of kind
`head_first` in `data/party_words.csv`; a name transliterated from Arabic, Urdu or Pashto
goes on over its lower-case particles (kind `name_particle`: "al-", "wal", "ibn", "-e-"),
and a French or Spanish name over its lower-case adjectives, told by their endings
("Forces armées maliennes", "Police nationale d'Haïti", "Parti démocratique sénégalais").
The resolver reads each such span as an organisation and drops the model's entities
inside it (the place of "del Estado de Guanajuato").
"""

import re

from spacy.tokens import Doc, Span

from analysis.parse.mentions import DETERMINERS
from analysis.parse.places import fold, is_place
from analysis.rules import of_kind

# Keyword types whose one-word keywords head a name read here.
HEAD_TYPES = frozenset({"state", "state_forces", "ngo"})
# Other heads of a name: a party's or an armed movement's word in another language
# (`party_words.csv`, kind `head_first`), and the particles of a transliterated name.
OTHER_HEADS = frozenset(fold(w) for w in of_kind("party_words", "word", "head_first"))
PARTICLES = frozenset(of_kind("party_words", "word", "name_particle"))
# Endings of French, Spanish, Portuguese and Italian adjectives that follow their noun in a
# name ("armées", "nationale", "maliennes", "democrático"); English has few words of six
# letters or more with these endings.
ROMANCE_ENDINGS = ("ale", "ales", "ée", "ées", "ienne", "iennes", "aise", "aises", "aine",
                   "aines", "ique", "iques", "ático", "ática", "ica", "ico", "ano", "ana",
                   "ais", "ain", "ien", "ère", "ères", "ière", "ières", "ese", "esi")  # fmt: skip
ROMANCE_ADJECTIVE_LENGTH = 6
# Lower-case words inside a head-first name, before a capitalised word ("Defensoría del
# Pueblo", "Diocese of Makurdi", "Fundación para el Debido Proceso"), and the articles that
# may follow them ("de la República").
# Italian ("Guardia di Finanza") and Swahili ("Jeshi la Wananchi la Tanzania") joiners too.
JOINERS = frozenset({"de", "del", "da", "do", "dos", "das", "du", "des", "of", "para", "pour",
                     "por", "di", "della", "dei", "degli", "la", "cha", "ya"})  # fmt: skip
ARTICLES = frozenset({"la", "las", "los", "el", "le", "les", "the"})
# A Spanish plural article that opens a crime group's name in an English text ("Los Monos"):
# `party_words.csv`, kind `article`.
NAME_ARTICLES = of_kind("party_words", "word", "article")
# An elided article or preposition written on the next word: "l'Homme", "d'Ivoire".
ELIDED = re.compile(r"^[dl]['’]\w")


def _capital(token) -> bool:
    """A capitalised word of a name (not an article, a number or a mark)."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.lower_ not in DETERMINERS
        and token.lower_ not in ARTICLES
    ) or bool(ELIDED.match(token.text) and token.text[2:3].isupper())


def _romance_adjective(token) -> bool:
    """A lower-case French or Spanish adjective after its noun: "armées", "nationale"."""
    return (
        token.is_lower
        and token.is_alpha
        and len(token.text) >= ROMANCE_ADJECTIVE_LENGTH
        and (token.text.endswith(ROMANCE_ENDINGS) or not token.text.isascii())
        and token.pos_ not in ("VERB", "AUX", "ADP")
    )


def _particle(doc: Doc, end: int) -> int:
    """The index after a transliterated name's particle at `end` and its hyphens, or `end`.

    "al-Adl": "al" and "-" before "Adl"; "-ul-" in "Jamaat-ul-Ahrar"; "wal" before a word.
    """
    nxt = end
    while nxt < len(doc) and (doc[nxt].text == "-" or doc[nxt].lower_ in PARTICLES):
        nxt += 1
    joined = nxt > end and nxt < len(doc) and _capital(doc[nxt])
    glued = nxt > end and nxt < len(doc) and doc[nxt - 1].text == "-" and doc[nxt].is_alpha
    return nxt if joined or glued else end


def _tail(doc: Doc, i: int, titles: frozenset[str]) -> int:
    """Where a head-first name whose head is at `i` ends (the index after its last word)."""
    end = i + 1
    while end < len(doc):
        word = doc[end]
        if "\n" in doc[end - 1].whitespace_:
            break
        particle = _particle(doc, end) if fold(doc[i].text) in OTHER_HEADS else end
        if particle > end:  # "Jaish al-Adl", "Ahlu Sunna wal Jamaa": the word after it too
            end = particle + 1
            continue
        if _romance_adjective(word) and word.lower_ not in titles:  # "Police nationale"
            end += 1
            continue
        person = word.lower_ in titles and not (  # "Police Commissioner John X", not
            end + 1 < len(doc) and doc[end + 1].lower_ in JOINERS  # "Fiscalía General del"
        )
        if _capital(word) and not person and "\n" not in doc[end - 1].whitespace_:
            end += 1
            continue
        nxt = end + 1
        if word.lower_ in JOINERS and nxt < len(doc) and doc[nxt].lower_ in ARTICLES:
            nxt += 1
        if word.lower_ in JOINERS and nxt < len(doc) and _capital(doc[nxt]):
            end = nxt + 1
            continue
        if ELIDED.match(word.text) and _capital(word):
            end += 1
            continue
        break
    return end


def head_first_bodies(
    doc: Doc, keywords: list[tuple[tuple[str, ...], str]], titles: frozenset[str] = frozenset()
) -> list[Span]:
    """Head-first names of state bodies and associations, as ORG spans (see module doc).

    A span is returned only where the model's entities do not already cover it exactly.

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words="La Fiscalía General del Estado de Sonora dijo".split())
    >>> [s.text for s in head_first_bodies(doc, [(("fiscalia",), "state")])]
    ['Fiscalía General del Estado de Sonora']
    """
    heads = {k[0]: kind for k, kind in keywords
             if len(k) == 1 and (kind in HEAD_TYPES or fold(k[0]) in OTHER_HEADS)}  # fmt: skip
    pairs = {k: kind for k, kind in keywords if len(k) == 2 and " ".join(k) in OTHER_HEADS}
    exact = {(e.start, e.end) for e in doc.ents}
    found, i = [], 0
    while i < len(doc):
        token = doc[i]
        kind = heads.get(fold(token.text))
        start = i
        pair = (fold(token.text), fold(doc[i + 1].text)) if i + 1 < len(doc) else ()
        if pair in pairs and token.text[:1].isupper():  # "Fuerzas Armadas del Ecuador"
            kind = pairs[pair]
            i += 1
        lower_head = token.is_lower and kind == "ngo" and i > 0 and _capital(doc[i - 1])
        if kind is None or not (token.text[:1].isupper() or lower_head):
            i += 1
            continue
        if lower_head:  # "the Catholic diocese of X": the capitalised words before it
            while start > 0 and _capital(doc[start - 1]) and doc[start - 1].lower_ not in titles:
                start -= 1
        end = _tail(doc, i, titles)
        if (
            end - start > 1
            and (start, end) not in exact
            and any(not t.is_lower or _romance_adjective(t) for t in doc[i + 1 : end])
            and not is_place(doc[start:end].text)  # "Government Street", "Police Road"
        ):
            found.append(Span(doc, start, end, label="ORG"))
        i = max(end, i + 1)
    return found


def article_names(doc: Doc) -> list[Span]:
    """Names opened by a Spanish plural article ("Los Monos"), as ORG spans, places left out.

    The model tags many as places; a name no place table knows is a group's ("Police
    linked the attack to Los Pulpos"), while "Los Angeles" stays a place.

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words="Police blamed Los Zorritos for it".split())
    >>> [s.text for s in article_names(doc)]
    ['Los Zorritos']
    """
    found = []
    for token in doc:
        end = _tail(doc, token.i, frozenset())
        if (
            token.text in NAME_ARTICLES
            and end - token.i > 1
            and not is_place(doc[token.i : end].text)
        ):
            found.append(Span(doc, token.i, end, label="ORG"))
    return found
