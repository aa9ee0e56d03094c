; Static branch sites: what __builtin_static_branch becomes. Debian's stock
; llc-22 knows no static branches and emits a call to __bpf_static_branch.
; RUN: llc -mtriple=bpfel -mcpu=v3 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v1 -O0 < %s | FileCheck %s --check-prefix=O0
; RUN: llc -mtriple=bpfel -mcpu=v3 -filetype=obj -o %t.o < %s
; RUN: llvm-objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=OBJ
; RUN: llvm-readelf -r -S %t.o | FileCheck %s --check-prefix=RELOC

@debug_key = dso_local global [4 x i64] zeroinitializer, section ".maps", align 8
@fast_path = dso_local global [4 x i64] zeroinitializer, section ".maps", align 8

declare i1 @__bpf_static_branch(ptr, i32) nounwind willreturn memory(none)
declare void @trace(i32)

; An unlikely site falls through while the key is off and jumps to the body,
; which block placement moves out of line.
; CHECK-LABEL: unlikely:
; CHECK:       # %bb.0:
; CHECK-NEXT:  .Lstatic_branch0:
; CHECK-NEXT:    nop_or_goto [[BODY:LBB0_[0-9]+]]
; CHECK-NEXT:  [[END:LBB0_[0-9]+]]:
; CHECK-NEXT:    w0 = 0
; CHECK-NEXT:    exit
; CHECK-NEXT:  [[BODY]]:
; CHECK:         call trace
; CHECK-NEXT:    goto [[END]]
; O0-LABEL: unlikely:
; O0:         nop_or_goto
; O0-NOT:     goto_or_nop
; O0:         call trace
define i32 @unlikely(i32 %x) {
entry:
  %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
  br i1 %on, label %if.then, label %if.end
if.then:
  call void @trace(i32 %x)
  br label %if.end
if.end:
  ret i32 0
}

; A likely site jumps around the inline body while the key is off.
; CHECK-LABEL: likely:
; CHECK:       # %bb.0:
; CHECK-NEXT:  .Lstatic_branch1:
; CHECK-NEXT:    goto_or_nop [[END:LBB1_[0-9]+]]
; CHECK-NEXT:  # %bb.1:
; CHECK-NEXT:    call trace
; CHECK-NEXT:  [[END]]:
; CHECK:         w0 = 1
; CHECK-NEXT:    exit
; O0-LABEL: likely:
; O0:         goto_or_nop
define i32 @likely(i32 %x) {
entry:
  %on = call i1 @__bpf_static_branch(ptr @fast_path, i32 1)
  br i1 %on, label %if.then, label %if.end
if.then:
  call void @trace(i32 %x)
  br label %if.end
if.end:
  ret i32 1
}

; if (!static_branch_unlikely(&k)): the negation swaps the sides, the body
; (taken while the key is off) stays the likely, inline one.
; CHECK-LABEL: negated:
; CHECK:       .Lstatic_branch2:
; CHECK-NEXT:    nop_or_goto [[SKIP:LBB2_[0-9]+]]
; CHECK-NEXT:  # %bb.1:
; CHECK-NEXT:    call trace
; CHECK-NEXT:  [[SKIP]]:
define i32 @negated(i32 %x) {
entry:
  %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
  %off = xor i1 %on, true
  br i1 %off, label %if.then, label %if.end
if.then:
  call void @trace(i32 %x)
  br label %if.end
if.end:
  ret i32 2
}

; A value that is not branched on comes from a site of its own.
; CHECK-LABEL: value:
; CHECK:       .Lstatic_branch3:
; CHECK-NEXT:    nop_or_goto [[ON:LBB3_[0-9]+]]
; CHECK:         w0 = 0
; CHECK:       [[ON]]:
; CHECK-NEXT:    w0 = 1
define i32 @value() {
  %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
  %r = zext i1 %on to i32
  ret i32 %r
}

; Two keys in one function. Tail duplication copies the second site into
; the first body, reversed (nop_or_goto to the body, then goto past it):
; every copy is a site of its own, recorded with its key.
; CHECK-LABEL: two_keys:
; CHECK:       .Lstatic_branch4:
; CHECK-NEXT:    nop_or_goto [[A:LBB4_[0-9]+]]
; CHECK-NEXT:  # %bb.2:
; CHECK-NEXT:  .Lstatic_branch5:
; CHECK-NEXT:    goto_or_nop [[END:LBB4_[0-9]+]]
; CHECK-NEXT:  [[B:LBB4_[0-9]+]]:
; CHECK-NEXT:    w1 = 2
; CHECK-NEXT:    call trace
; CHECK-NEXT:  [[END]]:
; CHECK:       [[A]]:
; CHECK:         w1 = 1
; CHECK-NEXT:    call trace
; CHECK-NEXT:  .Lstatic_branch6:
; CHECK-NEXT:    nop_or_goto [[B]]
; CHECK-NEXT:    goto [[END]]
define i32 @two_keys(i32 %x) {
entry:
  %a = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
  br i1 %a, label %then.a, label %next
then.a:
  call void @trace(i32 1)
  br label %next
next:
  %b = call i1 @__bpf_static_branch(ptr @fast_path, i32 1)
  br i1 %b, label %then.b, label %end
then.b:
  call void @trace(i32 2)
  br label %end
end:
  ret i32 %x
}

; A site in a loop, tested on a value computed before the loop: the site is
; in the loop, not in the preheader.
; CHECK-LABEL: in_loop:
; CHECK:       [[LOOP:LBB5_[0-9]+]]:
; CHECK-NEXT:  # =>This Inner Loop Header
; CHECK-NEXT:  .Lstatic_branch7:
; CHECK-NEXT:    nop_or_goto
; CHECK:         if {{.*}} goto [[LOOP]]
define i32 @in_loop(i32 %n) {
entry:
  %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  br i1 %on, label %trace, label %latch
trace:
  call void @trace(i32 %i)
  br label %latch
latch:
  %i.next = add i32 %i, 1
  %c = icmp ult i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i.next
}

; A select on a key (what -O2 makes of if/else) picks its operands with a
; site; no 0/1 is materialized and compared.
; CHECK-LABEL: select_on_key:
; CHECK:         w0 = 2
; CHECK-NEXT:  .Lstatic_branch8:
; CHECK-NEXT:    goto_or_nop [[OFF:LBB6_[0-9]+]]
; CHECK-NEXT:  [[JOIN:LBB6_[0-9]+]]:
; CHECK-NEXT:    exit
; CHECK-NEXT:  [[OFF]]:
; CHECK:         w0 = 3
; CHECK-NEXT:    goto [[JOIN]]
; CHECK-NOT:     if w
define i32 @select_on_key() {
  %on = call i1 @__bpf_static_branch(ptr @fast_path, i32 1)
  %r = select i1 %on, i32 2, i32 3
  ret i32 %r
}

; Every site is one 16-byte record: its instruction, then its key.
; CHECK:         .section .static_branches,"",@progbits
; CHECK-NEXT:    .p2align 3
; CHECK-NEXT:    .quad .Lstatic_branch0
; CHECK-NEXT:    .quad debug_key
; CHECK-NEXT:    .quad .Lstatic_branch1
; CHECK-NEXT:    .quad fast_path
; CHECK-NEXT:    .quad .Lstatic_branch2
; CHECK-NEXT:    .quad debug_key
; CHECK-NEXT:    .quad .Lstatic_branch3
; CHECK-NEXT:    .quad debug_key
; CHECK-NEXT:    .quad .Lstatic_branch4
; CHECK-NEXT:    .quad debug_key
; CHECK-NEXT:    .quad .Lstatic_branch5
; CHECK-NEXT:    .quad fast_path
; CHECK-NEXT:    .quad .Lstatic_branch6
; CHECK-NEXT:    .quad fast_path
; CHECK-NEXT:    .quad .Lstatic_branch7
; CHECK-NEXT:    .quad debug_key
; CHECK-NEXT:    .quad .Lstatic_branch8
; CHECK-NEXT:    .quad fast_path
; CHECK-NOT:     .quad

; The object has exactly as many site records as static branch instructions.
; OBJ-COUNT-9: {{nop_or_goto|goto_or_nop}}
; OBJ-NOT:     {{nop_or_goto|goto_or_nop}}
; RELOC:       .static_branches PROGBITS {{[0-9a-f]+}} {{[0-9a-f]+}} 000090
; RELOC:       Relocation section '.rel.static_branches' at offset {{.*}} contains 18 entries:
; RELOC-COUNT-18: R_BPF_64_ABS64 {{.*}} {{\.text|debug_key|fast_path}}{{$}}
