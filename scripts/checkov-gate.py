#!/usr/bin/env python3
"""Run Checkov on synthesized stacks and fail on any finding not in the allowlist.

Checkov ignores inline suppressions in cdktf JSON, so accepted findings live in
checkov-allowlist.json, keyed by check id and resource address pattern, each with a reason.
A finding is also accepted when the stack recorded an opt-out for it: the hardening report beside
the stack (hardening-report.json) has a finding on the same resource that carries the opt-out, from
a control that names the same Checkov check. The opt-out's reason is printed.

The gate fails closed: a stack Checkov cannot parse, or in which it judges nothing, fails it.
Checkov (3.3) cannot parse a top-level `moved` block (cdktf writes one when a resource's construct
moved), so it reads a copy of such a stack without it: a moved block only maps state addresses,
and no check reads it.

An allowlist entry that no finding of the scanned stacks uses fails the gate too: an entry that
accepts nothing any more would silently accept a new finding later. With --subset (the stacks are
only part of the project's, as in a test), such an entry is noted instead. No stack at all fails.

All stacks go to one Checkov run (its start-up is most of the time a small stack takes).
Usage: checkov-gate.py [--subset] <cdktf.out dir> [<cdktf.out dir> ...]
"""
import fnmatch
import json
import os
import shutil
import subprocess
import sys
import tempfile

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


def readable_copy(stack_file, scratch, index):
    """The file Checkov reads for a stack: the stack itself, or a copy without its moved block."""
    with open(stack_file) as f:
        config = json.load(f)
    if "moved" not in config:
        return os.path.realpath(stack_file)
    del config["moved"]
    copy = os.path.join(scratch, str(index), "cdk.tf.json")
    os.makedirs(os.path.dirname(copy))
    with open(copy, "w") as f:
        json.dump(config, f)
    return copy


def scan(stack_files):
    """stack file -> (failed checks, number passed, why it was not judged), from one Checkov run."""
    scratch = tempfile.mkdtemp(prefix="checkov-gate-")
    try:
        # keyed by real path: Checkov may report a path through a symlinked temporary folder resolved
        scanned = {os.path.realpath(readable_copy(s, scratch, i)): s for i, s in enumerate(stack_files)}
        args = [checkov_binary(), "--framework", "terraform_json", "-o", "json", "--compact"]
        for path in scanned:
            args += ["-f", path]
        out = subprocess.run(args, capture_output=True, text=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if not out.stdout.strip():
        sys.exit(f"checkov produced no output: {out.stderr[-2000:]}")
    report = json.loads(out.stdout)
    failed = {s: [] for s in stack_files}
    passed = {s: 0 for s in stack_files}
    unparsed = []
    for r in report if isinstance(report, list) else [report]:
        checks = r.get("results", {})
        unparsed += [scanned.get(os.path.realpath(p), p) for p in checks.get("parsing_errors", [])]
        for f in checks.get("failed_checks", []):
            failed[scanned[os.path.realpath(f["file_abs_path"])]].append(f)
        for p in checks.get("passed_checks", []):
            passed[scanned[os.path.realpath(p["file_abs_path"])]] += 1

    def problem(s):
        if s in unparsed:
            return "Checkov could not parse it"
        return "Checkov judged no resource in it" if not failed[s] and passed[s] == 0 else None

    return {s: (failed[s], passed[s], problem(s)) for s in stack_files}


def opted_out(stack_dir):
    """(check id, resource address) -> the opt-out recorded for it in the stack's hardening report."""
    path = os.path.join(stack_dir, "hardening-report.json")
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        report = json.load(f)
    return {
        (check, finding["address"]): finding["optOut"]
        for control in report.get("controls", [])
        for finding in control.get("findings", [])
        if finding.get("optOut")
        for check in control.get("checkov", [])
    }


def main():
    args = sys.argv[1:]
    subset = "--subset" in args
    out_dirs = [a for a in args if a != "--subset"]
    allow = load_allowlist()
    used = set()
    total_failed = 0
    unjudged = 0
    stacks = [
        (stack, os.path.join(out_dir, "stacks", stack))
        for out_dir in out_dirs
        if os.path.isdir(os.path.join(out_dir, "stacks"))
        for stack in sorted(os.listdir(os.path.join(out_dir, "stacks")))
        if os.path.isfile(os.path.join(out_dir, "stacks", stack, "cdk.tf.json"))
    ]
    if not stacks:
        sys.exit(f"checkov gate: no stack (stacks/<name>/cdk.tf.json) under {', '.join(out_dirs) or 'no folder given'}: it would judge nothing")
    results = scan([os.path.join(d, "cdk.tf.json") for _, d in stacks])
    for stack, stack_dir in stacks:
        failed, passed, problem = results[os.path.join(stack_dir, "cdk.tf.json")]
        if problem:
            print(f"checkov {stack}: FAIL {problem}")
            unjudged += 1
            continue
        recorded = opted_out(stack_dir)
        unexpected, accepted = [], []
        for f in failed:
            opt_out = recorded.get((f["check_id"], f["resource"]))
            if opt_out:
                accepted.append((f, opt_out))
                continue
            match = next(
                (i for i, e in enumerate(allow) if e["check"] == f["check_id"] and fnmatch.fnmatch(f["resource"], e["resource"])),
                None,
            )
            if match is None:
                unexpected.append(f)
            else:
                used.add(match)
        allowlisted = len(failed) - len(unexpected) - len(accepted)
        opted = f", {len(accepted)} opted out" if accepted else ""
        print(f"checkov {stack}: {passed} passed, {allowlisted} allowlisted{opted}, {len(unexpected)} unexpected")
        for f, opt_out in accepted:
            print(f"  opted out {f['check_id']} {f['resource']}: {opt_out['property']}: {opt_out['reason']}")
        for f in unexpected:
            print(f"  FAIL {f['check_id']} {f['resource']}: {f['check_name']}")
        total_failed += len(unexpected)
    unused = [e for i, e in enumerate(allow) if i not in used]
    for e in unused:
        print(f"{'note' if subset else 'FAIL'}: allowlist entry not used by these stacks: {e['check']} {e['resource']}")
    if unused and not subset and not unjudged:
        sys.exit(f"checkov gate: {len(unused)} allowlist entr{'y' if len(unused) == 1 else 'ies'} used by no finding: remove them from checkov-allowlist.json")
    if unjudged:
        sys.exit(f"checkov gate: {unjudged} stack(s) not judged, {total_failed} finding(s) outside the allowlist")
    if total_failed:
        sys.exit(f"checkov gate: {total_failed} finding(s) outside the allowlist")
    print("checkov gate: passed")


if __name__ == "__main__":
    main()
