"""The guest console protocol, read once for every Python tool.

The guest programs (runner.c, flipper.c; see runner.c's header for the
lines) print one "HARNESS KIND FIELD..." line per event on the console,
after whatever the kernel printed on the same line.  compare.awk reads them
for the harness; bench/report.py and fuzz/run.py read them through here.
"""


def records(lines):
    """(kind, fields) of each HARNESS line; fields follow the kind."""
    for line in lines:
        p = line.find("HARNESS ")
        if p < 0:
            continue
        f = line[p:].rstrip("\r\n").split(" ")
        yield (f[1] if len(f) > 1 else ""), f[2:]


def read(path):
    """records() of the console log at path; none if it does not exist."""
    try:
        with open(path, errors="replace") as f:
            yield from records(f)
    except FileNotFoundError:
        return


def parse(path):
    """Guest facts of one console log, keyed by (case, program).

    kernel: the release; load[(case, combination)]: load ns;
    loadfail[case]: the first failure; logs[case]: LOG lines;
    run[(case, prog)][line]: the RUN line's key=value fields.
    """
    g = {"kernel": None, "load": {}, "loadfail": {}, "logs": {}, "run": {}}
    for kind, f in read(path):
        if kind == "START" and len(f) >= 2:
            g["kernel"] = f[1]
        elif kind == "LOAD" and len(f) >= 3:
            combo = "" if f[1] == "-" else f[1]
            g["load"][(f[0], combo)] = int(f[2].split("=")[1])
        elif kind == "LOADFAIL" and len(f) >= 2:
            g["loadfail"].setdefault(f[0], " ".join(f[2:]))
        elif kind == "LOG" and len(f) >= 1:
            g["logs"].setdefault(f[0], []).append(" ".join(f[1:]))
        elif kind == "RUN" and len(f) >= 4:
            kv = dict(x.split("=", 1) for x in f[3:] if "=" in x)
            g["run"].setdefault((f[0], f[1]), {})[int(f[2])] = kv
    return g
