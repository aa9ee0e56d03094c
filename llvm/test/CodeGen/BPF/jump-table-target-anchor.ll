; Linux 7.3 rewrites a conditional jump the verifier never saw taken into
; `goto +0`, removes it, and marks a jump table entry that pointed at it as
; deleted: the JIT leaves that entry's address 0, and a gotox to the target
; oopses the kernel (found by the differential fuzzer, docs/reliability.md
; finding 3). BPFJumpTargetAnchor starts each jump table target whose first
; instruction is a conditional jump with a move of that jump's register to
; itself, which the kernel keeps. Other targets are left alone. Fails with
; Debian's llc-22 (no `r2 = r2`).
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
;
; Source (clang --target=bpf -O2 -mcpu=v4 -S -emit-llvm):
;   unsigned long f(unsigned long x, unsigned long a)
;   {
;   	switch (x) {
;   	case 0: if (a > 5) return a; return 2;
;   	case 1: return a * 3;
;   	case 2: if (a & 8) return 7; return a + 9;
;   	case 3: if ((unsigned int)a > 100u) return 1; return a ^ 11;
;   	case 4: return a - 13;
;   	...
;   	case 12: return a ^ 29;
;   	}
;   	return 0;
;   }

; CHECK-LABEL: f:
; CHECK:      gotox r{{[0-9]+}}
; CHECK-NEXT: [[CASE0:LBB0_[0-9]+]]:
; CHECK-NEXT: r2 = r2
; CHECK-NEXT: if r2 > 5 goto
; CHECK-NOT:  r2 = r2
; CHECK:      BPF.JT.0.0:
; CHECK-NEXT: .quad [[CASE0]]-.text

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local noundef i64 @f(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  switch i64 %0, label %36 [
    i64 0, label %3
    i64 1, label %6
    i64 2, label %8
    i64 3, label %13
    i64 4, label %18
    i64 5, label %20
    i64 6, label %22
    i64 7, label %24
    i64 8, label %26
    i64 9, label %28
    i64 10, label %30
    i64 11, label %32
    i64 12, label %34
  ]

3:                                                ; preds = %2
  %4 = icmp ugt i64 %1, 5
  %5 = select i1 %4, i64 %1, i64 2
  br label %36

6:                                                ; preds = %2
  %7 = mul i64 %1, 3
  br label %36

8:                                                ; preds = %2
  %9 = and i64 %1, 8
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %11, label %36

11:                                               ; preds = %8
  %12 = add i64 %1, 9
  br label %36

13:                                               ; preds = %2
  %14 = trunc i64 %1 to i32
  %15 = icmp ugt i32 %14, 100
  br i1 %15, label %36, label %16

16:                                               ; preds = %13
  %17 = xor i64 %1, 11
  br label %36

18:                                               ; preds = %2
  %19 = add i64 %1, -13
  br label %36

20:                                               ; preds = %2
  %21 = mul i64 %1, 15
  br label %36

22:                                               ; preds = %2
  %23 = add i64 %1, 17
  br label %36

24:                                               ; preds = %2
  %25 = xor i64 %1, 19
  br label %36

26:                                               ; preds = %2
  %27 = mul i64 %1, 21
  br label %36

28:                                               ; preds = %2
  %29 = add i64 %1, -23
  br label %36

30:                                               ; preds = %2
  %31 = add i64 %1, 25
  br label %36

32:                                               ; preds = %2
  %33 = mul i64 %1, 27
  br label %36

34:                                               ; preds = %2
  %35 = xor i64 %1, 29
  br label %36

36:                                               ; preds = %2, %13, %8, %3, %34, %32, %30, %28, %26, %24, %22, %20, %18, %16, %11, %6
  %37 = phi i64 [ 1, %13 ], [ %5, %3 ], [ %35, %34 ], [ %7, %6 ], [ %33, %32 ], [ %12, %11 ], [ 7, %8 ], [ %17, %16 ], [ %19, %18 ], [ %21, %20 ], [ %23, %22 ], [ %25, %24 ], [ %27, %26 ], [ %29, %28 ], [ %31, %30 ], [ 0, %2 ]
  ret i64 %37
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="v4" }

!llvm.module.flags = !{!0, !1}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"frame-pointer", i32 2}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
