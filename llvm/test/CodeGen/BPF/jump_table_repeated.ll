; Switches the verifier walks more than once (in a loop, or in a static
; subprogram called from one or through its address) stay compare trees: as
; jump tables they defeat the verifier's state pruning (a 32-case switch in a
; 16-iteration loop hits its 1M instruction limit on Linux 7.3, where the
; compare tree verifies in 16k). A switch verified once still becomes one.
; Fails with Debian's llc-22, which makes a jump table of every one of them.
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 \
; RUN:   -bpf-jump-tables-in-loops < %s | FileCheck %s --check-prefix=LOOPS
; RUN: llc -mtriple=bpfel -mcpu=v4 -stop-after=bpf-repeated-switch < %s \
; RUN:   | FileCheck %s --check-prefix=IR
; RUN: llc -mtriple=bpfel -mcpu=v3 -bpf-min-jump-table-entries=4 < %s \
; RUN:   | FileCheck %s --check-prefix=V3

; The pass marks the switches; without gotox (v3) nothing is a jump table.
; IR-LABEL: define i32 @once(
; IR: switch i32 %x, label %def [
; IR-NEXT: i32 0
; IR-NOT: !bpf.repeated
; IR-LABEL: define i32 @in_loop(
; IR: ], !bpf.repeated
; IR-LABEL: define internal i32 @step(
; IR: ], !bpf.repeated
; IR-LABEL: define internal i32 @step_once(
; IR-NOT: !bpf.repeated
; IR-LABEL: define internal i32 @callback(
; IR: ], !bpf.repeated
; IR-LABEL: define i32 @global_step(
; IR-NOT: !bpf.repeated
; IR-LABEL: define i32 @calls_global_in_loop(
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
