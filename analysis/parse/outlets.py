"""Outlets by where a name stands: "according to Dawn", "Punch newspaper said", "told Kompas".

A claim is often carried by a named outlet the gazetteer does not know, and the small
model tags a one-word title such as "Dawn" or "Punch" as a place or a person. A name no
keyword types is an outlet when it stands where only an outlet does: next to a media
word of `data/organization_keywords.csv` ("Punch newspaper", "the official Saba news
agency", "broadcaster NTV"), as the subject of a verb of publishing or the one told or
spoken to (`mentions.media_role`, "speaking to X"), or after "according to". A name next
to a media word is an outlet even where a town has that name ("Saba news agency"); in
the other roles the resolver keeps countries, capitals, the places of the project's
tables and demonyms out.
"""

from spacy.tokens import Doc

from analysis.parse.mentions import DETERMINERS, Mention, media_role
from analysis.parse.places import LOCATIVE_PREPOSITIONS, is_place

# Verbs whose "to" names an audience as "told" does: "speaking to Radio Dabanga".
_SPEAKING = frozenset({"speak", "talk"})


def _media_word_at(doc: Doc, i: int, words: list[tuple[str, ...]]) -> int:
    """The length of the media word starting at token i ("news agency": 2), or 0."""
    for word in words:
        n = len(word)
        if tuple(t.lower_ for t in doc[i : i + n]) == word:
            return n
    return 0


def _media_word_ends_at(doc: Doc, end: int, words: list[tuple[str, ...]]) -> bool:
    """Whether a media word ends just before `end`, past articles and adjectives."""
    while end > 0 and (doc[end - 1].lower_ in DETERMINERS or doc[end - 1].pos_ == "ADJ"):
        end -= 1
    return any(
        end - len(w) >= 0 and tuple(t.lower_ for t in doc[end - len(w) : end]) == w for w in words
    )


def next_to_a_media_word(doc: Doc, start: int, end: int, words: list[tuple[str, ...]]) -> bool:
    """Whether a media word comes just after or before the name ("Punch newspaper")."""
    return bool(end < len(doc) and _media_word_at(doc, end, words)) or _media_word_ends_at(
        doc, start, words
    )  # "Punch newspaper", "the Saba news agency"; "broadcaster NTV", "news agency SANA"


def in_outlet_role(doc: Doc, start: int, end: int, words: list[tuple[str, ...]]) -> bool:
    """Whether the name stands where an outlet does (see the module docstring)."""
    if next_to_a_media_word(doc, start, end, words):
        return True
    if media_role(doc, start, end) or after_according_to(doc, start, end):
        return True  # "Dawn reported", "a witness told Dawn", "according to Dawn"
    root = doc[start:end].root
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _SPEAKING


def after_according_to(doc: Doc, start: int, end: int) -> bool:
    """Whether the name follows "according to" and is not a word on a noun ("Kwara police")."""
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
        return False
    return start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "according"


def described_bodies(
    doc: Doc, descriptors: list[tuple[tuple[str, ...], str]], known: list[Mention]
) -> list[Mention]:
    """Names written just after what they are: "the charity Waves of Hope" (ngo).

    A descriptor of `data/organization_keywords.csv` written in lower case ("charity", "aid group",
    "rights group", "newspaper") followed, past "the" or a comma, by a run of capitalised
    words (small lower-case words such as "of" or "for" may join them: "Hope for Haiti")
    names a body of the descriptor's type, whether the model tagged the name, cut it at a
    place ("Hope" and "Haiti") or left it untagged. `known` are the mentions the resolver
    has named: a run that begins inside one, or where one as long begins, is that one's.
    """
    inside = {i for m in known for i in range(m.start + 1, m.end)}
    ends = {m.start: m.end for m in known}
    by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in descriptors:  # one look-up per token, not one slice per descriptor
        by_first_word.setdefault(words[0], []).append((words, kind))
    found = []
    for token in doc:
        first = token.lower_ if token.is_sent_start or token.is_upper else token.text
        for words, kind in by_first_word.get(first, ()):
            n = len(words)
            span = doc[token.i : token.i + n]
            written = [t.lower_ if t.is_sent_start else t.text for t in span]
            acronym = kind == "ngo" and all(t.is_upper for t in span)  # "the NGO Foro Penal"
            if tuple(written) != words and not acronym:  # lower case, as a description is
                continue  # ("Human Rights" is none)
            start = token.i + n
            while start < len(doc) and (doc[start].text == "," or doc[start].lower_ in DETERMINERS):
                start += 1
            end = capitalised_run_end(doc, start)
            if end < len(doc) and doc[end].text == "-":  # "a UK-based monitor": where, not who
                continue
            if end > start and start not in inside and ends.get(start, start) < end:
                text = doc[start:end].text
                found.append(Mention(start, end, "ORG", text, kind))
    return found


def capitalised_run_end(doc: Doc, start: int) -> int:
    """The end of a run of capitalised words from `start` (joined by small lower-case words).

    A place after a locative preposition ends it: a body's branch is where it is.
    """
    end = i = start
    while i < len(doc) and not doc[i].is_punct and not doc[i].is_space:
        token = doc[i]
        if token.is_title or token.is_upper or (token.is_digit and end > start):
            end = i = i + 1  # "Forum 18"
        elif token.lower_ in LOCATIVE_PREPOSITIONS and end > start and _a_place_follows(doc, i):
            break  # "the opposition National Unity Platform in Makindye": the body, then where
        elif token.is_lower and token.is_stop and end > start:
            i += 1  # "of" in "Waves of Hope": kept only if a capitalised word follows
        else:
            break
    return end


def _a_place_follows(doc: Doc, i: int) -> bool:
    """Whether the preposition at `i` opens a place: the model's or the index's ("in Gulu")."""
    after = i + 1
    if after >= len(doc) or not (doc[after].is_title or doc[after].is_upper):
        return False
    if doc[after].ent_type_ in ("GPE", "LOC"):
        return True
    following = doc[after + 1] if after + 1 < len(doc) else None  # "in Law and Development"
    closes = following is None or following.is_punct or following.lower_ in ("on", "at")
    return closes and is_place(doc[after].text)
