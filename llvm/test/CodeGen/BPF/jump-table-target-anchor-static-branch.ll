; A jump table target that starts with a static branch site: when the
; loader makes the site a nop it removes it, and the table entry then points
; at the instruction after it, here a conditional jump the kernel may
; remove in turn (see jump-table-target-anchor.ll). BPFJumpTargetAnchor
; anchors that instruction. Fails with Debian's llc-22 (no static branches) and
; before this change (the site was taken for the first instruction).
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
;
; Source (clang --target=bpf -O2 -mcpu=v4 -S -emit-llvm):
;   DEFINE_STATIC_KEY_FALSE(k);
;   volatile unsigned long g1, g2;
;   void f(unsigned long x, unsigned long a)
;   {
;   	switch (x) {
;   	case 0: if (static_branch_unlikely(&k)) g1 = 1; if (a > 5) g2 = 3; else g1 = 4; break;
;   	case 1: g1 = a * 3; break;
;   	...
;   	case 12: g2 = a ^ 29; break;
;   	}
;   }

; CHECK-LABEL: f:
; CHECK:      gotox r{{[0-9]+}}
; CHECK-NEXT: [[CASE0:LBB0_[0-9]+]]:
; CHECK-NEXT: .Lstatic_branch0:
; CHECK-NEXT: nop_or_goto
; CHECK-NEXT: LBB0_{{[0-9]+}}:
; CHECK-NEXT: r2 = r2
; CHECK-NEXT: if r2 < 6 goto
; CHECK:      BPF.JT.0.0:
; CHECK-NEXT: .quad [[CASE0]]-.text

; A likely site (goto_or_nop) jumps over its code while the key is off; the
; loader then removes that code, dead, and the jump with it, and the entry
; points at the site's destination, a conditional jump: it is anchored too
; (seed 14122; before this change only the side after the site was).
; CHECK-LABEL: g:
; CHECK:      gotox r{{[0-9]+}}
; CHECK-NEXT: [[GCASE0:LBB1_[0-9]+]]:
; CHECK-NEXT: .Lstatic_branch1:
; CHECK-NEXT: goto_or_nop [[JOIN:LBB1_[0-9]+]]
; CHECK:      [[JOIN]]:
; CHECK-NEXT: r2 = r2
; CHECK-NEXT: if r2 < 6 goto
; CHECK:      BPF.JT.1.0:
; CHECK-NEXT: .quad [[GCASE0]]-.text

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

%struct.anon = type { ptr, ptr, ptr, ptr, ptr, ptr }

@k = dso_local global %struct.anon zeroinitializer, section ".maps", align 8
@g1 = dso_local global i64 0, align 8
@g2 = dso_local global i64 0, align 8
@.str = private unnamed_addr constant [15 x i8] c"bpf_static_key\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [6 x i8] c"sk4.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @k, ptr @.str, ptr @.str.1, i32 2, ptr null }], section "llvm.metadata"
@llvm.compiler.used = appending global [1 x ptr] [ptr @k], section "llvm.metadata"

; Function Attrs: nofree nounwind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none)
define dso_local void @f(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  switch i64 %0, label %34 [
    i64 0, label %3
    i64 1, label %10
    i64 2, label %12
    i64 3, label %14
    i64 4, label %16
    i64 5, label %18
    i64 6, label %20
    i64 7, label %22
    i64 8, label %24
    i64 9, label %26
    i64 10, label %28
    i64 11, label %30
    i64 12, label %32
  ]

3:                                                ; preds = %2
  %4 = tail call i1 @__bpf_static_branch(ptr nonnull @k, i32 0)
  br i1 %4, label %5, label %6

5:                                                ; preds = %3
  store volatile i64 1, ptr @g1, align 8, !tbaa !7
  br label %6

6:                                                ; preds = %5, %3
  %7 = icmp ugt i64 %1, 5
  br i1 %7, label %8, label %9

8:                                                ; preds = %6
  store volatile i64 3, ptr @g2, align 8, !tbaa !7
  br label %34

9:                                                ; preds = %6
  store volatile i64 4, ptr @g1, align 8, !tbaa !7
  br label %34

10:                                               ; preds = %2
  %11 = mul i64 %1, 3
  store volatile i64 %11, ptr @g1, align 8, !tbaa !7
  br label %34

12:                                               ; preds = %2
  %13 = add i64 %1, 9
  store volatile i64 %13, ptr @g2, align 8, !tbaa !7
  br label %34

14:                                               ; preds = %2
  %15 = xor i64 %1, 11
  store volatile i64 %15, ptr @g1, align 8, !tbaa !7
  br label %34

16:                                               ; preds = %2
  %17 = add i64 %1, -13
  store volatile i64 %17, ptr @g2, align 8, !tbaa !7
  br label %34

18:                                               ; preds = %2
  %19 = mul i64 %1, 15
  store volatile i64 %19, ptr @g1, align 8, !tbaa !7
  br label %34

20:                                               ; preds = %2
  %21 = add i64 %1, 17
  store volatile i64 %21, ptr @g2, align 8, !tbaa !7
  br label %34

22:                                               ; preds = %2
  %23 = xor i64 %1, 19
  store volatile i64 %23, ptr @g1, align 8, !tbaa !7
  br label %34

24:                                               ; preds = %2
  %25 = mul i64 %1, 21
  store volatile i64 %25, ptr @g2, align 8, !tbaa !7
  br label %34

26:                                               ; preds = %2
  %27 = add i64 %1, -23
  store volatile i64 %27, ptr @g1, align 8, !tbaa !7
  br label %34

28:                                               ; preds = %2
  %29 = add i64 %1, 25
  store volatile i64 %29, ptr @g2, align 8, !tbaa !7
  br label %34

30:                                               ; preds = %2
  %31 = mul i64 %1, 27
  store volatile i64 %31, ptr @g1, align 8, !tbaa !7
  br label %34

32:                                               ; preds = %2
  %33 = xor i64 %1, 29
  store volatile i64 %33, ptr @g2, align 8, !tbaa !7
  br label %34

34:                                               ; preds = %8, %9, %2, %32, %30, %28, %26, %24, %22, %20, %18, %16, %14, %12, %10
  ret void
}

; Function Attrs: nofree nounwind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none)
define dso_local void @g(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  switch i64 %0, label %34 [
    i64 0, label %3
    i64 1, label %10
    i64 2, label %12
    i64 3, label %14
    i64 4, label %16
    i64 5, label %18
    i64 6, label %20
    i64 7, label %22
    i64 8, label %24
    i64 9, label %26
    i64 10, label %28
    i64 11, label %30
    i64 12, label %32
  ]

3:                                                ; preds = %2
  %4 = tail call i1 @__bpf_static_branch(ptr nonnull @k, i32 1)
  br i1 %4, label %5, label %6

5:                                                ; preds = %3
  %rem = urem i64 %1, 7
  store volatile i64 %rem, ptr @g1, align 8, !tbaa !7
  br label %6

6:                                                ; preds = %5, %3
  %7 = icmp ugt i64 %1, 5
  br i1 %7, label %8, label %9

8:                                                ; preds = %6
  store volatile i64 3, ptr @g2, align 8, !tbaa !7
  br label %34

9:                                                ; preds = %6
  store volatile i64 4, ptr @g1, align 8, !tbaa !7
  br label %34

10:                                               ; preds = %2
  %11 = mul i64 %1, 3
  store volatile i64 %11, ptr @g1, align 8, !tbaa !7
  br label %34

12:                                               ; preds = %2
  %13 = add i64 %1, 9
  store volatile i64 %13, ptr @g2, align 8, !tbaa !7
  br label %34

14:                                               ; preds = %2
  %15 = xor i64 %1, 11
  store volatile i64 %15, ptr @g1, align 8, !tbaa !7
  br label %34

16:                                               ; preds = %2
  %17 = add i64 %1, -13
  store volatile i64 %17, ptr @g2, align 8, !tbaa !7
  br label %34

18:                                               ; preds = %2
  %19 = mul i64 %1, 15
  store volatile i64 %19, ptr @g1, align 8, !tbaa !7
  br label %34

20:                                               ; preds = %2
  %21 = add i64 %1, 17
  store volatile i64 %21, ptr @g2, align 8, !tbaa !7
  br label %34

22:                                               ; preds = %2
  %23 = xor i64 %1, 19
  store volatile i64 %23, ptr @g1, align 8, !tbaa !7
  br label %34

24:                                               ; preds = %2
  %25 = mul i64 %1, 21
  store volatile i64 %25, ptr @g2, align 8, !tbaa !7
  br label %34

26:                                               ; preds = %2
  %27 = add i64 %1, -23
  store volatile i64 %27, ptr @g1, align 8, !tbaa !7
  br label %34

28:                                               ; preds = %2
  %29 = add i64 %1, 25
  store volatile i64 %29, ptr @g2, align 8, !tbaa !7
  br label %34

30:                                               ; preds = %2
  %31 = mul i64 %1, 27
  store volatile i64 %31, ptr @g1, align 8, !tbaa !7
  br label %34

32:                                               ; preds = %2
  %33 = xor i64 %1, 29
  store volatile i64 %33, ptr @g2, align 8, !tbaa !7
  br label %34

34:                                               ; preds = %8, %9, %2, %32, %30, %28, %26, %24, %22, %20, %18, %16, %14, %12, %10
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare dso_local i1 @__bpf_static_branch(ptr, i32) local_unnamed_addr #1

attributes #0 = { nofree nounwind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="v4" }
attributes #1 = { mustprogress nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"frame-pointer", i32 2}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"long", !5, i64 0}
