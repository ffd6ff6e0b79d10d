#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
"""Fails when a user-visible source string is missing from a checked-in .ts file, or when a
.ts file has an unfinished translation.

It runs lupdate with the project update_translations uses, on temporary copies of the .ts
files, and compares the messages with the checked-in ones. To fix a failure:
    ./dev shell -- cmake --build build --target update_translations
then translate the new strings (linguist, or edit the .ts), and commit the .ts files.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path):
    """(context, source, disambiguation) -> translation element, for live messages."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def is_translated(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--project-cmake", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--plurals", action="append", default=[],
                        help="a source-language .ts that holds only the plural forms (lupdate -pluralonly)")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "project.json")
        subprocess.run(["cmake", f"-DIN_FILE={args.project_cmake}", f"-DOUT_FILE={project}",
                        "-P", args.generator], check=True)
        copies = []
        for ts in args.ts_files + args.plurals:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            copies.append(copy)
        runs = [copies[:len(args.ts_files)], ["-pluralonly", *copies[len(args.ts_files):]]]
        for files in runs:
            if not [f for f in files if f != "-pluralonly"]:
                continue
            result = subprocess.run([args.lupdate, "-project", project, "-no-obsolete", "-locations", "none",
                                     "-silent", "-ts", *files], capture_output=True, text=True)
            if result.returncode != 0:
                print(result.stdout, result.stderr, file=sys.stderr)
                return 1
        for ts, copy in zip(args.ts_files + args.plurals, copies):
            have = messages(ts)
            fresh = messages(copy)
            missing = sorted(set(fresh) - set(have))
            stale = sorted(set(have) - set(fresh))
            unfinished = sorted(k for k in set(fresh) & set(have) if not is_translated(have[k]))
            name = os.path.basename(ts)
            print(f"{name}: {len(fresh)} source strings, {len(missing)} missing, "
                  f"{len(unfinished)} untranslated, {len(stale)} no longer in the sources")
            for context, source, _ in missing:
                failures.append(f"{name}: missing [{context}] {source!r}")
            for context, source, _ in unfinished:
                failures.append(f"{name}: untranslated [{context}] {source!r}")
            for context, source, _ in stale:
                print(f"  note: {name}: no longer in the sources [{context}] {source!r}")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        print("\nRun: ./dev shell -- cmake --build build --target update_translations, "
              "then translate the new strings.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
