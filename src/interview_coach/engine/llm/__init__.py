"""The OpenAI-compatible engine: prompts, the HTTP client, the guards, privacy, a local server."""

from interview_coach.engine.llm.engine import (
    CompatibleEngine,
    EngineMisconfigured,
    GuardTally,
    from_settings,
    register,
)

__all__ = ["CompatibleEngine", "EngineMisconfigured", "GuardTally", "from_settings", "register"]
