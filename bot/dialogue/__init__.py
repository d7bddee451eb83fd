"""The conversation, independent of channels: ``Engine.handle(turn) -> [Reply]``."""
