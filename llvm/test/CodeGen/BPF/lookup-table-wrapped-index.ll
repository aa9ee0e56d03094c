; SimplifyCFG indexes the lookup table of cases at the top of their type
; with x - Lo, and the middle end splits that into table[x] at the offset
; -Lo * entry size, which the load folds. x is then negative (u64, u8) or
; near INT64_MAX (s64) and the shift, or the pointer addition, loses its
; range: the verifier refuses the load ("minimal bound negative").
; BPFJumpTableIndex takes the check's bound Lo back into the index: r1 += 6,
; r1 += 12 (bytes, no shift), and r1 += -Lo from a 64-bit immediate (smax).
; Left alone: a table whose index stays small (cases 5 to 8, offset -20),
; and a positive offset no check explains (arr[x + 1] under x < 3). The
; check may have its operands swapped (v1: if r2 > r1 with r2 = -6). Fails
; with Debian's llc-22, which loads at r2 + 48, r2 + 12 and r2 + 16.
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s --check-prefixes=CHECK,V4
; RUN: llc -mtriple=bpfel -mcpu=v1 < %s | FileCheck %s --check-prefixes=CHECK,V1
;
; Source (clang --target=bpf -O2 -mcpu=v4 -S -emit-llvm; unexplained edited):
;   unsigned long top(unsigned long x)
;   {
;   	switch (x) {
;   	case -6UL: return 0x6d; ...; case -1UL: return 0x2bf763d91ac340fUL;
;   	}
;   	return 0x9b;
;   }

@switch.table.top = private unnamed_addr constant [6 x i64] [i64 109, i64 -83214991409, i64 434, i64 -8978615314306678882, i64 190, i64 198006915436655631], align 8
@switch.table.bytes = private unnamed_addr constant [12 x i8] c"\03\01\04\01\05\09\02\06\05\03\05\08", align 1
@switch.table.smax = private unnamed_addr constant [4 x i32] [i32 43, i32 196, i32 79, i32 125], align 4
@switch.table.small = private unnamed_addr constant [4 x i32] [i32 43, i32 196, i32 79, i32 125], align 4
@arr = dso_local local_unnamed_addr constant [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 4

; CHECK-LABEL: top:
; V4:          if r1 < -6 goto
; V1:          [[C:r[0-9]]] = -6
; V1-NEXT:     if [[C]] > r1 goto
; CHECK:       r1 += 6
; CHECK-NEXT:  r1 <<= 3
; CHECK-NEXT:  r2 += r1
; CHECK-NEXT:  r0 = *(u64 *)(r2 + 0)
define i64 @top(i64 %x) {
entry:
  %in = icmp ugt i64 %x, -7
  br i1 %in, label %load, label %exit

load:
  %p = getelementptr i64, ptr @switch.table.top, i64 %x
  %q = getelementptr i8, ptr %p, i64 48
  %v = load i64, ptr %q, align 8
  br label %exit

exit:
  %r = phi i64 [ %v, %load ], [ 155, %entry ]
  ret i64 %r
}

; CHECK-LABEL: bytes:
; V4:          if r1 < -12 goto
; V1:          [[C:r[0-9]]] = -12
; V1-NEXT:     if [[C]] > r1 goto
; CHECK:       r1 += 12
; CHECK-NEXT:  r2 += r1
; CHECK-NEXT:  {{[rw]}}0 = *(u8 *)(r2 + 0)
define i8 @bytes(i64 %x) {
entry:
  %in = icmp ugt i64 %x, -13
  br i1 %in, label %load, label %exit

load:
  %p = getelementptr i8, ptr @switch.table.bytes, i64 %x
  %q = getelementptr i8, ptr %p, i64 12
  %v = load i8, ptr %q, align 1
  br label %exit

exit:
  %r = phi i8 [ %v, %load ], [ 7, %entry ]
  ret i8 %r
}

; CHECK-LABEL: smax:
; CHECK:       [[LO:r[0-9]]] = 9223372036854775804 ll
; V4-NEXT:     if r1 s< [[LO]] goto
; V1-NEXT:     if [[LO]] s> r1 goto
; CHECK:       [[D:r[0-9]]] = -9223372036854775804 ll
; CHECK-NEXT:  r1 += [[D]]
; CHECK-NEXT:  r1 <<= 2
; CHECK-NEXT:  r2 += r1
; CHECK-NEXT:  {{[rw]}}0 = *(u32 *)(r2 + 0)
define i32 @smax(i64 %x) {
entry:
  %in = icmp sgt i64 %x, 9223372036854775803
  br i1 %in, label %load, label %exit

load:
  %p = getelementptr i32, ptr @switch.table.smax, i64 %x
  %q = getelementptr i8, ptr %p, i64 16
  %v = load i32, ptr %q, align 4
  br label %exit

exit:
  %r = phi i32 [ %v, %load ], [ 96, %entry ]
  ret i32 %r
}

; CHECK-LABEL: small:
; V4:          if r1 < 5 goto
; V1:          [[C:r[0-9]]] = 5
; V1-NEXT:     if [[C]] > r1 goto
; CHECK-NOT:   r1 +=
; CHECK:       r1 <<= 2
; CHECK:       r2 += r1
; CHECK-NEXT:  {{[rw]}}0 = *(u32 *)(r2 - 20)
define i32 @small(i64 %x) {
entry:
  %in = icmp ugt i64 %x, 4
  br i1 %in, label %check, label %exit

check:
  %lt = icmp ult i64 %x, 9
  br i1 %lt, label %load, label %exit

load:
  %p = getelementptr i32, ptr @switch.table.small, i64 %x
  %q = getelementptr i8, ptr %p, i64 -20
  %v = load i32, ptr %q, align 4
  br label %exit

exit:
  %r = phi i32 [ %v, %load ], [ 96, %entry ], [ 96, %check ]
  ret i32 %r
}

; CHECK-LABEL: unexplained:
; CHECK:       r1 <<= 2
; CHECK:       r2 += r1
; CHECK-NEXT:  {{[rw]}}0 = *(u32 *)(r2 + 4)
define i32 @unexplained(i64 %x) {
entry:
  %in = icmp ult i64 %x, 3
  br i1 %in, label %load, label %exit

load:
  %p = getelementptr i32, ptr @arr, i64 %x
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q, align 4
  br label %exit

exit:
  %r = phi i32 [ %v, %load ], [ 0, %entry ]
  ret i32 %r
}
