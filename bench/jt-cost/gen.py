#!/usr/bin/env python3
"""Write the switch workloads behind the jump-table cost model as harness cases.

Each workload is one switch of N cases; it is written once per compiler
configuration (a set of clang flags), so a single boot measures every lowering
of the same source side by side.  Shapes:

  alone       switch on an argument, once
  loop_in     in a loop, the value read from the arguments each iteration
  loop_state  in a loop, the value computed from the loop-carried result
              (what an interpreter's dispatch or a state machine does)
  many        70 switches one after the other in one function (one map per
              jump table: the kernel allows 64 maps per program)

Densities: dense (case values 0..N-1) and half (every other value).  Bodies:
light (one multiply-add) or heavy (eight dependent operations).

usage: gen.py [--sizes 4,16] [--shapes alone,loop_in] [--iterations 16]
              [--bodies light,heavy] OUTDIR LABEL=FLAGS...
"""
import argparse
import os

SIZES = "4,6,8,13,16,32,64,256,1024"
SHAPES = "alone,loop_in,loop_state"
DENSITIES = {"dense": 1, "half": 2}
MANY = 70


def case_body(j, body):
    # Distinct, UB-free work per case so a wrong target changes the result.
    mul = 2 * ((j * 2654435761) % 1000) + 1
    add = (j * 40503 + 17) % 65536
    if body == "light":
        return f"acc = acc * {mul}u + {add}u;"
    return (f"acc = acc * {mul}u + {add}u; acc ^= acc >> {j % 13 + 3}; "
            f"acc += {add ^ 0x5bd1}u; acc = (acc << 5) | (acc >> 27); "
            f"acc *= {mul + 2}u;")


def switch(n, step, index, body, indent="\t\t"):
    lines = [f"{indent}switch ({index}) {{"]
    for j in range(n):
        lines.append(f"{indent}case {j * step}: {case_body(j, body)} break;")
    lines.append(f"{indent}default: acc ^= 0x9e3779b9u; break;")
    lines.append(f"{indent}}}")
    return lines


def source(shape, n, step, body, iterations, flags):
    mask = (1 << (n * step - 1).bit_length()) - 1
    head = [
        f"// Jump-table cost model workload: {shape}, {n} cases, step {step},"
        f" {body} bodies.",
        f"// HARNESS-CFLAGS: {flags}",
        '#include "harness_case.h"',
        "",
        "HARNESS_BOTH(sw)",
        "{",
        "\t__u32 acc = a->arg[1];",
    ]
    if shape == "alone":
        body_lines = switch(n, step, "(__u32)a->arg[0]", body, "\t")
    elif shape == "many":
        body_lines = []
        for k in range(MANY):
            index = f"(__u32)(a->arg[{k % 8}] >> {k // 8}) & {mask}u"
            body_lines += switch(n, step, index, body, "\t")
    else:
        index = (f"(__u32)(a->arg[i & 7] >> (i >> 3)) & {mask}u"
                 if shape == "loop_in" else
                 f"(acc ^ (__u32)a->arg[0] ^ i) & {mask}u")
        body_lines = [
            "#ifdef __clang__",
            "#pragma clang loop unroll(disable)",
            "#endif",
            f"\tfor (__u32 i = 0; i < {iterations}; i++) {{",
            *switch(n, step, index, body),
            "\t}",
        ]
    return "\n".join(head + body_lines + ["\treturn acc;", "}", ""])


INPUTS = """# the switch value, the initial result; loop_in and many read all eight
0 1 2 3 4 5 6 7
3 100 9 27 81 243 729 2187
5 77 0x1234 0xffff 12 1023 511 8
1023 5 1 1 1 1 1 1
0xffffffff 9 0x55aa 0xaa55 4 4 4 4
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=SIZES)
    ap.add_argument("--shapes", default=SHAPES)
    ap.add_argument("--bodies", default="light")
    ap.add_argument("--iterations", type=int, default=16)
    ap.add_argument("outdir")
    ap.add_argument("configs", nargs="+", metavar="LABEL=FLAGS")
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    suffix = "" if args.iterations == 16 else f"_it{args.iterations}"
    for shape in args.shapes.split(","):
        for n in map(int, args.sizes.split(",")):
            for dname, step in DENSITIES.items():
                for body in args.bodies.split(","):
                    for config in args.configs:
                        label, flags = config.split("=", 1)
                        name = (f"cm_{shape}_{n}_{dname}"
                                f"{'' if body == 'light' else '_' + body}"
                                f"{suffix}_{label}")
                        path = os.path.join(args.outdir, name)
                        with open(path + ".c", "w") as f:
                            f.write(source(shape, n, step, body,
                                           args.iterations, flags))
                        with open(path + ".in", "w") as f:
                            f.write(INPUTS)


if __name__ == "__main__":
    main()
