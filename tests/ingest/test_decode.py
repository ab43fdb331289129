import codecs

import pytest

from rasd.errors import BinaryInputError, EmptyDocumentError, EncodingError
from rasd.ingest.decode import decode_bytes

TEXT = "وحسب مواقع إلكترونية داعمة لـ«المعارضات»، لم يتوقف وصول حركة «طالبان» إلى السلطة."


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16"),
    (TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("cp1256"), "windows-1256"),
])
def test_decodes(data, encoding):
    d = decode_bytes(data, "x.txt")
    assert d.text == TEXT
    assert d.encoding == encoding


@pytest.mark.parametrize("data, error, words", [
    (b"", EmptyDocumentError, "empty"),
    (b"  \n\t \r\n", EmptyDocumentError, "whitespace"),
    (bytes(range(256)) * 4, BinaryInputError, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), BinaryInputError, "binary"),
    ("Ceci n'est pas de l'arabe: \xe9\xe8".encode("latin-1") * 3, EncodingError, "UTF-8"),
])
def test_rejects_with_clear_message(data, error, words):
    with pytest.raises(error) as exc:
        decode_bytes(data, "bad.txt")
    assert "bad.txt" in str(exc.value) and words in str(exc.value)
