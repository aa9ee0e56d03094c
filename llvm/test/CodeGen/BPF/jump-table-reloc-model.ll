; A switch lowered to a jump table must jump to the entry it loads, whatever
; the relocation model: the loader turns each entry into an instruction
; address and the verifier accepts `gotox` only on a value loaded from a
; jump table. llc's default relocation model for BPF is PIC.
;
; Debian's stock llc-22 makes PIC jump tables relative to the table and emits
;   r3 = BPF.JT.0.0 ll
;   r4 = BPF.JT.0.0 ll
;   r4 += r1
;   r1 = *(u64 *)(r4 + 0)
;   r3 += r1
;   gotox r3
; for the default and the pic model, so this test FAILS with it. It PASSES
; with our llc, which never makes BPF jump tables relative.
;
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 < %s \
; RUN:   | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 \
; RUN:   -relocation-model=pic < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 \
; RUN:   -relocation-model=static < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -bpf-min-jump-table-entries=4 \
; RUN:   -filetype=obj -o %t.o < %s
; RUN: llvm-objdump -d -r --no-show-raw-insn %t.o | FileCheck %s --check-prefix=OBJ
;
; Source:
;   int ret_user;
;   int foo(int a) {
;     switch (a) {
;     case 1: ret_user = 18; break;
;     case 2: ret_user = 6; break;
;     case 3: ret_user = 2; break;
;     case 4: ret_user = 7; break;
;     default: break;
;     }
;     return 0;
;   }

; CHECK-LABEL: foo:
; CHECK:         [[IDX:r[0-9]+]] <<= 3
; CHECK-NEXT:    [[TAB:r[0-9]+]] = BPF.JT.0.0 ll
; CHECK-NEXT:    [[TAB]] += [[IDX]]
; CHECK-NEXT:    [[TGT:r[0-9]+]] = *(u64 *)([[TAB]] + 0)
; CHECK-NEXT:    gotox [[TGT]]
; CHECK:       BPF.JT.0.0:
; CHECK-NEXT:    .quad LBB0_{{[0-9]+}}-.text
; CHECK-NEXT:    .quad LBB0_{{[0-9]+}}-.text
; CHECK-NEXT:    .quad LBB0_{{[0-9]+}}-.text
; CHECK-NEXT:    .quad LBB0_{{[0-9]+}}-.text
; CHECK-NEXT:    .size BPF.JT.0.0, 32

; OBJ-LABEL: <foo>:
; OBJ:         [[IDX:r[0-9]+]] <<= 0x3
; OBJ-NEXT:    [[TAB:r[0-9]+]] = 0x0 ll
; OBJ-NEXT:    R_BPF_64_64 BPF.JT.0.0
; OBJ-NEXT:    [[TAB]] += [[IDX]]
; OBJ-NEXT:    [[TGT:r[0-9]+]] = *(u64 *)([[TAB]] + 0x0)
; OBJ-NEXT:    gotox [[TGT]]

@ret_user = dso_local local_unnamed_addr global i32 0, align 4

define dso_local noundef i32 @foo(i32 noundef %a) local_unnamed_addr {
entry:
  switch i32 %a, label %sw.epilog [
    i32 1, label %sw.bb
    i32 2, label %sw.bb1
    i32 3, label %sw.bb2
    i32 4, label %sw.bb3
  ]

sw.bb:
  br label %sw.epilog.sink.split

sw.bb1:
  br label %sw.epilog.sink.split

sw.bb2:
  br label %sw.epilog.sink.split

sw.bb3:
  br label %sw.epilog.sink.split

sw.epilog.sink.split:
  %v = phi i32 [ 7, %sw.bb3 ], [ 2, %sw.bb2 ], [ 6, %sw.bb1 ], [ 18, %sw.bb ]
  store i32 %v, ptr @ret_user, align 4
  br label %sw.epilog

sw.epilog:
  ret i32 0
}
