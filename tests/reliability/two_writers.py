#!/usr/bin/env python3
"""Two people saving at once: pairs of `import-figures`, `import-plan` and `import` started
together on one database, and a small save (a plan update, as the window makes) in the middle of a
big import. Every one must succeed, and everything each saved must be there.

RELIABILITY_ROUNDS (default 2) rounds of each pair."""
import os
import subprocess
import time

import common

common.need_binary()
ROUNDS = common.env_int("RELIABILITY_ROUNDS", 2)


def start(args):
    return subprocess.Popen([common.BINARY] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=common.ENV)


def main():
    figures = {"pairs": 0, "writers": 0, "succeeded": 0, "refusals": 0, "missing rows": 0, "integrity failures": 0}
    with common.scratch() as tmp:
        db = os.path.join(tmp, "shared.sqlite")
        common.demo(db)
        def write(name, header, lines):
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(header + "\n" + "".join(line + "\n" for line in lines))
            return path

        files = [write("figures%d.csv" % k, "period,team,indicator,value,note",
                       ("%d-%02d,Referral and Assessment,%s,%d,writer%d" % (year, month, key, 40 + month, k)
                        for year in range(1991 + 12 * k, 2003 + 12 * k) for month in range(1, 13)
                        for key in ("referrals", "cp_plans", "children_looked_after")))
                 for k in range(2)]
        plans = [write("plan%d.csv" % k, "Priority,Code,Milestone,Owner,Rating",
                       ("%d,W%d-%d,Writer %d milestone %d,Officer,%s" % (1 + i % 10, k, i, k, i, "GAR"[i % 3])
                        for i in range(400)))
                 for k in range(2)]
        pdfs = [p for p in common.corpus_pdfs() if common.run(["import", "--dry-run", "--json", p], 90)[0] == 0][:4]

        def pair(a, b, delay=0.0):
            pa = start(a)
            if delay:
                time.sleep(delay)
            pb = start(b)
            results = []
            for p in (pa, pb):
                out, err = p.communicate(timeout=300)
                results.append((p.returncode, err))
            figures["pairs"] += 1
            for status, err in results:
                figures["writers"] += 1
                if status == 0:
                    figures["succeeded"] += 1
                else:
                    figures["refusals"] += 1
                    print("  refused (exit %s): %s" % (status, err.decode(errors="replace").strip()[:300]))

        for r in range(ROUNDS):
            pair(["import-figures", "--db", db, files[r % 2]], ["import-figures", "--db", db, files[(r + 1) % 2]])
            pair(["import-plan", "--db", db, plans[r % 2]], ["import-plan", "--db", db, plans[(r + 1) % 2]])
            if len(pdfs) >= 2:
                half = len(pdfs) // 2
                pair(["import", "--db", db, "--replace"] + pdfs[:half], ["import", "--db", db, "--replace"] + pdfs[half:])
            # A small save while a big import holds the database: it waits its turn, then succeeds.
            small = write("small%d.csv" % r, "Priority,Code,Milestone,Owner",
                          ["1,W0-0,Writer 0 milestone 0,Saved during import %d" % r])
            pair(["import-figures", "--db", db, files[r % 2]], ["import-plan", "--db", db, small], delay=0.15)

        for k in range(2):
            n = common.scalar(db, "SELECT COUNT(*) FROM indicator_values WHERE note = ?", ("writer%d" % k,))
            figures["missing rows"] += 12 * 12 * 3 - n
            m = common.scalar(db, "SELECT COUNT(*) FROM milestones WHERE code LIKE ?", ("W%d-%%" % k,))
            figures["missing rows"] += 400 - m
        problems = common.integrity(db)
        figures["integrity failures"] = len(problems)
        for p in problems:
            print("  " + p)
    figures["refusals"] = figures["writers"] - figures["succeeded"]
    common.report("two_writers", figures, ["refusals", "missing rows", "integrity failures"])


if __name__ == "__main__":
    main()
