; Computed goto without gotox (-mcpu=v1 to v3): BPFLowerIndirectBr gives each
; address-taken block an index (1, 2, ...) and turns indirectbr into a switch
; on it, which becomes compares. With gotox (-mcpu=v4) indirectbr stays.
;
; Debian's stock llc-22 crashes at -mcpu=v1, v2 and v3 with
;   LLVM ERROR: Cannot select: ... ch = brind ...
; so this test FAILS with it. It PASSES with our llc.
;
; RUN: llc -mtriple=bpfel -mcpu=v1 < %s | FileCheck %s --check-prefixes=CHECK,NOGOTOX --implicit-check-not=gotox
; RUN: llc -mtriple=bpfel -mcpu=v2 < %s | FileCheck %s --check-prefixes=CHECK,NOGOTOX --implicit-check-not=gotox
; RUN: llc -mtriple=bpfel -mcpu=v3 < %s | FileCheck %s --check-prefixes=CHECK,NOGOTOX --implicit-check-not=gotox
; RUN: llc -mtriple=bpfel -mcpu=v3 -O0 < %s | FileCheck %s --check-prefixes=CHECK,O0 --implicit-check-not=gotox
; RUN: llc -mtriple=bpfel -mcpu=v4 -disable-gotox < %s | FileCheck %s --check-prefixes=CHECK,NOGOTOX --implicit-check-not=gotox
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s --check-prefixes=CHECK,GOTOX --implicit-check-not=run.dispatch
; RUN: llc -mtriple=bpfel -mcpu=v3 -print-after=bpf-lower-indirectbr \
; RUN:   -o /dev/null < %s 2>&1 | FileCheck %s --check-prefix=IR
;
; Source:
;   enum { OP_ADD, OP_SUB, OP_MUL, OP_HALT };
;   int run(const unsigned char *code, int acc) {
;     static const void *const dispatch[] = {&&op_add, &&op_sub, &&op_mul,
;                                            &&op_halt};
;     const unsigned char *pc = code;
;     goto *dispatch[*pc++ & 3];
;   op_add: acc += *pc++; goto *dispatch[*pc++ & 3];
;   op_sub: acc -= *pc++; goto *dispatch[*pc++ & 3];
;   op_mul: acc *= *pc++; goto *dispatch[*pc++ & 3];
;   op_halt: return acc;
;   }
;
;   int pick(int a) {            // a label address in a stack slot
;     void *volatile tgt;
;     if (a) tgt = &&l1; else tgt = &&l2;
;     goto *tgt;
;   l1: return 1;
;   l2: return 2;
;   }

; The table holds indices, and indirectbr is a switch on the loaded one whose
; default is the last label.
; IR:       @run.dispatch = internal unnamed_addr constant [4 x ptr] [ptr inttoptr (i64 1 to ptr), ptr inttoptr (i64 2 to ptr), ptr inttoptr (i64 3 to ptr), ptr inttoptr (i64 4 to ptr)]
; IR-LABEL: define dso_local i32 @run(
; IR:         %[[DEST:.*]] = load ptr, ptr %slot, align 8
; IR-NEXT:    %[[IDX:.*]] = ptrtoint ptr %[[DEST]] to i64
; IR-NEXT:    switch i64 %[[IDX]], label %op_halt [
; IR-NEXT:      i64 1, label %op_add
; IR-NEXT:      i64 2, label %op_sub
; IR-NEXT:      i64 3, label %op_mul
; IR-NEXT:    ]
; IR-LABEL: define dso_local i32 @pick(
; IR:         select i1 %tobool.not, ptr inttoptr (i64 2 to ptr), ptr inttoptr (i64 1 to ptr)
; IR:         switch i64 %{{.*}}, label %l2 [
; IR-NEXT:      i64 1, label %l1
; IR-NEXT:    ]

; CHECK-LABEL: run:
; NOGOTOX:       r{{[0-9]+}} = run.dispatch ll
; O0:            r{{[0-9]+}} = run.dispatch ll
; GOTOX:         r{{[0-9]+}} = BPF.JT.0.0 ll
; CHECK:         [[DEST:r[0-9]+]] = *(u64 *)(r{{[0-9]+}} + 0)
; GOTOX-NEXT:    gotox [[DEST]]
; NOGOTOX-NEXT:  if [[DEST]] == 1 goto
; NOGOTOX:       if [[DEST]] == 2 goto
; NOGOTOX:       if [[DEST]] == 3 goto
; O0:            if [[DEST]] == 1 goto
; O0:            if [[DEST]] == 2 goto
; O0:            if [[DEST]] == 3 goto
; CHECK-LABEL: pick:
; GOTOX:         gotox
; NOGOTOX:       if r{{[0-9]+}} != 1 goto
; O0:            if r{{[0-9]+}} != 1 goto

; Without gotox the table is plain data.
; NOGOTOX-LABEL: run.dispatch:
; NOGOTOX-NEXT:    .quad 1
; NOGOTOX-NEXT:    .quad 2
; NOGOTOX-NEXT:    .quad 3
; NOGOTOX-NEXT:    .quad 4
; NOGOTOX-NEXT:    .size run.dispatch, 32

@run.dispatch = internal unnamed_addr constant [4 x ptr] [ptr blockaddress(@run, %op_add), ptr blockaddress(@run, %op_sub), ptr blockaddress(@run, %op_mul), ptr blockaddress(@run, %op_halt)], align 8

define dso_local i32 @run(ptr noundef readonly captures(none) %code, i32 noundef %acc0) {
entry:
  %pc.first = getelementptr inbounds nuw i8, ptr %code, i64 1
  br label %dispatch

op_add:
  %add.arg = load i8, ptr %pc.arg, align 1
  %add.ext = zext i8 %add.arg to i32
  %add = add nsw i32 %acc, %add.ext
  br label %next

next:
  %acc.next = phi i32 [ %add, %op_add ], [ %sub, %op_sub ], [ %mul, %op_mul ]
  %pc.op = getelementptr inbounds nuw i8, ptr %pc.arg, i64 1
  %pc.arg.next = getelementptr inbounds nuw i8, ptr %pc.arg, i64 2
  br label %dispatch

op_sub:
  %sub.arg = load i8, ptr %pc.arg, align 1
  %sub.ext = zext i8 %sub.arg to i32
  %sub = sub nsw i32 %acc, %sub.ext
  br label %next

op_mul:
  %mul.arg = load i8, ptr %pc.arg, align 1
  %mul.ext = zext i8 %mul.arg to i32
  %mul = mul nsw i32 %acc, %mul.ext
  br label %next

op_halt:
  ret i32 %acc

dispatch:
  %acc = phi i32 [ %acc0, %entry ], [ %acc.next, %next ]
  %pc.arg = phi ptr [ %pc.first, %entry ], [ %pc.arg.next, %next ]
  %pc = phi ptr [ %code, %entry ], [ %pc.op, %next ]
  %op = load i8, ptr %pc, align 1
  %op.masked = and i8 %op, 3
  %op.idx = zext nneg i8 %op.masked to i64
  %slot = getelementptr inbounds nuw ptr, ptr @run.dispatch, i64 %op.idx
  %dest = load ptr, ptr %slot, align 8
  indirectbr ptr %dest, [label %op_add, label %op_sub, label %op_mul, label %op_halt]
}

define dso_local i32 @pick(i32 noundef %a) {
entry:
  %tgt = alloca ptr, align 8
  %tobool.not = icmp eq i32 %a, 0
  %sel = select i1 %tobool.not, ptr blockaddress(@pick, %l2), ptr blockaddress(@pick, %l1)
  store volatile ptr %sel, ptr %tgt, align 8
  %dest = load volatile ptr, ptr %tgt, align 8
  indirectbr ptr %dest, [label %l1, label %l2]

l1:
  ret i32 1

l2:
  ret i32 2
}
