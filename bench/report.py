#!/usr/bin/env python3
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
"""Turn a bench run (bench/run.sh's DIR) into DIR/results.json and a table.

Reads DIR/configs.txt, DIR/status/ (compile failures), the harness console
logs (DIR/harness/ARCH/console.log: LOAD, LOADFAIL, RUN lines), the host
reference (DIR/harness/expected/*.exp), bpfcount's counts (DIR/counts/) and
DIR/flip.json if another tool wrote it.  Prints the table (also written to
DIR/table.txt).  Python 3 standard library only.
"""
import json
import os
import re
import sys
import time

# The guest console protocol's one Python reader (harness/console.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "harness"))
import console  # noqa: E402

ARCHES = ("x86_64", "aarch64")
# Table order; workloads not listed follow in name order.
ORDER = ([f"sw{n}_{d}" for n in (4, 16, 64, 256, 1024)
          for d in ("dense", "sparse")] +
         [f"sw{n}_{d}_loop" for n in (4, 16, 64, 256, 1024)
          for d in ("dense", "sparse")] +
         ["interp_switch", "interp_local", "interp_static",
          "parser", "parser_flags", "sitecost", "sitecost_sk"])


def read_lines(path):
    try:
        with open(path, errors="replace") as f:
            return f.read().splitlines()
    except FileNotFoundError:
        return []


def load_reason(g, case):
    """'<errno text>: <the verifier's verdict>' for a case that did not load."""
    msg = g["loadfail"][case]
    verdict = ""
    for log in g["logs"].get(case, []):
        m = re.match(r"\| ([A-Za-z].*)", log)
        if not m or m.group(1).startswith((
                "processed", "verification time", "stack depth", "Func#",
                "func#", "Suggestion", "Reason", "At:")):
            continue
        verdict = m.group(1).strip()
        if verdict.startswith("Verification failed"):
            break
    return msg + (f": {verdict}" if verdict else "")


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def main():
    out = sys.argv[1]
    configs = []
    for line in read_lines(os.path.join(out, "configs.txt")):
        label, clang, *flags = line.split()
        configs.append({"label": label, "clang": clang, "flags": flags})
    labels = [c["label"] for c in configs]
    base = labels[0]

    guests, qemu_s = {}, {}
    for a in ARCHES:
        guests[a] = console.parse(os.path.join(out, "harness", a, "console.log"))
        t = read_lines(os.path.join(out, "harness", a, "time.txt"))
        m = re.search(r"ran for (\d+) s", t[0]) if t else None
        qemu_s[a] = int(m.group(1)) if m else None

    workloads = sorted({n.split(".")[0] for n in os.listdir(os.path.join(out, "status"))} |
                       {n.split(".")[0] for n in os.listdir(os.path.join(out, "obj"))})
    workloads = ([w for w in ORDER if w in workloads] +
                 [w for w in workloads if w not in ORDER])

    rows = []
    for w in workloads:
        # Programs (with key combinations) from any configuration's host run.
        progs, expected = [], {}
        for l in labels:
            case = f"{w}.{l}"
            for line in read_lines(os.path.join(out, "harness", "expected", case + ".exp")):
                f = line.split()
                if line.startswith("@") or len(f) < 4:
                    continue
                expected[(case, f[1], int(f[2]))] = int(f[3])
                if f[1] not in progs:
                    progs.append(f[1])
        counts = {}
        for l in labels:
            for suffix in ("txt", "set.txt"):
                for line in read_lines(os.path.join(out, "counts", f"{w}.{l}.{suffix}")):
                    case, prog, lineno, val, n = line.split()
                    key = prog if suffix == "txt" else prog + "+set"
                    counts.setdefault((l, key), []).append((int(lineno), int(val), int(n)))
        set_progs = sorted({k for (_, k) in counts if k.endswith("+set")})
        for prog in (progs or ["-"]) + set_progs:
            row = {"workload": w, "program": prog, "configs": {}}
            for l in labels:
                case = f"{w}.{l}"
                c = {}
                status = read_lines(os.path.join(out, "status", case))
                if status:
                    c["status"] = status[0]
                    row["configs"][l] = c
                    continue
                c["status"] = "ok"
                cn = counts.get((l, prog))
                if cn:
                    ns = [n for (_, _, n) in cn]
                    c["insns_avg"] = round(mean(ns), 1)
                    c["insns_min"] = min(ns)
                    c["insns_max"] = max(ns)
                    if prog.endswith("+set"):
                        c["insns_checked"] = "no host reference (value set by bpfcount -s)"
                    else:
                        bad = [ln for (ln, v, _) in cn if expected.get((case, prog, ln)) != v]
                        c["insns_checked"] = ("ok" if not bad else
                                              f"bpfcount value differs from host on lines {bad}")
                else:
                    err = read_lines(os.path.join(out, "counts", case + ".err"))
                    c["insns_error"] = err[0] if err else "no count"
                gprog = prog[:-4] if prog.endswith("+set") else prog
                combo = gprog[gprog.index("@"):] if "@" in gprog else ""
                for a in ARCHES:
                    g = guests[a]
                    ca = {}
                    if case in g["loadfail"] and (case, gprog) not in g["run"]:
                        ca["status"] = "does not load: " + load_reason(g, case)
                    elif (case, gprog) not in g["run"]:
                        ca["status"] = "no result"
                    else:
                        runs = g["run"][(case, gprog)]
                        first = runs[min(runs)]
                        ca["status"] = "ok"
                        ca["verified_insns"] = int(first["verified"])
                        ca["xlated_bytes"] = int(first["xlated"])
                        ca["jited_bytes"] = int(first["jited"])
                        if (case, combo) in g["load"]:
                            ca["load_ns"] = g["load"][(case, combo)]
                            ca["load_ms"] = round(ca["load_ns"] / 1e6, 1)
                        if "ns" in first:
                            ca["ns_per_run"] = {ln: int(r["ns"]) for ln, r in runs.items()}
                        wrong = [ln for ln, r in runs.items()
                                 if expected.get((case, gprog, ln)) != int(r["ret"])]
                        ca["results"] = "ok" if not wrong else f"differ from host on lines {wrong}"
                    c[a] = ca
                row["configs"][l] = c
            # Time ratios: same boot, same input lines, sum over lines.
            b = row["configs"].get(base, {})
            for l in labels[1:]:
                c = row["configs"].get(l, {})
                for a in ARCHES:
                    tb = b.get(a, {}).get("ns_per_run")
                    tc = c.get(a, {}).get("ns_per_run")
                    if tb and tc and set(tb) == set(tc) and sum(tb.values()):
                        c[a][f"time_ratio_vs_{base}"] = round(
                            sum(tc.values()) / sum(tb.values()), 3)
            rows.append(row)

    sites = site_costs(rows, labels)
    flip = None
    try:
        with open(os.path.join(out, "flip.json")) as f:
            flip = json.load(f)
    except FileNotFoundError:
        pass
    except ValueError as e:
        flip = {"error": f"flip.json: {e}"}

    repeat = None
    for a in ARCHES:
        for runs in guests[a]["run"].values():
            for r in runs.values():
                repeat = r.get("repeat", repeat)
    results = {
        "generated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "configs": configs,
        "baseline": base,
        "repeat": int(repeat) if repeat else None,
        "arches": {a: {"kernel": guests[a]["kernel"], "qemu_seconds": qemu_s[a]}
                   for a in ARCHES},
        "workloads": rows,
        "debug_sites": sites,
        "flip": flip,
    }
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    text = render(results, labels)
    with open(os.path.join(out, "table.txt"), "w") as f:
        f.write(text)
    sys.stdout.write(text)
    print(f"\nbench: {os.path.join(out, 'results.json')}")


def find(rows, w, prog):
    for r in rows:
        if r["workload"] == w and r["program"] == prog:
            return r
    return None


def site_costs(rows, labels):
    """Per-site cost of a debug branch: variant minus its baseline program."""
    defs = [
        ("static key, disabled", "sitecost_sk", "sk@debug_key=0", "none"),
        ("static key, enabled", "sitecost_sk", "sk@debug_key=1", "always"),
        (".data flag, disabled", "sitecost", "flag", "none"),
        (".data flag, enabled", "sitecost", "flag_on", "always"),
        ("array map, disabled", "sitecost", "map", "none"),
        ("array map, enabled", "sitecost", "map+set", "always"),
    ]
    out = []
    for name, w, prog, ref in defs:
        r, b = find(rows, w, prog), find(rows, "sitecost", ref)
        e = {"site": name, "workload": w, "program": prog, "baseline": ref, "configs": {}}
        for l in labels:
            c = (r or {}).get("configs", {}).get(l, {})
            cb = (b or {}).get("configs", {}).get(l, {})
            if c.get("status") != "ok" or cb.get("status") != "ok":
                e["configs"][l] = {"status": c.get("status") or cb.get("status") or "missing"}
                continue
            v = {"status": "ok"}
            if "insns_avg" in c and "insns_avg" in cb:
                v["insns"] = round(c["insns_avg"] - cb["insns_avg"], 1)
            for a in ARCHES:
                # The map's enabled state is set on the host only: its code,
                # hence its JIT size, is the disabled program's.
                ga = c.get(a) or (r and find(rows, w, "map") or {}).get("configs", {}).get(l, {}).get(a, {})
                gb = cb.get(a, {})
                if ga and ga.get("status") == "ok" and gb.get("status") == "ok":
                    v[f"jited_bytes_{a}"] = ga["jited_bytes"] - gb["jited_bytes"]
                    v[f"xlated_bytes_{a}"] = ga["xlated_bytes"] - gb["xlated_bytes"]
                elif ga:
                    v[f"jited_bytes_{a}"] = None
            e["configs"][l] = v
        out.append(e)
    return out


def short_status(s):
    if s.startswith("does not compile"):
        return "n/c"
    if s.startswith("does not load"):
        return "n/l"
    return "?"


def render(res, labels):
    base = res["baseline"]
    lines = []
    P = lines.append
    P(f"Compilers ({' / '.join(labels)}; ratios are X/{base}, same boot):")
    for c in res["configs"]:
        P(f"  {c['label']}: {c['clang']} -O2 -mcpu=v4 {' '.join(c['flags'])}".rstrip())
    P(f"XDP BPF_PROG_TEST_RUN repeat={res['repeat']}; 'insns' = BPF instructions "
      "executed per call (bpfcount, avg/max over the inputs; same on both arches)")
    P("n/c = does not compile, n/l = does not load (reasons below each table)")

    def cell(c, a, key, fmt="{}"):
        if c.get("status") != "ok":
            return short_status(c.get("status", "?"))
        v = c.get(a, {}) if a else c
        if a and v.get("status") != "ok":
            return short_status(v.get("status", "?"))
        x = v.get(key)
        return "-" if x is None else fmt.format(x)

    for a in ARCHES:
        info = res["arches"][a]
        P("")
        P(f"== {a} (Linux {info['kernel']}, QEMU TCG, {info['qemu_seconds']} s boot) ==")
        hdr = ["workload", "program", "verified", "load ms", "xlated B", "JIT B",
               "insns avg", "insns max"] + [f"time {l}/{base}" for l in labels[1:]]
        table, notes = [hdr], []
        for r in res["workloads"]:
            if r["program"].endswith("+set"):
                continue
            cs = [r["configs"].get(l, {}) for l in labels]
            row = [r["workload"], r["program"]]
            row.append(" / ".join(cell(c, a, "verified_insns") for c in cs))
            row.append(" / ".join(cell(c, a, "load_ms", "{:.0f}") for c in cs))
            row.append(" / ".join(cell(c, a, "xlated_bytes") for c in cs))
            row.append(" / ".join(cell(c, a, "jited_bytes") for c in cs))
            row.append(" / ".join(cell(c, None, "insns_avg", "{:g}") for c in cs))
            row.append(" / ".join(cell(c, None, "insns_max") for c in cs))
            for c in cs[1:]:
                row.append(cell(c, a, f"time_ratio_vs_{base}", "{:.2f}"))
            table.append(row)
            for l, c in zip(labels, cs):
                why = c.get("status") if c.get("status") != "ok" else c.get(a, {}).get("status")
                if why and why != "ok":
                    note = f"  {r['workload']} {l}: {why}"
                    if note not in notes:
                        notes.append(note)
                bad = [c.get("insns_checked"), c.get(a, {}).get("results")]
                for b in bad:
                    if b and b != "ok":
                        notes.append(f"  {r['workload']} {r['program']} {l}: {b}")
        P(f"(each cell: {' / '.join(labels)})")
        lines.extend(fmt_table(table))
        lines.extend(notes)

    P("")
    P("== Debug branch cost per site (program minus the same program without the "
      "check; enabled: minus the body run unconditionally) ==")
    hdr = ["site"] + [f"{l} {what}" for l in labels
                      for what in ("JIT B x86_64", "JIT B aarch64", "insns")]
    table = [hdr]
    for e in res["debug_sites"]:
        row = [e["site"]]
        for l in labels:
            v = e["configs"].get(l, {})
            if v.get("status") != "ok":
                row += [short_status(v.get("status", "?"))] * 3
                continue
            for k in ("jited_bytes_x86_64", "jited_bytes_aarch64", "insns"):
                x = v.get(k)
                row.append("-" if x is None else f"{x:+g}")
        table.append(row)
    lines.extend(fmt_table(table))

    P("")
    if res["flip"] is None:
        P("Flip latency: not measured in this run (no flip.json)")
    else:
        P("== Flip latency of static keys (flip.json; ms, min/median) ==")
        flip = res["flip"]
        if "error" in flip:
            P(f"  {flip['error']}")
        else:
            P(f"  {flip.get('note', '')}")
            table = [["arch", "size", "insns off/on", "flip", "compile (host)",
                      "load", "recompile", "recompile/flip"]]
            for arch, a in flip.get("arches", {}).items():
                for size, v in a.get("sizes", {}).items():
                    mm = lambda k: "{min:.1f}/{median:.1f}".format(**v[k])
                    table.append([arch, size,
                                  f"{v['insns']}/{v['insns_on']}",
                                  mm("flip_ms"), mm("compile_ms"),
                                  mm("load_ms"), mm("recompile_ms"),
                                  f"{v['ratio_min']}/{v['ratio']}"])
            lines.extend(fmt_table(table))
    return "\n".join(lines) + "\n"


def fmt_table(t):
    w = [max(len(str(r[i])) for r in t) for i in range(len(t[0]))]
    out = []
    for n, r in enumerate(t):
        out.append("  ".join(str(c).ljust(w[i]) if i < 2 else str(c).rjust(w[i])
                             for i, c in enumerate(r)).rstrip())
        if n == 0:
            out.append("  ".join("-" * x for x in w))
    return out


if __name__ == "__main__":
    main()
