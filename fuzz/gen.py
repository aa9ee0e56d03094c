#!/usr/bin/env python3
"""Random, deterministic BPF C programs for differential testing.

    gen.py SEED OUTDIR        writes OUTDIR/fSEED.h (the program) and one
                              harness case per variant, fSEED_O<o>_v<c>.c
                              (+ .in), each including the program

One seed, one program: random.Random(seed) draws everything, so a seed names
the same source for as long as this file does not change.  A program is a set
of "features", each a function of one input argument and an accumulator:

  switch   a switch of random size, density, value width and signedness;
           cases that break, fall through, return, nest a second switch,
           start with a short-circuit condition or hold a static-key site
  goto     a computed-goto state machine (static or local label table, the
           index masked or range-checked), the next handler chosen by input
           bits; handlers start with short-circuit conditions or key sites
  loop     a switch inside a bounded loop (constant trip count, unrolling
           disabled); a can_loop (may_goto) loop only with FUZZ_KNOWN=1
each defined as a static inline, static __noinline or global function.  The
programs (syscall and/or XDP) chain the features and fold the accumulator,
so the result depends on every path taken.

Everything is unsigned 64-bit arithmetic, shifts by constants below 64,
division by non-zero constants: no undefined behaviour, so gcc (host) and
clang (BPF) must agree.  Conversions to narrower signed types are
implementation-defined and wrap in both.
"""
import os
import random
import sys

OPTS = ("O0", "O1", "O2")
CPUS = ("v1", "v2", "v3", "v4")
NLINES = 12
# Shapes that fail for reasons found and reported, generated only with
# FUZZ_KNOWN=1 (docs/reliability.md, "Findings"):
#  - a can_loop loop around a switch often exceeds what the verifier can
#    prove converges (1M instructions or 8193 pending jumps).
KNOWN = os.environ.get("FUZZ_KNOWN") == "1"

# (C type, bits, signed)
TYPES = [("__u8", 8, False), ("__s8", 8, True), ("__u16", 16, False),
         ("__s16", 16, True), ("__u32", 32, False), ("__s32", 32, True),
         ("__u64", 64, False), ("__s64", 64, True)]


def variants(opts=OPTS):
    return [(o, c) for o in opts for c in CPUS]


def case_name(seed, opt, cpu):
    return "f%06d_%s_%s" % (seed, opt, cpu)


def lit(v, bits, signed):
    """C literal of v for a value of the given type."""
    if bits == 64:
        if signed:
            if v == -(1 << 63):
                return "(-0x7fffffffffffffffLL - 1)"
            return "%dLL" % v
        return "0x%xULL" % v
    if signed and v == -(1 << 31):
        return "(-0x7fffffff - 1)"
    if v > 0x7fffffff:
        return "0x%xU" % v
    return "%d" % v


def enc(v, bits):
    """The unsigned bit pattern of v."""
    return v & ((1 << bits) - 1)


class Gen:
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.side = random.Random("%d/side" % seed)
        self.out = []          # top-level definitions, in order
        self.nfun = 0
        self.keys = []         # (name, initial)
        self.features = []     # (call expression, arg index, hints)
        self.nlabel = 0
        # Handler paths the interpreters may still add: the verifier walks
        # each path of one interpreter once per path of those called before
        # it, so the bound is on their product (seed 10638: 256 x 512).
        self.paths_left = 1024

    # -- small pieces ---------------------------------------------------------

    def const(self):
        r = self.r
        k = r.random()
        if k < 0.4:
            return r.randrange(1, 256)
        if k < 0.7:
            return r.randrange(1, 1 << 16)
        if k < 0.9:
            return r.randrange(1, 1 << 32)
        return r.randrange(1, 1 << 64)

    def c64(self):
        return "0x%xULL" % self.const()

    def update(self, acc="acc", x="x"):
        """One statement that changes acc, depending on a unique constant."""
        r = self.r
        c = self.c64()
        k = r.randrange(10)
        if k == 0:
            return "%s = %s * %d + %s;" % (acc, acc, r.randrange(3, 1000, 2), c)
        if k == 1:
            return "%s ^= %s;" % (acc, c)
        if k == 2:
            return "%s += %s ^ (%s >> %d);" % (acc, c, x, r.randrange(1, 64))
        if k == 3:
            s = r.randrange(1, 64)
            return "%s = (%s << %d | %s >> %d) + %s;" % (acc, acc, s, acc,
                                                         64 - s, c)
        if k == 4:
            return "%s = %s / %d + %s;" % (acc, acc, r.randrange(2, 100), c)
        if k == 5:
            return "%s = %s %% %d + %s;" % (acc, acc, r.randrange(2, 10000), c)
        if k == 6:
            return "%s -= %s;" % (acc, c)
        if k == 7:
            return "%s = (%s & %s) | %d;" % (acc, acc, c, r.randrange(1, 256))
        if k == 8:
            return "%s += %s * %d;" % (acc, x, r.randrange(1, 100))
        return "%s = ~%s + %s;" % (acc, acc, c)

    def key_site(self, ind, acc="acc", x="x"):
        """An if/else on a static key, or None if the program has none."""
        if not self.keys:
            return None
        r = self.r
        key = r.choice(self.keys)[0]
        how = r.choice(("likely", "unlikely"))
        neg = "!" if r.random() < 0.25 else ""
        lines = ["%sif (%sbpf_static_branch_%s(&%s))" % (ind, neg, how, key),
                 "%s\t%s" % (ind, self.update(acc, x))]
        if r.random() < 0.6:
            lines += ["%selse" % ind, "%s\t%s" % (ind, self.update(acc, x))]
        return lines

    def short_circuit(self, ind, acc="acc", x="x", cx=True):
        """if (A || B) / if (A && B).  Without cx the condition tests only acc:
        a test of x would refine x, which also feeds a later table index,
        so the verifier would keep the refined states apart (exponential
        paths)."""
        r = self.r
        a = "%s > %s" % (acc, self.c64())
        v = x if cx else acc
        b = "(%s & 0x%xULL)" % (v, 1 << r.randrange(0, 64)) if r.random() < 0.5 \
            else "%s < %d" % (v, r.randrange(1, 1 << 16))
        op = r.choice(("||", "&&"))
        lines = ["%sif (%s %s %s)" % (ind, a, op, b),
                 "%s\t%s" % (ind, self.update(acc, x))]
        if r.random() < 0.5:
            lines += ["%selse" % ind, "%s\t%s" % (ind, self.update(acc, x))]
        return lines

    def stmt(self, ind, acc="acc", x="x", cx=True):
        """One or a few statements: an update, a key site or a condition."""
        k = self.r.random()
        if k < 0.2:
            site = self.key_site(ind, acc, x)
            if site:
                return site
        if k < 0.35:
            return self.short_circuit(ind, acc, x, cx)
        return [ind + self.update(acc, x)]

    # -- switches ---------------------------------------------------------------

    def case_values(self, bits, signed, n):
        r = self.r
        lo = -(1 << (bits - 1)) if signed else 0
        hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
        n = min(n, hi - lo + 1)
        shape = r.choice(("dense", "holes", "sparse", "wide"))
        if shape in ("dense", "holes"):
            span = n if shape == "dense" else n + r.randrange(1, n + 2)
            span = min(span, hi - lo + 1)
            if r.random() < 0.3:
                base = lo if r.random() < 0.5 else hi - span + 1
            else:
                mid = r.choice((0, 0, -span // 2, r.randrange(lo, hi + 1)))
                base = max(lo, min(mid, hi - span + 1))
            vals = r.sample(range(base, base + span), n)
        elif shape == "sparse":
            step = r.randrange(2, 9)
            span = min(n * step, hi - lo + 1)
            base = max(lo, min(r.choice((0, -span // 2)), hi - span + 1))
            vals = r.sample(range(base, base + span), n)
        else:
            vals = set()
            while len(vals) < n:
                vals.add(r.randrange(lo, hi + 1))
            vals = list(vals)
        return sorted(vals)

    def switch(self, ind, sel, src, depth, ret_ok):
        """A switch block over `sel`, a narrowing of `src` >> a shift."""
        r = self.r
        ty, bits, signed = r.choice(TYPES)
        k = r.random()
        n = r.randrange(1, 6) if k < 0.25 else r.randrange(6, 20) \
            if k < 0.65 else r.randrange(20, 65) if k < 0.9 \
            else r.randrange(65, 129)
        if depth:
            n = min(n, 8)
        shift = r.choice((0, 0, 0, r.randrange(1, 64 - bits + 1) if bits < 64
                          else 0))
        vals = self.case_values(bits, signed, n)
        hints = [(enc(v, bits) << shift) for v in vals]
        lines = ["%s{" % ind,
                 "%s\t%s %s = (%s)(%s >> %d);" % (ind, ty, sel, ty, src, shift),
                 "",
                 "%s\tswitch (%s) {" % (ind, sel)]
        order = list(vals)
        if r.random() < 0.3:
            r.shuffle(order)
        for i, v in enumerate(order):
            lines.append("%s\tcase %s:" % (ind, lit(v, bits, signed)))
            last = i == len(order) - 1
            k = r.random()
            if k < 0.07 and depth < 1 and n <= 16:
                sub = self.switch(ind + "\t\t", sel + "n", "x",
                                  depth + 1, ret_ok)[0]
                lines += sub
                lines.append("%s\t\tbreak;" % ind)
                continue
            lines += self.stmt(ind + "\t\t")
            if k < 0.25 and not last:
                lines.append("%s\t\t__attribute__((fallthrough));" % ind)
            elif k < 0.4 and ret_ok:
                lines.append("%s\t\treturn acc ^ %s;" % (ind, self.c64()))
            else:
                lines.append("%s\t\tbreak;" % ind)
        if r.random() < 0.7:
            lines.append("%s\tdefault:" % ind)
            lines += self.stmt(ind + "\t\t")
            lines.append("%s\t\tbreak;" % ind)
        lines += ["%s\t}" % ind, "%s}" % ind]
        return lines, hints

    # -- functions --------------------------------------------------------------

    def fn_head(self, inline_ok=True):
        """A feature function's first line: static inline, noinline or global."""
        name = "fn%d" % self.nfun
        self.nfun += 1
        k = self.r.random()
        if k < 0.3 and inline_ok:
            head = "static __always_inline __u64 %s(__u64 x, __u64 acc)" % name
        elif k < 0.8:
            head = "static __noinline __u64 %s(__u64 x, __u64 acc)" % name
        else:
            head = "__noinline __u64 %s(__u64 x, __u64 acc)" % name
        return name, head

    def feat_switch(self):
        name, head = self.fn_head()
        body, hints = self.switch("\t", "v", "x", 0, True)
        self.out += ["/* %s: switch */" % name, head, "{"] + body + \
            ["\treturn acc;", "}", ""]
        return name, hints

    def feat_loop(self, canloop):
        r = self.r
        name, head = self.fn_head()
        lines = ["/* %s: %s loop around a switch */" % (
            name, "can_loop" if canloop else "bounded"), head, "{"]
        if canloop:
            # The selector keeps its range every iteration (see
            # harness/cases/sw_canloop.c), so the verifier converges.
            m = r.choice((4, 8, 16))
            # sel stays the same every iteration: a selector that changes
            # would be refined to one value per case by a compare chain
            # (no jump table below 13 cases or -mcpu=v4), and the verifier
            # would never see two iterations in the same state.
            lines += ["\t__u64 n = x & 15, sel = (x >> 4) & %d, i;" % (m - 1),
                      "",
                      "\tfor (i = 0; i < n && can_loop; i++) {",
                      "\t\tswitch (sel) {"]
            for v in range(m):      # no hole: see sw_canloop.c
                lines.append("\t\tcase %d:" % v)
                lines += self.stmt("\t\t\t", "acc", "x", False)
                lines.append("\t\t\tbreak;")
            lines += ["\t\t}",
                      "\t}"]
            hints = [r.randrange(1 << 64) for _ in range(4)]
        else:
            trip = r.randrange(2, 5)
            width = r.choice((2, 3, 4))
            trip = min(trip, 64 // width)
            lines += ["\t__u64 i;", "",
                      "#ifdef __clang__",
                      "#pragma clang loop unroll(disable)",
                      "#endif",
                      "\tfor (i = 0; i < %d; i++) {" % trip,
                      "\t\tswitch ((x >> (i * %d)) & %d) {" % (width,
                                                               (1 << width) - 1)]
            for v in range(1 << width):
                if r.random() < 0.15:
                    continue
                lines.append("\t\tcase %d:" % v)
                lines += self.stmt("\t\t\t", "acc", "x", False)
                if r.random() < 0.1:
                    lines.append("\t\t\treturn acc;")
                else:
                    lines.append("\t\t\tbreak;")
            if r.random() < 0.5:
                lines += ["\t\tdefault:"] + self.stmt("\t\t\t", "acc", "x", False) + \
                    ["\t\t\tbreak;"]
            lines += ["\t\t}"]
            if r.random() < 0.3:
                site = self.key_site("\t\t")
                if site:
                    lines += site
            lines += ["\t}"]
            hints = [r.randrange(1 << 64) for _ in range(4)]
        lines += ["\treturn acc;", "}", ""]
        self.out += lines
        return name, hints

    def feat_goto(self):
        r = self.r
        # LLVM never inlines a function that takes label addresses.
        name, head = self.fn_head(inline_ok=False)
        nh = r.randrange(2, 9)
        bits = max(1, (nh - 1).bit_length())
        size = 1 << bits
        masked = r.random() < 0.5
        steps = min(r.randrange(2, 7), 63 // bits)
        # The verifier walks every path of handlers (pc differs on each), so
        # nh ** steps paths: keep the program within 1,024 (seed 1007 verified
        # 5 ** 6 paths with 476,530 instructions at -O2 v4, beyond 1M at
        # v1..v3).  No random draw depends on it: programs within the bound
        # stay as they were.
        while nh ** steps > self.paths_left:
            steps -= 1
        self.paths_left //= nh ** steps
        static = r.random() < 0.5
        labels = ["h%d" % i for i in range(nh)]
        tbl = labels if not masked else \
            [labels[i] if i < nh else r.choice(labels) for i in range(size)]
        # A local table of up to 8 labels is filled by stores, a larger one
        # copied from a constant global: pad half of the small ones past 8.
        # Whether to comes from its own stream, so that the seeds kept in
        # fuzz/seeds.txt draw the rest of their programs as before.
        if not static and len(tbl) <= 8:
            pad = [r.choice(labels) for _ in range(9 - len(tbl))]
            if self.side.random() < 0.5:
                tbl = tbl + pad
        decl = "static const void *const" if static else "const void *"
        lines = ["/* %s: computed goto, %s table, %d handlers, %d steps */" % (
            name, "static" if static else "local", nh, steps), head, "{",
                 "\t%s tbl[] = {" % decl]
        for i in range(0, len(tbl), 6):
            lines.append("\t\t" + ", ".join("&&" + l for l in tbl[i:i + 6]) + ",")
        # 64-bit locals: at -O0 two 32-bit ones share a stack slot, and the
        # verifier forgets op's bounds when pc is stored next to it.
        lines += ["\t};", "\t__u64 pc = 0, op;", ""]

        def nxt(ind):
            out = ["%sop = (x >> (%d * pc)) & %d;" % (ind, bits, size - 1),
                   "%sif (++pc > %d)" % (ind, steps),
                   "%s\treturn acc;" % ind]
            if not masked:
                out += ["%sif (op >= %d)" % (ind, nh),
                        "%s\treturn acc ^ %s;" % (ind, self.c64())]
            out.append("%sgoto *tbl[op];" % ind)
            return out

        lines += nxt("\t")
        halt = r.randrange(nh) if r.random() < 0.3 else -1
        for i, l in enumerate(labels):
            lines.append("%s:" % l)
            k = r.random()
            if k < 0.3:
                lines += self.short_circuit("\t", "acc", "x", False)
            elif k < 0.45 and self.keys:
                lines += self.key_site("\t")
            lines += self.stmt("\t", "acc", "x", False)
            if i == halt:
                lines.append("\treturn acc + %d;" % i)
            else:
                lines += nxt("\t")
        lines += ["}", ""]
        self.out += lines
        return name, [r.randrange(1 << 64) for _ in range(4)]

    # -- the program -----------------------------------------------------------

    def generate(self):
        r = self.r
        nkeys = r.choice((0, 0, 1, 1, 2))
        for i in range(nkeys):
            self.keys.append(("key%d" % i, r.random() < 0.5))
        nfeat = r.randrange(1, 4)
        feats = []
        used = list(range(8))
        r.shuffle(used)
        canloop = False
        for i in range(nfeat):
            k = r.random()
            if k < 0.45:
                name, hints = self.feat_switch()
            elif k < 0.75:
                name, hints = self.feat_goto()
            elif k < 0.9 or canloop or not KNOWN:
                name, hints = self.feat_loop(False)
            else:
                name, hints = self.feat_loop(True)
                canloop = (name, used[i], hints)
                continue
            feats.append((name, used[i], hints))
        # A can_loop loop comes last: each way out of it has its own may_goto
        # depth, and the verifier would walk everything after it once per
        # depth.
        if canloop:
            feats.append(canloop)
        self.features = feats

        kind = r.choice(("BOTH", "SYSCALL", "XDP"))
        body = ["HARNESS_%s(p)" % kind, "{",
                "\t__u64 acc = %s;" % self.c64(), ""]
        for name, arg, _ in feats:
            body.append("\tacc = %s(a->arg[%d], acc);" % (name, arg))
            if r.random() < 0.2:
                site = self.key_site("\t", "acc", "a->arg[%d]" % arg)
                if site:
                    body += site
        body += ["\treturn (__u32)(acc ^ (acc >> 32));", "}"]

        head = ["// Generated by fuzz/gen.py, seed %d: do not edit." % self.seed,
                "#include \"harness_case.h\""]
        if self.keys:
            head.append("#include <bpf_static_key.h>")
            head.append("")
            for k, on in self.keys:
                head.append("DEFINE_STATIC_KEY_%s(%s);" % ("TRUE" if on else
                                                          "FALSE", k))
        return "\n".join(head + [""] + self.out + body) + "\n"

    def inputs(self):
        r = self.r
        lines = []
        for _ in range(NLINES):
            args = [0] * 8
            for i in range(8):
                args[i] = r.randrange(1 << 64) if r.random() < 0.5 else \
                    r.randrange(64)
            for _, arg, hints in self.features:
                k = r.random()
                if k < 0.6:
                    v = r.choice(hints)
                elif k < 0.75:
                    v = (r.choice(hints) + r.choice((-1, 1))) % (1 << 64)
                elif k < 0.85:
                    v = r.choice((0, (1 << 64) - 1, 1 << 63, (1 << 63) - 1))
                else:
                    v = r.randrange(1 << 64)
                args[arg] = v
            lines.append(" ".join("0x%x" % v for v in args))
        return "\n".join(lines) + "\n"


def write(seed, outdir, opts=OPTS):
    """Writes the program and its variants; returns the case names."""
    g = Gen(seed)
    src = g.generate()
    ins = g.inputs()
    os.makedirs(outdir, exist_ok=True)
    hdr = "f%06d.h" % seed
    with open(os.path.join(outdir, hdr), "w") as f:
        f.write(src)
    names = []
    for opt, cpu in variants(opts):
        name = case_name(seed, opt, cpu)
        with open(os.path.join(outdir, name + ".c"), "w") as f:
            f.write("// HARNESS-CFLAGS: -%s -mcpu=%s\n#include \"%s\"\n" %
                    (opt, cpu, hdr))
        with open(os.path.join(outdir, name + ".in"), "w") as f:
            f.write(ins)
        names.append(name)
    return names


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen.py SEED OUTDIR\n")
        return 2
    write(int(argv[1], 0), argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
