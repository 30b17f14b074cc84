"""Score the encoding detector, old and new, on the samples of encodings/make_samples.py.

A sample counts as correct when the detector's codec decodes the file (less its BOM) to
exactly the text in the manifest; a file rejected as binary is wrong. "old" is the
hand-rolled detector that `analysis/load.py` had before charset-normalizer (kept below,
verbatim in logic); "new" is `analysis.load.detect_encoding`.

Usage:
    python benchmarks/eval_encodings.py [SAMPLES_DIR]   # default: a fresh temporary folder
"""

import codecs
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from analysis.load import UnreadableInputError, detect_encoding

HERE = Path(__file__).resolve().parent

_OLD_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
_OLD_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def old_detect_encoding(data: bytes) -> str:
    """The detector before this change: BOM, signatures, NUL-heavy UTF-16, UTF-8, cp1252."""
    for bom, codec in _OLD_BOMS:
        if data.startswith(bom):
            return codec
    if data.startswith(_OLD_MAGIC):
        raise UnreadableInputError("binary file")
    if b"\x00" in data:
        sample = data[:4096]
        odd_nuls, even_nuls = sample[1::2].count(0), sample[0::2].count(0)
        half = len(sample) // 2
        if half and odd_nuls > 0.4 * half and even_nuls == 0 and _decodes(data, "utf-16-le"):
            return "utf-16-le"
        if half and even_nuls > 0.4 * half and odd_nuls == 0 and _decodes(data, "utf-16-be"):
            return "utf-16-be"
        raise UnreadableInputError("binary file")
    for codec in ("utf-8", "cp1252"):
        if _decodes(data, codec):
            return codec
    return "latin-1"


def decodes_exactly(data: bytes, codec: str, expected: str) -> bool:
    """Whether `codec` decodes `data` to `expected` (a leading BOM character dropped)."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return False
    return text.removeprefix("\ufeff") == expected


def score(detector: Callable[[bytes], str], folder: Path) -> tuple[int, int, list[str]]:
    """Return (correct, total, lines naming each sample and the detector's answer)."""
    samples = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["samples"]
    correct, lines = 0, []
    for sample in samples:
        data = (folder / sample["file"]).read_bytes()
        try:
            answer = detector(data)
        except UnreadableInputError:
            answer = "rejected as binary"
        ok = answer != "rejected as binary" and decodes_exactly(data, answer, sample["text"])
        correct += ok
        lines.append(f"  {'ok ' if ok else 'BAD'} {sample['file']:<28} {answer}")
    return correct, len(samples), lines


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(argv[1]) if len(argv) > 1 else Path(tmp)
        if not (folder / "manifest.json").exists():
            subprocess.run(
                [sys.executable, str(HERE / "encodings" / "make_samples.py"), str(folder)],
                check=True, capture_output=True,
            )  # fmt: skip
        results = {}
        for name, detector in (("old", old_detect_encoding), ("new", detect_encoding)):
            correct, total, lines = score(detector, folder)
            results[name] = (correct, total)
            print(f"{name} detector:")
            print("\n".join(lines))
        print(
            "correct/total: "
            + ", ".join(f"{name} {correct}/{total}" for name, (correct, total) in results.items())
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
