// REQUIRES: bpf-registered-target
// RUN: %clang_cc1 -triple bpfel -O2 -S %s -o - | FileCheck --check-prefix=ASM %s
// RUN: %clang_cc1 -triple bpfel -O2 -emit-obj %s -o %t.el.o
// RUN: llvm-objdump -d %t.el.o | FileCheck --check-prefix=EL %s
// RUN: %clang_cc1 -triple bpfeb -O2 -emit-obj %s -o %t.eb.o
// RUN: llvm-objdump -d %t.eb.o | FileCheck --check-prefix=EB %s
// RUN: %clang --target=bpf -O2 -c %s -o %t.o
// RUN: llvm-objdump -d %t.o | FileCheck --check-prefix=EL %s

// Static branch sites written in asm goto go through the integrated
// assembler. Without the static branch patches the assembler rejects the
// mnemonics and this test fails.

int nop_or_goto_site(int x) {
  asm goto("nop_or_goto %l[on]" :::: on);
  return 0;
on:
  return x;
}

// ASM-LABEL: nop_or_goto_site:
// ASM:         nop_or_goto [[ON:LBB0_[0-9]+]]
// ASM:       [[ON]]:
// EL-LABEL:  <nop_or_goto_site>:
// EL:          05 30 01 00 00 00 00 00 nop_or_goto +0x1 <LBB0_1>
// EB-LABEL:  <nop_or_goto_site>:
// EB:          05 03 00 01 00 00 00 00 nop_or_goto +0x1 <LBB0_1>

int goto_or_nop_site(int x) {
  asm goto("goto_or_nop %l[off]" :::: off);
  return x;
off:
  return 0;
}

// ASM-LABEL: goto_or_nop_site:
// ASM:         goto_or_nop [[OFF:LBB1_[0-9]+]]
// ASM:       [[OFF]]:
// EL-LABEL:  <goto_or_nop_site>:
// EL:          05 10 01 00 00 00 00 00 goto_or_nop +0x1 <LBB1_1>
// EB-LABEL:  <goto_or_nop_site>:
// EB:          05 01 00 01 00 00 00 00 goto_or_nop +0x1 <LBB1_1>

int long_sites(int x) {
  asm goto("gotol_or_nop %l[a]\n\tnop_or_gotol %l[b]" :::: a, b);
  return 0;
a:
  return x;
b:
  return x + 1;
}

// ASM-LABEL: long_sites:
// ASM:         gotol_or_nop [[A:LBB2_[0-9]+]]
// ASM-NEXT:    nop_or_gotol [[B:LBB2_[0-9]+]]
// ASM-DAG:   [[A]]:
// ASM-DAG:   [[B]]:
// EL-LABEL:  <long_sites>:
// EL:          06 10 00 00 04 00 00 00 gotol_or_nop +0x4 <LBB2_1>
// EL-NEXT:     06 30 00 00 01 00 00 00 nop_or_gotol +0x1 <LBB2_2>
// EB-LABEL:  <long_sites>:
// EB:          06 01 00 00 00 00 00 04 gotol_or_nop +0x4 <LBB2_1>
// EB-NEXT:     06 03 00 00 00 00 00 01 nop_or_gotol +0x1 <LBB2_2>
