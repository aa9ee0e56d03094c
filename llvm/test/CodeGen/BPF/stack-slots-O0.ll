; The verifier keeps a scalar spilled to the stack only for a store at an
; 8-byte aligned offset. Without optimization the locals pc and len (4
; bytes) and op (1 byte) were packed into the same 8 bytes, so after
; `if (pc < len)` a reload of pc had no bounds and the table load
; `code[pc]` failed to verify. In an optnone function (clang -O0) each local
; smaller than 8 bytes now gets a slot of its own; optimized code keeps
; packing them (@packed). Fails with Debian's llc-22 (offsets -12, -16, -17).
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s

; CHECK-LABEL: slots:
; CHECK: *(u64 *)(r10 - 8) = r1
; CHECK: *(u32 *)(r10 - 16) = 0
; CHECK: *(u32 *)(r10 - 24) = w{{[0-9]+}}
; CHECK: *(u8 *)(r10 - 32) = 3
; CHECK: w{{[0-9]+}} = *(u32 *)(r10 - 16)
; CHECK: w{{[0-9]+}} = *(u32 *)(r10 - 24)
; CHECK-LABEL: packed:
; CHECK: *(u32 *)(r10 - 4) = 0
; CHECK: *(u32 *)(r10 - 8) = w{{[0-9]+}}
; CHECK: *(u8 *)(r10 - 9) = 3

@code = dso_local global [16 x i8] zeroinitializer, align 1

define dso_local i32 @slots(i64 %x, i32 %n) #0 {
entry:
  %x.addr = alloca i64, align 8
  %pc = alloca i32, align 4
  %len = alloca i32, align 4
  %op = alloca i8, align 1
  store i64 %x, ptr %x.addr, align 8
  store i32 0, ptr %pc, align 4
  store i32 %n, ptr %len, align 4
  store i8 3, ptr %op, align 1
  %0 = load i32, ptr %pc, align 4
  %1 = load i32, ptr %len, align 4
  %cmp = icmp ult i32 %0, %1
  br i1 %cmp, label %in, label %out

in:
  %2 = load i32, ptr %pc, align 4
  %idx = zext i32 %2 to i64
  %p = getelementptr inbounds [16 x i8], ptr @code, i64 0, i64 %idx
  %3 = load i8, ptr %p, align 1
  %4 = zext i8 %3 to i32
  ret i32 %4

out:
  ret i32 0
}

define dso_local void @packed(i32 %n) {
entry:
  %pc = alloca i32, align 4
  %len = alloca i32, align 4
  %op = alloca i8, align 1
  store volatile i32 0, ptr %pc, align 4
  store volatile i32 %n, ptr %len, align 4
  store volatile i8 3, ptr %op, align 1
  ret void
}

attributes #0 = { noinline nounwind optnone }
