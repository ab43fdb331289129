"""Bytes -> str: UTF-8 (with or without BOM), UTF-16/32, or Windows-1256, else a clear error."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from rasd.errors import BinaryInputError, EmptyDocumentError, EncodingError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text files (NUL aside): C0 controls except \t \n \r \f \v and ESC.
_CONTROL = set(range(0, 9)) | {14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str

    @property
    def warning(self) -> str | None:
        if self.encoding in ("utf-8", "utf-8-sig", "ascii"):
            return None
        return f"decoded as {self.encoding}"


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)


def _utf16_without_bom(data: bytes) -> str | None:
    """Detect BOM-less UTF-16 by its NUL pattern (ASCII/Arabic text has a NUL or 0x06 every other byte)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(b in (0, 6) for b in high) / len(high)
        if share > 0.9:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                return None
            # real text, not zero-filled binary: few NULs/controls, some letters
            controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
            if controls > len(text) // 100 or not any(c.isalpha() for c in text):
                return None
            return text
    return None


def decode_bytes(data: bytes, origin: str) -> Decoded:
    """Decode a text file's bytes, or raise an :class:`~rasd.errors.IngestError` saying why not."""
    if not data.strip():
        raise EmptyDocumentError(origin, "file is empty" if not data else "file contains only whitespace")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc if enc != "utf-8-sig" else "utf-8-sig")
            except UnicodeDecodeError as exc:
                raise EncodingError(origin, f"starts with a {enc} byte-order mark but is not valid {enc} "
                                            f"(byte {exc.start})") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(utf16, "utf-16")
    head = data[:65536]
    if b"\x00" in head or sum(b in _CONTROL for b in head) > max(8, len(head) // 100):
        raise BinaryInputError(origin, "looks like a binary file (NUL or control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = None
    if text is not None and _arabic_share(text) >= 0.5:
        return Decoded(text, "windows-1256")
    raise EncodingError(
        origin, f"not valid UTF-8 (byte {utf8_error.start}: {data[utf8_error.start:utf8_error.start + 4]!r}) "
                "and not Arabic in Windows-1256; convert it to UTF-8 (e.g. iconv -f <encoding> -t utf-8)")
