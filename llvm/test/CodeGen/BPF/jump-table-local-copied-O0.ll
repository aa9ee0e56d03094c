; Clang initializes a local `const void *tbl[]` of more than 8 labels by
; copying a constant global. With optimization the middle end then reads the
; global directly; at -O0 the copy stays and the gotox target is loaded from
; the stack, which the kernel rejects ("R1 has type scalar, expected
; PTR_TO_INSN"). BPFLocalLabelTable reads a table copied whole, and never
; written again, from the global. Fails with Debian's llc-22, which loads
; the target from the stack copy.
; RUN: llc -O0 -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
; RUN: llc -O0 -mtriple=bpfel -mcpu=v4 -stop-after=bpf-local-label-table < %s \
; RUN:   | FileCheck %s --check-prefix=IR
;
; Source (clang --target=bpf -O0 -mcpu=v4 -S -emit-llvm, names edited):
;   int run(unsigned long x)
;   {
;   	const void *tbl[] = { &&a, &&b, &&c, &&a, &&b, &&c, &&a, &&b, &&c };
;   	int acc = 0;
;
;   	goto *tbl[x % 9];
;   a:	return acc + 1;
;   b:	return acc + 2;
;   c:	return acc + 3;
;   }
; and `rewritten`, the same with one entry stored again after the copy.
; `cleared` is the other -O0 form (seen with a static function and -g):
; memset of the table to zero, then a store of each entry; `cleared_late`
; stores one entry before the memset, so its table stays on the stack.

; IR-LABEL: define dso_local i32 @run(
; IR-NOT: alloca [9 x ptr]
; IR-NOT: llvm.memcpy
; IR: getelementptr inbounds nuw [9 x ptr], ptr @__const.run.tbl, i64 0, i64 %rem
; IR-LABEL: define dso_local i32 @rewritten(
; IR: %tbl = alloca [9 x ptr]
; IR: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %tbl, ptr align 8 @__const.rewritten.tbl, i64 72, i1 false)

; CHECK-LABEL: run:
; CHECK-NOT: = r10
; CHECK: r[[T:[0-9]+]] = BPF.JT.0.0 ll
; CHECK-NOT: = r10
; CHECK: r[[T]] += r{{[0-9]+}}
; CHECK-NEXT: r[[T]] = *(u64 *)(r[[T]] + 0)
; CHECK-NOT: = r10
; CHECK: gotox r{{[0-9]+}}
; CHECK: .section .jumptables
; CHECK: BPF.JT.0.0:
; CHECK-COUNT-9: .quad LBB0_{{[0-9]+}}-.text
; CHECK-NEXT: .size BPF.JT.0.0, 72
; The table written after the copy stays on the stack: the target is loaded
; from an address computed from r10.
; CHECK-LABEL: rewritten:
; CHECK: r[[S:[0-9]+]] = r10
; CHECK: r[[S]] += r{{[0-9]+}}
; CHECK: r{{[0-9]+}} = *(u64 *)(r[[S]] + 0)
; CHECK: gotox r{{[0-9]+}}

; IR-LABEL: define internal i32 @cleared(
; IR-NOT: alloca [3 x ptr]
; IR-NOT: llvm.memset
; IR-NOT: store ptr blockaddress
; IR: getelementptr inbounds nuw [3 x ptr], ptr @cleared.labels, i64 0, i64 %rem
; IR-LABEL: define internal i32 @cleared_late(
; IR: %tbl = alloca [3 x ptr]
; IR: call void @llvm.memset.p0.i64(ptr align 8 %tbl, i8 0, i64 24, i1 false)

; CHECK-LABEL: cleared:
; CHECK-NOT: = r10
; CHECK: r[[T:[0-9]+]] = BPF.JT.{{[0-9]+}}.0 ll
; CHECK-NOT: = r10
; CHECK: r[[T]] += r{{[0-9]+}}
; CHECK-NEXT: r[[T]] = *(u64 *)(r[[T]] + 0)
; CHECK-NOT: = r10
; CHECK: gotox r{{[0-9]+}}
; CHECK-LABEL: cleared_late:
; CHECK: r[[S:[0-9]+]] = r10
; CHECK: r[[S]] += r{{[0-9]+}}
; CHECK: r{{[0-9]+}} = *(u64 *)(r[[S]] + 0)
; CHECK: gotox r{{[0-9]+}}

@__const.run.tbl = private unnamed_addr constant [9 x ptr] [ptr blockaddress(@run, %a), ptr blockaddress(@run, %b), ptr blockaddress(@run, %c), ptr blockaddress(@run, %a), ptr blockaddress(@run, %b), ptr blockaddress(@run, %c), ptr blockaddress(@run, %a), ptr blockaddress(@run, %b), ptr blockaddress(@run, %c)], align 8
@__const.rewritten.tbl = private unnamed_addr constant [9 x ptr] [ptr blockaddress(@rewritten, %a), ptr blockaddress(@rewritten, %b), ptr blockaddress(@rewritten, %c), ptr blockaddress(@rewritten, %a), ptr blockaddress(@rewritten, %b), ptr blockaddress(@rewritten, %c), ptr blockaddress(@rewritten, %a), ptr blockaddress(@rewritten, %b), ptr blockaddress(@rewritten, %c)], align 8

define dso_local i32 @run(i64 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i64, align 8
  %tbl = alloca [9 x ptr], align 8
  %acc = alloca i32, align 4
  store i64 %x, ptr %x.addr, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %tbl, ptr align 8 @__const.run.tbl, i64 72, i1 false)
  store i32 0, ptr %acc, align 4
  %0 = load i64, ptr %x.addr, align 8
  %rem = urem i64 %0, 9
  %arrayidx = getelementptr inbounds nuw [9 x ptr], ptr %tbl, i64 0, i64 %rem
  %1 = load ptr, ptr %arrayidx, align 8
  br label %indirectgoto

a:
  %2 = load i32, ptr %acc, align 4
  %add = add nsw i32 %2, 1
  store i32 %add, ptr %retval, align 4
  br label %return

b:
  %3 = load i32, ptr %acc, align 4
  %add1 = add nsw i32 %3, 2
  store i32 %add1, ptr %retval, align 4
  br label %return

c:
  %4 = load i32, ptr %acc, align 4
  %add2 = add nsw i32 %4, 3
  store i32 %add2, ptr %retval, align 4
  br label %return

return:
  %5 = load i32, ptr %retval, align 4
  ret i32 %5

indirectgoto:
  %indirect.goto.dest = phi ptr [ %1, %entry ]
  indirectbr ptr %indirect.goto.dest, [label %a, label %b, label %c, label %a, label %b, label %c, label %a, label %b, label %c]
}

define dso_local i32 @rewritten(i64 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i64, align 8
  %tbl = alloca [9 x ptr], align 8
  store i64 %x, ptr %x.addr, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %tbl, ptr align 8 @__const.rewritten.tbl, i64 72, i1 false)
  store ptr blockaddress(@rewritten, %c), ptr %tbl, align 8
  %0 = load i64, ptr %x.addr, align 8
  %rem = urem i64 %0, 9
  %arrayidx = getelementptr inbounds nuw [9 x ptr], ptr %tbl, i64 0, i64 %rem
  %1 = load ptr, ptr %arrayidx, align 8
  br label %indirectgoto

a:
  store i32 1, ptr %retval, align 4
  br label %return

b:
  store i32 2, ptr %retval, align 4
  br label %return

c:
  store i32 3, ptr %retval, align 4
  br label %return

return:
  %2 = load i32, ptr %retval, align 4
  ret i32 %2

indirectgoto:
  %indirect.goto.dest = phi ptr [ %1, %entry ]
  indirectbr ptr %indirect.goto.dest, [label %a, label %b, label %c, label %a, label %b, label %c, label %a, label %b, label %c]
}

define internal i32 @cleared(i64 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %tbl = alloca [3 x ptr], align 8
  call void @llvm.memset.p0.i64(ptr align 8 %tbl, i8 0, i64 24, i1 false)
  %e0 = getelementptr inbounds [3 x ptr], ptr %tbl, i32 0, i32 0
  store ptr blockaddress(@cleared, %a), ptr %e0, align 8
  %e1 = getelementptr inbounds [3 x ptr], ptr %tbl, i32 0, i32 1
  store ptr blockaddress(@cleared, %b), ptr %e1, align 8
  %e2 = getelementptr inbounds [3 x ptr], ptr %tbl, i32 0, i32 2
  store ptr blockaddress(@cleared, %c), ptr %e2, align 8
  %rem = urem i64 %x, 3
  %arrayidx = getelementptr inbounds nuw [3 x ptr], ptr %tbl, i64 0, i64 %rem
  %0 = load ptr, ptr %arrayidx, align 8
  br label %indirectgoto

a:
  store i32 1, ptr %retval, align 4
  br label %return

b:
  store i32 2, ptr %retval, align 4
  br label %return

c:
  store i32 3, ptr %retval, align 4
  br label %return

return:
  %1 = load i32, ptr %retval, align 4
  ret i32 %1

indirectgoto:
  %indirect.goto.dest = phi ptr [ %0, %entry ]
  indirectbr ptr %indirect.goto.dest, [label %a, label %b, label %c]
}

define internal i32 @cleared_late(i64 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %tbl = alloca [3 x ptr], align 8
  %e0 = getelementptr inbounds [3 x ptr], ptr %tbl, i32 0, i32 0
  store ptr blockaddress(@cleared_late, %a), ptr %e0, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %tbl, i8 0, i64 24, i1 false)
  %e1 = getelementptr inbounds [3 x ptr], ptr %tbl, i32 0, i32 1
  store ptr blockaddress(@cleared_late, %b), ptr %e1, align 8
  %e2 = getelementptr inbounds [3 x ptr], ptr %tbl, i32 0, i32 2
  store ptr blockaddress(@cleared_late, %c), ptr %e2, align 8
  %rem = urem i64 %x, 3
  %arrayidx = getelementptr inbounds nuw [3 x ptr], ptr %tbl, i64 0, i64 %rem
  %0 = load ptr, ptr %arrayidx, align 8
  br label %indirectgoto

a:
  store i32 1, ptr %retval, align 4
  br label %return

b:
  store i32 2, ptr %retval, align 4
  br label %return

c:
  store i32 3, ptr %retval, align 4
  br label %return

return:
  %1 = load i32, ptr %retval, align 4
  ret i32 %1

indirectgoto:
  %indirect.goto.dest = phi ptr [ %0, %entry ]
  indirectbr ptr %indirect.goto.dest, [label %a, label %b, label %c]
}

define dso_local i32 @use_cleared(i64 %x) {
  %1 = call i32 @cleared(i64 %x)
  %2 = call i32 @cleared_late(i64 %x)
  %3 = add i32 %1, %2
  ret i32 %3
}

declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg)

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" }
