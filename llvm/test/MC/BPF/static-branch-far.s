# RUN: llvm-mc -triple=bpfel -filetype=obj -o %t %s
# RUN: llvm-objdump -d --no-show-raw-insn --stop-address=0x10 %t \
# RUN:   | FileCheck --check-prefix=FWD %s
# RUN: llvm-objdump -d --no-show-raw-insn --start-address=0x4e210 %t \
# RUN:   | FileCheck --check-prefix=BWD %s
# RUN: llvm-mc -triple=bpfeb -filetype=obj -o %t.eb %s
# RUN: llvm-objdump -d --stop-address=0x10 %t.eb | FileCheck --check-prefix=FWD-EB %s

## gotol_or_nop and nop_or_gotol keep their target in the 32-bit imm field, so
## the assembler resolves a label further away than the 16-bit off of
## goto_or_nop/nop_or_goto reaches (40000 insns here). Without the static
## branch patches llvm-mc rejects these mnemonics and this test fails.

        .text
        .globl  f
        .type   f,@function
f:
        gotol_or_nop .Lfar
        nop_or_gotol .Lfar
.Lnear:
        .skip 8 * 40000
.Lfar:
        gotol_or_nop .Lnear
        nop_or_gotol .Lnear
        exit

# FWD:      0: gotol_or_nop +0x9c41 <f+0x4e210>
# FWD-NEXT: 1: nop_or_gotol +0x9c40 <f+0x4e210>
# FWD-EB:      0: 06 01 00 00 00 00 9c 41 gotol_or_nop +0x9c41 <f+0x4e210>
# FWD-EB-NEXT: 1: 06 03 00 00 00 00 9c 40 nop_or_gotol +0x9c40 <f+0x4e210>

# BWD:      40002: gotol_or_nop -0x9c41 <f+0x10>
# BWD-NEXT: 40003: nop_or_gotol -0x9c42 <f+0x10>
# BWD-NEXT: 40004: exit
