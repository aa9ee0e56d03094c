; Without gotox, BPFLowerIndirectBr replaces label addresses by indices. Where
; a label address escapes to somewhere it cannot rewrite, it reports an error
; naming the function and asking for -mcpu=v4, rather than crash. The checks
; are in the order of the functions: @copied, whose table is copied to the
; stack, compiles.
;
; Debian's stock llc-22 crashes instead with
;   LLVM ERROR: Cannot select: ... ch = brind ...
; so this test FAILS with it. It PASSES with our llc.
;
; RUN: not llc -mtriple=bpfel -mcpu=v3 < %s -o /dev/null 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=error: --implicit-check-not='LLVM ERROR'
; RUN: not llc -mtriple=bpfel -mcpu=v1 < %s -o /dev/null 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=error: --implicit-check-not='LLVM ERROR'
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s -o /dev/null

; CHECK:       error: <unknown>:0:0: in function writable i32 (i32): computed goto in 'writable' needs gotox: the address of a label is stored in global 'writable.tbl', which is not a local constant table that is only read; use -mcpu=v4
; CHECK:       error: <unknown>:0:0: in function visible i32 (i32): computed goto in 'visible' needs gotox: the address of a label is stored in global 'visible.tbl', which is not a local constant table that is only read; use -mcpu=v4
; CHECK:       error: <unknown>:0:0: in function passed i32 (i32): computed goto in 'passed' needs gotox: the address of a label is stored in global 'passed.tbl', which is not a local constant table that is only read; use -mcpu=v4
; CHECK:       error: <unknown>:0:0: in function leaked i32 (i32): computed goto in 'leaked' needs gotox: the address of a label is stored to memory other than the stack; use -mcpu=v4
; CHECK:       error: <unknown>:0:0: in function called i32 (i32): computed goto in 'called' needs gotox: the address of a label is passed to a call; use -mcpu=v4

; static void *tbl[] = {&&l1, &&l2}, written to, so it stays writable.
@writable.tbl = internal global [2 x ptr] [ptr blockaddress(@writable, %l1), ptr blockaddress(@writable, %l2)], align 8
; A constant table other modules can see.
@visible.tbl = dso_local constant [2 x ptr] [ptr blockaddress(@visible, %l1), ptr blockaddress(@visible, %l2)], align 8
; A constant table whose address is passed to a call.
@passed.tbl = internal constant [2 x ptr] [ptr blockaddress(@passed, %l1), ptr blockaddress(@passed, %l2)], align 8
@copied.tbl = private unnamed_addr constant [2 x ptr] [ptr blockaddress(@copied, %l1), ptr blockaddress(@copied, %l2)], align 8
@slot = dso_local global ptr null, align 8

declare void @use(ptr)

define dso_local i32 @writable(i32 %a) {
entry:
  store ptr blockaddress(@writable, %l2), ptr @writable.tbl, align 8
  %rem = and i32 %a, 1
  %idx = zext nneg i32 %rem to i64
  %p = getelementptr inbounds nuw [2 x ptr], ptr @writable.tbl, i64 0, i64 %idx
  %t = load ptr, ptr %p, align 8
  indirectbr ptr %t, [label %l1, label %l2]
l1:
  ret i32 1
l2:
  ret i32 2
}

define dso_local i32 @visible(i32 %a) {
entry:
  %rem = and i32 %a, 1
  %idx = zext nneg i32 %rem to i64
  %p = getelementptr inbounds nuw [2 x ptr], ptr @visible.tbl, i64 0, i64 %idx
  %t = load ptr, ptr %p, align 8
  indirectbr ptr %t, [label %l1, label %l2]
l1:
  ret i32 1
l2:
  ret i32 2
}

define dso_local i32 @passed(i32 %a) {
entry:
  call void @use(ptr @passed.tbl)
  %rem = and i32 %a, 1
  %idx = zext nneg i32 %rem to i64
  %p = getelementptr inbounds nuw [2 x ptr], ptr @passed.tbl, i64 0, i64 %idx
  %t = load ptr, ptr %p, align 8
  indirectbr ptr %t, [label %l1, label %l2]
l1:
  ret i32 1
l2:
  ret i32 2
}

; void *jt[] = {&&l1, &&l2}; at -O0: the table is copied to the stack.
define dso_local i32 @copied(i32 %a) {
entry:
  %jt = alloca [2 x ptr], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %jt, ptr align 8 @copied.tbl, i64 16, i1 false)
  %rem = and i32 %a, 1
  %idx = zext nneg i32 %rem to i64
  %p = getelementptr inbounds nuw [2 x ptr], ptr %jt, i64 0, i64 %idx
  %t = load ptr, ptr %p, align 8
  indirectbr ptr %t, [label %l1, label %l2]
l1:
  ret i32 1
l2:
  ret i32 2
}

define dso_local i32 @leaked(i32 %a) {
entry:
  %c = icmp eq i32 %a, 0
  %t = select i1 %c, ptr blockaddress(@leaked, %l1), ptr blockaddress(@leaked, %l2)
  store ptr %t, ptr @slot, align 8
  indirectbr ptr %t, [label %l1, label %l2]
l1:
  ret i32 1
l2:
  ret i32 2
}

define dso_local i32 @called(i32 %a) {
entry:
  call void @use(ptr blockaddress(@called, %l1))
  %c = icmp eq i32 %a, 0
  %t = select i1 %c, ptr blockaddress(@called, %l1), ptr blockaddress(@called, %l2)
  indirectbr ptr %t, [label %l1, label %l2]
l1:
  ret i32 1
l2:
  ret i32 2
}

declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg)
