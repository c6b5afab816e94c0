"""Errors that name the input they came from."""

from __future__ import annotations


class InputError(Exception):
    """An input (or one record of it) that cannot be read. The message names it."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
