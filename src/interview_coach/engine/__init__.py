"""Engines: plugins that phrase questions and write feedback around the rubric's scores."""

from interview_coach.engine.contract import Engine, EngineFailed
from interview_coach.engine.registry import available_engines, engine_named

__all__ = ["Engine", "EngineFailed", "available_engines", "engine_named"]
