#!/usr/bin/env python3
"""Compares a lit run with the recorded upstream results.

Fails when one of our tests does not pass, or when an upstream test that
passed (or failed as expected) with Debian's own tools no longer does.
Upstream tests our patches change on purpose, listed in upstream-changed.txt
beside UPSTREAM_EXPECTED ("PATH — reason"), must pass whatever Debian's tools
did with them: a re-recorded baseline has them fail.
Prints the counts and ends with "lit: N passed, N failed".

usage: compare.py UPSTREAM_EXPECTED RESULTS
"""
import os
import sys

GOOD = {"PASS", "XFAIL"}


def read(path, fields):
    """Maps PATH to STATUS from lines of FIELDS words ending "STATUS PATH"."""
    out = {}
    with open(path) as f:
        for line in f:
            words = line.split()
            if len(words) == fields and not words[0].startswith("#"):
                out[words[-1]] = tuple(words[:-1])
    return out


def read_changed(path):
    """The first word of each line of PATH, if it exists: the changed tests."""
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.split()[0] for line in f
                if line.strip() and not line.startswith("#")]


def main(expected_path, results_path):
    expected = {p: w[0] for p, w in read(expected_path, 2).items()}
    changed_path = os.path.join(os.path.dirname(expected_path),
                                "upstream-changed.txt")
    for path in read_changed(changed_path):
        expected[path] = "PASS"
    ours, upstream = {}, {}
    for path, (owner, code) in read(results_path, 3).items():
        (ours if owner == "ours" else upstream)[path] = code

    failures = []
    for path, code in sorted(ours.items()):
        if code not in GOOD:
            failures.append(f"ours: {path}: {code}")
    for path, want in sorted(expected.items()):
        got = upstream.get(path, "MISSING")
        if got != want and (want in GOOD or got == "MISSING"):
            failures.append(f"upstream: {path}: {got}, expected {want}")
    changed = [f"{p}: {expected.get(p, 'NEW')} -> {c}" for p, c in
               sorted(upstream.items()) if expected.get(p) != c and c in GOOD]
    for line in failures:
        print("FAIL", line)
    for line in changed:
        print("note: upstream test now passes (run lit/run.sh --update):", line)

    ok_up = sum(1 for p in expected if upstream.get(p) == expected[p])
    n_ours_ok = sum(1 for c in ours.values() if c in GOOD)
    print(f"lit: ours {n_ours_ok}/{len(ours)} pass; upstream {ok_up}/"
          f"{len(expected)} as recorded with Debian's tools")
    passed = n_ours_ok + ok_up
    print(f"lit: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
