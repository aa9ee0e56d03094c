#!/usr/bin/env python3
"""Differential fuzzing: generated programs, our clang, stock kernels, gcc.

    run.py [--seeds N --base K] [--seed-file FILE] [options]

For each seed, fuzz/gen.py writes one program and 12 harness cases (-O0/-O1/
-O2 x -mcpu=v1..v4).  Each case is compiled with our clang (harness/bpfcc.sh)
and the program once with gcc against harness/host_ref.c, which gives the
expected values.  Programs go to the guest in batches, one initramfs per
batch and architecture, booted in parallel by harness/check.sh and compared
by harness/compare.awk.  A seed fails on a compiler crash or error, a
program the kernel rejects, or any result that differs from the host's; its
source is copied to OUT/failed/.  The last line is "fuzz: N passed, N
failed" (programs, each on every architecture); the exit status is 1 on any
failure.

With --ledger, each batch appends its passing and failing seeds to a ledger
(fuzz/ledger.txt) under a fingerprint of the compiler's sources and of the
generator; --tally counts the programs that passed with the current ones, so
runs of several sessions add up while neither changes.
"""
import argparse
import concurrent.futures
import datetime
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
H = os.path.join(TOP, "harness")
CACHE = os.path.join(TOP, "cache", "harness")
UAPI = os.path.join(CACHE, "uapi", "usr", "include")
DEB = {"x86_64": "amd64", "aarch64": "arm64"}
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, H)
import console  # noqa: E402  (harness/console.py: the guest's lines)
import gen  # noqa: E402


def log(msg):
    print(msg, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, **kw)


def read_seeds(path):
    seeds = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            try:
                seeds.append(int(line, 0))
            except ValueError:
                sys.exit("%s:%d: not a seed: %r" % (path, n, line))
    return seeds


def guest_tools(arches):
    """The harness's runner and flipper (build/harness, shared with check)."""
    b = os.path.join(TOP, "build", "harness")
    targets = [os.path.join(b, a, t) for a in arches
               for t in ("runner", "flipper")]
    r = run(["make", "-s", "-C", H] + targets)
    if r.returncode:
        sys.stdout.write(r.stdout)
        sys.exit("fuzz: cannot build the guest runner (make -C harness)")
    return b


def compile_case(clang, objdump, src, obj):
    """None, or (kind, message) for a compiler crash or error."""
    r = run(["sh", os.path.join(H, "bpfcc.sh"), clang, objdump, src, obj,
             "-I" + os.path.join(H, "include"),
             "-I" + os.path.join(CACHE, "amd64", "sysroot", "usr", "include"),
             "-I" + UAPI, "-I" + os.path.join(UAPI, "x86_64-linux-gnu")])
    if r.returncode == 0:
        return None
    crash = "PLEASE submit a bug report" in r.stdout or \
        "Stack dump" in r.stdout or r.returncode > 128 or r.returncode < 0
    tail = "\n".join(r.stdout.strip().splitlines()[-12:])
    return ("compiler crash" if crash else "compile error", tail)


def host_expect(cases, names, seed, hostdir):
    """Builds the host reference once per program; writes NAME.exp per case."""
    exe = os.path.join(hostdir, "f%06d" % seed)
    src = os.path.join(cases, names[0] + ".c")
    r = run(["gcc", "-std=gnu11", "-O2", "-Wall", "-Wextra",
             "-I" + os.path.join(H, "include"),
             "-I" + os.path.join(H, "include", "host"),
             "-I" + os.path.join(TOP, "loader", "include"),
             os.path.join(H, "host_ref.c"),
             os.path.join(TOP, "loader", "src", "combination.c"),
             src, "-o", exe])
    if r.returncode:
        return "host build failed: " + r.stdout.strip()[-2000:]
    exps = []
    for name in names:
        r = run([exe, name, os.path.join(cases, name + ".in"),
                 os.path.join(cases, name + ".c")])
        if r.returncode:
            return "host_ref failed: " + r.stdout.strip()[-2000:]
        # The fuzz guest runs only the runner: no flipper runs (NAME.flip).
        keep = [l for l in r.stdout.splitlines()
                if not l.split()[0].endswith(".flip")
                and not (l.startswith("@check ") and
                         l.split()[1].endswith(".flip"))]
        exp = os.path.join(hostdir, name + ".exp")
        with open(exp, "w") as f:
            f.write("\n".join(keep) + "\n")
        exps.append(exp)
    return exps


CASE_RE = re.compile(r"\bf(\d{6})_O\d_v\d\b")


def fingerprints():
    """Short hashes of what a seed's result depends on: the compiler's
    sources (our patches, which hold our files and their tests, and the
    build) and the generator.  The compiler run must be built from this
    tree."""
    r = run(["git", "-C", TOP, "ls-files", "-z", "patches", "toolchain"])
    if r.returncode:
        sys.exit("fuzz: git ls-files failed: " + r.stdout.strip())
    files = sorted(f for f in r.stdout.split("\0") if f and "/test/" not in f)
    fps = []
    for group in (files, ["fuzz/gen.py"]):
        h = hashlib.sha256()
        for f in group:
            with open(os.path.join(TOP, f), "rb") as fh:
                h.update(f.encode() + b"\0" +
                         hashlib.sha256(fh.read()).digest())
        fps.append(h.hexdigest()[:16])
    return "compiler=%s gen=%s" % tuple(fps)


def ranges(seeds):
    """[1, 2, 3, 7] -> "1-3,7"."""
    out = []
    for s in sorted(seeds):
        if out and out[-1][1] == s - 1:
            out[-1][1] = s
        else:
            out.append([s, s])
    return ",".join(str(a) if a == b else "%d-%d" % (a, b) for a, b in out)


def unranges(text):
    seeds = set()
    for part in filter(None, text.split(",")):
        a, _, b = part.partition("-")
        seeds.update(range(int(a), int(b or a) + 1))
    return seeds


def matrix(opts, arches):
    """The ledger's name for a matrix, in one order whatever the user's."""
    return "opts=%s arches=%s" % (",".join(o for o in gen.OPTS if o in opts),
                                  ",".join(a for a in DEB if a in arches))


def ledger_append(path, fp, args, passed, failed):
    with open(path, "a") as f:
        f.write("%s %s %s passed=%s failed=%s\n" % (
            datetime.date.today().isoformat(), fp,
            matrix(args.opts, args.arches), ranges(passed), ranges(failed)))


def tally(path, fp):
    """Programs of the ledger that passed the full matrix on both
    architectures with this compiler and generator; a seed that ever
    failed with them counts as failing."""
    passed, failed, other = set(), set(), 0
    full = matrix(gen.OPTS, DEB)
    keys = ("compiler", "gen", "opts", "arches", "passed", "failed")
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                fields = dict(w.split("=", 1) for w in line.split()[1:])
                if any(k not in fields for k in keys):
                    raise ValueError
                ok = unranges(fields["passed"]), unranges(fields["failed"])
            except ValueError:
                sys.exit("%s:%d: not a ledger line (want DATE %s): %r" % (
                    path, n, " ".join(k + "=..." for k in keys), line.strip()))
            if "compiler=%s gen=%s" % (fields["compiler"], fields["gen"]) != fp \
                    or "opts=%s arches=%s" % (fields["opts"], fields["arches"]) != full:
                other += 1
                continue
            passed |= ok[0]
            failed |= ok[1]
    passed -= failed
    log("ledger %s: %s" % (os.path.relpath(path), fp))
    log("ledger: %d programs passed (%s x v1..v4, x86_64 and aarch64): %s"
        % (len(passed), " ".join(gen.OPTS), ranges(passed) or "none"))
    log("ledger: %d failed: %s" % (len(failed), ranges(failed) or "none"))
    if other:
        log("ledger: %d batches of another compiler, generator or matrix "
            "not counted" % other)
    return 0


def prepare_batch(args, seeds, bdir, tools, pool):
    """Generates and compiles one batch and packs its initramfs images.
    Returns the batch for boot_batch()."""
    fails = {s: [] for s in seeds}
    cases = os.path.join(bdir, "cases")
    objdir = os.path.join(bdir, "obj")
    hostdir = os.path.join(bdir, "host")
    for d in (cases, objdir, hostdir):
        os.makedirs(d, exist_ok=True)

    t0 = time.time()
    names = {s: gen.write(s, cases, args.opts) for s in seeds}
    t1 = time.time()

    jobs = {}
    for s in seeds:
        for n in names[s]:
            jobs[pool.submit(compile_case, args.clang, args.objdump,
                             os.path.join(cases, n + ".c"),
                             os.path.join(objdir, n + ".bpf.o"))] = (s, n)
    hjobs = {pool.submit(host_expect, cases, names[s], s, hostdir): s
             for s in seeds}
    objs = []
    for fut in concurrent.futures.as_completed(jobs):
        s, n = jobs[fut]
        err = fut.result()
        if err:
            fails[s].append("%s: %s for %s:\n%s" % (n, err[0], n, err[1]))
        else:
            objs.append((s, n))
    exps = []
    for fut in concurrent.futures.as_completed(hjobs):
        s = hjobs[fut]
        res = fut.result()
        if isinstance(res, str):
            fails[s].append(res)
        else:
            exps += [(s, e) for e in res]
    t2 = time.time()

    # Only programs whose every object and expectation exist go to the guest.
    ok = {s for s in seeds if not fails[s]}
    objs = sorted(os.path.join(objdir, n + ".bpf.o") for s, n in objs if s in ok)
    ins = sorted(os.path.join(cases, n + ".in") for s in ok for n in names[s])
    exps = sorted(e for s, e in exps if s in ok)
    want_runs = {s: 0 for s in ok}
    for e in exps:
        s = int(CASE_RE.search(os.path.basename(e)).group(1), 10)
        with open(e) as f:
            want_runs[s] += sum(1 for l in f if not l.startswith("@"))
    batch = {"seeds": seeds, "bdir": bdir, "fails": fails, "ok": ok,
             "objs": objs, "exps": exps, "want_runs": want_runs,
             "summary": "batch %s: %d programs, %d objects; generate %.1f s, "
             "compile %.1f s" % (os.path.basename(bdir), len(seeds),
                                 len(objs), t1 - t0, t2 - t1)}
    if not ok:
        return batch

    for a in args.arches:
        os.makedirs(os.path.join(bdir, a), exist_ok=True)
        busybox = os.path.join(CACHE, DEB[a], "sysroot", "usr", "bin", "busybox")
        r = run(["sh", os.path.join(H, "mkinitramfs.sh"),
                 os.path.join(bdir, a, "initramfs.cpio"),
                 os.path.join(tools, a, "runner"),
                 os.path.join(tools, a, "flipper"), busybox,
                 os.path.join(TOP, "fuzz", "init")] + objs + ins + ["--live"])
        if r.returncode:
            sys.stdout.write(r.stdout)
            sys.exit("fuzz: mkinitramfs failed")
    return batch


def boot_batch(args, batch):
    """Boots a prepared batch and compares.  Returns ({seed: [failure,
    ...]}, {arch: (runs passed, runs failed)}); a passing seed has an empty
    list, and a seed the guest never reached (it died on an earlier one) is
    left out."""
    fails, ok, bdir = batch["fails"], batch["ok"], batch["bdir"]
    objs, exps, want_runs = batch["objs"], batch["exps"], batch["want_runs"]
    log(batch["summary"])
    if not ok:
        return fails, {}
    timeout = args.timeout or 120 + 2 * len(objs)
    t3 = time.time()
    r = run(["sh", os.path.join(H, "check.sh"), CACHE, bdir, str(timeout), "",
             " ".join(args.arches)] + exps)
    t4 = time.time()
    with open(os.path.join(bdir, "check.log"), "w") as f:
        f.write(r.stdout)
    units = {}
    retry = set()
    generic = []
    last = None
    for line in r.stdout.splitlines():
        m = re.match(r"(\w+): (\d+) passed, (\d+) failed$", line)
        if m:
            units[m.group(1)] = (int(m.group(2)), int(m.group(3)))
            continue
        if re.match(r"\w+: (QEMU ran for|same JIT)", line):
            continue
        m = CASE_RE.search(line)
        if m:
            last = int(m.group(1), 10)
        elif not re.match(r"\w+:   ", line):
            last = None        # not a verifier log line of the last case
        if last in fails:
            fails[last].append(line)
        else:
            generic.append(line)
    if generic:
        # A boot that failed names no case (compare.awk only counts the runs
        # without result): fail each program with fewer runs than expected.
        log("  " + "\n  ".join(generic[:10]))
        for a in args.arches:
            got = {}
            for kind, f in console.read(os.path.join(bdir, a, "console.log")):
                m = re.match(r"f(\d{6})_", f[0]) if f else None
                if kind in ("RUN", "RUNFAIL", "LOADFAIL") and m:
                    got[int(m.group(1))] = got.get(int(m.group(1)), 0) + 1
            # The runner takes cases in name order: the first program short
            # of runs is where the guest died; the later ones never ran and
            # go to the next batch.
            short = sorted(s for s in ok if got.get(s, 0) < want_runs[s])
            for s in short[:1]:
                fails[s].append("%s: %d of %d runs reported (%s)" % (
                    a, got.get(s, 0), want_runs[s], generic[0]))
            retry.update(s for s in short[1:] if not got.get(s, 0))
    for a in args.arches:
        if a not in units:
            for s in ok:
                fails[s].append("%s: no summary from compare.awk" % a)
    log("  boot+compare %.1f s; runs: %s" % (t4 - t3, ", ".join(
        "%s %d passed, %d failed" % (a, *units.get(a, (0, 0)))
        for a in args.arches)))
    for s in retry:
        if all("no summary" in m for m in fails[s]):
            del fails[s]
    return fails, units


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seeds", type=int, default=0, help="number of seeds")
    p.add_argument("--base", type=int, default=1, help="first seed")
    p.add_argument("--seed-file", action="append", default=[],
                   help="also run the seeds listed in FILE")
    p.add_argument("--batch", type=int, default=50,
                   help="programs per guest boot")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--out", default=os.path.join(TOP, "build", "fuzz"))
    p.add_argument("--arches", default="x86_64 aarch64")
    p.add_argument("--opts", default=" ".join(gen.OPTS),
                   help="optimization levels (default: %(default)s)")
    p.add_argument("--timeout", type=int, default=0,
                   help="seconds per boot (default: 120 + 2 per object)")
    p.add_argument("--minutes", type=float, default=0,
                   help="start no batch after this many minutes; the seeds "
                   "left are reported as not run (default: no limit)")
    p.add_argument("--arm64-cpu", default="neoverse-n1",
                   help="QEMU's arm64 CPU model (default: %(default)s: no "
                   "pointer authentication to emulate, a third less guest "
                   "time than the harness's max)")
    p.add_argument("--ledger", nargs="?", const=os.path.join(TOP, "fuzz",
                   "ledger.txt"), help="append each batch's passing and "
                   "failing seeds to LEDGER (default: fuzz/ledger.txt)")
    p.add_argument("--tally", action="store_true",
                   help="only count the ledger's programs that passed with "
                   "this compiler and generator")
    p.add_argument("--keep", action="store_true",
                   help="keep objects and initramfs images")
    p.add_argument("--clang", default=os.path.join(TOP, "build", "bin", "clang"))
    p.add_argument("--objdump",
                   default=os.path.join(TOP, "build", "bin", "llvm-objdump"))
    args = p.parse_args()
    args.arches = args.arches.split()
    args.opts = args.opts.split()
    for o in args.opts:
        if o not in gen.OPTS:
            sys.exit("fuzz: unknown level %r (want %s)" % (o, " ".join(gen.OPTS)))
    for a in args.arches:
        if a not in DEB:
            sys.exit("fuzz: unknown architecture %r (want x86_64 aarch64)" % a)

    if args.tally:
        return tally(args.ledger or os.path.join(TOP, "fuzz", "ledger.txt"),
                     fingerprints())
    fp = fingerprints() if args.ledger else None
    os.environ["HARNESS_ARM64_CPU"] = args.arm64_cpu

    seeds = []
    for f in args.seed_file:
        seeds += read_seeds(f)
    seeds += range(args.base, args.base + args.seeds)
    seeds = sorted(set(seeds))
    if not seeds:
        sys.exit("fuzz: no seeds (--seeds N or --seed-file FILE)")
    for s in seeds:
        if not 0 <= s <= 999999:
            sys.exit("fuzz: seed %d out of range 0..999999" % s)

    tools = guest_tools(args.arches)
    shutil.rmtree(args.out, ignore_errors=True)
    failed_dir = os.path.join(args.out, "failed")
    start = time.time()
    allfails = {}
    runs = {a: [0, 0] for a in args.arches}
    queue = list(seeds)
    tries = {}
    nbatch = 0
    over = False

    def next_batch(pool, ahead):
        """Starts preparing the next batch, or returns None."""
        nonlocal queue, nbatch, over
        if queue and args.minutes and time.time() - start > args.minutes * 60:
            log("fuzz: time limit (%g min): %d programs not run" %
                (args.minutes, len(queue)))
            over = True
        if not queue or over:
            return None
        chunk, queue = queue[:args.batch], queue[args.batch:]
        bdir = os.path.join(args.out, "b%04d" % nbatch)
        nbatch += 1
        return ahead.submit(prepare_batch, args, chunk, bdir, tools, pool)

    # The next batch compiles while the guests run this one: the two
    # architectures rarely take as long, and the next batch compiles on the
    # core the faster one leaves idle.
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool, \
            concurrent.futures.ThreadPoolExecutor(1) as ahead:
        pending = next_batch(pool, ahead)
        while pending:
            batch = pending.result()
            chunk = batch["seeds"]
            bdir = batch["bdir"]
            pending = next_batch(pool, ahead)
            fails, units = boot_batch(args, batch)
            # Programs that never ran because the guest died before them
            # run again (twice at most) in a later batch.
            again = [s for s in chunk if s not in fails and
                     tries.get(s, 0) < 2]
            for s in again:
                tries[s] = tries.get(s, 0) + 1
            queue += again
            if again:
                log("  %d programs did not run; queued again" % len(again))
            for s in chunk:
                if s not in fails and s not in again:
                    fails[s] = ["never ran: the guest died before it, 3 times"]
            for a, (p_, f_) in units.items():
                runs[a][0] += p_
                runs[a][1] += f_
            if fp:
                ledger_append(args.ledger, fp, args,
                              [s for s in fails if not fails[s]],
                              [s for s in fails if fails[s]])
            for s, msgs in fails.items():
                allfails[s] = msgs
                if not msgs:
                    continue
                log("FAIL seed %d (fuzz/gen.py %d DIR):" % (s, s))
                for m in msgs[:8]:
                    log("  " + m.replace("\n", "\n    "))
                if len(msgs) > 8:
                    log("  ... %d more" % (len(msgs) - 8))
                os.makedirs(failed_dir, exist_ok=True)
                src = os.path.join(bdir, "cases", "f%06d.h" % s)
                if os.path.exists(src):
                    shutil.copy(src, failed_dir)
            if not args.keep:
                shutil.rmtree(os.path.join(bdir, "obj"), ignore_errors=True)
                for a in args.arches:
                    cpio = os.path.join(bdir, a, "initramfs.cpio")
                    if os.path.exists(cpio):
                        os.remove(cpio)
            if not pending:
                pending = next_batch(pool, ahead)   # the seeds queued again
    npass = sum(1 for m in allfails.values() if not m)
    nfail = len(allfails) - npass
    ran = sorted(allfails)
    log("fuzz: seeds %d..%d (%d programs run of %d, %d objects each), %.0f s"
        % (ran[0] if ran else seeds[0], ran[-1] if ran else seeds[-1],
           len(ran), len(seeds), len(gen.variants(args.opts)),
           time.time() - start))
    for a in args.arches:
        log("fuzz: %s runs %d ok, %d bad" % (a, runs[a][0], runs[a][1]))
    if nfail:
        log("fuzz: failing seeds: %s (sources in %s)" % (
            " ".join(str(s) for s in sorted(allfails) if allfails[s]),
            failed_dir))
    log("fuzz: %d passed, %d failed" % (npass, nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
