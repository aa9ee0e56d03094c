; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
;
; A lookup table with holes is guarded by SimplifyCFG's range check and its
; bitmap of the cases present, folded into one condition. When a second
; branch also reads that condition, instruction selection keeps it whole
; and branches only on `inrange & bit`, so the verifier has no bound on the
; table's index ("access beyond object_size 56"; seed 14909, finding 21 of
; docs/reliability.md). BPFSplitTableRangeCheck branches on the range check
; first, then on the bit.

@switch.table.f = private unnamed_addr constant [7 x i64] [i64 10, i64 11, i64 poison, i64 poison, i64 14, i64 15, i64 16], align 8

; select form, range check first, on the low 32 bits of the index.
; CHECK-LABEL: f:
; CHECK:       if w1 > 6 goto [[MERGE:LBB0_[0-9]+]]
; CHECK:       w[[BIT:[0-9]+]] &= 1
; CHECK-NEXT:  if w[[BIT]] == 0 goto [[MERGE]]
; CHECK:       r[[I:[0-9]+]] = r1
; CHECK-NEXT:  r[[I]] &= 7
; CHECK-NEXT:  r[[I]] <<= 3
; CHECK-NEXT:  r[[T:[0-9]+]] = .Lswitch.table.f ll
; CHECK-NEXT:  r[[T]] += r[[I]]
; CHECK-NEXT:  r0 = *(u64 *)(r[[T]] + 0)
; CHECK-NEXT:  [[MERGE]]:
; CHECK:       if w{{[0-9]+}} == 0 goto
define i64 @f(i64 %x) {
entry:
  %t = trunc i64 %x to i32
  %inrange = icmp ult i32 %t, 7
  %idx8 = trunc i64 %x to i8
  %shifted = lshr i8 115, %idx8
  %bit = trunc i8 %shifted to i1
  %ok = select i1 %inrange, i1 %bit, i1 false
  br i1 %ok, label %lookup, label %merge

lookup:
  %i = and i64 %x, 7
  %p = getelementptr inbounds i64, ptr @switch.table.f, i64 %i
  %v = load i64, ptr %p, align 8
  br label %merge

merge:
  %r = phi i64 [ %v, %lookup ], [ 155, %entry ]
  br i1 %ok, label %hit, label %miss

hit:
  %h = xor i64 %r, 59589
  ret i64 %h

miss:
  %m = mul i64 %x, 633
  ret i64 %m
}

; `and` form with the bit first: the range check still comes first.
; CHECK-LABEL: g:
; CHECK:       if r1 > 6 goto [[MERGE:LBB1_[0-9]+]]
; CHECK:       w[[BIT:[0-9]+]] &= 1
; CHECK-NEXT:  if w[[BIT]] == 0 goto [[MERGE]]
; CHECK:       r[[I:[0-9]+]] = r1
; CHECK-NEXT:  r[[I]] <<= 3
; CHECK-NEXT:  r[[T:[0-9]+]] = .Lswitch.table.f ll
; CHECK-NEXT:  r[[T]] += r[[I]]
; CHECK-NEXT:  r0 = *(u64 *)(r[[T]] + 0)
; CHECK-NEXT:  [[MERGE]]:
define i64 @g(i64 %x) {
entry:
  %inrange = icmp ult i64 %x, 7
  %shifted = lshr i64 115, %x
  %bit = trunc i64 %shifted to i1
  %ok = and i1 %bit, %inrange
  br i1 %ok, label %lookup, label %merge

lookup:
  %p = getelementptr inbounds i64, ptr @switch.table.f, i64 %x
  %v = load i64, ptr %p, align 8
  br label %merge

merge:
  %r = phi i64 [ %v, %lookup ], [ 155, %entry ]
  br i1 %ok, label %hit, label %miss

hit:
  %h = xor i64 %r, 59589
  ret i64 %h

miss:
  %m = mul i64 %x, 633
  ret i64 %m
}

; No table load behind the condition: left as one branch on both.
; CHECK-LABEL: h:
; CHECK:       if r2 < 3 goto
; CHECK:       if r1 < 7 goto
; CHECK:       w[[OK:[0-9]+]] &= w{{[0-9]+}}
; CHECK-NEXT:  r0 = 155
; CHECK-NEXT:  if w[[OK]] != 1 goto
; CHECK:       r0 = r1
; CHECK-NEXT:  r0 += r2
define i64 @h(i64 %x, i64 %y) {
entry:
  %inrange = icmp ult i64 %x, 7
  %small = icmp ult i64 %y, 3
  %ok = select i1 %inrange, i1 %small, i1 false
  br i1 %ok, label %then, label %merge

then:
  %s = add i64 %x, %y
  br label %merge

merge:
  %r = phi i64 [ %s, %then ], [ 155, %entry ]
  br i1 %ok, label %hit, label %miss

hit:
  %h = xor i64 %r, 59589
  ret i64 %h

miss:
  %m = mul i64 %x, 633
  ret i64 %m
}
