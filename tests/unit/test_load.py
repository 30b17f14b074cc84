"""`load_corpus`: one row per file or record, encodings, formats and clear errors."""

import codecs
import json
from pathlib import Path

import pytest

from analysis import NoArticlesError, load_corpus
from analysis.corpus.documents import COLUMNS

ROOT = Path(__file__).resolve().parents[2]
BODY = "Clashes near Goma\nGOMA, Congo - M23 rebels seized the town of Sake on Friday, residents said.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def one_row(path: Path) -> dict:
    frame = load_corpus(path)
    assert len(frame) == 1
    return frame.iloc[0].to_dict()


def test_seed_folder() -> None:
    frame = load_corpus(ROOT / "seeds")
    assert list(frame.columns) == list(COLUMNS)
    row = frame.iloc[0]
    assert row["doc_id"] == "000_70786d1908f0780f"
    assert row["status"] == "ok"
    assert row["error"] is None
    assert row["title"] == "Iraq sends additional forces to Syrian borders: Minister"
    assert row["dateline"] == "ERBIL, Kurdistan Region"
    assert row["n_paragraphs"] == 13
    assert row["n_duplicates_removed"] == 12
    assert row["text"].startswith("Iraq sent additional reinforcement")
    assert row["raw_text"] == (ROOT / "seeds" / "000_70786d1908f0780f.txt").read_text("utf-8")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + BODY.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), "utf-16"),
        (BODY.encode("utf-16-le"), "utf-16-le"),
        ((BODY + "Caf\u00e9 \u201cquoted\u201d \u20ac5").encode("cp1252"), "cp1252"),
        ((BODY + "Caf\u00e9 \u0081").encode("latin-1"), "latin-1"),
    ],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf16-no-bom", "cp1252", "latin1"],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes, encoding: str) -> None:
    row = one_row(write(tmp_path, "a.txt", data))
    assert row["status"] == "ok", row["error"]
    assert row["encoding"] == encoding
    assert row["title"] == "Clashes near Goma"
    assert row["text"].startswith("M23 rebels seized the town")


def test_invalid_utf8_falls_back_without_losing_the_article(tmp_path: Path) -> None:
    row = one_row(write(tmp_path, "a.txt", BODY.encode("utf-8") + b"\xff\xfe broken \xc3("))
    assert row["status"] == "ok"
    assert row["encoding"] == "cp1252"
    assert "M23 rebels" in row["text"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_normalised(tmp_path: Path, newline: str) -> None:
    row = one_row(write(tmp_path, "a.txt", BODY.replace("\n", newline)))
    assert row["title"] == "Clashes near Goma"
    assert "\r" not in row["text"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"text with \x00\x01\x02 NUL bytes \x00 inside", "NUL bytes"),
        (bytes(range(1, 32)) * 40, "control characters"),
    ],
    ids=["png", "nul", "control"],
)
def test_binary_files_are_error_rows(tmp_path: Path, data: bytes, message: str) -> None:
    path = write(tmp_path, "image.txt", data)
    row = one_row(path)
    assert row["status"] == "error"
    assert str(path) in row["error"]
    assert message in row["error"]


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_files_are_empty_rows(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "blank.txt", data)
    row = one_row(path)
    assert row["status"] == "empty"
    assert row["n_paragraphs"] == 0
    assert str(path) in row["error"]


def test_html_saved_as_text_is_stripped(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>ignored</title><style>p{}</style></head><body>"
        "<h1>Drone strike in Kharkiv</h1><script>track()</script>"
        "<p>KHARKIV, Ukraine - A Russian drone hit a residential block, officials said.</p>"
        "<p>Three people were wounded &amp; taken to hospital.</p></body></html>"
    )
    row = one_row(write(tmp_path, "page.txt", page))
    assert row["format"] == "html"
    assert row["title"] == "Drone strike in Kharkiv"
    assert row["dateline"] == "KHARKIV, Ukraine"
    assert "<" not in row["text"]
    assert "track()" not in row["text"]
    assert "wounded & taken" in row["text"]


def test_jsonl_records_and_malformed_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": BODY, "source": "Wire"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "KHARTOUM - The RSF shelled Omdurman."}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines))
    frame = load_corpus(path)
    assert list(frame["status"]) == ["ok", "error", "error", "ok"]
    assert list(frame["doc_id"]) == ["a1", "feed:2", "feed:3", "feed:5"]
    assert "line 2" in frame["error"][1]
    assert str(path) in frame["error"][1]
    assert "'text'" in frame["error"][2]
    assert frame["source"][0] == "Wire"
    assert frame["dateline"][3] == "KHARTOUM"


def test_csv_with_and_without_text_column(tmp_path: Path) -> None:
    good = write(tmp_path, "good.csv", 'id,text,url\nx,"Aid convoys reached Gaza.",http://a\n')
    frame = load_corpus(good)
    assert list(frame["doc_id"]) == ["x"]
    assert frame["url"][0] == "http://a"
    bad = write(tmp_path, "bad.csv", "headline,body\na,b\n")
    row = one_row(bad)
    assert row["status"] == "error"
    assert "no 'text' column" in row["error"]
    assert "'headline', 'body'" in row["error"]


def test_metadata_sidecar_joins_the_row(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    meta = {"source": "Rudaw", "url": "https://example.org/a", "published": "2024-12-02"}
    write(tmp_path, "a.meta.json", json.dumps(meta))
    row = one_row(tmp_path)
    assert {k: row[k] for k in meta} == meta


def test_malformed_sidecar_is_an_error_row(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    sidecar = write(tmp_path, "a.meta.json", "{oops")
    row = one_row(tmp_path)
    assert row["status"] == "error"
    assert str(sidecar) in row["error"]


def test_missing_path_raises_file_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(FileNotFoundError, match=str(missing)):
        load_corpus(missing)


def test_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path, "photo.png", b"\x89PNG")
    with pytest.raises(NoArticlesError, match=r"no articles in .*photo\.png"):
        load_corpus(tmp_path)


def test_folder_without_articles_names_html_among_the_suffixes(tmp_path: Path) -> None:
    write(tmp_path, "notes.md", "A note.")
    with pytest.raises(NoArticlesError, match=r"expected \.txt, \.html, \.htm"):
        load_corpus(tmp_path)


def test_a_binary_file_named_html_is_an_error_row(tmp_path: Path) -> None:
    write(tmp_path, "page.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    write(
        tmp_path, "ok.htm", "<html><body><p>Two soldiers were hurt near Kupiansk.</p></body></html>"
    )
    frame = load_corpus(tmp_path).set_index("doc_id")
    assert frame.loc["page", "status"] == "error"
    assert "page.html" in frame.loc["page", "error"]
    assert frame.loc["ok", "status"] == "ok"


def test_unreadable_file_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    row = load_corpus(tmp_path).iloc[0]
    assert row["status"] == "error"
    assert "cannot read" in row["error"]
    assert "folder.txt" in row["error"]


def test_permission_denied_is_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", BODY)

    def denied(file: object, *args: object) -> int:
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr("analysis.load.files.os.open", denied)
    row = one_row(path)
    assert row["status"] == "error"
    assert "Permission denied" in row["error"]


def test_every_input_is_accounted_for(tmp_path: Path) -> None:
    write(tmp_path, "01.txt", BODY)
    write(tmp_path, "02.txt", b"")
    write(tmp_path, "03.txt", b"\x00\x00\xff\x00binary")
    write(tmp_path, "04.jsonl", '{"text": "a"}\n{bad\n{"text": "b"}\n')
    write(tmp_path, "05.csv", "title\nno text column\n")
    write(tmp_path, "06.txt", "Über 20.000 Menschen flohen.".encode("latin-1"))
    write(tmp_path, "notes.md", "not an article")
    with pytest.warns(UserWarning, match="notes.md"):
        frame = load_corpus(tmp_path)
    assert len(frame) == 1 + 1 + 1 + 3 + 1 + 1
    assert frame["status"].value_counts().to_dict() == {"ok": 4, "error": 3, "empty": 1}
    assert frame.loc[frame["status"] != "ok", "error"].notna().all()


def test_million_character_paragraph(tmp_path: Path) -> None:
    words = "Militia fighters shelled the camp near El Geneina as residents fled west".split()
    paragraph = " ".join(words[i % len(words)] for i in range(170_000))
    assert len(paragraph) > 1_000_000
    row = one_row(write(tmp_path, "long.txt", paragraph))
    assert row["status"] == "ok"
    assert row["n_paragraphs"] == 1
    assert len(row["text"]) == len(paragraph)


@pytest.mark.slow
def test_twenty_megabyte_file(tmp_path: Path) -> None:
    paragraphs = [
        f"Report {i}: shelling hit district {i % 97} of the city, wounding {i % 13} people, "
        f"the ministry said in statement number {i}."
        for i in range(200_000)
    ]
    data = "\n".join(paragraphs).encode("utf-8")
    assert len(data) > 20_000_000
    row = one_row(write(tmp_path, "big.txt", data))
    assert row["status"] == "ok"
    assert row["n_paragraphs"] + row["n_duplicates_removed"] == len(paragraphs)


def test_arabic_emoji_and_unbalanced_quotes(tmp_path: Path) -> None:
    text = "غزة: قصف إسرائيلي\nGAZA - “We have nothing left 😢 he said.\n\x1b[31mAlert\x07"
    row = one_row(write(tmp_path, "mixed.txt", text))
    assert row["status"] == "ok"
    assert row["title"] == "غزة: قصف إسرائيلي"
    assert "😢" in row["text"]
    assert "\x1b" not in row["text"]
    assert "\x07" not in row["text"]
