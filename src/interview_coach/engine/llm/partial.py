"""Reading a JSON reply while it is still streaming in: the string fields written so far.

A streamed reply is JSON cut anywhere (inside a string, an escape, a key), so it cannot be
parsed; this reads it character by character and returns each string value with the key it
belongs to and the object it sits in, the last one possibly unfinished.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


@dataclass(frozen=True, slots=True)
class Field:
    """One string value so far: its key, the object it belongs to (counted from 0 in the order
    objects open), its text, and whether its closing quote has arrived."""

    key: str
    object: int
    text: str
    finished: bool


def fields_so_far(partial: str) -> list[Field]:
    """Every string value of ``partial`` JSON with its key, in order (array items included,
    under the array's key)."""
    found: list[Field] = []
    open_objects: list[int] = []  # the numbers of the objects open, innermost last
    containers: list[str] = []  # "{" and "[" as they nest
    opened, key, wants_value, position = -1, "", False, 0
    while position < len(partial):
        char = partial[position]
        if char == '"':
            text, position, finished = _string(partial, position + 1)
            if wants_value:
                found.append(Field(key, open_objects[-1] if open_objects else -1, text, finished))
            else:
                key = text
            wants_value = False
            continue
        if char == "{":
            opened += 1
            open_objects.append(opened)
            containers.append(char)
            wants_value = False
        elif char == "[":
            containers.append(char)
            wants_value = True
        elif char in "}]":
            if containers and containers.pop() == "{" and open_objects:
                open_objects.pop()
        elif char == ":":
            wants_value = True
        elif char == ",":
            # In an array the next string is another value under the same key.
            wants_value = bool(containers) and containers[-1] == "["
        position += 1
    return found


def _string(text: str, start: int) -> tuple[str, int, bool]:
    """The string starting at ``start`` (after its quote), the position after it, finished."""
    pieces: list[str] = []
    position = start
    while position < len(text):
        char = text[position]
        if char == '"':
            return "".join(pieces), position + 1, True
        if char != "\\":
            pieces.append(char)
            position += 1
            continue
        escape = text[position + 1 : position + 2]
        if escape == "u":
            digits = text[position + 2 : position + 6]
            if len(digits) < 4:
                break  # the escape is still arriving
            try:
                pieces.append(json.loads(f'"\\u{digits}"'))
            except ValueError:
                pieces.append("\ufffd")  # a lone surrogate: its pair is not worth waiting for
            position += 6
        elif escape:
            pieces.append(_ESCAPES.get(escape, escape))
            position += 2
        else:
            break
    return "".join(pieces), len(text), False
