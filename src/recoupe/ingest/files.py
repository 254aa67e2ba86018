"""Finding input files and turning their bytes into text, with one clear reason when that fails."""

from __future__ import annotations

import codecs
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from charset_normalizer import from_bytes

from recoupe.errors import Errors
from recoupe.model import Skip

#: Default ceiling on one input file; larger files are refused with a size message (``--max-bytes``).
DEFAULT_MAX_BYTES = 5_000_000

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def valid_name(name: str) -> str:
    """A file name (or path) as valid Unicode: bytes that are not UTF-8 written as ``\\xNN``.

    Python hands such names over as lone surrogates (``r\\udce9sum\\udce9.txt``), which no UTF-8
    writer, SQLite included, accepts: one Latin-1 name from an old archive failed the whole batch. The
    escape keeps the name unambiguous and findable; other lone surrogates become U+FFFD.
    """
    if _encodes(name):
        return name
    return "".join(
        f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else "\ufffd" if "\ud800" <= ch <= "\udfff" else ch
        for ch in name
    )


def valid_text(text: str) -> str:
    """``text`` with lone surrogates (a JSON ``"\\ud800"``) replaced by U+FFFD, one code point each,
    so that the text can be written as UTF-8 anywhere."""
    if _encodes(text):
        return text
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class DecodeError(ValueError):
    """Bytes that are not text; ``code`` says why (binary or undecodable)."""

    def __init__(self, code: Errors) -> None:
        self.code = code
        super().__init__(code.value)


def decode(data: bytes) -> str:
    """Decode an input file's bytes, trying what news files actually use.

    A byte-order mark wins; then UTF-8; then a charset detector (Latin-1 and CP-1252 are common in
    older French sites). NUL bytes without a UTF-16/32 mark mean a binary file.

    Raises:
        DecodeError: with ``E103`` for binary data, ``E104`` when nothing decodes it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise DecodeError(Errors.E104) from None
    if b"\x00" in data[:8192]:
        raise DecodeError(Errors.E103)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError(Errors.E104)
    text = str(best)
    if _looks_binary(text):
        raise DecodeError(Errors.E103)
    return text


#: What the non-ASCII characters of a French (or other Western European) text in CP-1252 are: accented
#: letters, guillemets, typographic quotes and dashes, no-break space, degree, euro, ligatures.
_WESTERN = frozenset(
    "àâäáãåæçéèêëíìîïñóòôöõøœúùûüýÿÀÂÄÁÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÚÙÛÜÝŸß«»‹›‘’‚“”„…–—•°€£§©®™±×÷²³¹ºª¿¡·\xa0\xad"
)


def _western(data: bytes) -> str | None:
    """The text, if the bytes are CP-1252 (or Latin-1) with only Western European letters and marks.

    A charset detector guesses from letter statistics, and on a short French text it often guesses a
    Central European or Baltic code page: ``à`` became ``ŕ``, ``é`` became ``ķ``, silently. recoupe
    reads French; legacy French files are CP-1252 or Latin-1 (its subset for text); when every
    non-ASCII character reads as one a Western text uses, that reading is taken, else the detector's.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    strange = sum(1 for ch in text if ord(ch) > 127 and ch not in _WESTERN)
    return text if strange == 0 else None


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1 % of a sample mean it is not prose."""
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls / len(sample) > 0.01


def iter_files(paths: list[Path], suffixes: Sequence[str], formats: str = "") -> Iterator[Path | Skip]:
    """Every file under ``paths`` (recursing into folders, sorted) with one of ``suffixes``.

    Missing paths and link loops become :class:`Skip` records; a file given explicitly with an unknown
    suffix is a Skip too (naming ``formats``, what is read), while unknown files met inside a folder are
    passed over silently (a folder of articles often holds a README or images). A folder that holds no
    file with one of ``suffixes`` at all is one Skip naming them: a user who points recoupe at a folder
    of PDFs learns why nothing was analyzed, instead of getting an empty report.
    """
    for path in paths:
        if not path.exists() and not path.is_symlink():
            yield Skip(str(path), Errors.E101.value, "E101")
            continue
        if path.is_dir():
            yield from _walk(path, suffixes)
        elif path.suffix.lower() in suffixes:
            yield path
        else:
            yield Skip(str(path), unsupported_reason(path.suffix, formats or ", ".join(suffixes)), "E105")


#: What to do with files people often try first; any other unknown suffix gets no hint.
_CONVERT_HINTS = {
    ".pdf": "; convert a PDF to text first (pdftotext FILE.pdf writes FILE.txt)",
    ".doc": "; save a word-processor file as text (.txt) first",
    ".docx": "; save a word-processor file as text (.txt) first",
    ".odt": "; save a word-processor file as text (.txt) first",
    ".rtf": "; save a word-processor file as text (.txt) first",
}


def unsupported_reason(suffix: str, formats: str) -> str:
    """The E105 reason: the suffix, the formats recoupe reads, and how to convert common ones."""
    shown = repr(suffix) if suffix else "(no suffix)"
    return Errors.E105.format(suffix=shown, formats=formats, hint=_CONVERT_HINTS.get(suffix.lower(), ""))


def _walk(root: Path, suffixes: Sequence[str]) -> Iterator[Path | Skip]:
    seen: set[tuple[int, int]] = set()
    found = 0
    others: Counter[str] = Counter()

    def walk(folder: Path) -> Iterator[Path | Skip]:
        nonlocal found
        try:
            stat = folder.stat()
        except OSError as error:  # a loop raises ELOOP here
            yield Skip(str(folder), _os_reason(error), "E108" if _is_loop(error) else "E107")
            return
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            yield Skip(str(folder), Errors.E108.value, "E108")
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            yield Skip(str(folder), Errors.E107.format(error=error.strerror or error), "E107")
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError as error:
                yield Skip(str(path), _os_reason(error), "E108" if _is_loop(error) else "E107")
                continue
            if is_dir:
                yield from walk(path)
            elif path.suffix.lower() in suffixes:
                found += 1
                yield path  # a dangling or looping link is reported when it is read
            else:
                others[path.suffix.lower() or "(no suffix)"] += 1

    yield from walk(root)
    if not found:
        yield Skip(str(root), Errors.E109.format(suffixes=", ".join(suffixes), found=_describe(others)), "E109")


def _describe(others: Counter[str]) -> str:
    """``"2 .pdf, 1 .docx"``: what a folder without articles held instead (``"no file"`` if nothing)."""
    if not others:
        return "no file"
    return ", ".join(f"{count} {suffix}" for suffix, count in others.most_common())


def _is_loop(error: OSError) -> bool:
    return error.errno == 40  # ELOOP


def _os_reason(error: OSError) -> str:
    if _is_loop(error):
        return Errors.E108.value
    return Errors.E107.format(error=error.strerror or error)


def read_bytes(path: Path, max_bytes: int) -> bytes | Skip:
    """The file's bytes, or a Skip saying why they cannot be had (vanished, too large, empty)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skip(str(path), Errors.E106.format(size=size, limit=max_bytes), "E106")
        data = path.read_bytes()
    except FileNotFoundError:
        return Skip(str(path), Errors.E101.value, "E101")
    except OSError as error:
        return Skip(str(path), _os_reason(error), "E108" if _is_loop(error) else "E107")
    if not data.strip():
        return Skip(str(path), Errors.E102.value, "E102")
    return data
