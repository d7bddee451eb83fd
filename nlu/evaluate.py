"""Evaluation on the held-out files (``<data_path>/<locale>/test_*.yml``).

* intent accuracy and macro-F1 (over the intents of the held-out file);
* service accuracy: of the held-out examples that name a service, the share whose
  predicted set of services is exactly the annotated one; plus the service false-positive
  rate: of the examples that name none, the share given a service anyway;
* the most confused (expected -> predicted) intent pairs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from nlu.config import NLUConfig
from nlu.data import Example, load_locale
from nlu.engine import NLUEngine

SERVICE = "service"


@dataclass
class Miss:
    text: str
    expected: str
    predicted: str


@dataclass
class LanguageReport:
    language: str
    examples: int
    intent_accuracy: float
    macro_f1: float
    service_examples: int
    service_accuracy: float
    service_false_positive_rate: float
    confusions: list[tuple[str, str, int]]
    intent_misses: list[Miss] = field(default_factory=list)
    service_misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "language": self.language,
            "examples": self.examples,
            "intent_accuracy": round(self.intent_accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "service_examples": self.service_examples,
            "service_accuracy": round(self.service_accuracy, 4),
            "service_false_positive_rate": round(self.service_false_positive_rate, 4),
            "confusions": [list(pair) for pair in self.confusions],
        }


async def evaluate_examples(
    engine: NLUEngine, language: str, examples: list[Example], top_confusions: int = 5
) -> LanguageReport:
    expected: list[str] = []
    predicted: list[str] = []
    intent_misses: list[Miss] = []
    service_misses: list[Miss] = []
    service_total = service_right = plain_total = plain_flagged = 0
    for example in examples:
        result = await engine.parse(example.text, language)
        expected.append(example.intent)
        predicted.append(result.intent.name)
        if example.intent != result.intent.name:
            intent_misses.append(Miss(example.text, example.intent, result.intent.name))
        want = sorted(set(example.values(SERVICE)))
        got = sorted({str(value) for value in result.entity_values(SERVICE)})
        if want:
            service_total += 1
            if got == want:
                service_right += 1
            else:
                service_misses.append(Miss(example.text, ",".join(want), ",".join(got) or "-"))
        else:
            plain_total += 1
            if got:
                plain_flagged += 1
                service_misses.append(Miss(example.text, "-", ",".join(got)))
    from sklearn.metrics import f1_score  # only for evaluation

    labels = sorted(set(expected))
    pairs = Counter((e, p) for e, p in zip(expected, predicted, strict=True) if e != p)
    return LanguageReport(
        language=language,
        examples=len(examples),
        intent_accuracy=_share(sum(e == p for e, p in zip(expected, predicted, strict=True)), len(examples)),
        macro_f1=float(f1_score(expected, predicted, labels=labels, average="macro", zero_division=0))
        if examples
        else 0.0,
        service_examples=service_total,
        service_accuracy=_share(service_right, service_total),
        service_false_positive_rate=_share(plain_flagged, plain_total, empty=0.0),
        confusions=[(e, p, n) for (e, p), n in pairs.most_common(top_confusions)],
        intent_misses=intent_misses,
        service_misses=service_misses,
    )


async def evaluate(
    engine: NLUEngine, config: NLUConfig, languages: list[str] | None = None
) -> list[LanguageReport]:
    """One report per locale that has held-out data."""
    reports: list[LanguageReport] = []
    for language in languages or config.languages:
        held_out = load_locale(config.data_path, language, held_out=True)
        if held_out.examples:
            reports.append(await evaluate_examples(engine, language, held_out.examples))
    return reports


def format_report(reports: list[LanguageReport], show_misses: int = 0) -> str:
    """A plain-text table of the figures, then the most confused pairs per locale."""
    lines = [
        f"{'language':<10} {'examples':>8} {'intent acc':>10} {'macro-F1':>9} {'service acc':>11} "
        f"{'svc n':>6} {'svc FP':>7}"
    ]
    for report in reports:
        lines.append(
            f"{report.language:<10} {report.examples:>8} {report.intent_accuracy:>10.1%} "
            f"{report.macro_f1:>9.3f} {report.service_accuracy:>11.1%} {report.service_examples:>6} "
            f"{report.service_false_positive_rate:>7.1%}"
        )
    for report in reports:
        lines.append("")
        lines.append(f"{report.language}: most confused intents (expected -> predicted)")
        if not report.confusions:
            lines.append("  none")
        lines.extend(f"  {e} -> {p}: {n}" for e, p, n in report.confusions)
        if show_misses:
            for title, misses in (("intent", report.intent_misses), ("service", report.service_misses)):
                if misses:
                    lines.append(f"{report.language}: {title} misses")
                    lines.extend(
                        f"  {m.text!r}: expected {m.expected}, got {m.predicted}"
                        for m in misses[:show_misses]
                    )
    return "\n".join(lines)


def _share(part: int, whole: int, empty: float = 1.0) -> float:
    return part / whole if whole else empty
