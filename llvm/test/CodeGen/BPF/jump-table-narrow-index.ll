; A 13-case switch on an 8-bit value: the range check masks a 32-bit copy,
; and the table index must be that same checked value (zero-extended), not
; a second mask of the 64-bit register, or the verifier only knows the index
; is below 256 and rejects the table load ("access may be outside object
; bounds").  Debian's llc-22 emits the second mask: this test fails with it.
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s --check-prefixes=CHECK,OPT --implicit-check-not='r{{[0-9]+}} &= 255'
; RUN: llc -mtriple=bpfel -mcpu=v4 -O0 < %s | FileCheck %s --check-prefixes=CHECK,O0 --implicit-check-not='r{{[0-9]+}} &= 255'

; CHECK-LABEL: f:
; CHECK:       w[[W:[0-9]+]] &= 255
; OPT-NEXT:    r[[I:[0-9]+]] = w[[W]]
; OPT-NEXT:    if w[[W]] > 12 goto
; OPT:         r[[I]] <<= 3
; O0-NEXT:     r{{[0-9]+}} = w[[W]]
; O0:          if w[[W]] > 12 goto
; CHECK:       gotox

define i32 @f(i64 %a, i32 %y) {
entry:
  %x = trunc i64 %a to i8
  switch i8 %x, label %d [
    i8 0, label %c0  i8 1, label %c1  i8 2, label %c2  i8 3, label %c3
    i8 4, label %c4  i8 5, label %c5  i8 6, label %c6  i8 7, label %c7
    i8 8, label %c8  i8 9, label %c9  i8 10, label %c10 i8 11, label %c11
    i8 12, label %c12 ]
c0: %r0 = add i32 %y, 3
  ret i32 %r0
c1: %r1 = mul i32 %y, 7
  ret i32 %r1
c2: %r2 = xor i32 %y, 4660
  ret i32 %r2
c3: %r3 = lshr i32 %y, 5
  ret i32 %r3
c4: %r4 = shl i32 %y, 3
  ret i32 %r4
c5: %r5 = sub i32 %y, 1
  ret i32 %r5
c6: %r6 = xor i32 %y, -1
  ret i32 %r6
c7: %r7 = or i32 %y, 32768
  ret i32 %r7
c8: %r8 = and i32 %y, 3855
  ret i32 %r8
c9: %r9 = mul i32 %y, %y
  ret i32 %r9
c10: %r10 = add i32 %y, 65536
  ret i32 %r10
c11: %r11 = lshr i32 %y, 2
  ret i32 %r11
c12: %r12 = urem i32 %y, 11
  ret i32 %r12
d: ret i32 51966
}
