"""Benchmarks of the matching ranker on records as long as real ones.

Run: ``.venv/bin/python bench/rank_bench.py`` (``--quick`` for a smoke run;
``--cold-index 5`` for only the cold index, in five new processes, and their
median: to compare two versions of ``matching`` alternately).
Offers and profiles come from `realistic.generate_realistic`: the seeded
synthetic records with their free text rewritten into 200-400 characters of
sentences, names included, since the cost of concept extraction is the cost
of the text. The ranker is the shipped model, as the web app uses it.

Prints, each against its target: importing ``matching``; indexing 10,000
offers (cold); saving and loading that index; updating one offer; ranking one
profile against 10,000 offers; one offer against 2,000 profiles; a new
worker's time to its first suggestion; and the batch and training figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from realistic import generate_realistic  # noqa: E402

from matching import Ranker, load_default, load_index, save_index  # noqa: E402
from matching.normalise import words  # noqa: E402
from matching.synthetic import generate  # noqa: E402

#: A new process: import matching, load the shipped model and a saved index, rank one profile.
WORKER = """
import json, sys, time
start = time.perf_counter()
from matching import Profile, load_default, load_index
ranker = load_default()
index = load_index(sys.argv[1])
ranker.rank(Profile.from_dict(json.loads(sys.argv[2])), index, top=10)
print(time.perf_counter() - start)
"""


#: A new process: read the realistic offers, load the shipped model, index the offers once (cold).
COLD_INDEX = """
import sys, time
sys.path[:0] = sys.argv[1:3]
from realistic import generate_realistic
from matching import load_default
_, offers = generate_realistic(n_profiles=1, n_offers=int(sys.argv[3]), seed=11)
ranker = load_default()
start = time.perf_counter()
ranker.index(offers)
print(time.perf_counter() - start)
"""


def peak_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def verdict(value: float, target: float) -> str:
    return "met" if value <= target else "NOT met"


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def in_new_process(code: str, *args: str, runs: int = 5) -> float:
    """Median seconds printed by `code` in `runs` fresh interpreters."""
    times = [
        float(subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return float(np.median(times))


def bench_cold_index(n_offers: int, runs: int) -> None:
    """The cold index alone, each run in a new process (the first index of a process is the cold one)."""
    here = Path(__file__).resolve().parent
    times = []
    for _ in range(runs):
        load = os.getloadavg()[0]
        out = subprocess.run(
            [sys.executable, "-c", COLD_INDEX, str(here.parent), str(here), str(n_offers)],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout))
        print(f"  {times[-1]:.2f} s (load average {load:.2f})")
    seconds = float(np.median(times))
    print(
        f"index {n_offers} offers, cold: median {seconds:.2f} s of {runs} new processes "
        f"(target <= 1 s: {verdict(seconds, 1.0)})"
    )


def describe(profiles, offers) -> None:
    vocabulary = {w for o in offers for w in words(o.text)}
    print(
        f"texts: offers {np.mean([len(o.text) for o in offers]):.0f} characters on average "
        f"(description {np.mean([len(o.description) for o in offers]):.0f}), profiles' interests "
        f"{np.mean([len(p.interests) for p in profiles]):.0f}; {len(vocabulary)} distinct words in the offers"
    )


def bench_index(ranker, offers, updates, path):
    seconds = timed(lambda: ranker.index(offers))
    print(f"index {len(offers)} offers, cold: {seconds:.2f} s (target <= 1 s: {verdict(seconds, 1.0)})")
    index = ranker.index(offers)
    print(f"index {len(offers)} offers again, words already read: {timed(lambda: ranker.index(offers)):.2f} s")
    saved = timed(lambda: save_index(index, path))
    print(f"save the index: {saved:.2f} s, {os.path.getsize(path) / 1e6:.1f} MB")
    loads = [timed(lambda: load_index(path)) for _ in range(5)]
    seconds = float(np.median(loads))
    print(f"load the saved index: {seconds * 1000:.0f} ms, median of 5 (target <= 0.3 s: {verdict(seconds, 0.3)})")
    replace = [timed(lambda o=o, i=i: index.upsert(dataclasses.replace(o, id=index.ids[i]))) for i, o in updates]
    added = [dataclasses.replace(o, id=f"new-{o.id}") for _, o in updates]
    add = [timed(lambda o=o: index.upsert(o)) for o in added]
    remove = [timed(lambda o=o: index.remove(o.id)) for o in added]
    count = [timed(lambda i=i: index.set_open_suggestions(index.ids[i], 3)) for i, _ in updates]
    p50, p95 = np.percentile(replace, [50, 95]) * 1000
    print(
        f"update one offer (replace it by a new text): p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        f"(target <= 10 ms, for p95: {verdict(p95, 10)}); add p50 {np.median(add) * 1000:.1f} ms, "
        f"remove p50 {np.median(remove) * 1000:.1f} ms, open-suggestion count p50 {np.median(count) * 1e6:.0f} us"
    )
    return index


def bench_rank(ranker, profiles, index):
    ranker.rank(profiles[0], index, top=20)  # warm-up
    times = [timed(lambda p=p: ranker.rank(p, index, top=20)) * 1000 for p in profiles[:200]]
    p50, p95 = np.percentile(times, [50, 95])
    print(
        f"one profile x {len(index)} offers, top 20 with reasons: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        f"(target p50 <= 10 ms: {verdict(p50, 10)})"
    )
    full = Ranker(model=ranker.model, n_labels=ranker.n_labels, candidates=None)
    agree = [
        len(
            {s.id for s in ranker.rank(p, index, top=20, reasons=False)}
            & {s.id for s in full.rank(p, index, top=20, reasons=False)}
        )
        / 20
        for p in profiles[:50]
    ]
    print(
        f"two-stage vs scoring all offers with the model: top-20 overlap {np.mean(agree):.3f} (mean over 50 profiles)"
    )


def bench_candidates(ranker, profiles, offers):
    seconds = timed(lambda: ranker.profile_index(profiles))
    people = ranker.profile_index(profiles)
    print(f"profile index of {len(profiles)} profiles: {seconds:.2f} s")
    ranker.rank_candidates(offers[0], people)  # warm-up
    times = [timed(lambda o=o: ranker.rank_candidates(o, people, top=10)) * 1000 for o in offers[:20]]
    p50, p95 = np.percentile(times, [50, 95])
    print(
        f"one offer x {len(profiles)} profiles (ProfileIndex), top 10 with reasons: p50 {p50:.1f} ms, "
        f"p95 {p95:.1f} ms (target <= 100 ms: {verdict(p50, 100)})"
    )
    times = [timed(lambda o=o: ranker.rank_candidates(o, profiles, top=10)) for o in offers[:5]]
    print(
        f"one offer x {len(profiles)} profiles given as a list (encoded on every call): median {np.median(times):.2f} s"
    )


def bench_worker(path, profile) -> None:
    seconds = in_new_process(WORKER, str(path), json.dumps(profile.to_dict()))
    print(f"new worker to its first suggestion (import, load_default, load_index, rank): {seconds:.2f} s, median of 5")


def bench_batch(ranker, profiles, index) -> None:
    seconds = timed(lambda: [ranker.rank(p, index, top=20) for p in profiles])
    print(
        f"{len(profiles)} profiles x {len(index)} offers, top 20 each: {seconds:.1f} s, "
        f"peak {peak_mb():.0f} MB (targets <= 60 s, <= 2048 MB)"
    )


def bench_training(n_train: int) -> None:
    per_profile = 12
    train = generate(
        n_profiles=int(n_train / per_profile * 1.15), n_offers=3000, labels_per_profile=per_profile, seed=12
    )
    labels = train.labels[:n_train]
    seconds = timed(lambda: Ranker(year=2025).fit(train.profiles, train.offers, labels))
    print(f"training on {len(labels)} labelled pairs (features + model): {seconds:.1f} s (target <= 60 s)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument(
        "--cold-index",
        type=int,
        metavar="RUNS",
        help="only the cold index, in RUNS new processes, and their median (to compare versions)",
    )
    args = parser.parse_args()
    n_offers, n_profiles, n_train = (1000, 200, 5000) if args.quick else (10_000, 2_000, 100_000)

    print(f"cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.2f} at start")
    if args.cold_index:
        bench_cold_index(n_offers, args.cold_index)
        return
    seconds = in_new_process("import time; t = time.perf_counter(); import matching; print(time.perf_counter() - t)")
    print(f"import matching: {seconds:.2f} s, median of 5 new processes")
    profiles, offers = generate_realistic(n_profiles=n_profiles, n_offers=n_offers, seed=11)
    _, fresh = generate_realistic(n_profiles=1, n_offers=200, seed=12)
    describe(profiles, offers)
    ranker = load_default()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "offers.npz"
        updates = list(zip(np.random.default_rng(1).integers(0, n_offers, len(fresh)), fresh, strict=True))
        index = bench_index(ranker, offers, updates, path)
        save_index(ranker.index(offers), path)
        bench_worker(path, profiles[0])
    index = ranker.index(offers)
    bench_rank(ranker, profiles, index)
    bench_candidates(ranker, profiles, offers)
    bench_batch(ranker, profiles, index)
    bench_training(n_train)


if __name__ == "__main__":
    main()
