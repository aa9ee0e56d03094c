; A lookup table over the cases at the top of an 8- or 16-bit type (121 to
; 127 of a signed char, 65529 to 65535 of an unsigned short) is indexed with
; x - Lo wrapped to the type, masked from the 64-bit x, while the range
; check reads the sign- or zero-extended low bits: the verifier bounds the
; checked register, not the index ("R2 max value is outside of the allowed
; memory range"; docs/reliability.md finding 19, seed 13105).
; BPFJumpTableIndex indexes with the checked value minus Lo. Fails with
; Debian's llc-22 (no `+= -121`, `+= -65529`).
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s --check-prefixes=CHECK,V4
; RUN: llc -mtriple=bpfel -mcpu=v3 < %s | FileCheck %s --check-prefixes=CHECK,V3
; RUN: llc -mtriple=bpfel -mcpu=v1 < %s | FileCheck %s --check-prefixes=CHECK,V1
;
; Source (clang --target=bpf -O2 -mcpu=v4 -S -emit-llvm):
;   unsigned long top_s8(unsigned long x)
;   {
;   	switch ((signed char)x) {
;   	case 121: return 0x4a9c; case 122: return 0xc81e; ...
;   	case 127: return 0x894f;
;   	}
;   	return 0xf22;
;   }
; and top_u16 the same over (unsigned short)x, 65529 to 65535.

@switch.table = private unnamed_addr constant [7 x i64] [i64 19100, i64 51230, i64 216, i64 2074145126, i64 31, i64 2569552429, i64 35151], align 8

; -mcpu=v4 sign-extends with movsx and the index is rebased on it. Before
; v4 the sign-extension is a pair of shifts, which this does not follow
; (clang makes no lookup table of such a switch there, but a compare tree).
; CHECK-LABEL: top_s8:
; V4:          w[[S:[0-9]+]] = (s8)w1
; V4-NEXT:     if w[[S]] s< 121 goto
; V4:          w[[S]] += -121
; V4-NEXT:     r[[S]] <<= 3
; V4-NOT:      &=
; V4:          = *(u64 *)(r{{[0-9]+}} + 0)
define i64 @top_s8(i64 %x) {
entry:
  %t = trunc i64 %x to i8
  %in = icmp sgt i8 %t, 120
  br i1 %in, label %table, label %out

table:
  %wrapped = add i64 %x, 135
  %idx = and i64 %wrapped, 255
  %p = getelementptr inbounds i64, ptr @switch.table, i64 %idx
  %v = load i64, ptr %p, align 8
  br label %out

out:
  %r = phi i64 [ %v, %table ], [ 3874, %entry ]
  ret i64 %r
}

; With alu32 the zero-extended value is `w &= 0xffff` and the rebased index
; a 32-bit add; without it (v1) both are 64-bit, and the check compares the
; other way round (v1 has no `<`).
; CHECK-LABEL: top_u16:
; V4:          w[[U:[0-9]+]] &= 65535
; V4-NEXT:     if w[[U]] < 65529 goto
; V4:          w[[U]] += -65529
; V4-NEXT:     r[[U]] <<= 3
; V3:          w[[U:[0-9]+]] &= 65535
; V3-NEXT:     if w[[U]] < 65529 goto
; V3:          w[[U]] += -65529
; V3-NEXT:     r[[U]] <<= 3
; V1:          r[[U:[0-9]+]] &= 65535
; V1-NEXT:     r[[B:[0-9]+]] = 65529
; V1-NEXT:     if r[[B]] > r[[U]] goto
; V1:          r[[U]] += -65529
; V1-NEXT:     r[[U]] <<= 3
; CHECK:       = *(u64 *)(r{{[0-9]+}} + 0)
define i64 @top_u16(i64 %x) {
entry:
  %t = trunc i64 %x to i16
  %in = icmp ugt i16 %t, -8
  br i1 %in, label %table, label %out

table:
  %wrapped = add i64 %x, 7
  %idx = and i64 %wrapped, 65535
  %p = getelementptr inbounds i64, ptr @switch.table, i64 %idx
  %v = load i64, ptr %p, align 8
  br label %out

out:
  %r = phi i64 [ %v, %table ], [ 3874, %entry ]
  ret i64 %r
}

; The offset is not -Lo (the table starts at 120, not at the check's 121):
; the index is left as it is.
; CHECK-LABEL: offset_not_bound:
; V4:          if w{{[0-9]+}} s< 121 goto
; V4:          w[[X:[0-9]+]] += 136
; V4-NEXT:     r[[X]] &= 255
define i64 @offset_not_bound(i64 %x) {
entry:
  %t = trunc i64 %x to i8
  %in = icmp sgt i8 %t, 120
  br i1 %in, label %table, label %out

table:
  %wrapped = add i64 %x, 136
  %idx = and i64 %wrapped, 255
  %p = getelementptr inbounds i64, ptr @switch.table, i64 %idx
  %v = load i64, ptr %p, align 8
  br label %out

out:
  %r = phi i64 [ %v, %table ], [ 3874, %entry ]
  ret i64 %r
}
