; With gotox (-mcpu=v4) the BPF asm printer deletes the tables of block
; addresses that were replaced by jump tables. It must delete nothing else:
; neither an ordinary private constant array (a local `const struct s tab[]`
; indexed by a variable) nor a table of block addresses that a global
; initializer still refers to.
;
; Debian's stock llc-22 deletes every private constant array at -mcpu=v4, so
; this test FAILS with it: the object file cannot be written
;   error: Undefined temporary symbol .L__const.f.tab
; and h.ptr is silently emitted as zero. It PASSES with our llc.
;
; RUN: llc -mtriple=bpfel -mcpu=v4 -filetype=obj -o %t.o < %s
; RUN: llvm-objdump -s -j .rodata %t.o | FileCheck %s --check-prefix=RODATA
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s --implicit-check-not=g.tbl
;
; Source of @f:
;   struct s { int a, b; };
;   int f(int i) {
;     const struct s tab[] = {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}};
;     return tab[i % 5].a + tab[i % 5].b;
;   }

; RODATA:      Contents of section .rodata:
; RODATA-NEXT:  0000 01000000 02000000 03000000 04000000
; RODATA-NEXT:  0010 05000000 06000000 07000000 08000000
; RODATA-NEXT:  0020 09000000 0a000000

; @g.tbl is only used by @g's code, now a jump table: it is not emitted
; (--implicit-check-not). The local constant array is loaded by address and emitted.
; CHECK-LABEL: f:
; CHECK:         r{{[0-9]+}} = .L__const.f.tab ll
; CHECK-LABEL: g:
; CHECK:         r{{[0-9]+}} = BPF.JT.1.0 ll
; CHECK:         gotox
; CHECK-LABEL: h:
; CHECK:         r{{[0-9]+}} = BPF.JT.2.0 ll
; CHECK:         gotox

; CHECK:       .L__const.f.tab:
; CHECK-NEXT:    .long 1
; CHECK-NEXT:    .long 2
; CHECK-NEXT:    .long 3
; CHECK-NEXT:    .long 4
; CHECK-NEXT:    .long 5
; CHECK-NEXT:    .long 6
; CHECK-NEXT:    .long 7
; CHECK-NEXT:    .long 8
; CHECK-NEXT:    .long 9
; CHECK-NEXT:    .long 10
; CHECK-NEXT:    .size .L__const.f.tab, 40

; @h.tbl is also referenced by @h.ptr: both are kept.
; CHECK:       .Lh.tbl:
; CHECK-NEXT:    .quad .Ltmp{{[0-9]+}}
; CHECK-NEXT:    .quad .Ltmp{{[0-9]+}}
; CHECK-NEXT:    .size .Lh.tbl, 16
; CHECK:       h.ptr:
; CHECK-NOT:     .zero
; CHECK:         .quad .Lh.tbl
; CHECK-NEXT:    .size h.ptr, 8

%struct.s = type { i32, i32 }

@__const.f.tab = private unnamed_addr constant [5 x %struct.s] [%struct.s { i32 1, i32 2 }, %struct.s { i32 3, i32 4 }, %struct.s { i32 5, i32 6 }, %struct.s { i32 7, i32 8 }, %struct.s { i32 9, i32 10 }], align 4
@g.tbl = private unnamed_addr constant [2 x ptr] [ptr blockaddress(@g, %l1), ptr blockaddress(@g, %l2)], align 8
@h.tbl = private unnamed_addr constant [2 x ptr] [ptr blockaddress(@h, %l1), ptr blockaddress(@h, %l2)], align 8
@h.ptr = dso_local global ptr @h.tbl, align 8

define dso_local i32 @f(i32 noundef %i) {
entry:
  %rem = srem i32 %i, 5
  %idx = sext i32 %rem to i64
  %pa = getelementptr inbounds %struct.s, ptr @__const.f.tab, i64 %idx
  %a = load i32, ptr %pa, align 4
  %pb = getelementptr inbounds nuw i8, ptr %pa, i64 4
  %b = load i32, ptr %pb, align 4
  %r = add nsw i32 %b, %a
  ret i32 %r
}

define dso_local i32 @g(i32 noundef %a) {
entry:
  %rem = and i32 %a, 1
  %idx = zext nneg i32 %rem to i64
  %p = getelementptr inbounds nuw [2 x ptr], ptr @g.tbl, i64 0, i64 %idx
  %t = load ptr, ptr %p, align 8
  indirectbr ptr %t, [label %l1, label %l2]

l1:
  br label %l2

l2:
  %r = phi i32 [ 4, %l1 ], [ 3, %entry ]
  ret i32 %r
}

define dso_local i32 @h(i32 noundef %a) {
entry:
  %rem = and i32 %a, 1
  %idx = zext nneg i32 %rem to i64
  %p = getelementptr inbounds nuw [2 x ptr], ptr @h.tbl, i64 0, i64 %idx
  %t = load ptr, ptr %p, align 8
  indirectbr ptr %t, [label %l1, label %l2]

l1:
  br label %l2

l2:
  %r = phi i32 [ 4, %l1 ], [ 3, %entry ]
  ret i32 %r
}
