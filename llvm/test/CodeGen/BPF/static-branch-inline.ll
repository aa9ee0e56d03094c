; A site in a function inlined into two callers becomes one site in each,
; both recorded with the same key. Debian's stock tools emit calls instead.
; RUN: opt -O2 -mtriple=bpfel < %s | llc -mtriple=bpfel -mcpu=v3 | FileCheck %s

@debug_key = dso_local global [4 x i64] zeroinitializer, section ".maps", align 8

declare i1 @__bpf_static_branch(ptr, i32) nounwind willreturn memory(none)
declare void @trace(i32)

define internal i32 @helper(i32 %x) {
entry:
  %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
  br i1 %on, label %if.then, label %if.end
if.then:
  call void @trace(i32 %x)
  br label %if.end
if.end:
  %r = add i32 %x, 1
  ret i32 %r
}

; CHECK-LABEL: caller1:
; CHECK:       .Lstatic_branch0:
; CHECK-NEXT:    nop_or_goto
; CHECK-NOT:     call helper
define i32 @caller1(i32 %x) {
  %r = call i32 @helper(i32 %x)
  ret i32 %r
}

; CHECK-LABEL: caller2:
; CHECK:       .Lstatic_branch1:
; CHECK-NEXT:    nop_or_goto
; CHECK-NOT:     call helper
define i32 @caller2(i32 %x) {
  %y = mul i32 %x, 3
  %r = call i32 @helper(i32 %y)
  ret i32 %r
}

; CHECK:       .section .static_branches
; CHECK-NEXT:    .p2align 3
; CHECK-NEXT:    .quad .Lstatic_branch0
; CHECK-NEXT:    .quad debug_key
; CHECK-NEXT:    .quad .Lstatic_branch1
; CHECK-NEXT:    .quad debug_key
; CHECK-NOT:     .quad
