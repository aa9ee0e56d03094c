; With BTF (-g), every jump table is also described in .BTF: a global VAR
; named like the table's ELF symbol BPF.JT.<fn>.<idx>, in a DATASEC named like
; the section, .jumptables, sized like the table (8 bytes an entry). Its type
; is a union in the shape of a BTF-defined map of the kernel's type
; BPF_MAP_TYPE_INSN_ARRAY (34) with key __u32, value the kernel's struct
; bpf_insn_array_value and max_entries the table's length (libbpf's __uint()
; encoding, with char elements), plus the entries themselves as __u64[N].
; All members sit at offset 0, so the type is exactly as large as the table
; (the kernel rejects a DATASEC entry smaller than its type). Tables of the
; same length share their union. Here: a 13-entry switch table in @sw and a
; 2-entry computed-goto table in @cg. The .jumptables section and symbols
; stay as upstream emits them.
;
; Debian's stock llc-22 describes no jump table in BTF (no .jumptables
; DATASEC, no VAR BPF.JT.*) and leaves @cg's table a plain array (cg.tbl), so
; this test FAILS with /usr/lib/llvm-22/bin/llc. It PASSES with our llc.
;
; RUN: llc -mtriple=bpfel -mcpu=v4 < %s | FileCheck %s
; RUN: llc -mtriple=bpfel -mcpu=v4 -filetype=obj < %s -o %t.o
; RUN: llvm-readelf -s %t.o | FileCheck %s --check-prefix=SYM
;
; Source (clang -O2 -g -mcpu=v4):
;   void f0(void); void f1(void); void f2(void); void f3(void);
;   int sw(int x) {
;     switch (x) {
;     case 0: f0(); return 1;  case 1: f1(); return 2;  case 2: f2(); return 3;
;     case 3: f3(); return 4;  case 4: f0(); return 5;  case 5: f1(); return 7;
;     case 6: f2(); return 9;  case 7: f3(); return 11; case 8: f0(); return 12;
;     case 9: f1(); return 14; case 10: f2(); return 17; case 11: f3(); return 19;
;     case 12: f0(); return 20;
;     }
;     return 0;
;   }
;   int cg(int x) {
;     static const void *const tbl[] = {&&l1, &&l2};
;     goto *tbl[x & 1];
;   l1: return 1;
;   l2: return 2;
;   }

; The tables, unchanged.
; CHECK-LABEL: sw:
; CHECK:         r{{[0-9]+}} = BPF.JT.0.0 ll
; CHECK:         gotox
; CHECK:         .section .jumptables,"",@progbits
; CHECK-NEXT:  BPF.JT.0.0:
; CHECK-COUNT-13: .quad LBB0_{{[0-9]+}}-.text
; CHECK-NEXT:    .size BPF.JT.0.0, 104
; CHECK-LABEL: cg:
; CHECK:         r{{[0-9]+}} = BPF.JT.1.0 ll
; CHECK:         gotox
; CHECK:         .section .jumptables,"",@progbits
; CHECK-NEXT:  BPF.JT.1.0:
; CHECK-NEXT:    .quad LBB1_{{[0-9]+}}-.text
; CHECK-NEXT:    .quad LBB1_{{[0-9]+}}-.text
; CHECK-NEXT:    .size BPF.JT.1.0, 16

; The types all tables share.
; CHECK:         .section .BTF,"",@progbits
; CHECK:         .long [[#]] # BTF_KIND_FUNC(id = 5)
; CHECK-NEXT:    .long 201326593
; CHECK-NEXT:    .long 4
; __ARRAY_SIZE_TYPE__, made here as no array came before.
; CHECK-NEXT:    .long [[#]] # BTF_KIND_INT(id = [[#ASZ:]])
; CHECK-NEXT:    .long 16777216
; CHECK-NEXT:    .long 4
; CHECK-NEXT:    .long 32 # 0x20
; CHECK-NEXT:    .long [[#]] # BTF_KIND_INT(id = [[#CHAR:]])
; CHECK-NEXT:    .long 16777216
; CHECK-NEXT:    .long 1
; CHECK-NEXT:    .long 16777224 # 0x1000008
; CHECK-NEXT:    .long [[#]] # BTF_KIND_INT(id = [[#UINT:]])
; CHECK-NEXT:    .long 16777216
; CHECK-NEXT:    .long 4
; CHECK-NEXT:    .long 32
; CHECK-NEXT:    .long [[#]] # BTF_KIND_TYPEDEF(id = [[#U32:]])
; CHECK-NEXT:    .long 134217728
; CHECK-NEXT:    .long [[#UINT]]
; CHECK-NEXT:    .long [[#]] # BTF_KIND_INT(id = [[#ULL:]])
; CHECK-NEXT:    .long 16777216
; CHECK-NEXT:    .long 8
; CHECK-NEXT:    .long 64
; CHECK-NEXT:    .long [[#]] # BTF_KIND_TYPEDEF(id = [[#U64:]])
; CHECK-NEXT:    .long 134217728
; CHECK-NEXT:    .long [[#ULL]]
; char[34]: BPF_MAP_TYPE_INSN_ARRAY
; CHECK-NEXT:    .long 0 # BTF_KIND_ARRAY(id = [[#TYPEARR:]])
; CHECK-NEXT:    .long 50331648
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#CHAR]]
; CHECK-NEXT:    .long [[#ASZ]]
; CHECK-NEXT:    .long 34
; CHECK-NEXT:    .long 0 # BTF_KIND_PTR(id = [[#TYPEPTR:]])
; CHECK-NEXT:    .long 33554432
; CHECK-NEXT:    .long [[#TYPEARR]]
; CHECK-NEXT:    .long 0 # BTF_KIND_PTR(id = [[#KEYPTR:]])
; CHECK-NEXT:    .long 33554432
; CHECK-NEXT:    .long [[#U32]]
; struct bpf_insn_array_value, 16 bytes, 3 members
; CHECK-NEXT:    .long [[#]] # BTF_KIND_STRUCT(id = [[#VALUE:]])
; CHECK-NEXT:    .long 67108867
; CHECK-NEXT:    .long 16
; CHECK-NEXT:    .long [[#]]
; CHECK-NEXT:    .long [[#U32]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#]]
; CHECK-NEXT:    .long [[#U32]]
; CHECK-NEXT:    .long 32
; CHECK-NEXT:    .long [[#]]
; CHECK-NEXT:    .long [[#U32]]
; CHECK-NEXT:    .long 64
; CHECK-NEXT:    .long 0 # BTF_KIND_PTR(id = [[#VALUEPTR:]])
; CHECK-NEXT:    .long 33554432
; CHECK-NEXT:    .long [[#VALUE]]

; BPF.JT.0.0: 13 entries, 104 bytes.
; CHECK-NEXT:    .long 0 # BTF_KIND_ARRAY(id = [[#MAX13:]])
; CHECK-NEXT:    .long 50331648
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#CHAR]]
; CHECK-NEXT:    .long [[#ASZ]]
; CHECK-NEXT:    .long 13
; CHECK-NEXT:    .long 0 # BTF_KIND_PTR(id = [[#MAX13PTR:]])
; CHECK-NEXT:    .long 33554432
; CHECK-NEXT:    .long [[#MAX13]]
; CHECK-NEXT:    .long 0 # BTF_KIND_ARRAY(id = [[#ENTRIES13:]])
; CHECK-NEXT:    .long 50331648
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#U64]]
; CHECK-NEXT:    .long [[#ASZ]]
; CHECK-NEXT:    .long 13
; CHECK-NEXT:    .long 0 # BTF_KIND_UNION(id = [[#DEF13:]])
; CHECK-NEXT:    .long 83886085 # 0x5000005
; CHECK-NEXT:    .long 104
; CHECK-NEXT:    .long [[#NTYPE:]]
; CHECK-NEXT:    .long [[#TYPEPTR]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#NKEY:]]
; CHECK-NEXT:    .long [[#KEYPTR]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#NVALUE:]]
; CHECK-NEXT:    .long [[#VALUEPTR]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#NMAX:]]
; CHECK-NEXT:    .long [[#MAX13PTR]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#NENTRIES:]]
; CHECK-NEXT:    .long [[#ENTRIES13]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#]] # BTF_KIND_VAR(id = [[#VAR0:]])
; CHECK-NEXT:    .long 234881024
; CHECK-NEXT:    .long [[#DEF13]]
; CHECK-NEXT:    .long 1

; BPF.JT.1.0: 2 entries, 16 bytes.
; CHECK-NEXT:    .long 0 # BTF_KIND_ARRAY(id = [[#MAX2:]])
; CHECK-NEXT:    .long 50331648
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#CHAR]]
; CHECK-NEXT:    .long [[#ASZ]]
; CHECK-NEXT:    .long 2
; CHECK-NEXT:    .long 0 # BTF_KIND_PTR(id = [[#MAX2PTR:]])
; CHECK-NEXT:    .long 33554432
; CHECK-NEXT:    .long [[#MAX2]]
; CHECK-NEXT:    .long 0 # BTF_KIND_ARRAY(id = [[#ENTRIES2:]])
; CHECK-NEXT:    .long 50331648
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#U64]]
; CHECK-NEXT:    .long [[#ASZ]]
; CHECK-NEXT:    .long 2
; CHECK-NEXT:    .long 0 # BTF_KIND_UNION(id = [[#DEF2:]])
; CHECK-NEXT:    .long 83886085 # 0x5000005
; CHECK-NEXT:    .long 16
; CHECK-NEXT:    .long [[#NTYPE]]
; CHECK-NEXT:    .long [[#TYPEPTR]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#NKEY]]
; CHECK-NEXT:    .long [[#KEYPTR]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#NVALUE]]
; CHECK-NEXT:    .long [[#VALUEPTR]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#NMAX]]
; CHECK-NEXT:    .long [[#MAX2PTR]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#NENTRIES]]
; CHECK-NEXT:    .long [[#ENTRIES2]]
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#]] # BTF_KIND_VAR(id = [[#VAR1:]])
; CHECK-NEXT:    .long 234881024
; CHECK-NEXT:    .long [[#DEF2]]
; CHECK-NEXT:    .long 1

; The DATASEC: each VAR at its symbol, with the table's size.
; CHECK-NEXT:    .long [[#]] # BTF_KIND_DATASEC(id = [[#]])
; CHECK-NEXT:    .long 251658242 # 0xf000002
; CHECK-NEXT:    .long 0
; CHECK-NEXT:    .long [[#VAR0]]
; CHECK-NEXT:    .long BPF.JT.0.0
; CHECK-NEXT:    .long 104
; CHECK-NEXT:    .long [[#VAR1]]
; CHECK-NEXT:    .long BPF.JT.1.0
; CHECK-NEXT:    .long 16

; CHECK:         .ascii "__ARRAY_SIZE_TYPE__" # string offset=[[#]]
; CHECK:         .ascii "char" # string offset=[[#]]
; CHECK:         .ascii "unsigned int" # string offset=[[#]]
; CHECK:         .ascii "__u32" # string offset=[[#]]
; CHECK:         .ascii "unsigned long long" # string offset=[[#]]
; CHECK:         .ascii "__u64" # string offset=[[#]]
; CHECK:         .ascii "bpf_insn_array_value" # string offset=[[#]]
; CHECK:         .ascii "orig_off" # string offset=[[#]]
; CHECK:         .ascii "xlated_off" # string offset=[[#]]
; CHECK:         .ascii "jitted_off" # string offset=[[#]]
; CHECK:         .ascii "type" # string offset=[[#NTYPE]]
; CHECK:         .ascii "key" # string offset=[[#NKEY]]
; CHECK:         .ascii "value" # string offset=[[#NVALUE]]
; CHECK:         .ascii "max_entries" # string offset=[[#NMAX]]
; CHECK:         .ascii "entries" # string offset=[[#NENTRIES]]
; CHECK:         .ascii "BPF.JT.0.0" # string offset=[[#]]
; CHECK:         .ascii "BPF.JT.1.0" # string offset=[[#]]
; CHECK:         .ascii ".jumptables" # string offset=[[#]]

; The symbols libbpf matches the VARs with: global objects of the tables' sizes.
; SYM-DAG: {{ +}}104 OBJECT  GLOBAL DEFAULT {{.*}} BPF.JT.0.0
; SYM-DAG: {{ +}}16 OBJECT  GLOBAL DEFAULT {{.*}} BPF.JT.1.0

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@cg.tbl = internal unnamed_addr constant [2 x ptr] [ptr blockaddress(@cg, %7), ptr blockaddress(@cg, %6)], align 8, !dbg !3

define dso_local i32 @sw(i32 %0) local_unnamed_addr !dbg !16 {
  switch i32 %0, label %15 [
    i32 0, label %2
    i32 1, label %3
    i32 2, label %4
    i32 3, label %5
    i32 4, label %6
    i32 5, label %7
    i32 6, label %8
    i32 7, label %9
    i32 8, label %10
    i32 9, label %11
    i32 10, label %12
    i32 11, label %13
    i32 12, label %14
  ]

2:                                                ; preds = %1
  tail call void @f0()
  br label %15

3:                                                ; preds = %1
  tail call void @f1()
  br label %15

4:                                                ; preds = %1
  tail call void @f2()
  br label %15

5:                                                ; preds = %1
  tail call void @f3()
  br label %15

6:                                                ; preds = %1
  tail call void @f0()
  br label %15

7:                                                ; preds = %1
  tail call void @f1()
  br label %15

8:                                                ; preds = %1
  tail call void @f2()
  br label %15

9:                                                ; preds = %1
  tail call void @f3()
  br label %15

10:                                               ; preds = %1
  tail call void @f0()
  br label %15

11:                                               ; preds = %1
  tail call void @f1()
  br label %15

12:                                               ; preds = %1
  tail call void @f2()
  br label %15

13:                                               ; preds = %1
  tail call void @f3()
  br label %15

14:                                               ; preds = %1
  tail call void @f0()
  br label %15

15:                                               ; preds = %1, %14, %13, %12, %11, %10, %9, %8, %7, %6, %5, %4, %3, %2
  %16 = phi i32 [ 20, %14 ], [ 1, %2 ], [ 2, %3 ], [ 3, %4 ], [ 4, %5 ], [ 5, %6 ], [ 7, %7 ], [ 9, %8 ], [ 11, %9 ], [ 12, %10 ], [ 14, %11 ], [ 17, %12 ], [ 19, %13 ], [ 0, %1 ]
  ret i32 %16
}

declare dso_local void @f0() local_unnamed_addr

declare dso_local void @f1() local_unnamed_addr

declare dso_local void @f2() local_unnamed_addr

declare dso_local void @f3() local_unnamed_addr

define dso_local i32 @cg(i32 %0) local_unnamed_addr !dbg !5 {
  %2 = and i32 %0, 1
  %3 = zext nneg i32 %2 to i64
  %4 = getelementptr inbounds nuw ptr, ptr @cg.tbl, i64 %3
  %5 = load ptr, ptr %4, align 8
  indirectbr ptr %5, [label %7, label %6]

6:                                                ; preds = %1
  br label %7

7:                                                ; preds = %1, %6
  %8 = phi i32 [ 2, %6 ], [ 1, %1 ]
  ret i32 %8
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!12, !13}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "t.c", directory: "/tmp")
!2 = !{!3}
!3 = !DIGlobalVariableExpression(var: !4, expr: !DIExpression())
!4 = distinct !DIGlobalVariable(name: "tbl", scope: !5, file: !1, line: 20, type: !9, isLocal: true, isDefinition: true)
!5 = distinct !DISubprogram(name: "cg", scope: !1, file: !1, line: 18, type: !6, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{!8, !8}
!8 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 128, elements: !14)
!10 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!12 = !{i32 7, !"Dwarf Version", i32 5}
!13 = !{i32 2, !"Debug Info Version", i32 3}
!14 = !{!15}
!15 = !DISubrange(count: 2)
!16 = distinct !DISubprogram(name: "sw", scope: !1, file: !1, line: 6, type: !6, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
