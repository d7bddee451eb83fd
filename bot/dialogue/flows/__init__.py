"""Service flows: data in ``dialogues/`` (schema, validate) walked by one runner."""

from bot.dialogue.flows.validate import FlowError, check_flows, load_flows

__all__ = ["FlowError", "check_flows", "load_flows"]
