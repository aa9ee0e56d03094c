; RUN: llc -mtriple=bpfel -filetype=asm -o - %s | FileCheck %s
;
; Without optimization the subprogram's retained nodes hold no arguments, so
; BTF took no argument names from them: every FUNC_PROTO parameter was
; '(anon)', and the kernel rejects such BTF ("Invalid arg#1"), so no -O0
; object loaded. The names now come from the dbg.declare of each argument.
; The argument of the always-inline callee 'twice' (same function, other
; scope, inlinedAt) is not taken for one of f's or helper's. With Debian's
; llc-22 the parameter name offsets are 0 and the decl tag is missing.
;
; Source (clang --target=bpf -O0 -g -S -emit-llvm):
;   struct s { int a; };
;   static inline __attribute__((always_inline)) int twice(int v) { return v * 2; }
;   static __attribute__((noinline)) int helper(int x __attribute__((btf_decl_tag("in"))), int unused)
;   {
;   	return twice(x) + 1;
;   }
;   int f(struct s *ctx) { return helper(ctx->a, 3); }

; CHECK:      .long 0                               # BTF_KIND_FUNC_PROTO(id = 4)
; CHECK-NEXT: .long 218103809                       # 0xd000001
; CHECK-NEXT: .long 3
; CHECK-NEXT: .long [[CTX:[0-9]+]]
; CHECK-NEXT: .long 1
; CHECK-NEXT: .long [[F:[0-9]+]]                    # BTF_KIND_FUNC(id = 5)
; CHECK-NEXT: .long 201326593                       # 0xc000001
; CHECK-NEXT: .long 4
; CHECK-NEXT: .long 0                               # BTF_KIND_FUNC_PROTO(id = 6)
; CHECK-NEXT: .long 218103810                       # 0xd000002
; CHECK-NEXT: .long 3
; CHECK-NEXT: .long [[X:[0-9]+]]
; CHECK-NEXT: .long 3
; CHECK-NEXT: .long [[UNUSED:[0-9]+]]
; CHECK-NEXT: .long 3
; CHECK-NEXT: .long [[HELPER:[0-9]+]]               # BTF_KIND_FUNC(id = 7)
; CHECK-NEXT: .long 201326592                       # 0xc000000
; CHECK-NEXT: .long 6
; CHECK-NEXT: .long [[IN:[0-9]+]]                   # BTF_KIND_DECL_TAG(id = 8)
; CHECK-NEXT: .long 285212672                       # 0x11000000
; CHECK-NEXT: .long 7
; CHECK-NEXT: .long 0
; CHECK-NOT:  BTF_KIND_

; CHECK:      .ascii "ctx"                          # string offset=[[CTX]]
; CHECK:      .byte 102                             # string offset=[[F]]
; CHECK:      .byte 120                             # string offset=[[X]]
; CHECK:      .ascii "unused"                       # string offset=[[UNUSED]]
; CHECK:      .ascii "helper"                       # string offset=[[HELPER]]
; CHECK:      .ascii "in"                           # string offset=[[IN]]

; ModuleID = 'o0t.c'
source_filename = "o0t.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

%struct.s = type { i32 }

; Function Attrs: noinline nounwind optnone
define dso_local i32 @f(ptr noundef %0) #0 !dbg !7 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
    #dbg_declare(ptr %2, !16, !DIExpression(), !17)
  %3 = load ptr, ptr %2, align 8, !dbg !18
  %4 = getelementptr inbounds nuw %struct.s, ptr %3, i32 0, i32 0, !dbg !19
  %5 = load i32, ptr %4, align 4, !dbg !19
  %6 = call i32 @helper(i32 noundef %5, i32 noundef 3), !dbg !20
  ret i32 %6, !dbg !21
}

; Function Attrs: noinline nounwind optnone
define internal i32 @helper(i32 noundef %0, i32 noundef %1) #0 !dbg !22 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !25, !DIExpression(), !28)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !29, !DIExpression(), !30)
  %6 = load i32, ptr %4, align 4, !dbg !31
  store i32 %6, ptr %3, align 4
    #dbg_declare(ptr %3, !32, !DIExpression(), !36)
  %7 = load i32, ptr %3, align 4, !dbg !38
  %8 = mul nsw i32 %7, 2, !dbg !39
  %9 = add nsw i32 %8, 1, !dbg !40
  ret i32 %9, !dbg !41
}

attributes #0 = { noinline nounwind optnone "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "o0t.c", directory: "/home/user", checksumkind: CSK_MD5, checksum: "217ff207d73f424853ddb5ecca8639da")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"frame-pointer", i32 2}
!6 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!7 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 7, type: !8, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !15)
!8 = !DISubroutineType(types: !9)
!9 = !{!10, !11}
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!12 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "s", file: !1, line: 1, size: 32, elements: !13)
!13 = !{!14}
!14 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !12, file: !1, line: 1, baseType: !10, size: 32)
!15 = !{}
!16 = !DILocalVariable(name: "ctx", arg: 1, scope: !7, file: !1, line: 7, type: !11)
!17 = !DILocation(line: 7, column: 17, scope: !7)
!18 = !DILocation(line: 7, column: 38, scope: !7)
!19 = !DILocation(line: 7, column: 43, scope: !7)
!20 = !DILocation(line: 7, column: 31, scope: !7)
!21 = !DILocation(line: 7, column: 24, scope: !7)
!22 = distinct !DISubprogram(name: "helper", scope: !1, file: !1, line: 3, type: !23, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0, retainedNodes: !15)
!23 = !DISubroutineType(types: !24)
!24 = !{!10, !10, !10}
!25 = !DILocalVariable(name: "x", arg: 1, scope: !22, file: !1, line: 3, type: !10, annotations: !26)
!26 = !{!27}
!27 = !{!"btf_decl_tag", !"in"}
!28 = !DILocation(line: 3, column: 49, scope: !22)
!29 = !DILocalVariable(name: "unused", arg: 2, scope: !22, file: !1, line: 3, type: !10)
!30 = !DILocation(line: 3, column: 92, scope: !22)
!31 = !DILocation(line: 5, column: 15, scope: !22)
!32 = !DILocalVariable(name: "v", arg: 1, scope: !33, file: !1, line: 2, type: !10)
!33 = distinct !DISubprogram(name: "twice", scope: !1, file: !1, line: 2, type: !34, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0, retainedNodes: !15)
!34 = !DISubroutineType(types: !35)
!35 = !{!10, !10}
!36 = !DILocation(line: 2, column: 60, scope: !33, inlinedAt: !37)
!37 = distinct !DILocation(line: 5, column: 9, scope: !22)
!38 = !DILocation(line: 2, column: 72, scope: !33, inlinedAt: !37)
!39 = !DILocation(line: 2, column: 74, scope: !33, inlinedAt: !37)
!40 = !DILocation(line: 5, column: 18, scope: !22)
!41 = !DILocation(line: 5, column: 2, scope: !22)
