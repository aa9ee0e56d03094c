#!/usr/bin/env python3
"""Random, deterministic BPF C programs for differential testing.

    gen.py SEED OUTDIR        writes OUTDIR/fSEED.h (the program) and one
                              harness case per variant, fSEED_O<o>_v<c>.c
                              (+ .in), each including the program

One seed, one program: random.Random(seed) draws everything, so a seed names
the same source for as long as this file does not change.  Seeds below
GEN2_FROM draw what generator 1 drew (no narrow feature), so the kept seeds
of fuzz/seeds.txt keep their programs; seeds from it on are generator 2's.  A program is a set
of "features", each a function of one input argument and an accumulator:

  switch   a switch of random size, density, value width and signedness;
           cases that break, fall through, return, nest a second switch,
           start with a short-circuit condition or hold a static-key site
  goto     a computed-goto state machine (static or local label table, the
           index masked or range-checked), the next handler chosen by input
           bits; handlers start with short-circuit conditions or key sites
  loop     a switch inside a bounded loop (constant trip count, unrolling
           disabled); a can_loop (may_goto) loop only with FUZZ_KNOWN=1
  narrow   (generator 2, seeds from GEN2_FROM = 20000: a feature of about
           35% of the programs, one at a random place and each other feature
           of those programs with odds of 1 in 4) issue 18's class: one or
           two helpers, each a switch on a __u8/__s8/__u16/__s16/__u32
           parameter, either a jump-table switch (13 to 24 dense cases, some
           with holes or at the top of the type; a quarter 4 to 12) or a
           lookup-table switch whose cases only return constants (u8 to u64,
           signed or not; 3 to 24 cases), each helper __always_inline (60%),
           static __noinline (25%) or global (15%); called at 1 to 4 sites
           (arms of an outer switch on a __u16/__u8 of x, if/else branches,
           or in a row) with values from bits of x, a bitfield of x (union
           with a bitfield struct), or the 64 argument bytes in memory m
           (b/h/w arrays or bitfield structs; constant offsets, or, where m
           is not the packet, variable ones masked or reduced and tested)
each defined as a static inline, static __noinline or global function.  The
programs (syscall and/or XDP) chain the features and fold the accumulator,
so the result depends on every path taken.  With a narrow feature, the
memory m is the syscall program's arguments on the stack or in an array map
(bpf_map_update_elem, then lookup), the XDP program's packet (checked for 64
bytes) or the map; on the host, the arguments.

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


# Seeds from GEN2_FROM on are generator 2's programs (narrow switches in
# helpers, bitfields, memory, lookup tables: Gen.feat_narrow); the seeds
# below it draw exactly what generator 1 drew, so that the kept seeds of
# fuzz/seeds.txt keep their programs.
GEN2_FROM = 20000


def version(seed):
    return 2 if seed >= GEN2_FROM else 1


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
        self.version = version(seed)
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
        # Generator 2 (narrow switches): type definitions, the features
        # that take the memory pointer m, and input hints for memory bytes
        # (offset or None for a variable one, width, values).
        self.pre = []
        self.mem_feats = set()
        self.mem_hints = []
        self.bf_mem = []       # bitfield structs placed in union fuzz_mem
        self.pkt = False       # the XDP program's m is its packet
        self.nhelp = 0

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

    # -- generator 2: narrow switches ------------------------------------------

    # Helper parameter types: (C type, bits, signed).
    NARROW = [("__u8", 8, False), ("__u8", 8, False), ("__s8", 8, True),
              ("__u16", 16, False), ("__s16", 16, True), ("__u32", 32, False)]
    # Lookup-table entry types.
    LUT = [("__u8", 8, False), ("__s8", 8, True), ("__u16", 16, False),
           ("__s16", 16, True), ("__u32", 32, False), ("__s32", 32, True),
           ("__u64", 64, False), ("__s64", 64, True)]

    def narrow_cases(self, bits, signed, n):
        """n case values of a narrow type: dense from 0 or a base, dense with
        a few holes, or at the top of the type (findings 15, 19)."""
        r = self.r
        lo = -(1 << (bits - 1)) if signed else 0
        hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
        n = min(n, hi - lo + 1)
        k = r.random()
        span = n if k < 0.6 else min(n + r.randrange(1, 4), hi - lo + 1)
        w = r.random()
        if w < 0.5:
            base = 0 if not signed or r.random() < 0.5 else -(span // 2)
        elif w < 0.7:
            base = hi - span + 1
        elif w < 0.8 and signed:
            base = lo
        else:
            base = r.randrange(lo, hi - span + 2)
        base = max(lo, min(base, hi - span + 1))
        return sorted(r.sample(range(base, base + span), n))

    def lut_const(self, bits, signed):
        r = self.r
        v = r.randrange(1 << bits) if r.random() < 0.6 else \
            r.randrange(1 << min(bits, 8))
        if signed and v >= 1 << (bits - 1):
            v -= 1 << bits
        return lit(v, bits, signed)

    def narrow_helper(self):
        """A switch on a narrow parameter: a jump table (cases do work) or a
        lookup table (cases return constants).  Returns its name, parameter
        type, case values, kind and result type."""
        r = self.r
        name = "nh%d" % self.nhelp
        self.nhelp += 1
        pty, bits, signed = r.choice(self.NARROW)
        lut = r.random() < 0.45
        k = r.random()
        if lut:
            n = r.randrange(3, 8) if k < 0.5 else r.randrange(8, 25)
        else:
            n = r.randrange(13, 25) if k < 0.75 else r.randrange(4, 13)
        vals = self.narrow_cases(bits, signed, n)
        k = r.random()
        attr = "static __always_inline" if k < 0.6 else \
            "static __noinline" if k < 0.85 else "__noinline"
        if lut:
            rty, rbits, rsigned = r.choice(self.LUT)
            lines = ["/* %s: lookup table, %d %s cases, %s entries */" % (
                name, n, pty, rty),
                "%s %s %s(%s v)" % (attr, rty, name, pty), "{"]
            assign = r.random() < 0.3
            if assign:
                lines += ["\t%s res;" % rty, ""]
            lines.append("\tswitch (v) {")
            for v in vals:
                c = self.lut_const(rbits, rsigned)
                lines.append("\tcase %s:" % lit(v, bits, signed))
                lines.append("\t\tres = %s;" % c if assign else
                             "\t\treturn %s;" % c)
                if assign:
                    lines.append("\t\tbreak;")
            d = self.lut_const(rbits, rsigned)
            if assign:
                lines += ["\tdefault:", "\t\tres = %s;" % d, "\t\tbreak;",
                          "\t}", "\treturn res;", "}", ""]
            else:
                lines += ["\t}", "\treturn %s;" % d, "}", ""]
        else:
            rty = "__u64"
            lines = ["/* %s: switch, %d %s cases */" % (name, n, pty),
                     "%s __u64 %s(%s v, __u64 acc, __u64 y)" % (attr, name, pty),
                     "{", "\tswitch (v) {"]
            for i, v in enumerate(vals):
                lines.append("\tcase %s:" % lit(v, bits, signed))
                k = r.random()
                if k < 0.15:
                    lines.append("\t\tacc += (__u64)v * %d;" % r.randrange(3, 200))
                else:
                    lines += self.stmt("\t\t", "acc", "y")
                if k > 0.85:
                    lines.append("\t\treturn acc ^ %s;" % self.c64())
                elif 0.75 < k and i < len(vals) - 1:
                    lines.append("\t\t__attribute__((fallthrough));")
                else:
                    lines.append("\t\tbreak;")
            lines.append("\tdefault:")
            if r.random() < 0.5:
                lines.append("\t\treturn acc + (__u64)v;")
            else:
                lines += self.stmt("\t\t", "acc", "y") + ["\t\tbreak;"]
            lines += ["\t}", "\treturn acc ^ %s;" % (
                "(__u64)v" if r.random() < 0.5 else self.c64()), "}", ""]
        self.out += lines
        return name, pty, bits, signed, vals, lut

    def bitfield(self, bits, signed, need):
        """A bitfield struct with a field of `need` to `bits` bits
        (signed or not) somewhere in it; returns (struct, field, storage
        bits, field position, field width)."""
        r = self.r
        sbits = r.choice([b for b in (8, 16, 32) if b >= need])
        width = r.randrange(need, min(bits, sbits) + 1)
        pos = r.randrange(0, sbits - width + 1)
        sname = "fuzz_bf%d" % len(self.pre)
        base = {8: "__u8", 16: "__u16", 32: "__u32"}[sbits]
        sbase = {8: "__s8", 16: "__s16", 32: "__s32"}[sbits]
        fields = []
        if pos:
            fields.append("\t%s lo:%d;" % (base, pos))
        fields.append("\t%s f:%d;" % (sbase if signed else base, width))
        if pos + width < sbits:
            fields.append("\t%s hi:%d;" % (base, sbits - pos - width))
        self.pre += ["struct %s {" % sname] + fields + ["};", ""]
        return sname, sbits, pos, width

    def narrow_value(self, ind, hv, site, x="x"):
        """An expression for helper hv's parameter at call site `site`:
        from bits of x (past the outer selector's 16), a bitfield of x, or
        bytes of the memory m (constant or bounded variable offset), maybe a
        bitfield there.  Returns (statements, expression, x hints)."""
        r = self.r
        name, pty, bits, signed, vals = hv[:5]
        v = "v%d" % site
        k = r.random()
        need = max(max(vals).bit_length(), 1) if not signed else \
            max(max(vals).bit_length(), (-min(vals) - 1).bit_length()) + 1
        if k < 0.3:
            wide = r.random() < 0.3
            shift = r.randrange(16, 64 - (bits if not wide else 32) + 1)
            if wide:
                return [], "(__u32)(%s >> %d)" % (x, shift), \
                    [(enc(c, 32) << shift) for c in vals]
            return [], "(%s)(%s >> %d)" % (pty, x, shift), \
                [(enc(c, bits) << shift) for c in vals]
        if k < 0.5 and need <= 32:
            sname, sbits, pos, width = self.bitfield(bits, signed, need)
            shift = r.randrange(16, 64 - sbits + 1)
            uty = {8: "__u8", 16: "__u16", 32: "__u32"}[sbits]
            st = ["%sunion { %s w; struct %s f; } %s = { .w = (%s)(%s >> %d) };" % (
                ind, uty, sname, v, uty, x, shift)]
            return st, "%s.f.f" % v, [(enc(c, width) << (pos + shift))
                                      for c in vals]
        # memory: the arguments' bytes (stack, packet or map value)
        self.mem_feats.add(self.cur_feat)
        if k < 0.65 and need <= 32:
            sname, sbits, pos, width = self.bitfield(bits, signed, need)
            self.bf_mem.append((sname, sbits))
            n = 512 // sbits
            idx = r.randrange(n)
            hints = [enc(c, width) << pos for c in vals]
            self.mem_hints.append((idx * sbits // 8, sbits // 8, hints))
            return [], "m->%s[%d].f" % (sname, idx), []
        wbytes = r.choice((1, 1, 2, 2, 4)) if bits <= 16 else 4
        mem = {1: "b", 2: "h", 4: "w"}[wbytes]
        n = 64 // wbytes
        vals_enc = [enc(c, min(bits, wbytes * 8)) for c in vals]
        k = r.random()
        if k < 0.5:
            idx = r.randrange(n)
            self.mem_hints.append((idx * wbytes, wbytes, vals_enc))
            return [], "m->%s[%d]" % (mem, idx), []
        if self.pkt:
            # The XDP packet: the verifier forgets a packet pointer's range
            # once a variable is added, and only a new test against the
            # packet's end restores it, which -O0 then makes on another
            # copy of the pointer than the load's: constant offsets only.
            idx = r.randrange(n)
            self.mem_hints.append((idx * wbytes, wbytes, vals_enc))
            return [], "m->%s[%d]" % (mem, idx), []
        # A variable offset, masked or reduced modulo a bound and tested.
        self.mem_hints.append((None, wbytes, vals_enc))
        shift = r.randrange(16, 64 - n.bit_length() + 2)
        if k < 0.8:
            return [], "m->%s[(%s >> %d) & %d]" % (mem, x, shift, n - 1), []
        o = "o%d" % site
        return ["%s__u64 %s = (%s >> %d) %% %d;" % (ind, o, x, shift,
                                                  n + r.randrange(1, 40)),
                "%s%s %s = %s < %d ? m->%s[%s] : %s;" % (
                    ind, pty, v, o, n, mem, o,
                    lit(r.choice(vals), bits, signed))], v, []

    def narrow_call(self, ind, hv, site):
        """Statements that call helper hv with a value from narrow_value."""
        r = self.r
        name, pty, bits, signed, vals, lut = hv
        st, e, hints = self.narrow_value(ind, hv, site)
        if lut:
            k = r.randrange(4)
            how = ("acc += %s(%s);", "acc ^= (__u64)%s(%s) << %d;",
                   "acc = acc * %d + %s(%s);", "acc -= %s(%s);")[k]
            if k == 1:
                call = how % (name, e, r.randrange(0, 33))
            elif k == 2:
                call = how % (r.randrange(3, 1000, 2), name, e)
            else:
                call = how % (name, e)
        else:
            y = r.choice(("x", "acc", "x ^ %s" % self.c64()))
            call = "acc = %s(%s, acc, %s);" % (name, e, y)
        return st + [ind + call], hints

    def feat_narrow(self):
        """Issue 18's class: helpers switching on a narrow value, called
        from 1 to 4 places (arms of an outer switch, branches or in a row)
        with values from registers, bitfields or memory."""
        r = self.r
        name, head = self.fn_head()
        self.cur_feat = name
        self.cur_glob = head.startswith("__noinline")
        nsites = r.choice((1, 2, 2, 3, 4))
        nh = 1 if nsites == 1 or r.random() < 0.7 else 2
        helpers = [self.narrow_helper() for _ in range(nh)]
        shape = r.choice(("switch", "switch", "if", "seq"))
        lines = ["/* %s: narrow switch%s at %d site%s (%s) */" % (
            name, "es" if nh > 1 else "", nsites, "s" * (nsites > 1), shape),
            head, "{"]
        glob = head.startswith("__noinline")
        body = []
        hints = []
        if shape == "switch":
            sty, sbits = r.choice((("__u16", 16), ("__u16", 16), ("__u8", 8)))
            arms = sorted(r.sample(range(0, 1 << sbits if sbits == 8 else 64),
                                   nsites + r.randrange(0, 3)))
            body.append("\tswitch ((%s)x) {" % sty)
            for i, av in enumerate(arms):
                body.append("\tcase %d:" % av)
                if i < nsites:
                    st, hs = self.narrow_call("\t\t", helpers[i % nh], i)
                    if len(st) > 1:
                        body.append("\t{")
                        body += st
                        body.append("\t}")
                    else:
                        body += st
                    hints += [av | (h & ~0xffff) for h in hs] or \
                        [av | (r.randrange(1 << 64) & ~0xffff)]
                else:
                    body += self.stmt("\t\t")
                body.append("\t\tbreak;")
            body += ["\tdefault:"] + self.stmt("\t\t") + ["\t\tbreak;", "\t}"]
        elif shape == "if":
            for i in range(nsites):
                bit = 1 << r.randrange(0, 16)
                kw = "if" if i == 0 else "} else if"
                body.append("\t%s (x & 0x%x) {" % (kw, bit))
                st, hs = self.narrow_call("\t\t", helpers[i % nh], i)
                body += st
                hints += [bit | (h & ~0xffff) for h in hs]
            body += ["\t} else {"] + self.stmt("\t\t") + ["\t}"]
        else:
            for i in range(nsites):
                st, hs = self.narrow_call("\t", helpers[i % nh], i)
                body += ["\t{"] + st + ["\t}"] if st[:-1] else st
                hints += hs
        if name in self.mem_feats:
            lines[1] = head.replace("(__u64 x", "(const union fuzz_mem *m, __u64 x")
        if glob and name in self.mem_feats:
            lines += ["\tif (!m)", "\t\treturn acc;"]
        lines += body + ["\treturn acc;", "}", ""]
        # Only the features that read m take it: LLVM passes poison for a
        # global function's unused pointer argument, and the verifier
        # checks every pointer argument of a global function.
        self.out += lines
        if not hints:
            hints = [r.randrange(1 << 64) for _ in range(4)]
        return name, hints

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
        # Generator 2: a third of the programs have narrow features, one
        # at a random place and each other feature with odds of 1 in 4.
        narrow_at = -1
        if self.version >= 2 and r.random() < 0.35:
            narrow_at = r.randrange(nfeat)
            # The XDP program's memory: its packet (2 in 3) or the map.
            self.pkt = r.random() < 2 / 3
        for i in range(nfeat):
            if i == narrow_at or (narrow_at >= 0 and r.random() < 0.25):
                name, hints = self.feat_narrow()
                feats.append((name, used[i], hints))
                continue
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
        withm = any(f[0] in self.mem_feats for f in feats)
        if withm:
            body = ["static __always_inline __u32 p_run("
                    "const struct harness_args *a, const union fuzz_mem *m)",
                    "{", "\t__u64 acc = %s;" % self.c64(), ""]
        else:
            body = ["HARNESS_%s(p)" % kind, "{",
                    "\t__u64 acc = %s;" % self.c64(), ""]
        for name, arg, _ in feats:
            body.append("\tacc = %s(%sa->arg[%d], acc);" % (
                name, "m, " if name in self.mem_feats else "", arg))
            if r.random() < 0.2:
                site = self.key_site("\t", "acc", "a->arg[%d]" % arg)
                if site:
                    body += site
        body += ["\treturn (__u32)(acc ^ (acc >> 32));", "}"]
        if withm:
            self.pre += self.mem_union()
            body += self.mem_programs(kind)

        head = ["// Generated by fuzz/gen.py, seed %d: do not edit." % self.seed,
                "#include \"harness_case.h\""]
        if self.keys:
            head.append("#include <bpf_static_key.h>")
            head.append("")
            for k, on in self.keys:
                head.append("DEFINE_STATIC_KEY_%s(%s);" % ("TRUE" if on else
                                                          "FALSE", k))
        return "\n".join(head + [""] + self.pre + self.out + body) + "\n"

    def mem_union(self):
        """The memory narrow features read: the 8 arguments' 64 bytes."""
        lines = ["/* The arguments' bytes: the stack copy, the XDP packet or a",
                 " * map value. */",
                 "union fuzz_mem {", "\tstruct harness_args a;",
                 "\t__u8 b[64];", "\t__u16 h[32];", "\t__u32 w[16];"]
        for sname, sbits in self.bf_mem:
            lines.append("\tstruct %s %s[%d];" % (sname, sname, 512 // sbits))
        return lines + ["};", ""]

    def mem_programs(self, kind):
        """The programs around p_run: the syscall program passes its
        arguments on the stack or in an array map, the XDP program the
        packet (checked for 64 bytes) or the map."""
        r = self.r
        sc = r.choice(("stack", "map")) if kind != "XDP" else None
        xdp = ("packet" if self.pkt else "map") if kind != "SYSCALL" \
            else None
        out = [""]
        if "map" in (sc, xdp):
            out += ["#ifdef __bpf__",
                    "struct {",
                    "\t__uint(type, BPF_MAP_TYPE_ARRAY);",
                    "\t__uint(max_entries, 1);",
                    "\t__type(key, __u32);",
                    "\t__type(value, union fuzz_mem);",
                    "} fuzz_map SEC(\".maps\");",
                    "#else",
                    "static union fuzz_mem fuzz_map_host;",
                    "#endif",
                    "",
                    "HARNESS_DECL(p_map)",
                    "{",
                    "\tconst union fuzz_mem *m;",
                    "#ifdef __bpf__",
                    "\t__u32 k = 0;",
                    "",
                    "\tif (bpf_map_update_elem(&fuzz_map, &k, a, BPF_ANY))",
                    "\t\treturn 0xbad2;",
                    "\tm = bpf_map_lookup_elem(&fuzz_map, &k);",
                    "\tif (!m)",
                    "\t\treturn 0xbad3;",
                    "#else",
                    "\tfuzz_map_host.a = *a;",
                    "\tm = &fuzz_map_host;",
                    "#endif",
                    "\treturn p_run(a, m);",
                    "}", ""]
        if "stack" in (sc, xdp) or xdp == "packet":
            out += ["HARNESS_DECL(p_stack)",
                    "{",
                    "\tunion fuzz_mem mem = { .a = *a };",
                    "",
                    "\treturn p_run(a, &mem);",
                    "}", ""]
        out.append("#ifdef __bpf__")
        if sc:
            out.append("HARNESS_SC_PROG(p_sc, p_%s)" % sc)
        if xdp == "map":
            out.append("HARNESS_XDP_PROG(p_xdp, p_map)")
        elif xdp:
            out += ["SEC(\"xdp\") int p_xdp(struct xdp_md *ctx)",
                    "{",
                    "\tvoid *data = (void *)(long)ctx->data;",
                    "\tvoid *data_end = (void *)(long)ctx->data_end;",
                    "\tconst union fuzz_mem *m = data;",
                    "\tstruct harness_args a;",
                    "",
                    "\tif (data + sizeof(*m) > data_end)",
                    "\t\treturn HARNESS_BAD_INPUT;",
                    "\ta = m->a;",
                    "\treturn p_run(&a, m);",
                    "}"]
        out.append("#else")
        if sc:
            out.append("HARNESS_REG(p_sc, p_%s)" % sc)
        if xdp:
            out.append("HARNESS_REG(p_xdp, p_%s)" % ("map" if xdp == "map"
                                                     else "stack"))
        out.append("#endif")
        return out

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
            for off, w, vals in self.mem_hints:
                if r.random() < 0.6:
                    o = off if off is not None else r.randrange(64 // w) * w
                    v = r.choice(vals)
                    for j in range(w):
                        a_, b_ = divmod(o + j, 8)
                        byte = (v >> (8 * j)) & 0xff
                        args[a_] = args[a_] & ~(0xff << (8 * b_)) | byte << (8 * b_)
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
