; A function-static table of labels has debug info (DWARF and BTF).  It is
; lowered to a jump table and deleted, so its debug info must not refer to
; it: stock 22.1.8 keeps it in .rodata (and the kernel rejects the gotox),
; and deleting it without dropping its !dbg leaves an undefined symbol
; run.tbl in .debug_addr's relocations, which libbpf takes for an extern
; ("failed to find BTF for extern 'run.tbl'").  Fails with Debian's llc-22.
; RUN: llc -mtriple=bpfel -mcpu=v4 -filetype=obj -o %t.o < %s
; RUN: llvm-readelf -s %t.o | FileCheck %s --check-prefix=SYMS
; RUN: llvm-dwarfdump --debug-info %t.o | FileCheck %s --check-prefix=DWARF
; RUN: llvm-objdump -d %t.o | FileCheck %s --check-prefix=CODE

; SYMS-NOT:  UND run.tbl
; SYMS-NOT:  run.tbl
; SYMS:      BPF.JT.0.0
; SYMS-NOT:  run.tbl

; The variable is still described, without a location.
; DWARF:      DW_TAG_variable
; DWARF-NEXT: DW_AT_name ("tbl")
; DWARF-NOT:  DW_AT_location
; DWARF:      DW_TAG

; CODE: gotox

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

@run.tbl = internal unnamed_addr constant [3 x ptr] [ptr blockaddress(@run, %3), ptr blockaddress(@run, %13), ptr blockaddress(@run, %18)], align 8, !dbg !0

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local i32 @run(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 !dbg !2 {
    #dbg_value(ptr %0, !13, !DIExpression(), !35)
    #dbg_value(i32 %1, !14, !DIExpression(), !35)
    #dbg_value(i32 0, !15, !DIExpression(), !35)
    #dbg_value(i32 1, !16, !DIExpression(), !35)
    #dbg_value(i32 1, !15, !DIExpression(), !35)
  br label %20, !dbg !36

3:                                                ; preds = %20
    #dbg_label(!17, !37)
    #dbg_value(i64 %21, !15, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !35)
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 %21, !dbg !38
  %5 = load i8, ptr %4, align 1, !dbg !38
  %6 = zext i8 %5 to i32, !dbg !38
  %7 = add nsw i32 %22, %6, !dbg !40
    #dbg_value(i32 %7, !16, !DIExpression(), !35)
    #dbg_value(i64 %21, !15, !DIExpression(DW_OP_plus_uconst, 2, DW_OP_stack_value), !35)
  br label %8, !dbg !41

8:                                                ; preds = %3, %13
  %9 = phi i32 [ %7, %3 ], [ %17, %13 ]
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 %21, !dbg !38
  %11 = getelementptr i8, ptr %10, i64 1, !dbg !35
  %12 = add nuw i64 %21, 2, !dbg !35
  br label %20, !dbg !35

13:                                               ; preds = %20
    #dbg_label(!18, !42)
    #dbg_value(i64 %21, !15, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !35)
  %14 = getelementptr inbounds nuw i8, ptr %0, i64 %21, !dbg !43
  %15 = load i8, ptr %14, align 1, !dbg !43
  %16 = zext i8 %15 to i32, !dbg !43
  %17 = mul nsw i32 %22, %16, !dbg !44
    #dbg_value(i32 %17, !16, !DIExpression(), !35)
    #dbg_value(i64 %21, !15, !DIExpression(DW_OP_plus_uconst, 2, DW_OP_stack_value), !35)
  br label %8, !dbg !45

18:                                               ; preds = %20
    #dbg_label(!19, !46)
  %19 = add nsw i32 %22, %1, !dbg !47
  ret i32 %19, !dbg !48

20:                                               ; preds = %8, %2
  %21 = phi i64 [ %12, %8 ], [ 1, %2 ], !dbg !35
  %22 = phi i32 [ %9, %8 ], [ 1, %2 ], !dbg !35
  %23 = phi ptr [ %11, %8 ], [ %0, %2 ]
  %24 = load i8, ptr %23, align 1, !dbg !35
  %25 = zext i8 %24 to i64, !dbg !35
  %26 = getelementptr inbounds nuw ptr, ptr @run.tbl, i64 %25, !dbg !35
  %27 = load ptr, ptr %26, align 8, !dbg !35
    #dbg_value(i32 %22, !16, !DIExpression(), !35)
    #dbg_value(i64 %21, !15, !DIExpression(), !35)
  indirectbr ptr %27, [label %3, label %13, label %18]
}

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="v4" }

!llvm.dbg.cu = !{!10}
!llvm.module.flags = !{!25, !26, !27, !28, !29}
!llvm.ident = !{!30}
!llvm.errno.tbaa = !{!31}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tbl", scope: !2, file: !3, line: 3, type: !20, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "run", scope: !3, file: !3, line: 1, type: !4, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !10, retainedNodes: !12, keyInstructions: true)
!3 = !DIFile(filename: "st2.c", directory: "/tmp/jt", checksumkind: CSK_MD5, checksum: "6f92fcac9612eb57c3769e75d280fceb")
!4 = !DISubroutineType(types: !5)
!5 = !{!6, !7, !6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!8 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !9)
!9 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!10 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !11, splitDebugInlining: false, nameTableKind: None)
!11 = !{!0}
!12 = !{!13, !14, !15, !16, !17, !18, !19}
!13 = !DILocalVariable(name: "code", arg: 1, scope: !2, file: !3, line: 1, type: !7)
!14 = !DILocalVariable(name: "n", arg: 2, scope: !2, file: !3, line: 1, type: !6)
!15 = !DILocalVariable(name: "pc", scope: !2, file: !3, line: 4, type: !6)
!16 = !DILocalVariable(name: "acc", scope: !2, file: !3, line: 4, type: !6)
!17 = !DILabel(scope: !2, name: "op_add", file: !3, line: 6, column: 1)
!18 = !DILabel(scope: !2, name: "op_mul", file: !3, line: 9, column: 1)
!19 = !DILabel(scope: !2, name: "op_end", file: !3, line: 12, column: 1)
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !21, size: 192, elements: !23)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!22 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!23 = !{!24}
!24 = !DISubrange(count: 3)
!25 = !{i32 7, !"Dwarf Version", i32 5}
!26 = !{i32 2, !"Debug Info Version", i32 3}
!27 = !{i32 1, !"wchar_size", i32 4}
!28 = !{i32 7, !"frame-pointer", i32 2}
!29 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!30 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!31 = !{!32, !32, i64 0}
!32 = !{!"int", !33, i64 0}
!33 = !{!"omnipotent char", !34, i64 0}
!34 = !{!"Simple C/C++ TBAA"}
!35 = !DILocation(line: 0, scope: !2)
!36 = !DILocation(line: 5, column: 2, scope: !2, atomGroup: 3, atomRank: 1)
!37 = !DILocation(line: 6, column: 1, scope: !2)
!38 = !DILocation(line: 7, column: 9, scope: !2)
!39 = !{!33, !33, i64 0}
!40 = !DILocation(line: 7, column: 6, scope: !2, atomGroup: 5, atomRank: 2)
!41 = !DILocation(line: 8, column: 2, scope: !2, atomGroup: 7, atomRank: 1)
!42 = !DILocation(line: 9, column: 1, scope: !2)
!43 = !DILocation(line: 10, column: 9, scope: !2)
!44 = !DILocation(line: 10, column: 6, scope: !2, atomGroup: 9, atomRank: 2)
!45 = !DILocation(line: 11, column: 2, scope: !2, atomGroup: 11, atomRank: 1)
!46 = !DILocation(line: 12, column: 1, scope: !2)
!47 = !DILocation(line: 13, column: 13, scope: !2, atomGroup: 13, atomRank: 2)
!48 = !DILocation(line: 13, column: 2, scope: !2, atomGroup: 13, atomRank: 1)
!49 = !{!50, !50, i64 0}
!50 = !{!"any pointer", !33, i64 0}
