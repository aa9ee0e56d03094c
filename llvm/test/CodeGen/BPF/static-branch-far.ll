; A site whose target is beyond a 16-bit offset takes the 32-bit form
; (BPF_JMP32|BPF_JA, offset in imm), on every CPU: a loader rewrites it to
; gotol or ja before the kernel sees it. -gotol-abs-low-bound=0 makes every
; distance count as far, as a real 32K-instruction body would.
; Debian's stock llc-22 knows no static branches.
; RUN: llc -mtriple=bpfel -mcpu=v1 -gotol-abs-low-bound=0 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -gotol-abs-low-bound=0 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v3 < %s | FileCheck %s --check-prefix=NEAR
; RUN: llc -mtriple=bpfel -mcpu=v3 -gotol-abs-low-bound=0 -filetype=obj < %s \
; RUN:   | llvm-objdump -d - | FileCheck %s --check-prefix=OBJ

@debug_key = dso_local global [4 x i64] zeroinitializer, section ".maps", align 8
@fast_path = dso_local global [4 x i64] zeroinitializer, section ".maps", align 8

declare i1 @__bpf_static_branch(ptr, i32) nounwind willreturn memory(none)
declare void @trace(i32)

; CHECK-LABEL: far_unlikely:
; CHECK:         nop_or_gotol [[BODY:LBB0_[0-9]+]]
; CHECK:       [[BODY]]:
; NEAR-LABEL:  far_unlikely:
; NEAR:          nop_or_goto LBB0_
; OBJ-LABEL:   <far_unlikely>:
; OBJ-NEXT:      06 30 00 00 02 00 00 00 nop_or_gotol +0x2
define i32 @far_unlikely(i32 %x) {
entry:
  %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
  br i1 %on, label %if.then, label %if.end
if.then:
  call void @trace(i32 %x)
  br label %if.end
if.end:
  ret i32 0
}

; CHECK-LABEL: far_likely:
; CHECK:         gotol_or_nop [[END:LBB1_[0-9]+]]
; CHECK:       [[END]]:
; NEAR-LABEL:  far_likely:
; NEAR:          goto_or_nop LBB1_
; OBJ-LABEL:   <far_likely>:
; OBJ-NEXT:      06 10 00 00 01 00 00 00 gotol_or_nop +0x1
define i32 @far_likely(i32 %x) {
entry:
  %on = call i1 @__bpf_static_branch(ptr @fast_path, i32 1)
  br i1 %on, label %if.then, label %if.end
if.then:
  call void @trace(i32 %x)
  br label %if.end
if.end:
  ret i32 1
}
