"""Benchmark of the built-in NLU engine: prints figures, asserts nothing.

    .venv/bin/python bench/bench_nlu.py [--rounds N]

Measures, on the real training data and service catalog: training time, model size, model
load time (in this process, and in a fresh interpreter including its imports), memory, and
parse latency (p50 / p90 / p99 / max) and throughput on one core, over the held-out
messages of every language plus a few hostile inputs. Targets (issue #2): p99 <= 5 ms per
parse, training <= 30 s, load <= 1 s.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

# One core, one thread: set before numpy / scikit-learn are imported (by nlu, below).
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlu import BuiltinNLU, NLUConfig, read_service_lexicon  # noqa: E402
from nlu.data import load_locale  # noqa: E402

HOSTILE = [
    "",
    "😀🙏👍🏻",
    "'; DROP TABLE sessions; --",
    "<script>alert(1)</script>低保",
    "\x00\x1b\u200b 身份证",
    "我的ID card丢了咋办",
    ("身份证丢了怎么办，" * 1200)[:10_000],
]


def _pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity here)"


def _percentile(sorted_values: list[float], share: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(share * (len(sorted_values) - 1))))
    return sorted_values[index]


def _fresh_process_load(path: Path) -> tuple[float, float, float]:
    """(seconds to import nlu, seconds to load and parse once per language, peak RSS in MiB)."""
    code = (
        "import time, sys; t = time.perf_counter(); "
        f"sys.path.insert(0, {str(ROOT)!r}); "
        "from nlu import BuiltinNLU; u = time.perf_counter(); "
        f"e = BuiltinNLU.load(__import__('pathlib').Path({str(path)!r})); "
        "e.parse_sync('你好'); e.parse_sync('hello'); v = time.perf_counter(); "
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]; "
        "print(u - t, v - u, int(hwm[0].split()[1]) / 1024 if hwm else float('nan'))"
    )
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    imports, load, rss = (float(value) for value in output.strip().splitlines()[-1].split())
    return imports, load, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the messages (default 5)")
    args = parser.parse_args()

    pinning = _pin_to_one_core()
    config = NLUConfig(data_path=ROOT / "nlu" / "data")
    lexicon = read_service_lexicon(ROOT / "guides" / "services")

    started = time.perf_counter()
    engine = BuiltinNLU.train(config, lexicon)
    training_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.pkl"
        engine.save(path)
        size = path.stat().st_size
        del engine
        gc.collect()

        tracemalloc.start()
        started = time.perf_counter()
        engine = BuiltinNLU.load(path)
        load_s = time.perf_counter() - started
        _, load_peak = tracemalloc.get_traced_memory()
        started = time.perf_counter()
        for locale in engine.languages:
            engine.parse_sync("你好" if locale.startswith("zh") else "hello", locale)
        first_parse_s = time.perf_counter() - started
        current, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        fresh_imports_s, fresh_load_s, fresh_rss_mib = _fresh_process_load(path)

    messages: list[tuple[str, str | None]] = []
    for language in config.languages:
        messages += [
            (example.text, language) for example in load_locale(config.data_path, language, True).examples
        ]
        messages += [
            (example.text, None) for example in load_locale(config.data_path, language, True).examples[:50]
        ]
    messages += [(text, None) for text in HOSTILE]

    for text, hint in messages:  # warm-up
        engine.parse_sync(text, hint)
    timings: list[float] = []
    long_timings: list[float] = []
    started = time.perf_counter()
    for _ in range(args.rounds):
        for text, hint in messages:
            begin = time.perf_counter_ns()
            engine.parse_sync(text, hint)
            elapsed = (time.perf_counter_ns() - begin) / 1e6
            (long_timings if len(text) > 1000 else timings).append(elapsed)
    wall = time.perf_counter() - started
    timings.sort()
    everything = sorted(timings + long_timings)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"Banshi built-in NLU benchmark ({pinning}; Python {sys.version.split()[0]})")
    print(f"languages              {', '.join(engine.languages)}")
    print(f"training time          {training_s:8.2f} s    (target <= 30 s)")
    print(f"model size             {size / 1024 / 1024:8.2f} MiB")
    print(f"load time              {load_s * 1000:8.1f} ms   (target <= 1 s; this process)")
    print(f"load, fresh process    {fresh_load_s * 1000:8.1f} ms   (load + first parse per language)")
    print(
        f"import nlu, fresh      {fresh_imports_s * 1000:8.1f} ms   (numpy, pydantic, pypinyin, aiohttp...)"
    )
    print(
        f"first parse per lang   {first_parse_s * 1000 / len(engine.languages):8.1f} ms   (tokenizer set-up)"
    )
    print(f"memory: load peak      {load_peak / 1024 / 1024:8.1f} MiB (tracemalloc)")
    print(f"memory: model          {current / 1024 / 1024:8.1f} MiB (tracemalloc, after the first parses)")
    print(
        f"memory: serving RSS    {fresh_rss_mib:8.1f} MiB (peak of a fresh process: imports, model, parses)"
    )
    print(f"memory: this RSS       {rss_mib:8.1f} MiB (max, includes training with scikit-learn)")
    print(f"parses                 {len(everything):8d}    ({len(messages)} messages x {args.rounds} rounds)")
    print(f"parse p50              {_percentile(timings, 0.50):8.3f} ms")
    print(f"parse p90              {_percentile(timings, 0.90):8.3f} ms")
    print(f"parse p99              {_percentile(timings, 0.99):8.3f} ms   (target <= 5 ms)")
    print(f"parse max              {timings[-1]:8.3f} ms")
    print(f"parse mean             {statistics.fmean(timings):8.3f} ms")
    print(f"10,000-char message    {statistics.median(long_timings):8.3f} ms   (median; nlu.max_chars read)")
    print(f"p99 incl. 10k message  {_percentile(everything, 0.99):8.3f} ms")
    print(f"throughput             {len(everything) / wall:8.0f} parses/s on one core")


if __name__ == "__main__":
    main()
