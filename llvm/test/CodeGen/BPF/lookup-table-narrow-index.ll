; SimplifyCFG turns a switch whose cases select constants into a lookup
; table. On a narrow value the range check tests a masked 32-bit copy of the
; index and the load indexes with a second mask of the 64-bit register, so
; the verifier rejects the load ("R2 max value is outside of the allowed
; memory range"). BPFJumpTableIndex indexes lookup tables, as jump tables,
; with the zero-extended checked value: a 16-bit index (s16), a byte table
; with no shift (bytes), and an index whose mask the middle end narrowed
; because the check bounds it (mask: `and i64 %x, 7` under `x & 0xff < 5`;
; taken: `and i64 %x, 3` under `x & 0xffff < 3`, a check whose jump goes to
; the table, as in fuzz seeds 10993 and 10999). In unbounded, the check (< 200) does not bound the narrowed mask, so the
; index keeps its own. Fails with Debian's llc-22, which masks the index
; again (r1 &= 65535, r1 &= 255, r1 &= 7, r1 &= 3).
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
;
; Source (clang --target=bpf -O2 -mcpu=v4 -S -emit-llvm; unbounded edited):
;   unsigned s16(unsigned long x)
;   {
;   	switch ((short)x) {
;   	case -2: return 0x8e189951;
;   	case -1: return 0x11;
;   	case 0: return 0x96;
;   	case 1: return 0x6e;
;   	}
;   	return 0xabdd;
;   }
;   unsigned mask(unsigned long x)
;   {
;   	switch (x & 0xff) {
;   	case 0: return 0x1000; case 1: return 0x2345; case 2: return 0x3a3a;
;   	case 3: return 0x4bcd; case 4: return 0x5e5e;
;   	}
;   	return 7;
;   }
;   unsigned long taken(unsigned long x, unsigned long a)
;   {
;   	switch ((unsigned short)x) {
;   	case 0: return 0xcb97831df4424385;
;   	case 1: return 0x34687ce20bbdbd61;
;   	case 2: return 0x3be8848677970127;
;   	}
;   	if (a > 0x52 && x < 31948)
;   		return a + 0x5134;
;   	return a;
;   }
;   unsigned char bytes(unsigned char x)
;   {
;   	switch (x) {
;   	case 10: return 3; case 11: return 1; ... case 21: return 8;
;   	}
;   	return 0;
;   }

; CHECK-LABEL: s16:
; CHECK:      w[[X:[0-9]+]] &= 65535
; CHECK-NEXT: r[[I:[0-9]+]] = w[[X]]
; CHECK-NEXT: if w[[X]] > 3 goto
; CHECK-NOT:  &=
; CHECK:      r[[I]] <<= 2
; CHECK-NEXT: r[[T:[0-9]+]] = .Lswitch.table.s16 ll
; CHECK-NEXT: r[[T]] += r[[I]]
; CHECK-NEXT: w0 = *(u32 *)(r[[T]] + 0)

; CHECK-LABEL: mask:
; CHECK:      w[[X:[0-9]+]] &= 255
; CHECK-NEXT: r[[I:[0-9]+]] = w[[X]]
; CHECK-NEXT: if w[[X]] > 4 goto
; CHECK-NOT:  &=
; CHECK:      r[[I]] <<= 2
; CHECK-NEXT: r[[T:[0-9]+]] = .Lswitch.table.mask ll
; CHECK-NEXT: r[[T]] += r[[I]]

; CHECK-LABEL: taken:
; CHECK:      w[[X:[0-9]+]] &= 65535
; CHECK-NEXT: r[[I:[0-9]+]] = w[[X]]
; CHECK-NEXT: if w[[X]] < 3 goto [[LOOKUP:LBB[0-9_]+]]
; CHECK-NOT:  &=
; CHECK:      [[LOOKUP]]:
; CHECK-NEXT: r[[I]] <<= 3
; CHECK-NEXT: r[[T:[0-9]+]] = .Lswitch.table.taken ll
; CHECK-NEXT: r[[T]] += r[[I]]
; CHECK-NEXT: r0 = *(u64 *)(r[[T]] + 0)

; CHECK-LABEL: unbounded:
; CHECK:      if w{{[0-9]+}} > 199 goto
; CHECK:      r[[I:[0-9]+]] &= 7
; CHECK-NEXT: r[[I]] <<= 2
; CHECK-NEXT: r[[T:[0-9]+]] = .Lswitch.table.mask ll

; CHECK-LABEL: bytes:
; CHECK:      w[[X:[0-9]+]] &= 255
; CHECK-NEXT: r[[I:[0-9]+]] = w[[X]]
; CHECK-NEXT: if w[[X]] > 11 goto
; CHECK-NOT:  &=
; CHECK:      r[[T:[0-9]+]] = .Lswitch.table.bytes ll
; CHECK-NEXT: r[[T]] += r[[I]]
; CHECK-NEXT: w0 = *(u8 *)(r[[T]] + 0)

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@switch.table.s16 = private unnamed_addr constant [4 x i32] [i32 -1910990511, i32 17, i32 150, i32 110], align 4
@switch.table.mask = private unnamed_addr constant [8 x i32] [i32 4096, i32 9029, i32 14906, i32 19405, i32 24158, i32 7, i32 7, i32 7], align 4
@switch.table.taken = private unnamed_addr constant [3 x i64] [i64 -3776405597851597947, i64 3776405597851598177, i64 4316845955901489447], align 8
@switch.table.bytes = private unnamed_addr constant [12 x i8] c"\03\01\04\01\05\09\02\06\05\03\05\08", align 1

define i32 @s16(i64 %x) {
entry:
  %t = trunc i64 %x to i16
  %i = add i16 %t, 2
  %in = icmp ult i16 %i, 4
  br i1 %in, label %lookup, label %exit

lookup:
  %i64 = zext nneg i16 %i to i64
  %p = getelementptr inbounds nuw i32, ptr @switch.table.s16, i64 %i64
  %v = load i32, ptr %p, align 4
  br label %exit

exit:
  %r = phi i32 [ %v, %lookup ], [ 43997, %entry ]
  ret i32 %r
}

define i32 @mask(i64 %x) {
entry:
  %t = trunc i64 %x to i8
  %in = icmp ult i8 %t, 5
  br i1 %in, label %lookup, label %exit

lookup:
  %i = and i64 %x, 7
  %p = getelementptr inbounds nuw i32, ptr @switch.table.mask, i64 %i
  %v = load i32, ptr %p, align 4
  br label %exit

exit:
  %r = phi i32 [ %v, %lookup ], [ 7, %entry ]
  ret i32 %r
}

define i64 @taken(i64 %x, i64 %a) {
entry:
  %t = trunc i64 %x to i16
  %in = icmp ult i16 %t, 3
  br i1 %in, label %lookup, label %default

default:
  %big = icmp ugt i64 %a, 82
  %small = icmp ult i64 %x, 31948
  %both = and i1 %small, %big
  br i1 %both, label %add, label %exit

add:
  %sum = add i64 %a, 20788
  br label %exit

lookup:
  %i = and i64 %x, 3
  %p = getelementptr inbounds nuw i64, ptr @switch.table.taken, i64 %i
  %v = load i64, ptr %p, align 8
  br label %exit

exit:
  %r = phi i64 [ %sum, %add ], [ %v, %lookup ], [ %a, %default ]
  ret i64 %r
}

define i32 @unbounded(i64 %x) {
entry:
  %t = trunc i64 %x to i8
  %in = icmp ult i8 %t, 200
  br i1 %in, label %lookup, label %exit

lookup:
  %i = and i64 %x, 7
  %p = getelementptr inbounds nuw i32, ptr @switch.table.mask, i64 %i
  %v = load i32, ptr %p, align 4
  br label %exit

exit:
  %r = phi i32 [ %v, %lookup ], [ 7, %entry ]
  ret i32 %r
}

define i8 @bytes(i8 zeroext %x) {
entry:
  %i = add i8 %x, -10
  %in = icmp ult i8 %i, 12
  br i1 %in, label %lookup, label %exit

lookup:
  %i64 = zext nneg i8 %i to i64
  %p = getelementptr inbounds nuw i8, ptr @switch.table.bytes, i64 %i64
  %v = load i8, ptr %p, align 1
  br label %exit

exit:
  %r = phi i8 [ %v, %lookup ], [ 0, %entry ]
  ret i8 %r
}
