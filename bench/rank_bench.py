"""Benchmarks of the matching ranker: latency, batch throughput and training time.

Run: ``.venv/bin/python bench/rank_bench.py`` (add ``--quick`` for a smoke run).
Prints one profile against 10,000 offers (p50/p95 ms), 2,000 profiles x 10,000
offers top 20 (seconds, peak MB), one offer against 2,000 profiles and training on 100,000 labelled pairs
(seconds). Data come from the seeded synthetic generator; the ranker is the
shipped model, as the web app would use it.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from matching import Ranker, load_default  # noqa: E402
from matching.synthetic import generate  # noqa: E402


def peak_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args()
    n_offers, n_profiles, n_train = (1000, 100, 5000) if args.quick else (10_000, 2_000, 100_000)

    print(f"cpus: {os.cpu_count()}")
    data = generate(n_profiles=n_profiles, n_offers=n_offers, labels_per_profile=1, seed=11)
    ranker = load_default()
    t = time.perf_counter()
    index = ranker.index(data.offers)
    print(f"index {n_offers} offers: {time.perf_counter() - t:.2f} s (once, then cached)")

    ranker.rank(data.profiles[0], index, top=20)  # warm-up
    times = []
    for profile in data.profiles[:200]:
        t = time.perf_counter()
        ranker.rank(profile, index, top=20)
        times.append((time.perf_counter() - t) * 1000)
    p50, p95 = np.percentile(times, [50, 95])
    print(f"one profile x {n_offers} offers, top 20 with reasons: "
          f"p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p50 <= 15 ms)")

    full = Ranker(model=ranker.model, n_labels=ranker.n_labels, candidates=None)
    agree = [len({s.id for s in ranker.rank(p, index, top=20, reasons=False)}
                 & {s.id for s in full.rank(p, index, top=20, reasons=False)}) / 20
             for p in data.profiles[:50]]
    print(f"two-stage vs scoring all offers with the model: top-20 overlap "
          f"{np.mean(agree):.3f} (mean over 50 profiles)")

    t = time.perf_counter()
    for profile in data.profiles:
        ranker.rank(profile, index, top=20)
    batch = time.perf_counter() - t
    print(f"{n_profiles} profiles x {n_offers} offers, top 20 each: {batch:.1f} s, "
          f"peak {peak_mb():.0f} MB (targets <= 60 s, <= 2048 MB)")

    times = []
    for offer in data.offers[:10]:
        t = time.perf_counter()
        ranker.rank_candidates(offer, data.profiles, top=20)
        times.append(time.perf_counter() - t)
    print(f"one offer x {n_profiles} profiles, top 20 candidates with reasons: "
          f"median {np.median(times):.2f} s over 10 offers (the provider's view)")

    per_profile = 12
    train = generate(n_profiles=int(n_train / per_profile * 1.15), n_offers=3000,
                     labels_per_profile=per_profile, seed=12)
    labels = train.labels[:n_train]
    t = time.perf_counter()
    Ranker(year=2025).fit(train.profiles, train.offers, labels)
    print(f"training on {len(labels)} labelled pairs (features + model): "
          f"{time.perf_counter() - t:.1f} s (target <= 60 s)")


if __name__ == "__main__":
    main()
