"""The seams between modules (issue 9): each test is a regression test for a defect that
existed before the package was restructured.

- the parse cache is keyed by the whole package tree (an edit to any module re-parses);
- `extract_casualties` survives lone surrogates like the other extractors;
- every table has an integer `sentence` and the same string dtype, so tables join;
- user rule files reach `process_corpus` and the CLI, are checked, and key the cache;
- counts stay nullable integers through Parquet and CSV;
- a fifth table is one `register` call away from the corpus run, the CLI and `write`;
- the package's shape: module size, extractor independence, import depth, word lists once.
"""

import ast
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from spacy.tokens import Doc

import analysis
from analysis import CorpusResult, RuleSet, process_corpus
from analysis.cli import main
from analysis.extract import Table, register, table_names
from analysis.extract.doc import sentence_ids
from analysis.extract.registry import unregister
from analysis.tables import column_dtypes

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "analysis"
SEEDS = ROOT / "seeds"

INVENTED = "Northern Ridge Group"  # no organization keyword: not an armed group by itself
INVENTED_TEXT = (
    f"Fighters of the {INVENTED} attacked a market in Kassala on Monday, killing 9 people. "
    "The NRG said the army had withdrawn.\n"
)
ACTORS_CSV = f"actor,actor_type,aliases,country\n{INVENTED},armed_group,NRG,Sudan\n"
NEW_TRIGGER_TEXT = "The airstrike obliterated 14 villagers in Kassala, witnesses said.\n"
TERMS_CSV = "kind,term,outcome,note\ntrigger,obliterate,killed,a user's trigger\n"


@pytest.fixture(scope="module")
def seed_result() -> CorpusResult:
    return process_corpus(SEEDS, progress=False)


def _folder(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "article.txt").write_text(text, encoding="utf-8")
    return folder


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# --- 1. the parse cache never goes stale ---------------------------------------------------

RUN_COPY = """
import json, sys
import analysis
from analysis import process_corpus
result = process_corpus(sys.argv[1], cache_dir=sys.argv[2], tables=["actors"], progress=False)
print(json.dumps({
    "file": analysis.__file__,
    "parsed": result.stats.parsed,
    "labels": dict(zip(result.actors["actor"], result.actors["label"])),
}))
"""
LABEL_LINE = "        return actor_type_labels().get(self.actor_type, DEFAULT_LABEL)\n"
GPE_FOR_ARMED_GROUPS = '        if self.actor_type == "armed_group":\n            return "GPE"\n'


@pytest.mark.slow
def test_editing_any_module_of_the_package_re_parses(tmp_path: Path) -> None:
    copy = tmp_path / "src" / "analysis"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    corpus = _folder(tmp_path, "corpus", "Hay’at Tahrir al-Sham fighters shelled Aleppo.\n")
    cache, elsewhere = tmp_path / "cache", tmp_path / "cwd"
    elsewhere.mkdir()

    def run() -> dict:
        done = subprocess.run(
            [sys.executable, "-c", RUN_COPY, str(corpus), str(cache)],
            capture_output=True, text=True, cwd=elsewhere, timeout=120,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(copy.parent), "ANALYSIS_PROGRESS": "0"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    first = run()
    assert Path(first["file"]).resolve() == (copy / "__init__.py").resolve()
    assert first["parsed"] == 1
    assert first["labels"]["Hay’at Tahrir al-Sham"] == "ORG"
    assert run()["parsed"] == 0  # unchanged package: the cache is used

    events = copy / "extract" / "events.py"
    events.write_text(events.read_text(encoding="utf-8") + "# an edit\n", encoding="utf-8")
    assert run()["parsed"] == 1  # an edit to a module that does not parse re-parses too

    gazetteer = copy / "parse" / "gazetteer.py"
    source = gazetteer.read_text(encoding="utf-8")
    assert source.count(LABEL_LINE) == 1
    gazetteer.write_text(
        source.replace(LABEL_LINE, GPE_FOR_ARMED_GROUPS + LABEL_LINE), encoding="utf-8"
    )
    relabelled = run()
    assert relabelled["parsed"] == 1
    assert relabelled["labels"]["Hay’at Tahrir al-Sham"] == "GPE"


# --- 2. casualties and lone surrogates ----------------------------------------------------


def test_casualties_survive_a_lone_surrogate_with_exact_offsets() -> None:
    text = "12 people were killed \ud800 in Goma. Another 30 people were wounded \udc00 in Bunia."
    table = analysis.extract_casualties(text)
    assert list(table["count"]) == [12, 30]
    for row in table.itertuples():
        assert text[row.start : row.end] == row.figure


# --- 3. one sentence index, one string dtype: tables join ------------------------------------

NON_TEXT = {"int64", "Int64", "bool", "Float64"}


def test_sentence_is_an_integer_index_and_text_columns_share_one_dtype(
    seed_result: CorpusResult,
) -> None:
    text_dtypes = set()
    for name in ("actors", "quotes", "events", "casualties"):
        table = getattr(seed_result, name)
        assert not table.empty, name
        assert str(table["sentence"].dtype) == "int64", name
        text_dtypes |= {str(t) for t in table.dtypes if str(t) not in NON_TEXT}
    assert len(text_dtypes) == 1, text_dtypes
    assert str(seed_result.actors["actor"].dtype) == str(seed_result.casualties["group"].dtype)


def test_casualties_join_actors_on_doc_and_sentence(seed_result: CorpusResult) -> None:
    joined = seed_result.casualties.merge(
        seed_result.actors, on=["doc_id", "sentence"], suffixes=("", "_mentioned")
    )
    assert not joined.empty
    militants = joined[joined["group"] == "HTS militants"]
    assert "Hay’at Tahrir al-Sham" in set(militants["actor_mentioned"])
    # every figure's sentence is a sentence of the document the actors table numbers too
    assert seed_result.casualties["sentence"].isin(seed_result.actors["sentence"]).any()


# --- 4. user rule files reach a corpus run --------------------------------------------------


def _armed(result: CorpusResult) -> set[str]:
    actors = result.actors
    return set(actors.loc[actors["actor_type"] == "armed_group", "actor"])


@pytest.fixture
def invented(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus mentioning the invented group, and a user actors CSV declaring it."""
    csv = tmp_path / "my_actors.csv"
    csv.write_text(ACTORS_CSV, encoding="utf-8")
    return _folder(tmp_path, "corpus", INVENTED_TEXT), csv


def test_a_user_actors_csv_reaches_process_corpus(invented: tuple[Path, Path]) -> None:
    corpus, csv = invented
    assert INVENTED not in _armed(process_corpus(corpus, tables=["actors"], progress=False))
    rules = RuleSet.from_files(actors=csv)
    result = process_corpus(corpus, tables=["actors"], rules=rules, progress=False)
    assert INVENTED in _armed(result)
    assert set(result.actors.loc[result.actors["actor"] == INVENTED, "mention"]) == {
        INVENTED,
        "NRG",
    }


def test_a_user_terms_csv_reaches_process_corpus(tmp_path: Path) -> None:
    corpus = _folder(tmp_path, "corpus", NEW_TRIGGER_TEXT)
    terms = tmp_path / "terms.csv"
    terms.write_text(TERMS_CSV, encoding="utf-8")
    assert process_corpus(corpus, tables=["casualties"], progress=False).casualties.empty
    rules = RuleSet.from_files(terms=terms)
    found = process_corpus(corpus, tables=["casualties"], rules=rules, progress=False).casualties
    assert found[["count", "outcome", "group"]].to_dict("records") == [
        {"count": 14, "outcome": "killed", "group": "villagers"}
    ]


@pytest.mark.parametrize("how", ["--actors-csv", "--rules"])
def test_user_rules_reach_the_cli(invented: tuple[Path, Path], tmp_path: Path, how: str) -> None:
    corpus, csv = invented
    if how == "--rules":
        folder = tmp_path / "rules"
        folder.mkdir()
        shutil.copy(csv, folder / "actors.csv")
        option = [how, str(folder)]
    else:
        option = [how, str(csv)]
    out = tmp_path / "out"
    assert (
        main(
            [
                "extract",
                str(corpus),
                "--out",
                str(out),
                "--tables",
                "actors",
                "--no-progress",
                *option,
            ]
        )
        == 0
    )
    actors = pd.read_parquet(out / "actors.parquet")
    assert INVENTED in set(actors.loc[actors["actor_type"] == "armed_group", "actor"])


def test_a_user_terms_csv_reaches_the_cli(tmp_path: Path) -> None:
    corpus = _folder(tmp_path, "corpus", NEW_TRIGGER_TEXT)
    terms = tmp_path / "terms.csv"
    terms.write_text(TERMS_CSV, encoding="utf-8")
    out = tmp_path / "out"
    argv = ["extract", str(corpus), "--out", str(out), "--tables", "casualties", "--no-progress"]
    assert main([*argv, "--terms-csv", str(terms)]) == 0
    assert list(pd.read_parquet(out / "casualties.parquet")["count"]) == [14]


BAD_ROW_3 = f"actor,actor_type,aliases,country\n{INVENTED},armed_group,NRG,Sudan\nGhost Unit,warlord_band,,Sudan\n"
NO_TYPE_COLUMN = f"actor,aliases,country\n{INVENTED},NRG,Sudan\n"


@pytest.mark.parametrize(
    ("content", "row", "column"),
    [(BAD_ROW_3, "row 3", "column 'actor_type'"), (NO_TYPE_COLUMN, "row 1", "column 'actor_type'")],
    ids=["unknown-actor-type", "missing-column"],
)
@pytest.mark.parametrize("how", ["--actors-csv", "--rules"])
def test_a_bad_rule_file_is_one_line_naming_file_row_and_column(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    row: str,
    column: str,
    how: str,
) -> None:
    corpus = _folder(tmp_path, "corpus", INVENTED_TEXT)
    folder = tmp_path / "rules"
    folder.mkdir()
    bad = folder / "actors.csv"
    bad.write_text(content, encoding="utf-8")
    option = [how, str(bad if how == "--actors-csv" else folder)]
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out), "--no-progress", *option]) == 1
    line = _one_error_line(capsys)
    assert str(bad) in line and row in line and column in line, line
    if content is BAD_ROW_3:
        assert "militia" in line
    assert not out.exists()  # checked before anything ran


def test_a_misnamed_file_in_a_rules_folder_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _folder(tmp_path, "corpus", INVENTED_TEXT)
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "actor.csv").write_text(ACTORS_CSV, encoding="utf-8")  # singular: a typo
    assert (
        main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--rules", str(folder)]) == 1
    )
    line = _one_error_line(capsys)
    assert str(folder / "actor.csv") in line and "actors.csv" in line, line


def test_the_cache_key_follows_the_rule_files_content(
    invented: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, csv = invented
    cache = tmp_path / "cache"

    def run() -> CorpusResult:
        rules = RuleSet.from_files(actors=csv)
        return process_corpus(
            corpus, tables=["actors"], rules=rules, cache_dir=cache, progress=False
        )

    assert run().stats.parsed == 1
    assert run().stats.parsed == 0  # same file, same content: cached
    csv.write_text(ACTORS_CSV.replace("armed_group", "political"), encoding="utf-8")
    edited = run()
    assert edited.stats.parsed == 1
    assert INVENTED not in _armed(edited)
    assert set(edited.actors.loc[edited.actors["actor"] == INVENTED, "actor_type"]) == {"political"}


# --- 5. counts stay integers through Parquet and CSV -----------------------------------------

COUNTS = ("count", "low", "high", "part_of")


def test_counts_round_trip_through_parquet_and_csv(
    seed_result: CorpusResult, tmp_path: Path
) -> None:
    original = seed_result.casualties
    assert original["part_of"].isna().any() and original["part_of"].notna().any()
    seed_result.write(tmp_path)

    parquet = pd.read_parquet(tmp_path / "casualties.parquet")
    for column in COUNTS:
        assert str(parquet[column].dtype) == "Int64", column
        pd.testing.assert_series_equal(parquet[column], original[column], check_exact=True)
    assert parquet["part_of"].isna().sum() == original["part_of"].isna().sum()

    text = (tmp_path / "casualties.csv").read_text(encoding="utf-8")
    assert "446" in text and "446.0" not in text
    assert ".0," not in text  # no integer written as a float
    csv = pd.read_csv(tmp_path / "casualties.csv", dtype=dict.fromkeys(COUNTS, "Int64"))
    for column in COUNTS:
        pd.testing.assert_series_equal(csv[column], original[column], check_exact=True)


# --- 6. a fifth table is one register call ---------------------------------------------------

NUMBER_DTYPES = column_dtypes(
    ("text", "sentence", "start", "end"), ints=("sentence", "start", "end")
)


def number_rows(doc: Doc, rules: RuleSet) -> dict[str, list]:
    sentences = sentence_ids(doc)
    tokens = [token for token in doc if token.like_num]
    return {
        "text": [t.text for t in tokens],
        "sentence": [sentences[t.i] for t in tokens],
        "start": [t.idx for t in tokens],
        "end": [t.idx + len(t) for t in tokens],
    }


@pytest.fixture
def numbers_table() -> Iterator[Table]:
    table = register(Table("numbers", pipes=("parser",), dtypes=NUMBER_DTYPES, rows=number_rows))
    yield table
    unregister("numbers")
    assert "numbers" not in table_names()


def test_a_registered_table_appears_everywhere(
    numbers_table: Table, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert table_names()[-1] == "numbers"
    everything = process_corpus(SEEDS, progress=False)
    assert everything.tables == table_names()
    result = process_corpus(SEEDS, tables=["numbers"], progress=False)
    assert result.tables == ("numbers",)
    numbers = result.numbers
    assert list(numbers.columns) == ["doc_id", "text", "sentence", "start", "end"]
    assert "446" in set(numbers["text"]) and str(numbers["sentence"].dtype) == "int64"
    pd.testing.assert_frame_equal(numbers, everything.numbers)
    text = analysis.load_corpus(SEEDS)["text"][0]
    assert all(text[r.start : r.end] == r.text for r in numbers.itertuples())
    assert result.documents["n_numbers"].tolist() == [len(numbers)]

    written = tmp_path / "written"
    result.write(written)
    assert {p.name for p in written.iterdir()} == {
        "documents.parquet", "documents.csv", "numbers.parquet", "numbers.csv", "manifest.json",
    }  # fmt: skip

    out = tmp_path / "out"
    assert (
        main(["extract", str(SEEDS), "--out", str(out), "--tables", "numbers", "--no-progress"])
        == 0
    )
    pd.testing.assert_frame_equal(pd.read_parquet(out / "numbers.parquet"), numbers)
    assert len(pd.read_csv(out / "numbers.csv")) == len(numbers)
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["extract", str(SEEDS), "--out", str(out), "--tables", "nothing"])
    assert "choose from actors, quotes, events, casualties, numbers" in capsys.readouterr().err


# --- 7. the package's shape ------------------------------------------------------------------

MAX_LINES = 400
MAX_IMPORT_DEPTH = 5
EXTRACTORS = ("actors", "quotes", "events", "casualties")
EXTRACTOR_MAY_IMPORT = (
    "analysis.extract.registry", "analysis.extract.doc", "analysis.extract.reference",
    "analysis.extract.setting", "analysis.parse", "analysis.rules", "analysis.tables",
)  # fmt: skip


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _module_level_imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node):
                yield from _module_level_imports(node.body)
            yield from _module_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                yield from _module_level_imports(block)


def package_imports(module: str) -> set[str]:
    """The `analysis` modules that `module` imports at module level (not for type checking).

    ``from analysis.x import y`` is ``analysis.x.y`` when that is a module, else ``analysis.x``.
    """
    path = MODULES[module]
    found = set()
    for node in _module_level_imports(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "analysis"}
            continue
        base = node.module or ""
        if node.level:
            package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
            base = ".".join([*package[: len(package) - node.level + 1], *([base] if base else [])])
        if base.split(".")[0] != "analysis":
            continue
        for alias in node.names:
            found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return found


def longest_import_chain(start: str) -> list[str]:
    """The longest chain of module-level imports from `start`; a cycle fails the test."""
    graph = {module: package_imports(module) for module in MODULES}
    longest: dict[str, list[str]] = {}

    def visit(module: str, stack: tuple[str, ...]) -> list[str]:
        assert module not in stack, f"import cycle: {' -> '.join([*stack, module])}"
        if module not in longest:
            chains = [visit(child, (*stack, module)) for child in sorted(graph[module])]
            longest[module] = [module, *max(chains, key=len, default=[])]
        return longest[module]

    return visit(start, ())


def test_no_module_is_over_400_lines() -> None:
    sizes = {
        name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()
    }
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_no_extractor_imports_a_sibling_extractor() -> None:
    checked = 0
    for module in MODULES:
        parts = module.split(".")
        if parts[:2] != ["analysis", "extract"] or len(parts) < 3 or parts[2] not in EXTRACTORS:
            continue
        own = f"analysis.extract.{parts[2]}"
        for imported in package_imports(module):
            assert imported == own or imported.startswith((f"{own}.", *EXTRACTOR_MAY_IMPORT)), (
                f"{module} imports {imported}"
            )
        checked += 1
    assert checked >= len(EXTRACTORS) + 4  # actors, quotes, events and the casualties package


def test_the_setting_package_imports_no_extractor() -> None:
    """When and where are shared by the extractors, so they may depend on none of them."""
    setting = [module for module in MODULES if module.startswith("analysis.extract.setting")]
    assert len(setting) >= 4  # the package and its when, dates and where modules
    for module in setting:
        for imported in package_imports(module):
            assert not imported.startswith(
                tuple(f"analysis.extract.{name}" for name in EXTRACTORS)
            ), f"{module} imports {imported}"


def test_import_depth_from_the_cli() -> None:
    chain = longest_import_chain("analysis.cli")
    depth = len(chain) - 1
    print(f"import depth from analysis.cli: {depth}: {' -> '.join(chain)}")
    assert depth >= 3  # the walk found the layers at all
    if depth > MAX_IMPORT_DEPTH:
        pytest.xfail(f"import depth {depth} > {MAX_IMPORT_DEPTH}: {' -> '.join(chain)}")


# A collection literal holding both words of a pair is a copy of a word list in data/.
WORD_LIST_PAIRS = (
    ({"’s", "'s"}, "marks.csv (possessive)"),
    ({"within", "throughout"}, "locative_prepositions.csv"),
    ({"near", "around"}, "locative_prepositions.csv"),
    ({"say", "tell"}, "reporting_verbs.csv"),
    ({"state_forces", "armed_group"}, "actor_types.csv"),
)


def _string_collections(tree: ast.AST) -> Iterator[tuple[int, set[str]]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            elements = node.elts
        elif isinstance(node, ast.Dict):
            elements = [key for key in node.keys if key is not None]
        else:
            continue
        yield (
            node.lineno,
            {e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)},
        )


def test_every_word_list_lives_once_in_data() -> None:
    copies = []
    for name, path in MODULES.items():
        for line, words in _string_collections(ast.parse(path.read_text(encoding="utf-8"))):
            copies += [
                f"{name}:{line} copies {where}" for pair, where in WORD_LIST_PAIRS if pair <= words
            ]
    assert copies == []
    data = PACKAGE / "data"
    for pair, where in WORD_LIST_PAIRS:  # ... and the lists are there
        file_text = (data / where.split()[0]).read_text(encoding="utf-8")
        assert all(word in file_text for word in pair), where
