"""Write sample article files in many text encodings, with a manifest of the expected text.

Each sample is a short paragraph of conflict-news-like text, written for this project,
encoded with one codec (with or without a byte-order mark). `manifest.json` lists every
file with the encoding it was written in and the exact text a correct decoder returns,
so an encoding detector can be scored against it.

Usage:
    python benchmarks/encodings/make_samples.py [OUT_DIR]

OUT_DIR defaults to build/encoding_samples. The output is deterministic: the same bytes
on every run. After writing, every file is read back and checked against the manifest.
"""

import argparse
import codecs
import json
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_OUT_DIR = Path("build/encoding_samples")

TEXTS: dict[str, str] = {
    "english": (
        "Officials in the northern province said on Tuesday that at least 14 people had "
        "been killed \u2014 three of them children \u2014 when a mortar round struck a crowded "
        "bus station. \u201cWe heard the whistle and then everything went dark,\u201d one "
        "trader said. Aid groups said the town\u2019s only clinic was treating 26 wounded, "
        "and the provincial council pledged \u20ac2 million for repairs\u2026\n"
    ),
    "french": (
        "Au moins 12 civils ont été tués jeudi lors de l'attaque d'un village du nord du "
        "Burkina Faso, selon des sources locales. Les assaillants, arrivés à moto, ont "
        "incendié des greniers et des boutiques avant de se retirer vers la frontière. "
        "« Nous avons enterré nos morts à la hâte », a confié un habitant joint par "
        "téléphone. Plusieurs centaines de familles ont fui vers Djibo.\n"
    ),
    "spanish": (
        "Al menos 9 personas murieron y otras 17 resultaron heridas el sábado tras un "
        "enfrentamiento entre dos grupos armados en una zona rural del Cauca, informó la "
        "Defensoría del Pueblo. Según testigos, los combates obligaron a más de 300 "
        "familias a abandonar sus viviendas. «¿Adónde vamos a ir?», preguntó una campesina "
        "en el coliseo del pueblo, convertido en albergue.\n"
    ),
    "german": (
        "Bei einem Drohnenangriff auf ein Wohnviertel im Osten der Ukraine sind nach "
        "Angaben der örtlichen Behörden mindestens sieben Menschen getötet worden. Mehr als "
        "20 weitere wurden verletzt, darunter zwei Kinder. Rettungskräfte suchten am "
        "Sonntag in den Trümmern eines fünfstöckigen Gebäudes nach Überlebenden; mehrere "
        "Straßen blieben gesperrt. Der Bürgermeister sprach von einem »schwarzen Tag« für "
        "die Stadt.\n"
    ),
    "russian": (
        "По меньшей мере 11 человек погибли и ещё 23 получили ранения в результате "
        "обстрела рынка в приграничном городе, сообщили в понедельник местные власти. "
        "По словам очевидцев, снаряды упали около десяти часов утра, когда на рынке было "
        "много покупателей. Спасатели продолжают разбирать завалы. В городе объявлен "
        "трёхдневный траур.\n"
    ),
    "arabic": (
        "قتل ما لا يقل عن 15 شخصاً وأصيب 40 آخرون في قصف استهدف سوقاً شعبية في المدينة "
        "صباح الأحد، بحسب ما أفادت مصادر طبية محلية. وقال شهود عيان إن القذائف سقطت في "
        "وقت الذروة حين كانت السوق مزدحمة بالمتسوقين. وناشدت المستشفيات السكان التبرع "
        "بالدم، فيما أعلنت السلطات الحداد ثلاثة أيام.\n"
    ),
    "japanese": (
        "政府筋によると、北部の州都近郊で１３日夜、武装集団が警察の検問所を襲撃し、"
        "警察官８人を含む少なくとも１２人が死亡した。負傷者は２０人を超え、近くの病院に"
        "搬送された。地元当局は夜間外出禁止令を出し、周辺の道路を封鎖した。"
        "現時点で犯行声明は出ていない。目撃者によると、襲撃は約３０分間続き、武装集団は"
        "車両数台に分乗して山間部の方向へ逃走した。州政府は軍の増援部隊を派遣し、"
        "襲撃犯の行方を追っている。住民の間では、同様の襲撃が続くことへの不安が"
        "広がっている。\n"
    ),
}

BOMS: dict[str, bytes] = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}

# Codecs tried on every file, to record which others give the expected text too and which
# decode without error to some other text. Plain "utf-16" and "utf-32" are left out: with
# no BOM they assume the machine's byte order, which would make the manifest vary.
CANDIDATE_CODECS: tuple[str, ...] = (
    "utf-8",
    "utf-8-sig",
    "utf-16-le",
    "utf-16-be",
    "utf-32-le",
    "utf-32-be",
    "cp1252",
    "latin-1",
    "iso-8859-15",
    "cp1250",
    "cp1251",
    "koi8-r",
    "iso-8859-5",
    "cp1256",
    "iso-8859-6",
    "shift_jis",
    "cp932",
    "euc-jp",
)


@dataclass(frozen=True)
class Sample:
    """One sample file: which text, in which encoding, with or without a BOM.

    Attributes:
        file: The file name to write.
        language: A key of `TEXTS`.
        encoding: The Python codec that encodes the text (without any BOM).
        bom: Whether the file starts with the encoding's byte-order mark.
        named_requirement: Whether the project's requirements name this case explicitly
            as one that must decode.
        note: Why the sample is there, or what makes it hard.
    """

    file: str
    language: str
    encoding: str
    bom: bool = False
    named_requirement: bool = False
    note: str = ""

    @property
    def text(self) -> str:
        """The exact text a correct decoder returns (without the BOM)."""
        return TEXTS[self.language]

    @property
    def decode_with(self) -> str:
        """A Python codec that decodes the whole file, BOM included, to `text`."""
        if not self.bom:
            return self.encoding
        return {"utf-8": "utf-8-sig"}.get(self.encoding, self.encoding[:-3])

    def to_bytes(self) -> bytes:
        """Return the file's bytes: the BOM, if any, then the encoded text."""
        prefix = BOMS[self.encoding] if self.bom else b""
        return prefix + self.text.encode(self.encoding)


SAMPLES: tuple[Sample, ...] = (
    Sample("utf8_english.txt", "english", "utf-8", note="curly quotes, dashes, euro sign"),
    Sample("utf8_bom_french.txt", "french", "utf-8", bom=True),
    Sample("utf8_arabic.txt", "arabic", "utf-8"),
    Sample("utf16le_bom_russian.txt", "russian", "utf-16-le", bom=True),
    Sample("utf16be_bom_japanese.txt", "japanese", "utf-16-be", bom=True),
    Sample(
        "utf16le_english.txt",
        "english",
        "utf-16-le",
        note="no BOM; mostly ASCII, so every other byte is NUL",
    ),
    Sample(
        "utf16be_english.txt",
        "english",
        "utf-16-be",
        note="no BOM; mostly ASCII, so every other byte is NUL",
    ),
    Sample(
        "utf16le_arabic.txt",
        "arabic",
        "utf-16-le",
        named_requirement=True,
        note="no BOM; Arabic code units are 0x06xx, so few bytes are NUL",
    ),
    Sample(
        "utf16le_russian.txt",
        "russian",
        "utf-16-le",
        named_requirement=True,
        note="no BOM; Cyrillic code units are 0x04xx, so few bytes are NUL",
    ),
    Sample("utf32le_bom_spanish.txt", "spanish", "utf-32-le", bom=True),
    Sample("utf32be_bom_russian.txt", "russian", "utf-32-be", bom=True),
    Sample("utf32le_english.txt", "english", "utf-32-le", note="no BOM"),
    Sample("utf32be_arabic.txt", "arabic", "utf-32-be", note="no BOM"),
    Sample(
        "cp1252_english.txt",
        "english",
        "cp1252",
        note="curly quotes, em dash, euro sign and ellipsis use bytes 0x80-0x9F",
    ),
    Sample("cp1251_russian.txt", "russian", "cp1251"),
    Sample("cp1256_arabic.txt", "arabic", "cp1256"),
    Sample("latin1_french.txt", "french", "latin-1"),
    Sample("latin1_spanish.txt", "spanish", "latin-1"),
    Sample("latin1_german.txt", "german", "latin-1"),
    Sample("shift_jis_japanese.txt", "japanese", "shift_jis"),
)


def other_decoders(data: bytes, text: str, codec: str) -> tuple[list[str], list[str]]:
    """Sort the `CANDIDATE_CODECS` other than `codec` by what they make of `data`.

    Args:
        data: The file's bytes.
        text: The expected decoded text.
        codec: The codec the file is meant to be decoded with; left out of both lists.

    Returns:
        Two lists, in `CANDIDATE_CODECS` order: the codecs that decode `data` to exactly
        `text`, and those that decode it without error to some other text (mojibake).
    """
    exact, wrong = [], []
    for candidate in CANDIDATE_CODECS:
        if candidate == codec:
            continue
        try:
            decoded = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        (exact if decoded == text else wrong).append(candidate)
    return exact, wrong


def manifest_entry(sample: Sample, data: bytes) -> dict[str, object]:
    """Describe one written sample for the manifest.

    Args:
        sample: The sample.
        data: The bytes written for it.

    Returns:
        A JSON-ready dict: file, encoding, bom, decode_with, the other codecs that give
        the same text and those that give other text, language, named_requirement, note,
        size in bytes and the expected text.
    """
    exact, wrong = other_decoders(data, sample.text, sample.decode_with)
    return {
        "file": sample.file,
        "encoding": sample.encoding,
        "bom": sample.bom,
        "decode_with": sample.decode_with,
        "also_exact_with": exact,
        "misdecodes_with": wrong,
        "language": sample.language,
        "named_requirement": sample.named_requirement,
        "note": sample.note,
        "n_bytes": len(data),
        "text": sample.text,
    }


def write_samples(out_dir: Path) -> list[dict[str, object]]:
    """Write every sample and `manifest.json` into `out_dir`.

    Args:
        out_dir: The folder to write into; created if missing.

    Returns:
        The manifest's sample entries.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for sample in SAMPLES:
        data = sample.to_bytes()
        (out_dir / sample.file).write_bytes(data)
        entries.append(manifest_entry(sample, data))
    manifest = {
        "description": (
            "Sample articles in many encodings. 'text' is the exact expected decoded text "
            "(no BOM); 'decode_with' is a Python codec that decodes the whole file to it; "
            "'also_exact_with' lists other codecs that happen to give the same text, "
            "'misdecodes_with' those that decode without error to other text."
        ),
        "samples": entries,
    }
    (out_dir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return entries


def check_samples(out_dir: Path) -> list[str]:
    """Read every file listed in `out_dir/manifest.json` back and compare with its text.

    Args:
        out_dir: A folder written by `write_samples`.

    Returns:
        One message per problem; empty when every file round-trips.
    """
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    problems = []
    for entry in manifest["samples"]:
        data = (out_dir / entry["file"]).read_bytes()
        if data.decode(entry["decode_with"]) != entry["text"]:
            problems.append(f"{entry['file']}: does not decode to its text")
        bom = BOMS[entry["encoding"]] if entry["bom"] else b""
        if bom + entry["text"].encode(entry["encoding"]) != data:
            problems.append(f"{entry['file']}: re-encoding the text gives other bytes")
        if not 200 <= len(entry["text"]) <= 600:
            problems.append(f"{entry['file']}: text has {len(entry['text'])} characters")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Write the samples, check them and print a one-line summary.

    Args:
        argv: Command-line arguments (default: `sys.argv[1:]`).

    Returns:
        The exit status: 0 when every file round-trips, 1 otherwise.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "out_dir",
        nargs="?",
        type=Path,
        default=DEFAULT_OUT_DIR,
        help=f"folder to write into (default: {DEFAULT_OUT_DIR})",
    )
    args = parser.parse_args(argv)
    entries = write_samples(args.out_dir)
    problems = check_samples(args.out_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"wrote {len(entries)} samples and manifest.json to {args.out_dir}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
