"""Messages about proxy agents' cases shared by the case scope and the casework handlers."""

from __future__ import annotations

from bot.agents import AccessDenied
from bot.core.messages import Msg, msg

_KNOWN_DENIALS = {
    "not_agent", "revoked", "not_found_or_denied", "consent_required", "invalid_name", "invalid_village",
    "invalid_phone", "invalid_note", "invalid_status", "invalid", "used", "expired", "already_admin",
    "active_member",
}  # fmt: skip


def denial(denied: AccessDenied) -> Msg:
    """The refusal's message; unknown reasons read as "not found or denied"."""
    reason = denied.reason.value if denied.reason.value in _KNOWN_DENIALS else "not_found_or_denied"
    return msg("case-denied-" + reason)
