"""The fallback policy shared by every backend (Rasa's two-threshold "did you mean A or B?").

* top intent below ``out_of_scope_below`` -> the result is ``out_of_scope``;
* top intent below ``confident_above``, or within ``ambiguity_margin`` of the runner-up ->
  ``ambiguous``: the intent stays the best guess and the ranking carries the candidates;
* otherwise the intent stands (``fallback`` is ``None``). A model that predicts
  ``out_of_scope`` itself also gives ``fallback="out_of_scope"``.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.config import NLUConfig
from nlu.result import OUT_OF_SCOPE, Fallback, IntentScore


def decide(ranking: Sequence[IntentScore], config: NLUConfig) -> tuple[IntentScore, Fallback | None]:
    """The intent to report and the fallback, from a ranking sorted best first."""
    if not ranking:
        return IntentScore(name=OUT_OF_SCOPE, confidence=1.0), "out_of_scope"
    top = ranking[0]
    if top.name == OUT_OF_SCOPE:
        return top, "out_of_scope"
    if top.confidence < config.out_of_scope_below:
        # Confidence of "none of the known intents": the chance that the best guess is wrong.
        return IntentScore(name=OUT_OF_SCOPE, confidence=round(1.0 - top.confidence, 6)), "out_of_scope"
    runner_up = ranking[1].confidence if len(ranking) > 1 else 0.0
    if top.confidence < config.confident_above or top.confidence - runner_up < config.ambiguity_margin:
        return top, "ambiguous"
    return top, None
