"""The JSON schemas replies must match, per task, and reading a reply against its schema."""

from __future__ import annotations

import json
from typing import Any

from interview_coach.vocabulary import Dimension, FeedbackLevel

_TEXT = {"type": "string"}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    # Every property required and nothing else allowed: what OpenAI's strict mode accepts.
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


QUESTION = _object({"question": _TEXT, "hint": _TEXT})
SUMMARY = _object({"summary": _TEXT})


def feedback_schema(level: FeedbackLevel) -> dict[str, Any]:
    """Basic feedback is a headline; every level above adds points on the scored dimensions."""
    if level is FeedbackLevel.BASIC:
        return _object({"headline": _TEXT})
    point = _object(
        {
            "kind": {"type": "string", "enum": ["strength", "gap"]},
            "dimension": {"type": "string", "enum": [d.value for d in Dimension]},
            "text": _TEXT,
            "quote": _TEXT,
            "suggestion": _TEXT,
        }
    )
    return _object(
        {"headline": _TEXT, "points": {"type": "array", "items": point}, "closing": _TEXT}
    )


def bounded(schema: dict[str, Any], lengths: dict[str, int], items: int) -> dict[str, Any]:
    """``schema`` with each named text field's longest length and each list's most items, for
    servers whose grammar enforces them (llama.cpp, vLLM): a small model that runs on inside
    a field then stops at the bound instead of at ``max_tokens``. OpenAI's strict mode rejects
    these keywords, so they are sent only when asked for."""

    def bound(node: dict[str, Any], name: str) -> dict[str, Any]:
        node = dict(node)
        if node["type"] == "string" and name in lengths and "enum" not in node:
            node["maxLength"] = lengths[name]
        elif node["type"] == "array":
            node["maxItems"] = items
            node["items"] = bound(node["items"], name)
        elif node["type"] == "object":
            node["properties"] = {k: bound(v, k) for k, v in node["properties"].items()}
        return node

    return bound(schema, "")


class NotToSchema(ValueError):
    """A reply that is not JSON, or not the schema's shape."""


def read(content: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The reply as data, checked against ``schema`` (the subset of JSON Schema used here)."""
    try:
        value = json.loads(content)
    except ValueError as error:
        raise NotToSchema("the reply is not JSON") from error
    _check(value, schema, "reply")
    checked: dict[str, Any] = value
    return checked


def _check(value: Any, schema: dict[str, Any], where: str) -> None:
    kind = schema["type"]
    if kind == "object":
        if not isinstance(value, dict):
            raise NotToSchema(f"{where} is not an object")
        missing = [name for name in schema["required"] if name not in value]
        extra = [name for name in value if name not in schema["properties"]]
        if missing or extra:
            raise NotToSchema(f"{where} lacks {missing} or has unknown {extra}")
        for name, inner in schema["properties"].items():
            _check(value[name], inner, f"{where}.{name}")
    elif kind == "array":
        if not isinstance(value, list):
            raise NotToSchema(f"{where} is not a list")
        for index, item in enumerate(value):
            _check(item, schema["items"], f"{where}[{index}]")
    elif kind == "string":
        if not isinstance(value, str):
            raise NotToSchema(f"{where} is not text")
        if "enum" in schema and value not in schema["enum"]:
            raise NotToSchema(f"{where} is not one of {schema['enum']}")
