# RUN: llvm-mc -triple=bpfel -show-encoding %s | FileCheck --check-prefix=EL %s
# RUN: llvm-mc -triple=bpfeb -show-encoding %s | FileCheck --check-prefix=EB %s
# RUN: llvm-mc -triple=bpfel -filetype=obj -o %t.el %s
# RUN: llvm-objdump -d %t.el | FileCheck --check-prefix=OBJ-EL %s
# RUN: llvm-mc -triple=bpfeb -filetype=obj -o %t.eb %s
# RUN: llvm-objdump -d %t.eb | FileCheck --check-prefix=OBJ-EB %s
# RUN: llvm-objdump -d --symbolize-operands --no-show-raw-insn \
# RUN:   --no-leading-addr %t.el | FileCheck --check-prefix=SYM %s

## Static branches: ja (0x05, 16-bit off) and gotol (0x06, 32-bit imm) with
## src_reg 1 (goto_or_nop: jumps while the key is off) or src_reg 3
## (nop_or_goto: falls through while the key is off). Without the static
## branch patches llvm-mc rejects these mnemonics and this test fails.

        .text
        .globl  f
        .type   f,@function
f:
        goto_or_nop +3
        nop_or_goto +3
        gotol_or_nop +3
        nop_or_gotol +3
# EL: goto_or_nop +3      # encoding: [0x05,0x10,0x03,0x00,0x00,0x00,0x00,0x00]
# EL: nop_or_goto +3      # encoding: [0x05,0x30,0x03,0x00,0x00,0x00,0x00,0x00]
# EL: gotol_or_nop +3     # encoding: [0x06,0x10,0x00,0x00,0x03,0x00,0x00,0x00]
# EL: nop_or_gotol +3     # encoding: [0x06,0x30,0x00,0x00,0x03,0x00,0x00,0x00]
# EB: goto_or_nop +3      # encoding: [0x05,0x01,0x00,0x03,0x00,0x00,0x00,0x00]
# EB: nop_or_goto +3      # encoding: [0x05,0x03,0x00,0x03,0x00,0x00,0x00,0x00]
# EB: gotol_or_nop +3     # encoding: [0x06,0x01,0x00,0x00,0x00,0x00,0x00,0x03]
# EB: nop_or_gotol +3     # encoding: [0x06,0x03,0x00,0x00,0x00,0x00,0x00,0x03]

        goto_or_nop -1
        nop_or_gotol -5
# EL: goto_or_nop -1      # encoding: [0x05,0x10,0xff,0xff,0x00,0x00,0x00,0x00]
# EL: nop_or_gotol -5     # encoding: [0x06,0x30,0x00,0x00,0xfb,0xff,0xff,0xff]
# EB: goto_or_nop -1      # encoding: [0x05,0x01,0xff,0xff,0x00,0x00,0x00,0x00]
# EB: nop_or_gotol -5     # encoding: [0x06,0x03,0x00,0x00,0xff,0xff,0xff,0xfb]

## Labels: a PC-relative fixup on off (16-bit) or imm (32-bit), resolved by
## the assembler within the section.
.Lback:
        goto_or_nop .Lout
        nop_or_goto .Lout
        gotol_or_nop .Lout
        nop_or_gotol .Lout
        nop_or_goto .Lback
# EL:      goto_or_nop .Lout  # encoding: [0x05'A',0x10'A',0x00,0x00,0x00,0x00,0x00,0x00]
# EL-NEXT:   fixup A - offset: 0, value: .Lout, kind: FK_PCRel_2
# EL-NEXT: nop_or_goto .Lout  # encoding: [0x05'A',0x30'A',0x00,0x00,0x00,0x00,0x00,0x00]
# EL-NEXT:   fixup A - offset: 0, value: .Lout, kind: FK_PCRel_2
# EL-NEXT: gotol_or_nop .Lout # encoding: [0x06'A',0x10'A',A,A,0x00,0x00,0x00,0x00]
# EL-NEXT:   fixup A - offset: 0, value: .Lout, kind: FK_BPF_PCRel_4
# EL-NEXT: nop_or_gotol .Lout # encoding: [0x06'A',0x30'A',A,A,0x00,0x00,0x00,0x00]
# EL-NEXT:   fixup A - offset: 0, value: .Lout, kind: FK_BPF_PCRel_4
# EL-NEXT: nop_or_goto .Lback # encoding: [0x05'A',0x30'A',0x00,0x00,0x00,0x00,0x00,0x00]
# EL-NEXT:   fixup A - offset: 0, value: .Lback, kind: FK_PCRel_2
# EB:      goto_or_nop .Lout  # encoding: [0x05'A',0x01'A',0x00,0x00,0x00,0x00,0x00,0x00]
# EB:      gotol_or_nop .Lout # encoding: [0x06'A',0x01'A',A,A,0x00,0x00,0x00,0x00]

## The plain jumps keep src_reg 0.
        goto +3
        gotol +3
        may_goto .Lout
# EL: goto +3             # encoding: [0x05,0x00,0x03,0x00,0x00,0x00,0x00,0x00]
# EL: gotol +3            # encoding: [0x06,0x00,0x00,0x00,0x03,0x00,0x00,0x00]
# EB: goto +3             # encoding: [0x05,0x00,0x00,0x03,0x00,0x00,0x00,0x00]
# EB: gotol +3            # encoding: [0x06,0x00,0x00,0x00,0x00,0x00,0x00,0x03]
.Lout:
        r0 = 0
        exit

# OBJ-EL:      <f>:
# OBJ-EL-NEXT:  0: 05 10 03 00 00 00 00 00 goto_or_nop +0x3 <f+0x20>
# OBJ-EL-NEXT:  1: 05 30 03 00 00 00 00 00 nop_or_goto +0x3 <f+0x28>
# OBJ-EL-NEXT:  2: 06 10 00 00 03 00 00 00 gotol_or_nop +0x3 <f+0x30>
# OBJ-EL-NEXT:  3: 06 30 00 00 03 00 00 00 nop_or_gotol +0x3 <f+0x38>
# OBJ-EL-NEXT:  4: 05 10 ff ff 00 00 00 00 goto_or_nop -0x1 <f+0x20>
# OBJ-EL-NEXT:  5: 06 30 00 00 fb ff ff ff nop_or_gotol -0x5 <f+0x8>
# OBJ-EL-NEXT:  6: 05 10 07 00 00 00 00 00 goto_or_nop +0x7 <f+0x70>
# OBJ-EL-NEXT:  7: 05 30 06 00 00 00 00 00 nop_or_goto +0x6 <f+0x70>
# OBJ-EL-NEXT:  8: 06 10 00 00 05 00 00 00 gotol_or_nop +0x5 <f+0x70>
# OBJ-EL-NEXT:  9: 06 30 00 00 04 00 00 00 nop_or_gotol +0x4 <f+0x70>
# OBJ-EL-NEXT: 10: 05 30 fb ff 00 00 00 00 nop_or_goto -0x5 <f+0x30>
# OBJ-EL-NEXT: 11: 05 00 03 00 00 00 00 00 goto +0x3 <f+0x78>
# OBJ-EL-NEXT: 12: 06 00 00 00 03 00 00 00 gotol +0x3 <f+0x80>
# OBJ-EL-NEXT: 13: e5 00 00 00 00 00 00 00 may_goto +0x0 <f+0x70>
# OBJ-EL-NEXT: 14: b7 00 00 00 00 00 00 00 r0 = 0x0
# OBJ-EL-NEXT: 15: 95 00 00 00 00 00 00 00 exit

# OBJ-EB:      <f>:
# OBJ-EB-NEXT:  0: 05 01 00 03 00 00 00 00 goto_or_nop +0x3 <f+0x20>
# OBJ-EB-NEXT:  1: 05 03 00 03 00 00 00 00 nop_or_goto +0x3 <f+0x28>
# OBJ-EB-NEXT:  2: 06 01 00 00 00 00 00 03 gotol_or_nop +0x3 <f+0x30>
# OBJ-EB-NEXT:  3: 06 03 00 00 00 00 00 03 nop_or_gotol +0x3 <f+0x38>
# OBJ-EB-NEXT:  4: 05 01 ff ff 00 00 00 00 goto_or_nop -0x1 <f+0x20>
# OBJ-EB-NEXT:  5: 06 03 00 00 ff ff ff fb nop_or_gotol -0x5 <f+0x8>
# OBJ-EB-NEXT:  6: 05 01 00 07 00 00 00 00 goto_or_nop +0x7 <f+0x70>
# OBJ-EB-NEXT:  7: 05 03 00 06 00 00 00 00 nop_or_goto +0x6 <f+0x70>
# OBJ-EB-NEXT:  8: 06 01 00 00 00 00 00 05 gotol_or_nop +0x5 <f+0x70>
# OBJ-EB-NEXT:  9: 06 03 00 00 00 00 00 04 nop_or_gotol +0x4 <f+0x70>
# OBJ-EB-NEXT: 10: 05 03 ff fb 00 00 00 00 nop_or_goto -0x5 <f+0x30>
# OBJ-EB-NEXT: 11: 05 00 00 03 00 00 00 00 goto +0x3 <f+0x78>
# OBJ-EB-NEXT: 12: 06 00 00 00 00 00 00 03 gotol +0x3 <f+0x80>

## The static branches may fall through: objdump takes them for conditional
## branches, and --symbolize-operands labels their targets.
# SYM:      <f>:
# SYM-NEXT:   goto_or_nop +0x3 <L1>
# SYM-NEXT: <L0>:
# SYM-NEXT:   nop_or_goto +0x3 <L2>
# SYM-NEXT:   gotol_or_nop +0x3 <L3>
# SYM-NEXT:   nop_or_gotol +0x3 <L4>
# SYM-NEXT: <L1>:
# SYM-NEXT:   goto_or_nop -0x1 <L1>
# SYM-NEXT: <L2>:
# SYM-NEXT:   nop_or_gotol -0x5 <L0>
# SYM-NEXT: <L3>:
# SYM-NEXT:   goto_or_nop +0x7 <L5>
# SYM-NEXT: <L4>:
# SYM-NEXT:   nop_or_goto +0x6 <L5>
# SYM-NEXT:   gotol_or_nop +0x5 <L5>
# SYM-NEXT:   nop_or_gotol +0x4 <L5>
# SYM-NEXT:   nop_or_goto -0x5 <L3>
