"""Channel-neutral vocabulary: messages in and out, button payloads. No I/O, no app imports."""
