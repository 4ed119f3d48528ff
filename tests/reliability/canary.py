#!/usr/bin/env python3
"""Plants a canary word in an exempt (Part 2) item of the demo database: in its title, its text,
its resolution, the action raised under it and a declaration of interest on it. Then greps every
public output of the command line for it: exports (CSV and Excel), the calendar, the briefing pack
and minutes PDFs without --confidential, search results (text and JSON), and every list. The
confidential outputs must hold it (else the canary proves nothing)."""
import os
import shutil
import sqlite3
import subprocess
import zipfile

import common

common.need_binary()
CANARY = "Quokkaconfidential"


def text_of(path):
    if not os.path.exists(path):
        return None
    if path.endswith(".pdf"):
        if not shutil.which("pdftotext"):
            raise SystemExit("pdftotext (poppler-utils) is needed to read the PDFs")
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True).stdout.decode(errors="replace")
    if path.endswith(".xlsx"):
        with zipfile.ZipFile(path) as z:
            return "".join(z.read(n).decode("utf-8", errors="replace") for n in z.namelist())
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="replace")


def plant(db):
    con = sqlite3.connect(db)
    with con:
        committee, meeting = con.execute(
            "SELECT p.committee_id, m.id FROM improvement_plans p JOIN meetings m ON m.committee_id = p.committee_id "
            "ORDER BY m.starts_at DESC LIMIT 1").fetchone()
        person = con.execute("SELECT id FROM people ORDER BY id LIMIT 1").fetchone()[0]
        cur = con.execute(
            "INSERT INTO agenda_items (meeting_id, minute_number, sort_key, position, title, minutes_text, exempt) "
            "VALUES (?, '99', '0099', 99, ?, ?, 1)",
            (meeting, "Staffing matter %s" % CANARY, "The %s case was discussed in private." % CANARY))
        item = cur.lastrowid
        cur = con.execute("INSERT INTO resolutions (item_id, number, text) VALUES (?, 1, ?)",
                          (item, "That the %s report be noted." % CANARY))
        con.execute("INSERT INTO actions (meeting_id, item_id, resolution_id, reference, text, owner, due_date) "
                    "VALUES (?, ?, ?, '99/1', ?, 'Director of People', '2030-01-31')",
                    (meeting, item, cur.lastrowid, "Write to %s about the outcome" % CANARY))
        con.execute("INSERT INTO declarations (meeting_id, item_id, person_id, interest_type, nature) "
                    "VALUES (?, ?, ?, 'personal', ?)", (meeting, item, person, "Knows %s" % CANARY))
    con.close()
    return committee, meeting


def main():
    figures = {"outputs checked": 0, "canary hits": 0, "failed outputs": 0, "confidential misses": 0}
    with common.scratch() as tmp:
        db = os.path.join(tmp, "demo.sqlite")
        common.demo(db)
        committee, meeting = plant(db)
        out = lambda name: os.path.join(tmp, name)
        m = str(meeting)
        # (name, arguments, output file or None for stdout, whether --confidential applies)
        public = [
            ("export actions csv", ["export", "actions", "--out", out("actions.csv")], out("actions.csv"), True),
            ("export actions xlsx", ["export", "actions", "--out", out("actions.xlsx")], out("actions.xlsx"), True),
            ("export calendar", ["export", "calendar", "--out", out("meetings.ics")], out("meetings.ics"), False),
            ("export briefing", ["export", "briefing", "--meeting", m, "--out", out("briefing.pdf")], out("briefing.pdf"), True),
            ("export minutes", ["export", "minutes", "--meeting", m, "--out", out("minutes.pdf")], out("minutes.pdf"), True),
            ("export plan csv", ["export", "plan", "--out", out("plan.csv")], out("plan.csv"), False),
            ("export plan xlsx", ["export", "plan", "--out", out("plan.xlsx")], out("plan.xlsx"), False),
            ("search", ["search", CANARY], None, True),
            ("search --json", ["search", "--json", CANARY], None, True),
            ("search by the item's other words", ["search", "staffing matter"], None, True),
        ]
        for kind in ("meetings", "items", "actions", "milestones", "indicators", "figures"):
            public.append(("list " + kind, ["list", kind], None, kind in ("items", "actions")))
            public.append(("list %s --json" % kind, ["list", kind, "--json"], None, kind in ("items", "actions")))
        for name, args, path, confidential in public:
            if path and os.path.exists(path):
                os.remove(path)
            status, stdout, stderr = common.run(args + ["--db", db])
            figures["outputs checked"] += 1
            if status != 0:
                figures["failed outputs"] += 1
                print("  %s: exit %s: %s" % (name, status, stderr.decode(errors="replace")[:300]))
                continue
            text = text_of(path) if path else stdout.decode(errors="replace")
            hits = (text or "").count(CANARY) + stderr.decode(errors="replace").count(CANARY)
            if hits:
                figures["canary hits"] += hits
                print("  %s: %d canary hits" % (name, hits))
            if confidential:
                status, stdout, _ = common.run(args + ["--db", db, "--confidential"])
                text = text_of(path) if path else stdout.decode(errors="replace")
                if status != 0 or CANARY not in (text or ""):
                    figures["confidential misses"] += 1
                    print("  %s --confidential: the canary is not there (exit %s)" % (name, status))
    common.report("canary", figures, ["canary hits", "failed outputs", "confidential misses"])


if __name__ == "__main__":
    main()
