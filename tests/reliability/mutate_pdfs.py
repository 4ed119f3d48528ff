#!/usr/bin/env python3
"""Mutates minutes PDFs (the shared corpus, or minutes the program writes when there is none) and
imports each mutant with `import --dry-run --json`: every one must end within its budget with one
valid JSON object, either exit 0 with its items or exit 3 with an error code of the contract.

RELIABILITY_MUTANTS (default 200) mutants; thousands by hand, e.g. RELIABILITY_MUTANTS=3000."""
import concurrent.futures
import json
import os

import common
from common import rng

common.need_binary()
MUTANTS = common.env_int("RELIABILITY_MUTANTS", 200)
BUDGET = common.env_int("RELIABILITY_BUDGET", 90)  # seconds per file: the reader's own limit, and a margin
BATCH = 6
CODES = {"empty", "not-pdf", "damaged", "encrypted", "no-text"}


def mutate(data):
    data = bytearray(data)
    kind = rng.randrange(8)
    n = len(data)
    if n == 0:
        return bytes(data), "empty"
    if kind == 0:  # flip bytes
        for _ in range(rng.randint(1, 50)):
            data[rng.randrange(n)] = rng.randrange(256)
        return bytes(data), "flip"
    if kind == 1:  # cut short
        return bytes(data[: rng.randrange(n)]), "truncate"
    if kind == 2:  # a run of zeros
        a = rng.randrange(n)
        b = min(n, a + rng.randint(1, 4096))
        data[a:b] = bytes(b - a)
        return bytes(data), "zeros"
    if kind == 3:  # a chunk repeated
        a = rng.randrange(n)
        b = min(n, a + rng.randint(1, 8192))
        return bytes(data[:b] + data[a:b] * rng.randint(1, 20) + data[b:]), "repeat"
    if kind == 4:  # garbage put in
        a = rng.randrange(n)
        return bytes(data[:a] + os.urandom(rng.randint(1, 2048)) + data[a:]), "insert"
    if kind == 5:  # numbers in the PDF's objects changed (lengths, offsets, counts)
        text = bytes(data)
        out = bytearray()
        for token in text.split(b" "):
            if token.isdigit() and rng.random() < 0.05:
                token = str(rng.choice([0, 1, -1, 2**31 - 1, 2**32, 10**12, int(token) * 1000])).encode()
            out += token + b" "
        return bytes(out[:-1]), "numbers"
    if kind == 6:  # a chunk deleted
        a = rng.randrange(n)
        b = min(n, a + rng.randint(1, 16384))
        return bytes(data[:a] + data[b:]), "delete"
    # two files spliced
    return bytes(data[: n // 2] + bytes(reversed(data[n // 2:]))), "splice"


def check(paths):
    """Imports a batch of mutants; returns what became of them."""
    result = {"hangs": 0, "bad outputs": 0, "read (exit 0)": 0, "refused (exit 3)": 0, "notes": []}
    status, out, err = common.run(["import", "--dry-run", "--json"] + paths, timeout=BUDGET * len(paths))
    if status is None:
        result["hangs"] = 1
        result["notes"].append("hang: %s" % paths)
        return result
    try:
        objects = common.parse_json_lines(out) if len(paths) > 1 else [json.loads(out.decode())]
    except (ValueError, UnicodeDecodeError) as e:
        result["bad outputs"] = len(paths)
        result["notes"].append("invalid JSON (exit %s) for %s: %s; stderr %s" % (status, paths, e, err[-300:]))
        return result
    if len(objects) != len(paths):
        result["bad outputs"] = len(paths)
        result["notes"].append("%d objects for %d files (exit %s): %s" % (len(objects), len(paths), status, err[-300:]))
        return result
    failed = False
    for path, o in zip(paths, objects):
        if "error" in o:
            failed = True
            result["refused (exit 3)"] += 1
            if o["error"].get("code") not in CODES or not o["error"].get("message"):
                result["bad outputs"] += 1
                result["notes"].append("unknown error %r for %s" % (o["error"], path))
        elif isinstance(o.get("items"), list):
            result["read (exit 0)"] += 1
        else:
            result["bad outputs"] += 1
            result["notes"].append("no items for %s" % path)
    if status not in (0, 3) or (status == 3) != failed:
        result["bad outputs"] += 1
        result["notes"].append("exit %s for %s" % (status, paths))
    return result


def main():
    figures = {"mutants": 0, "read (exit 0)": 0, "refused (exit 3)": 0, "hangs": 0, "bad outputs": 0}
    with common.scratch() as tmp:
        sources = common.corpus_pdfs()
        if not sources:
            db = os.path.join(tmp, "demo.sqlite")
            common.demo(db)
            for mid in range(1, 6):
                out = os.path.join(tmp, "minutes-%d.pdf" % mid)
                if common.run(["export", "minutes", "--db", db, "--meeting", str(mid), "--out", out])[0] == 0:
                    sources.append(out)
        figures["originals"] = len(sources)
        originals = [open(p, "rb").read() for p in sources]
        kinds = {}
        paths = []
        for i in range(MUTANTS):
            data, kind = mutate(rng.choice(originals))
            kinds[kind] = kinds.get(kind, 0) + 1
            path = os.path.join(tmp, "mutant-%05d.pdf" % i)
            with open(path, "wb") as f:
                f.write(data)
            paths.append(path)
        figures["mutants"] = len(paths)
        figures["kinds"] = ", ".join("%s %d" % kv for kv in sorted(kinds.items()))
        batches = [paths[i:i + BATCH] for i in range(0, len(paths), BATCH)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for result in pool.map(check, batches):
                for key in ("hangs", "bad outputs", "read (exit 0)", "refused (exit 3)"):
                    figures[key] += result[key]
                for n in result["notes"][:3]:
                    print("  " + n)
    common.report("mutate_pdfs", figures, ["hangs", "bad outputs"])


if __name__ == "__main__":
    main()
