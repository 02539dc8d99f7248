#!/usr/bin/env python3
"""Run Checkov on synthesized stacks and fail on any finding not in the allowlist.

Checkov ignores inline suppressions in cdktf JSON, so accepted findings live in
checkov-allowlist.json, keyed by check id and resource address pattern, each with a reason.
Usage: checkov-gate.py <cdktf.out dir> [<cdktf.out dir> ...]
"""
import fnmatch
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_allowlist():
    with open(os.path.join(ROOT, "checkov-allowlist.json")) as f:
        entries = json.load(f)
    for e in entries:
        if len(e.get("reason", "").strip()) < 10:
            sys.exit(f"allowlist entry {e} needs a reason of at least 10 characters")
    return entries


def checkov_binary():
    beside = os.path.join(os.path.dirname(sys.executable), "checkov")
    return beside if os.path.exists(beside) else "checkov"


def scan(stack_file):
    out = subprocess.run(
        [checkov_binary(), "-f", stack_file, "--framework", "terraform_json", "-o", "json", "--compact"],
        capture_output=True,
        text=True,
    )
    if not out.stdout.strip():
        sys.exit(f"checkov produced no output for {stack_file}: {out.stderr[-2000:]}")
    report = json.loads(out.stdout)
    reports = report if isinstance(report, list) else [report]
    failed, passed = [], 0
    for r in reports:
        results = r.get("results", {})
        failed += results.get("failed_checks", [])
        passed += len(results.get("passed_checks", []))
    return failed, passed


def main():
    allow = load_allowlist()
    used = set()
    total_failed = 0
    for out_dir in sys.argv[1:]:
        stacks = os.path.join(out_dir, "stacks")
        for stack in sorted(os.listdir(stacks)):
            stack_file = os.path.join(stacks, stack, "cdk.tf.json")
            failed, passed = scan(stack_file)
            unexpected = []
            for f in failed:
                match = next(
                    (i for i, e in enumerate(allow) if e["check"] == f["check_id"] and fnmatch.fnmatch(f["resource"], e["resource"])),
                    None,
                )
                if match is None:
                    unexpected.append(f)
                else:
                    used.add(match)
            print(f"checkov {stack}: {passed} passed, {len(failed) - len(unexpected)} allowlisted, {len(unexpected)} unexpected")
            for f in unexpected:
                print(f"  FAIL {f['check_id']} {f['resource']}: {f['check_name']}")
            total_failed += len(unexpected)
    for i, e in enumerate(allow):
        if i not in used:
            print(f"note: allowlist entry not needed by these stacks: {e['check']} {e['resource']}")
    if total_failed:
        sys.exit(f"checkov gate: {total_failed} finding(s) outside the allowlist")
    print("checkov gate: passed")


if __name__ == "__main__":
    main()
