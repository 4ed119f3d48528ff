#!/usr/bin/env python3
"""The translations are complete and up to date with the sources, and lupdate has nothing to warn about.

Usage: check-translations.py LUPDATE SOURCE_DIR WORK_DIR

lupdate reads src/ and ui/ into copies of the checked-in .ts files (resources/translations), as
`cmake --build build --target update_translations` would; then:
  - any warning of lupdate fails (a tr() it cannot place, a class whose strings it files under another
    context than the one asked for at run time);
  - the messages of each checked-in file must be the ones lupdate finds now (none new, none gone);
  - no Welsh message may be unfinished, empty, obsolete or vanished, and each keeps its source's
    placeholders (%1, %n) and its one keyboard accelerator;
  - the English file holds the plural forms (en_GB is the source language: only %n messages need it).
"""
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

lupdate, source_dir, work = sys.argv[1:4]
ts_dir = os.path.join(source_dir, "resources", "translations")
failures = []


def fail(message):
    failures.append(message)


def messages(path):
    """(context, source, comment) -> the message element, for every message of a .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            out[(name, m.findtext("source") or "", m.findtext("comment"))] = m
    return out


INFO = re.compile(r"^(Scanning directory|Updating '|    Found \d+ source text|    Removed \d+ obsolete|"
                  r"Stripping non plural forms|    Kept \d+ obsolete|    Same-text heuristic|"
                  r"    Similar-text heuristic|    Number heuristic|$)")

os.makedirs(work, exist_ok=True)
inputs = [os.path.join(source_dir, d) for d in ("src", "ui") if os.path.isdir(os.path.join(source_dir, d))]
for language, extra in (("cy", []), ("en_GB", ["-pluralonly"])):
    checked_in = os.path.join(ts_dir, f"scrutineer_{language}.ts")
    if not os.path.isfile(checked_in):
        fail(f"{checked_in} is missing")
        continue
    fresh = os.path.join(work, f"scrutineer_{language}.ts")
    shutil.copyfile(checked_in, fresh)
    run = subprocess.run([lupdate, "-recursive", *inputs, "-ts", fresh, "-no-obsolete", "-locations", "none",
                          "-source-language", "en_GB", "-target-language", language, *extra],
                         capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"lupdate failed ({run.returncode}): {run.stderr}")
    warnings = [l for l in (run.stdout + run.stderr).splitlines() if not INFO.match(l)]
    for w in warnings:
        fail(f"lupdate: {w}")
    now, kept = messages(fresh), messages(checked_in)
    if language == "en_GB":  # the source language: only the plural forms are needed (the update_translations
        # target, which takes the same options for both files, may add the others, unfinished and harmless)
        now = {k: m for k, m in now.items() if m.get("numerus") == "yes"}
        kept = {k: m for k, m in kept.items() if m.get("numerus") == "yes"}
    for key in sorted(set(now) - set(kept), key=str):
        fail(f"{language}: not in the checked-in .ts (run the update_translations target and translate it): "
             f"{key[0]}: {key[1]!r}")
    for key in sorted(set(kept) - set(now), key=str):
        fail(f"{language}: no longer in the sources (run the update_translations target): {key[0]}: {key[1]!r}")
    for (context, source, _), m in kept.items():
        where = f"{language}: {context}: {source!r}"
        t = m.find("translation")
        kind = t.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            fail(f"{where} is {kind}")
        forms = [f.text or "" for f in t.findall("numerusform")] if m.get("numerus") == "yes" else [t.text or ""]
        for text in forms:
            if not text.strip():
                fail(f"{where} has an empty translation")
                continue
            want = set(re.findall(r"%(?:\d+|n)", source))
            got = set(re.findall(r"%(?:\d+|n)", text))
            if want != got:
                fail(f"{where}: the translation {text!r} has the placeholders {sorted(got)}, not {sorted(want)}")
            amps = lambda s: len(re.findall(r"&(?![&a-z#]+;|&)", s))
            if "<" not in source and amps(source) != amps(text):
                fail(f"{where}: the translation {text!r} does not keep the one keyboard accelerator (&)")

counts = {lang: len(messages(os.path.join(ts_dir, f"scrutineer_{lang}.ts"))) for lang in ("cy", "en_GB")
          if os.path.isfile(os.path.join(ts_dir, f"scrutineer_{lang}.ts"))}
if failures:
    print("\n".join(failures), file=sys.stderr)
    print(f"FAIL: {len(failures)} problem(s) in the translations", file=sys.stderr)
    sys.exit(1)
print(f"lupdate: no warnings; Welsh complete ({counts.get('cy')} messages); English plural forms: "
      f"{counts.get('en_GB')}")
