; At -O0 a switch on a signed char compares the low half of the
; sign-extended load (if w1 > 13) and indexes the jump table with its
; zero-extension, spilled across the check. The kernel gives the index the
; id of w1 only if r1's upper half is zero, so the check bounded w1 and not
; the index: "R1 max value is outside of the allowed memory range" on the
; table load. BPFJumpTableIndex zero-extends the checked value first
; (w1 = w1), and the check and the index read it. Fails with Debian's
; llc-22, which has no `w1 = w1`.
; RUN: llc -O0 -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
;
; Source (clang --target=bpf -O0 -mcpu=v4 -S -emit-llvm):
;   unsigned long f(unsigned long x, unsigned long acc)
;   {
;   	signed char v = x;
;   	switch (v) {
;   	case 0: acc += 1; break; case 1: acc ^= 3; break; ...
;   	case 13: acc ^= 27; break;
;   	}
;   	return acc;
;   }

; CHECK-LABEL: f:
; CHECK:      r[[X:[0-9]+]] = *(s8 *)(r10 - {{[0-9]+}})
; CHECK:      w[[X]] = w[[X]]
; CHECK-NEXT: r[[I:[0-9]+]] = w[[X]]
; CHECK-NEXT: *(u64 *)(r10 - [[SLOT:[0-9]+]]) = r[[I]]
; CHECK-NEXT: if w[[X]] > 13 goto
; CHECK:      r[[J:[0-9]+]] = *(u64 *)(r10 - [[SLOT]])
; CHECK-NEXT: r[[J]] <<= 3
; CHECK-NEXT: r[[T:[0-9]+]] = BPF.JT.0.0 ll
; CHECK-NEXT: r[[T]] += r[[J]]
; CHECK-NEXT: r[[T]] = *(u64 *)(r[[T]] + 0)
; CHECK-NEXT: gotox r[[T]]

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

; Function Attrs: noinline nounwind optnone
define dso_local i64 @f(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %6 = load i64, ptr %3, align 8
  %7 = trunc i64 %6 to i8
  store i8 %7, ptr %5, align 1
  %8 = load i8, ptr %5, align 1
  %9 = sext i8 %8 to i32
  switch i32 %9, label %52 [
    i32 0, label %10
    i32 1, label %13
    i32 2, label %16
    i32 3, label %19
    i32 4, label %22
    i32 5, label %25
    i32 6, label %28
    i32 7, label %31
    i32 8, label %34
    i32 9, label %37
    i32 10, label %40
    i32 11, label %43
    i32 12, label %46
    i32 13, label %49
  ]

10:                                               ; preds = %2
  %11 = load i64, ptr %4, align 8
  %12 = add i64 %11, 1
  store i64 %12, ptr %4, align 8
  br label %52

13:                                               ; preds = %2
  %14 = load i64, ptr %4, align 8
  %15 = xor i64 %14, 3
  store i64 %15, ptr %4, align 8
  br label %52

16:                                               ; preds = %2
  %17 = load i64, ptr %4, align 8
  %18 = mul i64 %17, 5
  store i64 %18, ptr %4, align 8
  br label %52

19:                                               ; preds = %2
  %20 = load i64, ptr %4, align 8
  %21 = sub i64 %20, 7
  store i64 %21, ptr %4, align 8
  br label %52

22:                                               ; preds = %2
  %23 = load i64, ptr %4, align 8
  %24 = add i64 %23, 9
  store i64 %24, ptr %4, align 8
  br label %52

25:                                               ; preds = %2
  %26 = load i64, ptr %4, align 8
  %27 = xor i64 %26, 11
  store i64 %27, ptr %4, align 8
  br label %52

28:                                               ; preds = %2
  %29 = load i64, ptr %4, align 8
  %30 = mul i64 %29, 13
  store i64 %30, ptr %4, align 8
  br label %52

31:                                               ; preds = %2
  %32 = load i64, ptr %4, align 8
  %33 = sub i64 %32, 15
  store i64 %33, ptr %4, align 8
  br label %52

34:                                               ; preds = %2
  %35 = load i64, ptr %4, align 8
  %36 = add i64 %35, 17
  store i64 %36, ptr %4, align 8
  br label %52

37:                                               ; preds = %2
  %38 = load i64, ptr %4, align 8
  %39 = xor i64 %38, 19
  store i64 %39, ptr %4, align 8
  br label %52

40:                                               ; preds = %2
  %41 = load i64, ptr %4, align 8
  %42 = mul i64 %41, 21
  store i64 %42, ptr %4, align 8
  br label %52

43:                                               ; preds = %2
  %44 = load i64, ptr %4, align 8
  %45 = sub i64 %44, 23
  store i64 %45, ptr %4, align 8
  br label %52

46:                                               ; preds = %2
  %47 = load i64, ptr %4, align 8
  %48 = add i64 %47, 25
  store i64 %48, ptr %4, align 8
  br label %52

49:                                               ; preds = %2
  %50 = load i64, ptr %4, align 8
  %51 = xor i64 %50, 27
  store i64 %51, ptr %4, align 8
  br label %52

52:                                               ; preds = %2, %49, %46, %43, %40, %37, %34, %31, %28, %25, %22, %19, %16, %13, %10
  %53 = load i64, ptr %4, align 8
  ret i64 %53
}

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="v4" }

!llvm.module.flags = !{!0, !1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"frame-pointer", i32 2}
