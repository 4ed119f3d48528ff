#!/usr/bin/env python3
"""Kills `import`, `import-figures` and `import-plan` with SIGKILL at random moments, then checks
that the database is sound (integrity_check, foreign_key_check, the audit trail's chain) and that
each import is all or nothing: every figure of the file or none, every milestone or none, each
meeting whole (its document and all its items) or absent.

RELIABILITY_KILLS (default 8) kills per command; RELIABILITY_SEED repeats a run."""
import os
import shutil
import signal
import subprocess
import time

import common
from common import rng

common.need_binary()
KILLS = common.env_int("RELIABILITY_KILLS", 8)


def launch(args):
    return subprocess.Popen([common.BINARY] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=common.ENV, start_new_session=True)


def kill_at(args, db, pristine, seconds):
    """Copies the pristine database, runs `args` on it and kills it after `seconds`."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    shutil.copy(pristine, db)
    p = launch(args)
    time.sleep(seconds)
    finished = p.poll() is not None
    if not finished:
        os.kill(p.pid, signal.SIGKILL)
    p.wait()
    try:  # children of the killed command (the PDF reader) are not this script's concern: end them
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return not finished


def timed(args, db, pristine):
    shutil.copy(pristine, db)
    start = time.monotonic()
    p = launch(args)
    p.wait()
    return time.monotonic() - start, p.returncode


def main():
    figures = {"kills": 0, "finished before kill": 0, "integrity failures": 0, "partial writes": 0}
    with common.scratch() as tmp:
        pristine = os.path.join(tmp, "pristine.sqlite")
        common.demo(pristine)
        db = os.path.join(tmp, "work.sqlite")

        # import-figures: 720 figures, all marked with one note.
        csv = os.path.join(tmp, "figures.csv")
        with open(csv, "w") as f:
            f.write("period,team,indicator,value,note\n")
            n = 0
            for year in range(1991, 2006):
                for month in range(1, 13):
                    for key in ("referrals", "cp_plans", "children_looked_after", "cases_held"):
                        for team in ("Referral and Assessment",):
                            f.write("%d-%02d,%s,%s,%d,killtest\n" % (year, month, team, key, 50 + month))
                            n += 1
        figure_rows = n
        # import-plan: 600 new milestones, each with a rating.
        plan = os.path.join(tmp, "plan.csv")
        with open(plan, "w") as f:
            f.write("Priority,Code,Milestone,Owner,Rating\n")
            for i in range(600):
                f.write("%d,KT%d,Kill test milestone %d,Officer %d,%s\n" % (1 + i % 10, i, i, i, "GAR"[i % 3]))
        plan_rows = 600
        # import: the corpus PDFs that read (or minutes PDFs the program writes, without a corpus).
        pdfs = [p for p in common.corpus_pdfs() if common.run(["import", "--dry-run", "--json", p], 90)[0] == 0][:6]
        if not pdfs:
            for mid in (1, 2, 3):
                out = os.path.join(tmp, "minutes-%d.pdf" % mid)
                if common.run(["export", "minutes", "--db", pristine, "--meeting", str(mid), "--out", out])[0] == 0:
                    pdfs.append(out)
        figures["PDFs imported"] = len(pdfs)

        meetings0 = common.scalar(pristine, "SELECT COUNT(*) FROM meetings")
        docs0 = common.scalar(pristine, "SELECT COALESCE(MAX(id), 0) FROM documents")

        def figures_whole(path):
            k = common.scalar(path, "SELECT COUNT(*) FROM indicator_values WHERE note = 'killtest'")
            return k in (0, figure_rows)

        def plan_whole(path):
            k = common.scalar(path, "SELECT COUNT(*) FROM milestones WHERE code LIKE 'KT%'")
            r = common.scalar(path, "SELECT COUNT(*) FROM rating_changes c JOIN milestones m ON m.id = c.milestone_id "
                                    "WHERE m.code LIKE 'KT%'")
            return k in (0, plan_rows) and r == k

        # What a finished import leaves: the items of each file's meeting.
        full_items = {}
        if pdfs:
            timed(["import", "--db", db] + pdfs, db, pristine)
            for name, items in common.sqlite3.connect(db).execute(
                    "SELECT d.file_name, (SELECT COUNT(*) FROM agenda_items i WHERE i.meeting_id = d.meeting_id) "
                    "FROM documents d WHERE d.id > ?", (docs0,)):
                full_items[name] = items

        def import_whole(path):
            con = common.sqlite3.connect(path)
            try:
                docs = con.execute("SELECT d.file_name, d.meeting_id, (SELECT COUNT(*) FROM agenda_items i "
                                   "WHERE i.meeting_id = d.meeting_id) FROM documents d WHERE d.id > ?",
                                   (docs0,)).fetchall()
                meetings = con.execute("SELECT COUNT(*) FROM meetings").fetchone()[0]
            finally:
                con.close()
            whole = all(full_items.get(name) == items for name, _, items in docs)
            return whole and meetings - meetings0 == len({m for _, m, _ in docs})

        cases = [
            ("import-figures", ["import-figures", "--db", db, csv], figures_whole),
            ("import-plan", ["import-plan", "--db", db, plan], plan_whole),
        ]
        if pdfs:
            cases.append(("import", ["import", "--db", db] + pdfs, import_whole))
        for name, args, whole in cases:
            duration, status = timed(args, db, pristine)
            if status != 0 or not whole(db) or common.integrity(db):
                print("%s does not finish soundly without a kill (exit %s)" % (name, status))
                figures["integrity failures"] += 1
            figures["%s takes (s)" % name] = round(duration, 2)
            for _ in range(KILLS):
                killed = kill_at(args, db, pristine, rng.uniform(0.05, duration * 1.1))
                figures["kills"] += killed
                figures["finished before kill"] += not killed
                problems = common.integrity(db)
                if problems:
                    figures["integrity failures"] += 1
                    print("  %s: %s" % (name, problems))
                elif not whole(db):
                    figures["partial writes"] += 1
                    print("  %s: a partial write was left" % name)
    common.report("kill_writers", figures, ["integrity failures", "partial writes"])


if __name__ == "__main__":
    main()
