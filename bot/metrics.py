"""Prometheus metrics, shared by every channel (served at GET /metrics)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

TURNS = Counter("banshi_turns_total", "Messages handled", ["channel", "locale"])
TURN_LATENCY = Histogram(
    "banshi_turn_latency_seconds",
    "Time to answer one message",
    ["channel"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
NLU_FALLBACKS = Counter(
    "banshi_nlu_fallbacks_total", "Messages the NLU was unsure about", ["channel", "locale", "kind"]
)
ERRORS = Counter("banshi_errors_total", "Turns that failed with an error", ["channel"])
HANDOFFS = Counter("banshi_handoffs_total", "Requests handed to a person", ["channel", "reason"])
