# RUN: not llvm-mc -triple=bpfel %s 2>&1 | FileCheck %s --implicit-check-not=error:

## The static branches take a label or a 16-bit signed number, as goto and
## gotol do (the assembler limits a numeric gotol target to 16 bits too; a
## label reaches 32 bits, see static-branch-far.s). Without the static branch
## patches every line is an "invalid register/token name" error and this test
## fails.

# CHECK: [[#@LINE+1]]:21: error: operand is not an identifier or 16-bit signed integer
        goto_or_nop r1
# CHECK: [[#@LINE+1]]:21: error: operand is not an identifier or 16-bit signed integer
        nop_or_goto +32768
# CHECK: [[#@LINE+1]]:22: error: operand is not an identifier or 16-bit signed integer
        gotol_or_nop -32769
# CHECK: [[#@LINE+1]]:9: error: too few operands for instruction
        nop_or_gotol
