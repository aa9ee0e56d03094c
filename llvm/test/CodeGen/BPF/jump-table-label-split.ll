; An address-taken block whose first statement is a short-circuit condition:
; the select it becomes is expanded into a diamond by a custom inserter, and
; every piece of the split block keeps the IR block.  The jump table entry for
; &&l0 must be the piece marked "Block address taken", where l0's code starts,
; not the join block after the diamond (stock 22.1.8 picks the last piece:
; this test fails with Debian's llc-22, whose first entry is the join block,
; and the program then skips l0's condition at run time).
;
; From:
;   int interp(const unsigned char *code, int a, int b) {
;     const void *tbl[] = { &&l0, &&l1, &&l2 };
;     int pc = 0, acc = 0;
;     goto *tbl[code[pc++] & 1];
;   l0: if (a > 100 || b > 100) acc += 3;
;       acc += 1; if (pc > 6) return acc; goto *tbl[code[pc++] % 3];
;   l1: acc *= 2; if (pc > 6) return acc; goto *tbl[code[pc++] % 3];
;   l2: return acc + a;
;   }
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s

; CHECK:      # Block address taken
; CHECK-NEXT: [[L0:LBB0_[0-9]+]]:
; CHECK-NEXT: w[[COND:[0-9]+]] = w{{[0-9]+}}
; CHECK-NEXT: w[[COND]] &= 1
; CHECK:      # Block address taken
; CHECK-NEXT: [[L1:LBB0_[0-9]+]]:
; CHECK:      # Block address taken
; CHECK-NEXT: [[L2:LBB0_[0-9]+]]:
; CHECK-LABEL: BPF.JT.0.0:
; CHECK-NEXT: .quad [[L0]]-.text
; CHECK-NEXT: .quad [[L1]]-.text
; CHECK-NEXT: .quad [[L2]]-.text

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@__const.interp.tbl = private unnamed_addr constant [3 x ptr] [ptr blockaddress(@interp, %9), ptr blockaddress(@interp, %20), ptr blockaddress(@interp, %23)], align 8

define dso_local i32 @interp(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr {
  %4 = load i8, ptr %0, align 1
  %5 = and i8 %4, 1
  %6 = icmp sgt i32 %1, 100
  %7 = icmp sgt i32 %2, 100
  %8 = or i1 %6, %7
  br label %27

9:                                                ; preds = %27
  %10 = add nsw i32 %29, 3
  %11 = select i1 %8, i32 %10, i32 %29
  %12 = add nsw i32 %11, 1
  %13 = icmp samesign ugt i64 %28, 6
  br i1 %13, label %25, label %14

14:                                               ; preds = %20, %9
  %15 = phi i32 [ %12, %9 ], [ %21, %20 ]
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 %28
  %17 = load i8, ptr %16, align 1
  %18 = urem i8 %17, 3
  %19 = add nuw nsw i64 %28, 1
  br label %27

20:                                               ; preds = %27
  %21 = shl nsw i32 %29, 1
  %22 = icmp samesign ugt i64 %28, 6
  br i1 %22, label %25, label %14

23:                                               ; preds = %27
  %24 = add nsw i32 %29, %1
  br label %25

25:                                               ; preds = %20, %9, %23
  %26 = phi i32 [ %24, %23 ], [ %21, %20 ], [ %12, %9 ]
  ret i32 %26

27:                                               ; preds = %14, %3
  %28 = phi i64 [ %19, %14 ], [ 1, %3 ]
  %29 = phi i32 [ %15, %14 ], [ 0, %3 ]
  %30 = phi i8 [ %18, %14 ], [ %5, %3 ]
  %31 = zext nneg i8 %30 to i64
  %32 = getelementptr inbounds nuw ptr, ptr @__const.interp.tbl, i64 %31
  %33 = load ptr, ptr %32, align 8
  indirectbr ptr %33, [label %9, label %20, label %23]
}

