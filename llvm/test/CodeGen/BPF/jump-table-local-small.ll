; A local `const void *tbl[] = {&&a, &&b, &&c}` of up to 8 labels is filled
; by stores to the stack (a larger one is copied from a constant global); a
; gotox on an entry loaded from the stack is rejected by the kernel ("R0 has
; type scalar, expected PTR_TO_INSN"). BPFLocalLabelTable makes the table a
; private constant global, which becomes a jump table like a large one.
; Fails with Debian's llc-22, which keeps the stores and loads the target
; from the stack.
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -stop-after=bpf-local-label-table < %s \
; RUN:   | FileCheck %s --check-prefix=IR
; RUN: llc -mtriple=bpfel -mcpu=v3 < %s | FileCheck %s --check-prefix=V3

; IR: @run.labels = private unnamed_addr constant [3 x ptr] [ptr blockaddress(@run, %op_inc), ptr blockaddress(@run, %op_dbl), ptr blockaddress(@run, %op_halt)], align 8
; IR-LABEL: define i32 @run(
; IR-NOT: alloca
; IR-NOT: store ptr blockaddress
; IR: getelementptr inbounds [3 x ptr], ptr @run.labels, i64 0, i64 %op

; CHECK-LABEL: run:
; CHECK-NOT: *(u64 *)(r10
; CHECK: r{{[0-9]+}} = BPF.JT.0.0 ll
; CHECK: gotox r{{[0-9]+}}
; CHECK: .section .jumptables
; CHECK: BPF.JT.0.0:
; CHECK-NEXT: .quad
; CHECK-NEXT: .quad
; CHECK-NEXT: .quad
; CHECK-NEXT: .size BPF.JT.0.0, 24
; CHECK-LABEL: escapes:

; Without gotox the table becomes label indices and a compare chain.
; V3-LABEL: run:
; V3-NOT: gotox
; V3-NOT: *(u64 *)(r10
; V3-LABEL: escapes:

; A table whose address escapes, or that is written after its
; initialization, stays on the stack (not a jump table).
; IR-LABEL: define i32 @escapes(
; IR: alloca [2 x ptr]
; IR-LABEL: define i32 @rewritten(
; IR: alloca [2 x ptr]

define i32 @run(ptr %code, i32 %n) {
entry:
  %tbl = alloca [3 x ptr], align 8
  store ptr blockaddress(@run, %op_inc), ptr %tbl, align 8
  %e1 = getelementptr inbounds i8, ptr %tbl, i64 8
  store ptr blockaddress(@run, %op_dbl), ptr %e1, align 8
  %e2 = getelementptr inbounds i8, ptr %tbl, i64 16
  store ptr blockaddress(@run, %op_halt), ptr %e2, align 8
  br label %dispatch

dispatch:
  %acc = phi i32 [ 0, %entry ], [ %inc, %op_inc ], [ %dbl, %op_dbl ]
  %pc = phi i64 [ 0, %entry ], [ %pc.next, %op_inc ], [ %pc.next, %op_dbl ]
  %pc.next = add i64 %pc, 1
  %byte.p = getelementptr inbounds i8, ptr %code, i64 %pc
  %byte = load i8, ptr %byte.p, align 1
  %op8 = urem i8 %byte, 3
  %op = zext i8 %op8 to i64
  %slot = getelementptr inbounds [3 x ptr], ptr %tbl, i64 0, i64 %op
  %dest = load ptr, ptr %slot, align 8
  indirectbr ptr %dest, [label %op_inc, label %op_dbl, label %op_halt]

op_inc:
  %inc = add i32 %acc, 1
  br label %dispatch

op_dbl:
  %dbl = shl i32 %acc, 1
  br label %dispatch

op_halt:
  ret i32 %acc
}

declare void @take(ptr)

define i32 @escapes(i64 %op) {
entry:
  %tbl = alloca [2 x ptr], align 8
  store ptr blockaddress(@escapes, %a), ptr %tbl, align 8
  %e1 = getelementptr inbounds i8, ptr %tbl, i64 8
  store ptr blockaddress(@escapes, %b), ptr %e1, align 8
  call void @take(ptr %tbl)
  %slot = getelementptr inbounds [2 x ptr], ptr %tbl, i64 0, i64 %op
  %dest = load ptr, ptr %slot, align 8
  indirectbr ptr %dest, [label %a, label %b]
a:
  ret i32 1
b:
  ret i32 2
}

define i32 @rewritten(i64 %op) {
entry:
  %tbl = alloca [2 x ptr], align 8
  store ptr blockaddress(@rewritten, %a), ptr %tbl, align 8
  %e1 = getelementptr inbounds i8, ptr %tbl, i64 8
  store ptr blockaddress(@rewritten, %b), ptr %e1, align 8
  br label %next
next:
  store ptr blockaddress(@rewritten, %b), ptr %tbl, align 8
  %slot = getelementptr inbounds [2 x ptr], ptr %tbl, i64 0, i64 %op
  %dest = load ptr, ptr %slot, align 8
  indirectbr ptr %dest, [label %a, label %b]
a:
  ret i32 1
b:
  ret i32 2
}
