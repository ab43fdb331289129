"""Specific, actionable exceptions. Each says what went wrong and what to do."""

from __future__ import annotations


class RasdError(Exception):
    """Base class for rasd errors."""


class DataFileError(RasdError):
    """A shipped or user-supplied data file is malformed."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line = path, line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class IngestError(RasdError):
    """A document could not be read. ``origin`` says which; the batch goes on."""

    def __init__(self, origin: str, message: str):
        self.origin = origin
        super().__init__(f"{origin}: {message}")


class EmptyDocumentError(IngestError):
    pass


class BinaryInputError(IngestError):
    pass


class EncodingError(IngestError):
    pass


class DocumentTooLargeError(IngestError):
    pass


class UnsafeXMLError(IngestError):
    pass


class ConfigError(RasdError):
    pass
