# RUN: not llvm-mc -triple=bpfel -mcpu=v4 %s 2>&1 | FileCheck %s --implicit-check-not=error:
# RUN: not llvm-mc -triple=bpfeb -mcpu=v4 %s 2>&1 | FileCheck %s --implicit-check-not=error:

## Malformed gotox and static-branch operands are errors with a location,
## never a crash or a silently encoded instruction (found by fuzz/, issue 7).
## gotox takes one 64-bit register; the static branches a label or a 16-bit
## signed number (see static-branch-errors.s for the range checks).

# CHECK: [[#@LINE+1]]:9: error: too few operands for instruction
        gotox
# CHECK: [[#@LINE+1]]:15: error: invalid operand for instruction
        gotox 5
# CHECK: [[#@LINE+1]]:15: error: invalid operand for instruction
        gotox w1
# CHECK: [[#@LINE+1]]:19: error: invalid operand for instruction
        gotox r1, r2
# CHECK: [[#@LINE+1]]:15: error: invalid operand for instruction
        gotox foo
# CHECK: [[#@LINE+1]]:18: error: invalid operand for instruction
        gotox r1 + 8
# CHECK: [[#@LINE+1]]:15: error: invalid operand for instruction
        gotox *r1
# CHECK: [[#@LINE+1]]:9: error: too few operands for instruction
        nop_or_goto
# CHECK: [[#@LINE+1]]:26: error: invalid operand for instruction
        goto_or_nop foo, 1
# CHECK: [[#@LINE+1]]:24: error: invalid operand for instruction
        gotol_or_nop 1 2
# CHECK: [[#@LINE+1]]:21: error: operand is not an identifier or 16-bit signed integer
        nop_or_goto +
# CHECK: [[#@LINE+1]]:21: error: operand is not an identifier or 16-bit signed integer
        goto_or_nop 0x10000
# CHECK: [[#@LINE+1]]:22: error: operand is not an identifier or 16-bit signed integer
        nop_or_gotol r1
