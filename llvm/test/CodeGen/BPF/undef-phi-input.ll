; A phi input that is undef or poison must still write the phi's register on
; its edge: the verifier walks edges the program's conditions rule out when
; it cannot see those conditions ("x != C" is not a range) and refuses a read
; of a register that was never written ("R0 !read_ok"). BPFZeroUndefPhiInputs
; makes such inputs zero. Found by the differential fuzzer (seeds 11186, 12482,
; docs/reliability.md finding 18). Fails with Debian's llc-22 (no `r0 = 0` /
; `w0 = 0` on the default's path).
; RUN: llc -mtriple=bpfel -mcpu=v3 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v1 < %s | FileCheck %s --check-prefix=V1
;
; @ret_merge is what clang -O1 makes of (harness case merge_unset_O1):
;   static inline u64 f(u64 x, u64 acc) {
;   	{ u16 vn = x;
;   	  switch (vn) {
;   	  case 21082: return acc ^ 0x81;
;   	  default: acc = acc % 7976 + 0xc4bd; break;
;   	  } }
;   	return acc / 94 + 0x9f39230;
;   }
; The scope's cleanup became the second test of %is; %ret is undef on the
; default's path, which reaches the exit when the verifier takes that test.

; CHECK-LABEL: ret_merge:
; CHECK:       if r{{[0-9]}} != 21082 goto [[DEFAULT:LBB0_[0-9]+]]
; CHECK:       r0 ^= 129
; CHECK:       [[DEFAULT]]:
; CHECK-NOT:   {{^LBB|exit}}
; CHECK:       r0 = 0
; CHECK:       if r{{[0-9]}} == 21082 goto
; CHECK:       exit
; V1-LABEL:    ret_merge:
; V1:          r0 = 0
; V1:          exit
define i64 @ret_merge(i64 %x, i64 %acc) {
entry:
  %lo = and i64 %x, 65535
  %is = icmp eq i64 %lo, 21082
  br i1 %is, label %case, label %default

case:
  %r = xor i64 %acc, 129
  br label %cleanup

default:
  %rem = urem i64 %acc, 7976
  %a2 = add i64 %rem, 50365
  br label %cleanup

cleanup:
  %ret = phi i64 [ %r, %case ], [ undef, %default ]
  %acc2 = phi i64 [ %acc, %case ], [ %a2, %default ]
  br i1 %is, label %out, label %tail

tail:
  %div = udiv i64 %acc2, 94
  %add = add i64 %div, 166957616
  br label %out

out:
  %v = phi i64 [ %ret, %cleanup ], [ %add, %tail ]
  ret i64 %v
}

; The same with poison and a 32-bit value: with alu32 the zero is `w0 = 0`.
; CHECK-LABEL: ret_merge_poison_i32:
; CHECK:       if w{{[0-9]}} != 21082 goto [[DEFAULT32:LBB1_[0-9]+]]
; CHECK:       [[DEFAULT32]]:
; CHECK-NOT:   {{^LBB|exit}}
; CHECK:       w0 = 0
; CHECK:       if w{{[0-9]}} == 21082 goto
; CHECK:       exit
define i32 @ret_merge_poison_i32(i32 %x, i32 %acc) {
entry:
  %lo = and i32 %x, 65535
  %is = icmp eq i32 %lo, 21082
  br i1 %is, label %case, label %default

case:
  %r = xor i32 %acc, 129
  br label %cleanup

default:
  %rem = urem i32 %acc, 7976
  %a2 = add i32 %rem, 50365
  br label %cleanup

cleanup:
  %ret = phi i32 [ %r, %case ], [ poison, %default ]
  %acc2 = phi i32 [ %acc, %case ], [ %a2, %default ]
  br i1 %is, label %out, label %tail

tail:
  %div = udiv i32 %acc2, 94
  br label %out

out:
  %v = phi i32 [ %ret, %cleanup ], [ %div, %tail ]
  ret i32 %v
}

; Defined inputs are left alone: no zero is written on either path.
; CHECK-LABEL: defined_inputs:
; CHECK-NOT:   = 0{{$}}
; CHECK:       exit
define i64 @defined_inputs(i1 %c, i64 %a, i64 %b) {
entry:
  br i1 %c, label %then, label %else

then:
  %x = add i64 %a, 1
  br label %out

else:
  %y = mul i64 %b, 3
  br label %out

out:
  %v = phi i64 [ %x, %then ], [ %y, %else ]
  ret i64 %v
}
