; The classic interpreter idiom: a function-static table of label addresses,
;   static const void *tbl[] = { &&op_add, &&op_mul, &&op_end };
; is an internal global, not a private one: at -O2 a constant, at -O0 a plain
; global only ever loaded from.  Both must become jump tables like a local
; table, and the global must not be emitted.  Stock 22.1.8 converts only
; private tables: it emits these in .rodata / .data with relocations against
; .text and the kernel rejects the gotox ("Missing jump table"); this test
; fails with Debian's llc-22.  A table that code writes stays data.
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -filetype=obj -o %t.o < %s
; RUN: llvm-readelf -S -r %t.o | FileCheck %s --check-prefix=OBJ

; CHECK-LABEL: run:
; CHECK:       r{{[0-9]+}} = BPF.JT.0.{{[0-9]+}} ll
; CHECK:       gotox r{{[0-9]+}}
; CHECK:       .section .jumptables
; CHECK-NEXT:  BPF.JT.0.0:
; CHECK-NEXT:  .quad LBB0_{{[0-9]+}}-.text
; CHECK-NEXT:  .quad LBB0_{{[0-9]+}}-.text
; CHECK-NEXT:  .quad LBB0_{{[0-9]+}}-.text
; CHECK-LABEL: run_o0:
; CHECK:       r{{[0-9]+}} = BPF.JT.1.{{[0-9]+}} ll
; CHECK:       gotox r{{[0-9]+}}
; CHECK:       .section .jumptables
; CHECK-NEXT:  BPF.JT.1.0:
; CHECK-LABEL: written:
; CHECK:       r{{[0-9]+}} = written.tbl ll
; CHECK:       gotox r{{[0-9]+}}
; CHECK-NOT:   .jumptables
; CHECK:       .data
; CHECK-NEXT:  .p2align 3
; CHECK-NEXT:  written.tbl:
; CHECK-NEXT:  .quad .Ltmp{{[0-9]+}}
; CHECK-NOT:   run.tbl:
; CHECK-NOT:   run_o0.tbl:

; OBJ-NOT:     .rodata
; OBJ:         .jumptables
; OBJ:         .data
; OBJ-LABEL:   Relocation section '.rel.data'
; OBJ:         Offset
; OBJ-COUNT-2: R_BPF_64_ABS64 {{.*}} .text
; OBJ-EMPTY:

@run.tbl = internal unnamed_addr constant [3 x ptr] [ptr blockaddress(@run, %3), ptr blockaddress(@run, %13), ptr blockaddress(@run, %18)], align 8

define dso_local i32 @run(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr {
  br label %20

3:                                                ; preds = %20
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 %21
  %5 = load i8, ptr %4, align 1
  %6 = zext i8 %5 to i32
  %7 = add nsw i32 %22, %6
  br label %8

8:                                                ; preds = %3, %13
  %9 = phi i32 [ %7, %3 ], [ %17, %13 ]
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 %21
  %11 = getelementptr i8, ptr %10, i64 1
  %12 = add nuw i64 %21, 2
  br label %20

13:                                               ; preds = %20
  %14 = getelementptr inbounds nuw i8, ptr %0, i64 %21
  %15 = load i8, ptr %14, align 1
  %16 = zext i8 %15 to i32
  %17 = mul nsw i32 %22, %16
  br label %8

18:                                               ; preds = %20
  %19 = add nsw i32 %22, %1
  ret i32 %19

20:                                               ; preds = %8, %2
  %21 = phi i64 [ %12, %8 ], [ 1, %2 ]
  %22 = phi i32 [ %9, %8 ], [ 1, %2 ]
  %23 = phi ptr [ %11, %8 ], [ %0, %2 ]
  %24 = load i8, ptr %23, align 1
  %25 = zext i8 %24 to i64
  %26 = getelementptr inbounds nuw ptr, ptr @run.tbl, i64 %25
  %27 = load ptr, ptr %26, align 8
  indirectbr ptr %27, [label %3, label %13, label %18]
}


@run_o0.tbl = internal global [3 x ptr] [ptr blockaddress(@run_o0, %10), ptr blockaddress(@run_o0, %24), ptr blockaddress(@run_o0, %38)], align 8

define dso_local i32 @run_o0(ptr noundef %0, i32 noundef %1) {
  %3 = add nsw i32 0, 1
  %4 = sext i32 0 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 %4
  %6 = load i8, ptr %5, align 1
  %7 = zext i8 %6 to i64
  %8 = getelementptr inbounds nuw [3 x ptr], ptr @run_o0.tbl, i64 0, i64 %7
  %9 = load ptr, ptr %8, align 8
  br label %40

10:                                               ; preds = %40
  %11 = add nsw i32 %.01, 1
  %12 = sext i32 %.01 to i64
  %13 = getelementptr inbounds i8, ptr %0, i64 %12
  %14 = load i8, ptr %13, align 1
  %15 = zext i8 %14 to i32
  %16 = add nsw i32 %.0, %15
  %17 = add nsw i32 %11, 1
  %18 = sext i32 %11 to i64
  %19 = getelementptr inbounds i8, ptr %0, i64 %18
  %20 = load i8, ptr %19, align 1
  %21 = zext i8 %20 to i64
  %22 = getelementptr inbounds nuw [3 x ptr], ptr @run_o0.tbl, i64 0, i64 %21
  %23 = load ptr, ptr %22, align 8
  br label %40

24:                                               ; preds = %40
  %25 = add nsw i32 %.01, 1
  %26 = sext i32 %.01 to i64
  %27 = getelementptr inbounds i8, ptr %0, i64 %26
  %28 = load i8, ptr %27, align 1
  %29 = zext i8 %28 to i32
  %30 = mul nsw i32 %.0, %29
  %31 = add nsw i32 %25, 1
  %32 = sext i32 %25 to i64
  %33 = getelementptr inbounds i8, ptr %0, i64 %32
  %34 = load i8, ptr %33, align 1
  %35 = zext i8 %34 to i64
  %36 = getelementptr inbounds nuw [3 x ptr], ptr @run_o0.tbl, i64 0, i64 %35
  %37 = load ptr, ptr %36, align 8
  br label %40

38:                                               ; preds = %40
  %39 = add nsw i32 %.0, %1
  ret i32 %39

40:                                               ; preds = %24, %10, %2
  %.01 = phi i32 [ %3, %2 ], [ %17, %10 ], [ %31, %24 ]
  %.0 = phi i32 [ 1, %2 ], [ %16, %10 ], [ %30, %24 ]
  %41 = phi ptr [ %9, %2 ], [ %23, %10 ], [ %37, %24 ]
  indirectbr ptr %41, [label %10, label %24, label %38]
}


; A table the code writes is not a constant table: it stays in .data.
@written.tbl = internal global [2 x ptr] [ptr blockaddress(@written, %a), ptr blockaddress(@written, %b)], align 8

define i32 @written(i32 %i, ptr %p) {
entry:
  store ptr %p, ptr @written.tbl, align 8
  %slot = getelementptr inbounds [2 x ptr], ptr @written.tbl, i64 0, i32 %i
  %t = load ptr, ptr %slot, align 8
  indirectbr ptr %t, [label %a, label %b]
a:
  ret i32 1
b:
  ret i32 2
}
