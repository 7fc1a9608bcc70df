"""What is removed before anything leaves the machine: contact details, names, links.

Names are the ones the caller knows (the candidate's, from the resume header) plus any an
answer introduces with a title ("Dr. Okafor", "Ms Lee"); employer names only when asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from interview_coach.profile.privacy import redact

_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
#: What a withheld name or employer reads as in anything sent.
PLACEHOLDER = "[withheld]"


def withhold(text: str, names: Iterable[str] = (), employers: Iterable[str] = ()) -> str:
    """``text`` without emails, phone numbers, street addresses, links or the given names;
    names and employers read as a neutral placeholder so the sentence still makes sense."""
    for private in sorted({*names, *employers}, key=len, reverse=True):
        if len(private.strip()) >= 2:
            pattern = rf"(?<!\w){re.escape(private.strip())}(?!\w)"
            text = re.sub(pattern, PLACEHOLDER, text, flags=re.IGNORECASE)
    text = _TITLED_NAME.sub(PLACEHOLDER, text)
    return redact(text)
