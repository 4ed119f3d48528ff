"""Shared by the reliability scripts: where the program is, running it with a time limit, and the
checks every script makes of a database afterwards. Python 3 standard library only."""
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

BINARY = os.environ.get("SCRUTINEER_BINARY", "")
CORPUS = os.environ.get("SCRUTINEER_CORPUS_DIR", "")
SEED = int(os.environ.get("RELIABILITY_SEED", "0")) or random.SystemRandom().randrange(1, 2**31)
rng = random.Random(SEED)

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")


def need_binary():
    if not BINARY or not os.path.exists(BINARY):
        sys.exit("set SCRUTINEER_BINARY to the scrutineer executable (ctest does)")


def run(args, timeout=120, **kw):
    """Runs scrutineer; returns (exit status or None when it was killed for the time limit, out, err)."""
    try:
        p = subprocess.run([BINARY] + args, capture_output=True, timeout=timeout, env=ENV, **kw)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b""


def scratch():
    return tempfile.TemporaryDirectory(prefix="scrutineer-reliability-")


def demo(path):
    status, _, err = run(["demo", "--db", path])
    if status != 0:
        sys.exit("demo failed: " + err.decode(errors="replace"))


def integrity(path):
    """[] when the file is sound; else what is wrong (integrity_check, foreign_key_check, the
    audit trail's chain as `scrutineer verify` checks it)."""
    problems = []
    if not os.path.exists(path):
        return problems
    con = sqlite3.connect(path, timeout=30)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.append("integrity_check: " + "; ".join(rows[:5]))
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append("foreign_key_check: %d rows, first %r" % (len(fk), fk[0]))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
    if "audit_log" in tables:
        status, out, err = run(["verify", "--db", path])
        if status != 0:
            problems.append("verify: " + (err or out).decode(errors="replace").strip()[:300])
    return problems


def scalar(path, sql, args=()):
    con = sqlite3.connect(path, timeout=30)
    try:
        return con.execute(sql, args).fetchone()[0]
    finally:
        con.close()


def report(name, figures, failures):
    """Prints the figures, one per line, and exits 1 when any failure count is above 0."""
    print("%s (seed %d)" % (name, SEED))
    for key, value in figures.items():
        print("  %-22s %s" % (key, value))
    bad = {k: figures[k] for k in failures if figures.get(k, 0)}
    if bad:
        print("FAILED: " + ", ".join("%s %s" % kv for kv in bad.items()))
        sys.exit(1)
    print("ok")


def env_int(name, default):
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def corpus_pdfs():
    found = []
    for sub in ("minutes", "real"):
        d = os.path.join(CORPUS, sub)
        if os.path.isdir(d):
            found += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".pdf"))
    return found


def parse_json_lines(data):
    out = []
    for line in data.decode("utf-8", errors="strict").splitlines():
        line = line.strip()
        if line:
            out.append(json.loads(line))
    return out
