; Switches that would make a loadable program fail to load as jump tables
; stay compare trees (BPFJumpTablePolicy.cpp).
;
; 1. Switches the verifier walks more than once: in a loop, or in a static
; subprogram called from one or through its address. As jump tables they
; defeat the verifier's state pruning (a 32-case switch in a 16-iteration
; loop hits its 1M instruction limit on Linux 7.3, where the compare tree
; verifies in 16k). A switch verified once still becomes a table.
; Fails with Debian's llc-22, which makes a jump table of every one of them.
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 \
; RUN:   -bpf-jump-tables-in-loops < %s | FileCheck %s --check-prefix=LOOPS
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 \
; RUN:   -bpf-max-jump-tables-per-program=2 -stop-after=bpf-jump-table-policy < %s \
; RUN:   | FileCheck %s --check-prefix=IR
; RUN: llc -mtriple=bpfel -mcpu=v3 -bpf-min-jump-table-entries=4 < %s \
; RUN:   | FileCheck %s --check-prefix=V3
; RUN: llc -O0 -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 < %s \
; RUN:   | FileCheck %s --check-prefix=O0

; -O0 makes jump tables too (of a whole switch), so the policy runs there.
; O0-LABEL: once:
; O0: gotox
; O0-LABEL: in_loop:
; O0-NOT: gotox
; O0-LABEL: step:
; O0-NOT: gotox
; O0-LABEL: calls_in_loop:

; The pass marks the switches; without gotox (v3) nothing is a jump table.
; IR-LABEL: define i32 @once(
; IR: switch i32 %x, label %def [
; IR-NEXT: i32 0
; IR-NOT: !bpf.no.jump.table
; IR-LABEL: define i32 @in_loop(
; IR: ], !bpf.no.jump.table [[REPEATED:![0-9]+]]
; IR-LABEL: define internal i32 @step(
; IR: ], !bpf.no.jump.table [[REPEATED]]
; IR-LABEL: define internal i32 @step_once(
; IR-NOT: !bpf.no.jump.table
; IR-LABEL: define internal i32 @callback(
; IR: ], !bpf.no.jump.table [[REPEATED]]
; IR-LABEL: define i32 @global_step(
; IR-NOT: !bpf.no.jump.table
; IR-LABEL: define i32 @calls_global_in_loop(
; IR-LABEL: define i32 @big_prog(
; IR: switch i32 %x, label %s2 [
; IR-NOT: !bpf.no.jump.table
; IR: ], !bpf.no.jump.table [[MAPLIMIT:![0-9]+]]
; IR-LABEL: define internal i32 @sub5(
; IR-NOT: !bpf.no.jump.table
; IR-LABEL: define internal i32 @sub4(
; IR: ], !bpf.no.jump.table [[MAPLIMIT]]
; IR-DAG: [[REPEATED]] = !{!"verified repeatedly"}
; IR-DAG: [[MAPLIMIT]] = !{!"map limit"}
; V3-NOT: gotox

; CHECK-LABEL: once:
; CHECK: gotox
; LOOPS-LABEL: once:
; LOOPS: gotox
define i32 @once(i32 %x, i32 %acc) {
entry:
  switch i32 %x, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
  ]
c0:
  %v0 = mul i32 %acc, 3
  br label %join
c1:
  %v1 = xor i32 %acc, 85
  br label %join
c2:
  %v2 = add i32 %acc, 7
  br label %join
c3:
  %v3 = sub i32 %acc, 9
  br label %join
def:
  br label %join
join:
  %r = phi i32 [ %v0, %c0 ], [ %v1, %c1 ], [ %v2, %c2 ], [ %v3, %c3 ], [ 0, %def ]
  ret i32 %r
}

; CHECK-LABEL: in_loop:
; CHECK-NOT: gotox
; LOOPS-LABEL: in_loop:
; LOOPS: gotox
define i32 @in_loop(i32 %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %acc = phi i32 [ %x, %entry ], [ %acc.next, %latch ]
  %v = and i32 %acc, 3
  switch i32 %v, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
  ]
c0:
  %v0 = mul i32 %acc, 3
  br label %latch
c1:
  %v1 = xor i32 %acc, 85
  br label %latch
c2:
  %v2 = add i32 %acc, 7
  br label %latch
c3:
  %v3 = sub i32 %acc, 9
  br label %latch
def:
  br label %latch
latch:
  %acc.next = phi i32 [ %v0, %c0 ], [ %v1, %c1 ], [ %v2, %c2 ], [ %v3, %c3 ], [ 0, %def ]
  %i.next = add i32 %i, 1
  %more = icmp ult i32 %i.next, 16
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %acc.next
}

; A static subprogram called in a loop is verified at every call.
; CHECK-LABEL: step:
; CHECK-NOT: gotox
; LOOPS-LABEL: step:
; LOOPS: gotox
define internal i32 @step(i32 %x, i32 %acc) noinline {
entry:
  switch i32 %x, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
  ]
c0:
  %v0 = mul i32 %acc, 3
  br label %join
c1:
  %v1 = xor i32 %acc, 85
  br label %join
c2:
  %v2 = add i32 %acc, 7
  br label %join
c3:
  %v3 = sub i32 %acc, 9
  br label %join
def:
  br label %join
join:
  %r = phi i32 [ %v0, %c0 ], [ %v1, %c1 ], [ %v2, %c2 ], [ %v3, %c3 ], [ 0, %def ]
  ret i32 %r
}

define i32 @calls_in_loop(i32 %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ %x, %entry ], [ %acc.next, %loop ]
  %v = and i32 %acc, 3
  %acc.next = call i32 @step(i32 %v, i32 %acc)
  %i.next = add i32 %i, 1
  %more = icmp ult i32 %i.next, 16
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %acc.next
}

; Called once, outside loops: verified once.
; CHECK-LABEL: step_once:
; CHECK: gotox
define internal i32 @step_once(i32 %x, i32 %acc) noinline {
entry:
  switch i32 %x, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
  ]
c0:
  %v0 = mul i32 %acc, 3
  br label %join
c1:
  %v1 = xor i32 %acc, 85
  br label %join
c2:
  %v2 = add i32 %acc, 7
  br label %join
c3:
  %v3 = sub i32 %acc, 9
  br label %join
def:
  br label %join
join:
  %r = phi i32 [ %v0, %c0 ], [ %v1, %c1 ], [ %v2, %c2 ], [ %v3, %c3 ], [ 0, %def ]
  ret i32 %r
}

define i32 @calls_once(i32 %x) {
  %r = call i32 @step_once(i32 %x, i32 %x)
  ret i32 %r
}

; Its address escapes (a bpf_loop callback, say): verified until it converges.
; CHECK-LABEL: callback:
; CHECK-NOT: gotox
; LOOPS-LABEL: callback:
; LOOPS: gotox
define internal i32 @callback(i32 %x, i32 %acc) noinline {
entry:
  switch i32 %x, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
  ]
c0:
  %v0 = mul i32 %acc, 3
  br label %join
c1:
  %v1 = xor i32 %acc, 85
  br label %join
c2:
  %v2 = add i32 %acc, 7
  br label %join
c3:
  %v3 = sub i32 %acc, 9
  br label %join
def:
  br label %join
join:
  %r = phi i32 [ %v0, %c0 ], [ %v1, %c1 ], [ %v2, %c2 ], [ %v3, %c3 ], [ 0, %def ]
  ret i32 %r
}

declare void @take(ptr)

define void @escapes() {
  call void @take(ptr @callback)
  ret void
}

; Global functions are verified once, on their own.
; CHECK-LABEL: global_step:
; CHECK: gotox
define i32 @global_step(i32 %x, i32 %acc) noinline {
entry:
  switch i32 %x, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
  ]
c0:
  %v0 = mul i32 %acc, 3
  br label %join
c1:
  %v1 = xor i32 %acc, 85
  br label %join
c2:
  %v2 = add i32 %acc, 7
  br label %join
c3:
  %v3 = sub i32 %acc, 9
  br label %join
def:
  br label %join
join:
  %r = phi i32 [ %v0, %c0 ], [ %v1, %c1 ], [ %v2, %c2 ], [ %v3, %c3 ], [ 0, %def ]
  ret i32 %r
}

define i32 @calls_global_in_loop(i32 %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ %x, %entry ], [ %acc.next, %loop ]
  %v = and i32 %acc, 3
  %acc.next = call i32 @global_step(i32 %v, i32 %acc)
  %i.next = add i32 %i, 1
  %more = icmp ult i32 %i.next, 16
  br i1 %more, label %loop, label %exit
exit:
  ret i32 %acc.next
}

; 2. Every table is a map of its program, and the kernel allows 64 maps per
; program: beyond -bpf-max-jump-tables-per-program tables (here 2) in a
; program and the functions it calls, the switches with fewest cases stay
; compare trees (a subprogram's switches count in every program calling it).
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 \
; RUN:   -bpf-max-jump-tables-per-program=2 < %s | FileCheck %s --check-prefix=MAPS
; MAPS-LABEL: big_prog:
; MAPS: gotox
; MAPS-NOT: gotox
; MAPS-LABEL: other_prog:
; MAPS-NOT: gotox
; MAPS-LABEL: sub5:
; MAPS: gotox
; MAPS-LABEL: sub4:
; MAPS-NOT: gotox

define i32 @big_prog(i32 %x, i32 %y) section "xdp" {
entry:
  switch i32 %x, label %s2 [
    i32 0, label %a0
    i32 1, label %a1
    i32 2, label %a2
    i32 3, label %a3
    i32 4, label %a4
    i32 5, label %a5
  ]
a0:
  br label %s2
a1:
  br label %s2
a2:
  br label %s2
a3:
  br label %s2
a4:
  br label %s2
a5:
  br label %s2
s2:
  %r1 = phi i32 [ 11, %a0 ], [ 22, %a1 ], [ 33, %a2 ], [ 44, %a3 ], [ 55, %a4 ], [ 66, %a5 ], [ 0, %entry ]
  %m = add i32 %y, 1
  switch i32 %m, label %end [
    i32 0, label %b0
    i32 1, label %b1
    i32 2, label %b2
    i32 3, label %b3
  ]
b0:
  br label %end
b1:
  br label %end
b2:
  br label %end
b3:
  br label %end
end:
  %r2 = phi i32 [ 7, %b0 ], [ 8, %b1 ], [ 9, %b2 ], [ 10, %b3 ], [ 0, %s2 ]
  %c = call i32 @sub5(i32 %y)
  %d = call i32 @sub4(i32 %x)
  %s = add i32 %r1, %r2
  %t = add i32 %s, %c
  %u = add i32 %t, %d
  ret i32 %u
}

define i32 @other_prog(i32 %x) section "tc" {
  %r = call i32 @sub4(i32 %x)
  ret i32 %r
}

define internal i32 @sub5(i32 %x) noinline {
entry:
  switch i32 %x, label %end [
    i32 0, label %a0
    i32 1, label %a1
    i32 2, label %a2
    i32 3, label %a3
    i32 4, label %a4
  ]
a0:
  br label %end
a1:
  br label %end
a2:
  br label %end
a3:
  br label %end
a4:
  br label %end
end:
  %r = phi i32 [ 3, %a0 ], [ 1, %a1 ], [ 4, %a2 ], [ 1, %a3 ], [ 5, %a4 ], [ 9, %entry ]
  ret i32 %r
}

define internal i32 @sub4(i32 %x) noinline {
entry:
  switch i32 %x, label %end [
    i32 0, label %a0
    i32 1, label %a1
    i32 2, label %a2
    i32 3, label %a3
  ]
a0:
  br label %end
a1:
  br label %end
a2:
  br label %end
a3:
  br label %end
end:
  %r = phi i32 [ 2, %a0 ], [ 7, %a1 ], [ 1, %a2 ], [ 8, %a3 ], [ 0, %entry ]
  ret i32 %r
}
