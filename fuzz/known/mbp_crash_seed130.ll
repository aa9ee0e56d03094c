; ModuleID = 'c130.c'
source_filename = "c130.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

%struct.anon = type { ptr, ptr, ptr, ptr, ptr, ptr }
%struct.anon.0 = type { ptr, ptr, ptr, ptr, ptr, ptr }

@_license = dso_local global [4 x i8] c"GPL\00", section "license", align 1, !dbg !0
@key0 = dso_local global %struct.anon zeroinitializer, section ".maps", align 8, !dbg !17
@.str = private unnamed_addr constant [15 x i8] c"bpf_static_key\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [12 x i8] c"./f000130.h\00", section "llvm.metadata"
@key1 = dso_local global %struct.anon.0 zeroinitializer, section ".maps", align 8, !dbg !50
@__const.fn2.tbl = private unnamed_addr constant [9 x ptr] [ptr blockaddress(@fn2, %3), ptr blockaddress(@fn2, %8), ptr blockaddress(@fn2, %13), ptr blockaddress(@fn2, %8), ptr blockaddress(@fn2, %13), ptr blockaddress(@fn2, %3), ptr blockaddress(@fn2, %8), ptr blockaddress(@fn2, %3), ptr blockaddress(@fn2, %13)], align 8
@llvm.global.annotations = appending global [2 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @key0, ptr @.str, ptr @.str.1, i32 5, ptr null }, { ptr, ptr, ptr, i32, ptr } { ptr @key1, ptr @.str, ptr @.str.1, i32 6, ptr null }], section "llvm.metadata"
@llvm.compiler.used = appending global [5 x ptr] [ptr @_license, ptr @key0, ptr @key1, ptr @p_sc, ptr @p_xdp], section "llvm.metadata"

; Function Attrs: nofree nosync nounwind memory(argmem: read)
define dso_local i32 @p_sc(ptr noundef readonly captures(none) %0) #0 section "syscall" !dbg !78 {
    #dbg_assign(i1 poison, !92, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !93, ptr poison, !DIExpression(), !94)
    #dbg_value(ptr poison, !95, !DIExpression(), !103)
    #dbg_value(ptr %0, !91, !DIExpression(), !94)
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !105
  %3 = load i64, ptr %2, align 8, !dbg !105
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 32, !dbg !105
  %5 = load i64, ptr %4, align 8, !dbg !105
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 48, !dbg !105
  %7 = load i64, ptr %6, align 8, !dbg !105
    #dbg_value(i64 poison, !92, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !94)
    #dbg_value(i64 %3, !92, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !94)
    #dbg_assign(i1 poison, !92, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !106, ptr poison, !DIExpression(), !94)
    #dbg_value(i64 %5, !92, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !94)
    #dbg_value(i64 poison, !92, !DIExpression(DW_OP_LLVM_fragment, 320, 64), !94)
    #dbg_value(i64 %7, !92, !DIExpression(DW_OP_LLVM_fragment, 384, 64), !94)
    #dbg_value(i64 poison, !92, !DIExpression(DW_OP_LLVM_fragment, 448, 64), !94)
    #dbg_value(ptr undef, !95, !DIExpression(), !103)
    #dbg_value(i64 76, !102, !DIExpression(), !103)
  %8 = tail call fastcc i64 @fn0(i64 noundef %7), !dbg !107
    #dbg_value(i64 %8, !102, !DIExpression(), !103)
  %9 = tail call fastcc i64 @fn1(i64 noundef %3, i64 noundef %8), !dbg !108
    #dbg_value(i64 %9, !102, !DIExpression(), !103)
  %10 = tail call fastcc i64 @fn2(i64 noundef %5, i64 noundef %9), !dbg !109
    #dbg_value(i64 %10, !102, !DIExpression(), !103)
  %11 = lshr i64 %10, 32, !dbg !110
  %12 = xor i64 %11, %10, !dbg !111
  %13 = trunc i64 %12 to i32, !dbg !112
  ret i32 %13, !dbg !113
}

; Function Attrs: nofree nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local i32 @p_xdp(ptr noundef readonly captures(none) %0) #1 section "xdp" !dbg !114 {
    #dbg_assign(i1 poison, !132, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !133, ptr poison, !DIExpression(), !134)
    #dbg_value(ptr poison, !95, !DIExpression(), !135)
    #dbg_value(ptr %0, !128, !DIExpression(), !134)
  %2 = load i32, ptr %0, align 4, !dbg !137, !tbaa !138
  %3 = zext i32 %2 to i64, !dbg !140
  %4 = inttoptr i64 %3 to ptr, !dbg !141
    #dbg_value(ptr %4, !129, !DIExpression(), !134)
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 4, !dbg !142
  %6 = load i32, ptr %5, align 4, !dbg !143, !tbaa !144
  %7 = zext i32 %6 to i64, !dbg !145
  %8 = inttoptr i64 %7 to ptr, !dbg !146
    #dbg_value(ptr %8, !130, !DIExpression(), !134)
    #dbg_value(ptr %4, !131, !DIExpression(), !134)
  %9 = getelementptr inbounds nuw i8, ptr %4, i64 64, !dbg !147
  %10 = icmp samesign ugt ptr %9, %8, !dbg !149
  br i1 %10, label %24, label %11, !dbg !150

11:                                               ; preds = %1
  %12 = getelementptr inbounds nuw i8, ptr %4, i64 8, !dbg !151
  %13 = load i64, ptr %12, align 8, !dbg !151
  %14 = getelementptr inbounds nuw i8, ptr %4, i64 32, !dbg !151
  %15 = load i64, ptr %14, align 8, !dbg !151
  %16 = getelementptr inbounds nuw i8, ptr %4, i64 48, !dbg !151
  %17 = load i64, ptr %16, align 8, !dbg !151
    #dbg_value(i64 poison, !132, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !134)
    #dbg_value(i64 %13, !132, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !134)
    #dbg_assign(i1 poison, !132, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !152, ptr poison, !DIExpression(), !134)
    #dbg_value(i64 %15, !132, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !134)
    #dbg_value(i64 poison, !132, !DIExpression(DW_OP_LLVM_fragment, 320, 64), !134)
    #dbg_value(i64 %17, !132, !DIExpression(DW_OP_LLVM_fragment, 384, 64), !134)
    #dbg_value(i64 poison, !132, !DIExpression(DW_OP_LLVM_fragment, 448, 64), !134)
    #dbg_value(ptr undef, !95, !DIExpression(), !135)
    #dbg_value(i64 76, !102, !DIExpression(), !135)
  %18 = tail call fastcc i64 @fn0(i64 noundef %17), !dbg !153
    #dbg_value(i64 %18, !102, !DIExpression(), !135)
  %19 = tail call fastcc i64 @fn1(i64 noundef %13, i64 noundef %18), !dbg !154
    #dbg_value(i64 %19, !102, !DIExpression(), !135)
  %20 = tail call fastcc i64 @fn2(i64 noundef %15, i64 noundef %19), !dbg !155
    #dbg_value(i64 %20, !102, !DIExpression(), !135)
  %21 = lshr i64 %20, 32, !dbg !156
  %22 = xor i64 %21, %20, !dbg !157
  %23 = trunc i64 %22 to i32, !dbg !158
  br label %24, !dbg !159

24:                                               ; preds = %1, %11
  %25 = phi i32 [ %23, %11 ], [ 12243369, %1 ], !dbg !160
  ret i32 %25, !dbg !161
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define internal fastcc i64 @fn0(i64 noundef %0) unnamed_addr #2 !dbg !162 {
    #dbg_value(i64 %0, !166, !DIExpression(), !173)
    #dbg_value(i64 76, !167, !DIExpression(), !173)
  %2 = trunc i64 %0 to i8, !dbg !174
    #dbg_value(i8 %2, !168, !DIExpression(), !175)
  switch i8 %2, label %70 [
    i8 8, label %3
    i8 10, label %5
    i8 5, label %9
    i8 14, label %10
    i8 0, label %42
    i8 9, label %71
    i8 3, label %48
    i8 15, label %49
    i8 11, label %55
    i8 6, label %56
    i8 7, label %57
    i8 1, label %58
    i8 12, label %72
    i8 2, label %61
    i8 13, label %64
    i8 4, label %69
  ], !dbg !176

3:                                                ; preds = %1
  %4 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !177
  br i1 %4, label %5, label %6, !dbg !179

5:                                                ; preds = %3, %1
    #dbg_value(i64 76, !167, !DIExpression(), !173)
  br label %72, !dbg !180

6:                                                ; preds = %3
    #dbg_value(i64 -17538, !167, !DIExpression(), !173)
  %7 = icmp ult i64 %0, 53263
  br i1 %7, label %8, label %72, !dbg !182

8:                                                ; preds = %6
    #dbg_value(i64 -5192650367212693184, !167, !DIExpression(), !173)
  br label %72, !dbg !183

9:                                                ; preds = %1
    #dbg_value(i64 284, !167, !DIExpression(), !173)
  br label %10, !dbg !184

10:                                               ; preds = %1, %9
  %11 = phi i64 [ 284, %9 ], [ 76, %1 ]
    #dbg_value(i64 %11, !167, !DIExpression(), !173)
    #dbg_value(i64 %0, !170, !DIExpression(), !185)
  switch i64 %0, label %41 [
    i64 3, label %12
    i64 5, label %21
    i64 4, label %25
    i64 0, label %29
    i64 6, label %29
    i64 1, label %34
    i64 7, label %38
    i64 2, label %72
  ], !dbg !186

12:                                               ; preds = %10
  %13 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !187
  br i1 %13, label %14, label %16, !dbg !190

14:                                               ; preds = %12
  %15 = add nuw nsw i64 %11, 27, !dbg !191
    #dbg_value(i64 %15, !167, !DIExpression(), !173)
  br label %21, !dbg !192

16:                                               ; preds = %12
  %17 = trunc nuw nsw i64 %11 to i16, !dbg !193
  %18 = udiv i16 %17, 57, !dbg !193
  %19 = zext nneg i16 %18 to i64, !dbg !193
  %20 = add nuw nsw i64 %19, 1798913975, !dbg !194
    #dbg_value(i64 %20, !167, !DIExpression(), !173)
  br label %21

21:                                               ; preds = %10, %16, %14
  %22 = phi i64 [ %15, %14 ], [ %20, %16 ], [ %11, %10 ], !dbg !195
    #dbg_value(i64 %22, !167, !DIExpression(), !173)
  %23 = mul nuw nsw i64 %22, 75, !dbg !196
  %24 = add nuw nsw i64 %23, 49492, !dbg !198
    #dbg_value(i64 %24, !167, !DIExpression(), !173)
  br label %25, !dbg !199

25:                                               ; preds = %21, %10
  %26 = phi i64 [ %24, %21 ], [ %11, %10 ], !dbg !195
    #dbg_value(i64 %26, !167, !DIExpression(), !173)
  %27 = tail call i64 @llvm.fshl.i64(i64 %26, i64 %26, i64 14), !dbg !200
  %28 = add i64 %27, 3010144114, !dbg !201
    #dbg_value(i64 %28, !167, !DIExpression(), !173)
  br label %72, !dbg !202

29:                                               ; preds = %10, %10
    #dbg_value(i64 %11, !167, !DIExpression(), !173)
  %30 = trunc nuw nsw i64 %11 to i16, !dbg !203
  %31 = udiv i16 %30, 35, !dbg !203
  %32 = zext nneg i16 %31 to i64, !dbg !203
  %33 = add nuw nsw i64 %32, 3432858786, !dbg !204
    #dbg_value(i64 %33, !167, !DIExpression(), !173)
  br label %34, !dbg !205

34:                                               ; preds = %10, %29
  %35 = phi i64 [ %33, %29 ], [ %11, %10 ], !dbg !195
    #dbg_value(i64 %35, !167, !DIExpression(), !173)
  %36 = add nsw i64 %35, -232, !dbg !206
    #dbg_value(i64 %36, !167, !DIExpression(), !173)
  %37 = urem i64 %36, 317, !dbg !207
  br label %38, !dbg !208

38:                                               ; preds = %10, %34
  %39 = phi i64 [ %37, %34 ], [ %11, %10 ], !dbg !195
    #dbg_value(i64 %39, !167, !DIExpression(), !173)
  %40 = add nuw nsw i64 %39, 244, !dbg !209
    #dbg_value(i64 %40, !167, !DIExpression(), !173)
  br label %72, !dbg !210

41:                                               ; preds = %10
    #dbg_value(i64 poison, !167, !DIExpression(), !173)
  br label %72

42:                                               ; preds = %1
  %43 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 1), !dbg !211
  %44 = mul i64 %0, 25, !dbg !213
  %45 = add i64 %44, 76, !dbg !213
    #dbg_value(i64 poison, !167, !DIExpression(), !173)
  %46 = xor i64 %45, 192, !dbg !214
  %47 = select i1 %43, i64 56912, i64 %46, !dbg !213
  br label %72, !dbg !215

48:                                               ; preds = %1
    #dbg_value(i64 6048159392976592874, !167, !DIExpression(), !173)
  br label %72, !dbg !216

49:                                               ; preds = %1
  %50 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 1), !dbg !217
  %51 = mul i64 %0, 25, !dbg !219
  %52 = add i64 %51, 76, !dbg !219
    #dbg_value(i64 poison, !167, !DIExpression(), !173)
  %53 = xor i64 %52, 2898, !dbg !220
  %54 = select i1 %50, i64 %53, i64 3591523476887169670, !dbg !219
  br label %72, !dbg !221

55:                                               ; preds = %1
    #dbg_value(i64 2327821445614279173, !167, !DIExpression(), !173)
  br label %72, !dbg !222

56:                                               ; preds = %1
    #dbg_value(i64 19923087, !167, !DIExpression(), !173)
  br label %72, !dbg !223

57:                                               ; preds = %1
    #dbg_value(i64 poison, !167, !DIExpression(), !173)
  br label %72, !dbg !224

58:                                               ; preds = %1
  %59 = shl i64 %0, 3, !dbg !225
  %60 = add i64 %59, 76, !dbg !226
    #dbg_value(i64 %60, !167, !DIExpression(), !173)
  br label %72, !dbg !227

61:                                               ; preds = %1
  %62 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !228
  br i1 %62, label %72, label %63, !dbg !230

63:                                               ; preds = %61
    #dbg_value(i64 -4766244083410795819, !167, !DIExpression(), !173)
  br label %72, !dbg !231

64:                                               ; preds = %1
  %65 = mul i64 %0, 53, !dbg !232
  %66 = add i64 %65, 76, !dbg !234
    #dbg_value(i64 %66, !167, !DIExpression(), !173)
  %67 = urem i64 %66, 4974, !dbg !235
  %68 = add nuw nsw i64 %67, 48, !dbg !236
  br label %72

69:                                               ; preds = %1
    #dbg_value(i64 poison, !167, !DIExpression(), !173)
  br label %72, !dbg !237

70:                                               ; preds = %1
  br label %72, !dbg !238

71:                                               ; preds = %1
    #dbg_value(i64 poison, !167, !DIExpression(), !173)
  br label %72, !dbg !240

72:                                               ; preds = %25, %38, %71, %48, %55, %57, %58, %69, %8, %6, %63, %61, %70, %56, %64, %5, %41, %42, %49, %1, %10
  %73 = phi i64 [ %54, %49 ], [ 61602, %10 ], [ -3140028838446475161, %1 ], [ %47, %42 ], [ 64, %71 ], [ 76, %5 ], [ 124, %69 ], [ %68, %64 ], [ 1095769951, %56 ], [ %60, %58 ], [ 2327821445614279173, %55 ], [ 6048159392976592874, %48 ], [ 76, %61 ], [ -4766244083410795819, %63 ], [ -17538, %6 ], [ -5192650367212693184, %8 ], [ 76, %70 ], [ 4346, %57 ], [ %28, %25 ], [ %40, %38 ], [ %11, %41 ]
  ret i64 %73, !dbg !241
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define internal fastcc i64 @fn1(i64 noundef %0, i64 noundef %1) unnamed_addr #2 !dbg !242 {
    #dbg_value(i64 %0, !245, !DIExpression(), !249)
    #dbg_value(i64 %1, !246, !DIExpression(), !249)
  %3 = trunc i64 %0 to i8, !dbg !250
    #dbg_value(i64 %0, !247, !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !251)
  switch i8 %3, label %493 [
    i8 2, label %4
    i8 6, label %7
    i8 7, label %11
    i8 9, label %14
    i8 12, label %17
    i8 13, label %21
    i8 16, label %32
    i8 20, label %49
    i8 26, label %51
    i8 28, label %54
    i8 34, label %57
    i8 36, label %61
    i8 37, label %69
    i8 39, label %77
    i8 45, label %88
    i8 47, label %98
    i8 49, label %101
    i8 52, label %103
    i8 53, label %107
    i8 54, label %111
    i8 57, label %114
    i8 60, label %125
    i8 62, label %133
    i8 64, label %135
    i8 65, label %139
    i8 67, label %143
    i8 70, label %148
    i8 73, label %152
    i8 75, label %157
    i8 82, label %161
    i8 86, label %168
    i8 87, label %171
    i8 88, label %182
    i8 91, label %188
    i8 92, label %191
    i8 94, label %199
    i8 96, label %203
    i8 97, label %207
    i8 99, label %211
    i8 100, label %215
    i8 103, label %227
    i8 105, label %237
    i8 107, label %242
    i8 111, label %246
    i8 114, label %249
    i8 117, label %254
    i8 119, label %259
    i8 120, label %262
    i8 121, label %273
    i8 125, label %276
    i8 127, label %284
    i8 -128, label %287
    i8 -126, label %290
    i8 -122, label %293
    i8 -115, label %296
    i8 -111, label %300
    i8 -109, label %307
    i8 -108, label %310
    i8 -105, label %314
    i8 -104, label %317
    i8 -96, label %320
    i8 -94, label %329
    i8 -92, label %337
    i8 -91, label %339
    i8 -86, label %342
    i8 -80, label %348
    i8 -79, label %354
    i8 -78, label %357
    i8 -77, label %360
    i8 -76, label %363
    i8 -71, label %366
    i8 -69, label %369
    i8 -66, label %374
    i8 -65, label %376
    i8 -64, label %380
    i8 -60, label %384
    i8 -58, label %393
    i8 -53, label %397
    i8 -49, label %400
    i8 -47, label %411
    i8 -41, label %414
    i8 -38, label %423
    i8 -37, label %428
    i8 -36, label %435
    i8 -31, label %439
    i8 -28, label %442
    i8 -22, label %450
    i8 -17, label %452
    i8 -14, label %457
    i8 -13, label %461
    i8 -10, label %464
    i8 -6, label %477
    i8 -5, label %481
    i8 -2, label %483
    i8 -1, label %488
  ], !dbg !252

4:                                                ; preds = %2
  %5 = and i64 %1, 48448, !dbg !253
  %6 = or disjoint i64 %5, 33, !dbg !255
    #dbg_value(i64 %6, !246, !DIExpression(), !249)
  br label %7, !dbg !256

7:                                                ; preds = %2, %4
  %8 = phi i64 [ %6, %4 ], [ %1, %2 ]
    #dbg_value(i64 %8, !246, !DIExpression(), !249)
  %9 = udiv i64 %8, 84, !dbg !257
  %10 = add nuw nsw i64 %9, 1973125293, !dbg !258
    #dbg_value(i64 %10, !246, !DIExpression(), !249)
  br label %502, !dbg !259

11:                                               ; preds = %2
  %12 = udiv i64 %1, 93, !dbg !260
  %13 = add nuw nsw i64 %12, 58, !dbg !261
    #dbg_value(i64 %13, !246, !DIExpression(), !249)
  br label %502, !dbg !262

14:                                               ; preds = %2
  %15 = urem i64 %1, 3546, !dbg !263
  %16 = add nuw nsw i64 %15, 29, !dbg !264
    #dbg_value(i64 %16, !246, !DIExpression(), !249)
  br label %17, !dbg !265

17:                                               ; preds = %2, %14
  %18 = phi i64 [ %16, %14 ], [ %1, %2 ]
    #dbg_value(i64 %18, !246, !DIExpression(), !249)
  %19 = urem i64 %18, 4105, !dbg !266
  %20 = add nuw nsw i64 %19, 22345, !dbg !267
    #dbg_value(i64 %20, !246, !DIExpression(), !249)
  br label %502, !dbg !268

21:                                               ; preds = %2
  %22 = icmp ult i64 %1, 3490042298, !dbg !269
  %23 = and i64 %0, 4611686018427387904
  %24 = icmp eq i64 %23, 0
  %25 = or i1 %22, %24, !dbg !271
  br i1 %25, label %29, label %26, !dbg !271

26:                                               ; preds = %21
  %27 = mul i64 %1, 931, !dbg !272
  %28 = add i64 %27, 52134, !dbg !273
    #dbg_value(i64 %28, !246, !DIExpression(), !249)
  br label %502, !dbg !274

29:                                               ; preds = %21
  %30 = mul i64 %1, 163, !dbg !275
  %31 = add i64 %30, 63101, !dbg !276
    #dbg_value(i64 %31, !246, !DIExpression(), !249)
  br label %502

32:                                               ; preds = %2
  %33 = icmp ult i64 %1, 64024, !dbg !277
  %34 = and i64 %0, 1099511627776
  %35 = icmp eq i64 %34, 0
  %36 = and i1 %33, %35, !dbg !279
  br i1 %36, label %41, label %37, !dbg !279

37:                                               ; preds = %32
  %38 = lshr i64 %0, 22, !dbg !280
  %39 = xor i64 %38, 59665, !dbg !281
  %40 = add i64 %39, %1, !dbg !282
    #dbg_value(i64 %40, !246, !DIExpression(), !249)
  br label %46, !dbg !283

41:                                               ; preds = %32
  %42 = trunc nuw i64 %1 to i16, !dbg !284
  %43 = udiv i16 %42, 78, !dbg !284
  %44 = add nuw nsw i16 %43, 80, !dbg !285
  %45 = zext nneg i16 %44 to i64, !dbg !285
    #dbg_value(i64 %45, !246, !DIExpression(), !249)
  br label %46

46:                                               ; preds = %41, %37
  %47 = phi i64 [ %40, %37 ], [ %45, %41 ], !dbg !286
    #dbg_value(i64 %47, !246, !DIExpression(), !249)
  %48 = xor i64 %47, 68, !dbg !287
  br label %502, !dbg !288

49:                                               ; preds = %2
  %50 = xor i64 %1, 16, !dbg !289
    #dbg_value(i64 %50, !246, !DIExpression(), !249)
  br label %502, !dbg !290

51:                                               ; preds = %2
  %52 = and i64 %1, 799062788, !dbg !291
  %53 = or disjoint i64 %52, 123, !dbg !292
    #dbg_value(i64 %53, !246, !DIExpression(), !249)
  br label %502, !dbg !293

54:                                               ; preds = %2
  %55 = mul i64 %0, 45, !dbg !294
  %56 = add i64 %1, %55, !dbg !295
    #dbg_value(i64 %56, !246, !DIExpression(), !249)
  br label %502, !dbg !296

57:                                               ; preds = %2
  %58 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !297
  br i1 %58, label %59, label %502, !dbg !299

59:                                               ; preds = %57
  %60 = xor i64 %1, 4144850508, !dbg !300
    #dbg_value(i64 %60, !246, !DIExpression(), !249)
  br label %502, !dbg !301

61:                                               ; preds = %2
  %62 = icmp ult i64 %1, 188, !dbg !302
  %63 = and i64 %0, 8192
  %64 = icmp eq i64 %63, 0
  %65 = or i1 %62, %64, !dbg !304
  br i1 %65, label %69, label %66, !dbg !304

66:                                               ; preds = %61
  %67 = mul i64 %0, 35, !dbg !305
  %68 = add i64 %1, %67, !dbg !306
    #dbg_value(i64 %68, !246, !DIExpression(), !249)
  br label %69, !dbg !307

69:                                               ; preds = %61, %66, %2
  %70 = phi i64 [ %68, %66 ], [ %1, %2 ], [ %1, %61 ]
    #dbg_value(i64 %70, !246, !DIExpression(), !249)
  %71 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 0), !dbg !308
  br i1 %71, label %72, label %75, !dbg !310

72:                                               ; preds = %69
  %73 = and i64 %70, 2374504196, !dbg !311
  %74 = or disjoint i64 %73, 121, !dbg !312
    #dbg_value(i64 %74, !246, !DIExpression(), !249)
  br label %502, !dbg !313

75:                                               ; preds = %69
  %76 = sub i64 48386, %70, !dbg !314
    #dbg_value(i64 %76, !246, !DIExpression(), !249)
  br label %502

77:                                               ; preds = %2
  %78 = icmp ult i64 %1, 2324547358, !dbg !315
  %79 = and i64 %0, 137438953472
  %80 = icmp eq i64 %79, 0
  %81 = or i1 %78, %80, !dbg !317
  br i1 %81, label %85, label %82, !dbg !317

82:                                               ; preds = %77
  %83 = mul i64 %0, 53, !dbg !318
  %84 = add i64 %1, %83, !dbg !319
    #dbg_value(i64 %84, !246, !DIExpression(), !249)
  br label %502, !dbg !320

85:                                               ; preds = %77
  %86 = urem i64 %1, 3376, !dbg !321
  %87 = add nuw nsw i64 %86, 44658, !dbg !322
    #dbg_value(i64 %87, !246, !DIExpression(), !249)
  br label %502

88:                                               ; preds = %2
  %89 = icmp ugt i64 %1, 4190211489, !dbg !323
  %90 = icmp ult i64 %0, 63350
  %91 = and i1 %90, %89, !dbg !325
  br i1 %91, label %92, label %95, !dbg !325

92:                                               ; preds = %88
  %93 = mul nuw nsw i64 %0, 23, !dbg !326
  %94 = add i64 %1, %93, !dbg !327
    #dbg_value(i64 %94, !246, !DIExpression(), !249)
  br label %502, !dbg !328

95:                                               ; preds = %88
  %96 = udiv i64 %1, 9, !dbg !329
  %97 = add nuw nsw i64 %96, 569411566, !dbg !330
    #dbg_value(i64 %97, !246, !DIExpression(), !249)
  br label %502

98:                                               ; preds = %2
  %99 = and i64 %1, 2441633908, !dbg !331
  %100 = or disjoint i64 %99, 3, !dbg !332
    #dbg_value(i64 %100, !246, !DIExpression(), !249)
  br label %502, !dbg !333

101:                                              ; preds = %2
  %102 = sub i64 224, %1, !dbg !334
    #dbg_value(i64 %102, !246, !DIExpression(), !249)
  br label %502, !dbg !335

103:                                              ; preds = %2
  %104 = lshr i64 %0, 16, !dbg !336
  %105 = xor i64 %104, 1519851664, !dbg !337
  %106 = add i64 %105, %1, !dbg !338
    #dbg_value(i64 %106, !246, !DIExpression(), !249)
  br label %107, !dbg !339

107:                                              ; preds = %2, %103
  %108 = phi i64 [ %106, %103 ], [ %1, %2 ]
    #dbg_value(i64 %108, !246, !DIExpression(), !249)
  %109 = and i64 %108, 3287341568, !dbg !340
  %110 = or disjoint i64 %109, 236, !dbg !341
    #dbg_value(i64 %110, !246, !DIExpression(), !249)
  br label %502, !dbg !342

111:                                              ; preds = %2
  %112 = mul i64 %1, 933, !dbg !343
  %113 = add i64 %112, 1781080424, !dbg !344
    #dbg_value(i64 %113, !246, !DIExpression(), !249)
  br label %502, !dbg !345

114:                                              ; preds = %2
  %115 = icmp ult i64 %1, 65433, !dbg !346
  %116 = and i64 %0, 16
  %117 = icmp eq i64 %116, 0
  %118 = or i1 %115, %117, !dbg !348
  %119 = mul i64 %0, 11, !dbg !348
  %120 = add i64 %1, %119, !dbg !348
  %121 = and i64 %1, 24, !dbg !348
  %122 = or disjoint i64 %121, 101, !dbg !348
  %123 = select i1 %118, i64 %122, i64 %120, !dbg !348
    #dbg_value(i64 %123, !246, !DIExpression(), !249)
  %124 = xor i64 %123, 22, !dbg !349
  br label %502, !dbg !350

125:                                              ; preds = %2
  %126 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 1), !dbg !351
  br i1 %126, label %127, label %130, !dbg !353

127:                                              ; preds = %125
  %128 = urem i64 %1, 8555, !dbg !354
  %129 = add nuw nsw i64 %128, 1541, !dbg !355
    #dbg_value(i64 %129, !246, !DIExpression(), !249)
  br label %502, !dbg !356

130:                                              ; preds = %125
  %131 = mul i64 %0, 71, !dbg !357
  %132 = add i64 %1, %131, !dbg !358
    #dbg_value(i64 %132, !246, !DIExpression(), !249)
  br label %502

133:                                              ; preds = %2
  %134 = xor i64 %1, 10, !dbg !359
    #dbg_value(i64 %134, !246, !DIExpression(), !249)
  br label %502, !dbg !360

135:                                              ; preds = %2
  %136 = lshr i64 %0, 45, !dbg !361
  %137 = xor i64 %136, 167, !dbg !362
  %138 = add i64 %137, %1, !dbg !363
    #dbg_value(i64 %138, !246, !DIExpression(), !249)
  br label %502, !dbg !364

139:                                              ; preds = %2
  %140 = urem i64 %1, 8681, !dbg !365
  %141 = add nuw nsw i64 %140, 47024, !dbg !366
    #dbg_value(i64 %141, !246, !DIExpression(), !249)
  %142 = xor i64 %141, 112, !dbg !367
  br label %502, !dbg !368

143:                                              ; preds = %2
  %144 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 1), !dbg !369
  br i1 %144, label %145, label %148, !dbg !371

145:                                              ; preds = %143
  %146 = urem i64 %1, 8649, !dbg !372
  %147 = add nuw nsw i64 %146, 316887208, !dbg !373
    #dbg_value(i64 %147, !246, !DIExpression(), !249)
  br label %148, !dbg !374

148:                                              ; preds = %143, %145, %2
  %149 = phi i64 [ %147, %145 ], [ %1, %143 ], [ %1, %2 ]
    #dbg_value(i64 %149, !246, !DIExpression(), !249)
  %150 = tail call i64 @llvm.fshl.i64(i64 %149, i64 %149, i64 26), !dbg !375
  %151 = add i64 %150, 7092067920658722060, !dbg !376
    #dbg_value(i64 %151, !246, !DIExpression(), !249)
  br label %152, !dbg !377

152:                                              ; preds = %2, %148
  %153 = phi i64 [ %151, %148 ], [ %1, %2 ]
    #dbg_value(i64 %153, !246, !DIExpression(), !249)
  %154 = lshr i64 %0, 32, !dbg !378
  %155 = xor i64 %154, 75, !dbg !379
  %156 = add i64 %153, %155, !dbg !380
    #dbg_value(i64 %156, !246, !DIExpression(), !249)
  br label %157, !dbg !381

157:                                              ; preds = %2, %152
  %158 = phi i64 [ %156, %152 ], [ %1, %2 ]
    #dbg_value(i64 %158, !246, !DIExpression(), !249)
  %159 = mul i64 %0, 78, !dbg !382
  %160 = add i64 %158, %159, !dbg !383
    #dbg_value(i64 %160, !246, !DIExpression(), !249)
  br label %502, !dbg !384

161:                                              ; preds = %2
  %162 = icmp ugt i64 %1, 18983, !dbg !385
  %163 = icmp ult i64 %0, 47005
  %164 = or i1 %163, %162, !dbg !387
  br i1 %164, label %165, label %502, !dbg !387

165:                                              ; preds = %161
  %166 = mul i64 %1, 543, !dbg !388
  %167 = add i64 %166, 47, !dbg !389
    #dbg_value(i64 %167, !246, !DIExpression(), !249)
  br label %502, !dbg !390

168:                                              ; preds = %2
  %169 = udiv i64 %1, 72, !dbg !391
  %170 = add nuw nsw i64 %169, 246, !dbg !392
    #dbg_value(i64 %170, !246, !DIExpression(), !249)
  br label %502, !dbg !393

171:                                              ; preds = %2
  %172 = icmp ult i64 %1, 13856, !dbg !394
  %173 = and i64 %0, 9007199254740992
  %174 = icmp eq i64 %173, 0
  %175 = and i1 %172, %174, !dbg !396
  br i1 %175, label %179, label %176, !dbg !396

176:                                              ; preds = %171
  %177 = udiv i64 %1, 41, !dbg !397
  %178 = add nuw nsw i64 %177, 81, !dbg !398
    #dbg_value(i64 %178, !246, !DIExpression(), !249)
  br label %502, !dbg !399

179:                                              ; preds = %171
  %180 = and i64 %1, 4356, !dbg !400
  %181 = or disjoint i64 %180, 58, !dbg !401
    #dbg_value(i64 %181, !246, !DIExpression(), !249)
  br label %502

182:                                              ; preds = %2
  %183 = icmp ugt i64 %1, 970792003, !dbg !402
  %184 = icmp ult i64 %0, 35540
  %185 = or i1 %184, %183, !dbg !404
    #dbg_value(i64 poison, !246, !DIExpression(), !249)
  %186 = select i1 %185, i64 62950, i64 119, !dbg !405
  %187 = xor i64 %186, %1, !dbg !405
  br label %502, !dbg !406

188:                                              ; preds = %2
  %189 = and i64 %1, 3176167720, !dbg !407
  %190 = or disjoint i64 %189, 215, !dbg !408
    #dbg_value(i64 %190, !246, !DIExpression(), !249)
  br label %191, !dbg !409

191:                                              ; preds = %2, %188
  %192 = phi i64 [ %190, %188 ], [ %1, %2 ]
    #dbg_value(i64 %192, !246, !DIExpression(), !249)
  %193 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !410
  br i1 %193, label %194, label %196, !dbg !412

194:                                              ; preds = %191
  %195 = sub i64 107, %192, !dbg !413
    #dbg_value(i64 %195, !246, !DIExpression(), !249)
  br label %199, !dbg !414

196:                                              ; preds = %191
  %197 = tail call i64 @llvm.fshl.i64(i64 %192, i64 %192, i64 60), !dbg !415
  %198 = add i64 %197, 34362, !dbg !416
    #dbg_value(i64 %198, !246, !DIExpression(), !249)
  br label %199

199:                                              ; preds = %194, %196, %2
  %200 = phi i64 [ %195, %194 ], [ %198, %196 ], [ %1, %2 ]
    #dbg_value(i64 %200, !246, !DIExpression(), !249)
  %201 = udiv i64 %200, 45, !dbg !417
  %202 = add nuw nsw i64 %201, 752025408, !dbg !418
    #dbg_value(i64 %202, !246, !DIExpression(), !249)
  br label %502, !dbg !419

203:                                              ; preds = %2
  %204 = lshr i64 %0, 60, !dbg !420
  %205 = xor i64 %204, 2113068044, !dbg !421
  %206 = add i64 %205, %1, !dbg !422
    #dbg_value(i64 %206, !246, !DIExpression(), !249)
  br label %502, !dbg !423

207:                                              ; preds = %2
  %208 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 1), !dbg !424
  br i1 %208, label %209, label %502, !dbg !426

209:                                              ; preds = %207
  %210 = sub i64 108, %1, !dbg !427
    #dbg_value(i64 %210, !246, !DIExpression(), !249)
  br label %502, !dbg !428

211:                                              ; preds = %2
  %212 = udiv i64 %1, 57, !dbg !429
  %213 = add nuw nsw i64 %212, 17497, !dbg !430
    #dbg_value(i64 %213, !246, !DIExpression(), !249)
  %214 = xor i64 %213, 47203, !dbg !431
  br label %502, !dbg !432

215:                                              ; preds = %2
  %216 = icmp ult i64 %1, 218, !dbg !433
  %217 = and i64 %0, 576460752303423488
  %218 = icmp eq i64 %217, 0
  %219 = or i1 %216, %218, !dbg !435
  br i1 %219, label %223, label %220, !dbg !435

220:                                              ; preds = %215
  %221 = mul i64 %1, 887, !dbg !436
  %222 = add i64 %221, 2229258443, !dbg !437
    #dbg_value(i64 %222, !246, !DIExpression(), !249)
  br label %502, !dbg !438

223:                                              ; preds = %215
  %224 = lshr i64 %0, 42, !dbg !439
  %225 = xor i64 %224, 56076, !dbg !440
  %226 = add i64 %225, %1, !dbg !441
    #dbg_value(i64 %226, !246, !DIExpression(), !249)
  br label %502

227:                                              ; preds = %2
  %228 = icmp ult i64 %1, 16319, !dbg !442
  %229 = and i64 %0, 2097152
  %230 = icmp eq i64 %229, 0
  %231 = and i1 %228, %230, !dbg !444
  br i1 %231, label %235, label %232, !dbg !444

232:                                              ; preds = %227
  %233 = tail call i64 @llvm.fshl.i64(i64 %1, i64 %1, i64 1), !dbg !445
  %234 = add i64 %233, -7419777213784727587, !dbg !446
    #dbg_value(i64 %234, !246, !DIExpression(), !249)
  br label %237, !dbg !447

235:                                              ; preds = %227
  %236 = xor i64 %1, 18607, !dbg !448
    #dbg_value(i64 %236, !246, !DIExpression(), !249)
  br label %237

237:                                              ; preds = %232, %235, %2
  %238 = phi i64 [ %234, %232 ], [ %236, %235 ], [ %1, %2 ]
    #dbg_value(i64 %238, !246, !DIExpression(), !249)
  %239 = mul i64 %238, 169, !dbg !449
  %240 = add i64 %239, -660592880398145187, !dbg !450
    #dbg_value(i64 %240, !246, !DIExpression(), !249)
  %241 = xor i64 %240, 12605, !dbg !451
  br label %502, !dbg !452

242:                                              ; preds = %2
  %243 = mul i64 %1, 407, !dbg !453
  %244 = add i64 %243, 184, !dbg !454
    #dbg_value(i64 %244, !246, !DIExpression(), !249)
  %245 = xor i64 %244, 97, !dbg !455
  br label %502, !dbg !456

246:                                              ; preds = %2
  %247 = urem i64 %1, 2550, !dbg !457
  %248 = add nuw nsw i64 %247, 57753, !dbg !458
    #dbg_value(i64 %248, !246, !DIExpression(), !249)
  br label %502, !dbg !459

249:                                              ; preds = %2
  %250 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 0), !dbg !460
  br i1 %250, label %251, label %502, !dbg !462

251:                                              ; preds = %249
  %252 = mul i64 %0, 60, !dbg !463
  %253 = add i64 %1, %252, !dbg !464
    #dbg_value(i64 %253, !246, !DIExpression(), !249)
  br label %502, !dbg !465

254:                                              ; preds = %2
  %255 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !466
  br i1 %255, label %256, label %502, !dbg !468

256:                                              ; preds = %254
  %257 = urem i64 %1, 3016, !dbg !469
  %258 = add nuw nsw i64 %257, 167, !dbg !470
    #dbg_value(i64 %258, !246, !DIExpression(), !249)
  br label %502, !dbg !471

259:                                              ; preds = %2
  %260 = and i64 %1, 64, !dbg !472
  %261 = or disjoint i64 %260, 61, !dbg !473
    #dbg_value(i64 %261, !246, !DIExpression(), !249)
  br label %502, !dbg !474

262:                                              ; preds = %2
  %263 = icmp ult i64 %1, -8236827125462611326, !dbg !475
  %264 = and i64 %0, 524288
  %265 = icmp eq i64 %264, 0
  %266 = and i1 %263, %265, !dbg !477
  br i1 %266, label %270, label %267, !dbg !477

267:                                              ; preds = %262
  %268 = urem i64 %1, 6484, !dbg !478
  %269 = add nuw nsw i64 %268, 3263, !dbg !479
    #dbg_value(i64 %269, !246, !DIExpression(), !249)
  br label %502, !dbg !480

270:                                              ; preds = %262
  %271 = and i64 %1, 55567, !dbg !481
  %272 = or disjoint i64 %271, 176, !dbg !482
    #dbg_value(i64 %272, !246, !DIExpression(), !249)
  br label %502

273:                                              ; preds = %2
  %274 = udiv i64 %1, 83, !dbg !483
  %275 = add nuw nsw i64 %274, 254, !dbg !484
    #dbg_value(i64 %275, !246, !DIExpression(), !249)
  br label %502, !dbg !485

276:                                              ; preds = %2
  %277 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 1), !dbg !486
  br i1 %277, label %278, label %281, !dbg !488

278:                                              ; preds = %276
  %279 = tail call i64 @llvm.fshl.i64(i64 %1, i64 %1, i64 24), !dbg !489
  %280 = add i64 %279, 17846, !dbg !490
    #dbg_value(i64 %280, !246, !DIExpression(), !249)
  br label %281, !dbg !491

281:                                              ; preds = %278, %276
  %282 = phi i64 [ %280, %278 ], [ %1, %276 ]
    #dbg_value(i64 %282, !246, !DIExpression(), !249)
  %283 = xor i64 %282, 232, !dbg !492
  br label %502, !dbg !493

284:                                              ; preds = %2
  %285 = shl i64 %0, 2, !dbg !494
  %286 = add i64 %1, %285, !dbg !495
    #dbg_value(i64 %286, !246, !DIExpression(), !249)
  br label %502, !dbg !496

287:                                              ; preds = %2
  %288 = sub i64 501138679, %1, !dbg !497
    #dbg_value(i64 %288, !246, !DIExpression(), !249)
  %289 = xor i64 %288, 118, !dbg !498
  br label %502, !dbg !499

290:                                              ; preds = %2
  %291 = mul i64 %0, 40, !dbg !500
  %292 = add i64 %1, %291, !dbg !501
    #dbg_value(i64 %292, !246, !DIExpression(), !249)
  br label %293, !dbg !502

293:                                              ; preds = %2, %290
  %294 = phi i64 [ %292, %290 ], [ %1, %2 ]
    #dbg_value(i64 %294, !246, !DIExpression(), !249)
  %295 = xor i64 %294, 130, !dbg !503
    #dbg_value(i64 %295, !246, !DIExpression(), !249)
  br label %502, !dbg !504

296:                                              ; preds = %2
  %297 = mul i64 %0, 63, !dbg !505
  %298 = add i64 %1, %297, !dbg !506
    #dbg_value(i64 %298, !246, !DIExpression(), !249)
  %299 = xor i64 %298, 21480, !dbg !507
  br label %502, !dbg !508

300:                                              ; preds = %2
  %301 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 0), !dbg !509
  br i1 %301, label %302, label %304, !dbg !511

302:                                              ; preds = %300
  %303 = sub i64 162, %1, !dbg !512
    #dbg_value(i64 %303, !246, !DIExpression(), !249)
  br label %502, !dbg !513

304:                                              ; preds = %300
  %305 = mul i64 %0, 37, !dbg !514
  %306 = add i64 %1, %305, !dbg !515
    #dbg_value(i64 %306, !246, !DIExpression(), !249)
  br label %502

307:                                              ; preds = %2
  %308 = mul i64 %0, 17, !dbg !516
  %309 = add i64 %1, %308, !dbg !517
    #dbg_value(i64 %309, !246, !DIExpression(), !249)
  br label %502, !dbg !518

310:                                              ; preds = %2
  %311 = lshr i64 %0, 54, !dbg !519
  %312 = xor i64 %311, 21868, !dbg !520
  %313 = add i64 %312, %1, !dbg !521
    #dbg_value(i64 %313, !246, !DIExpression(), !249)
  br label %502, !dbg !522

314:                                              ; preds = %2
  %315 = and i64 %1, 31744, !dbg !523
  %316 = or disjoint i64 %315, 191, !dbg !524
    #dbg_value(i64 %316, !246, !DIExpression(), !249)
  br label %317, !dbg !525

317:                                              ; preds = %2, %314
  %318 = phi i64 [ %316, %314 ], [ %1, %2 ]
    #dbg_value(i64 %318, !246, !DIExpression(), !249)
  %319 = sub i64 211, %318, !dbg !526
    #dbg_value(i64 %319, !246, !DIExpression(), !249)
  br label %502, !dbg !527

320:                                              ; preds = %2
  %321 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 1), !dbg !528
  br i1 %321, label %322, label %326, !dbg !530

322:                                              ; preds = %320
  %323 = lshr i64 %0, 5, !dbg !531
  %324 = xor i64 %323, 559582630, !dbg !532
  %325 = add i64 %324, %1, !dbg !533
    #dbg_value(i64 %325, !246, !DIExpression(), !249)
  br label %329, !dbg !534

326:                                              ; preds = %320
  %327 = mul i64 %1, 715, !dbg !535
  %328 = add i64 %327, 2464791035843096641, !dbg !536
    #dbg_value(i64 %328, !246, !DIExpression(), !249)
  br label %329

329:                                              ; preds = %322, %326, %2
  %330 = phi i64 [ %325, %322 ], [ %328, %326 ], [ %1, %2 ]
    #dbg_value(i64 %330, !246, !DIExpression(), !249)
  %331 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 1), !dbg !537
  br i1 %331, label %332, label %334, !dbg !539

332:                                              ; preds = %329
  %333 = add i64 %330, -64840, !dbg !540
    #dbg_value(i64 %333, !246, !DIExpression(), !249)
  br label %502, !dbg !541

334:                                              ; preds = %329
  %335 = mul i64 %330, 247, !dbg !542
  %336 = add i64 %335, 242, !dbg !543
    #dbg_value(i64 %336, !246, !DIExpression(), !249)
  br label %502

337:                                              ; preds = %2
  %338 = xor i64 %1, 10742, !dbg !544
    #dbg_value(i64 %338, !246, !DIExpression(), !249)
  br label %502, !dbg !545

339:                                              ; preds = %2
  %340 = and i64 %1, 161, !dbg !546
  %341 = or disjoint i64 %340, 94, !dbg !547
    #dbg_value(i64 %341, !246, !DIExpression(), !249)
  br label %502, !dbg !548

342:                                              ; preds = %2
  %343 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 0), !dbg !549
  %344 = mul i64 %1, 235, !dbg !551
  %345 = add i64 %344, 24, !dbg !551
  %346 = select i1 %343, i64 %345, i64 %1, !dbg !551
    #dbg_value(i64 %346, !246, !DIExpression(), !249)
  %347 = xor i64 %346, 202, !dbg !552
  br label %502, !dbg !553

348:                                              ; preds = %2
  %349 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 1), !dbg !554
  br i1 %349, label %352, label %350, !dbg !556

350:                                              ; preds = %348
  %351 = sub i64 37770, %1, !dbg !557
    #dbg_value(i64 %351, !246, !DIExpression(), !249)
  br label %354, !dbg !558

352:                                              ; preds = %348
  %353 = add i64 %1, -55, !dbg !559
    #dbg_value(i64 %353, !246, !DIExpression(), !249)
  br label %354

354:                                              ; preds = %350, %352, %2
  %355 = phi i64 [ %353, %352 ], [ %351, %350 ], [ %1, %2 ]
    #dbg_value(i64 %355, !246, !DIExpression(), !249)
  %356 = add i64 %355, -33875, !dbg !560
    #dbg_value(i64 %356, !246, !DIExpression(), !249)
  br label %502, !dbg !561

357:                                              ; preds = %2
  %358 = urem i64 %1, 5619, !dbg !562
  %359 = add nuw nsw i64 %358, 237, !dbg !563
    #dbg_value(i64 %359, !246, !DIExpression(), !249)
  br label %502, !dbg !564

360:                                              ; preds = %2
  %361 = mul i64 %0, 42, !dbg !565
  %362 = add i64 %1, %361, !dbg !566
    #dbg_value(i64 %362, !246, !DIExpression(), !249)
  br label %502, !dbg !567

363:                                              ; preds = %2
  %364 = mul i64 %0, 49, !dbg !568
  %365 = add i64 %1, %364, !dbg !569
    #dbg_value(i64 %365, !246, !DIExpression(), !249)
  br label %502, !dbg !570

366:                                              ; preds = %2
  %367 = mul i64 %1, 199, !dbg !571
  %368 = add i64 %367, 2722764191, !dbg !572
    #dbg_value(i64 %368, !246, !DIExpression(), !249)
  br label %369, !dbg !573

369:                                              ; preds = %2, %366
  %370 = phi i64 [ %368, %366 ], [ %1, %2 ]
    #dbg_value(i64 %370, !246, !DIExpression(), !249)
  %371 = urem i64 %370, 2305, !dbg !574
  %372 = add nuw nsw i64 %371, 43488, !dbg !575
    #dbg_value(i64 %372, !246, !DIExpression(), !249)
  %373 = xor i64 %372, 115, !dbg !576
  br label %502, !dbg !577

374:                                              ; preds = %2
  %375 = sub i64 113, %1, !dbg !578
    #dbg_value(i64 %375, !246, !DIExpression(), !249)
  br label %376, !dbg !579

376:                                              ; preds = %2, %374
  %377 = phi i64 [ %375, %374 ], [ %1, %2 ]
    #dbg_value(i64 %377, !246, !DIExpression(), !249)
  %378 = urem i64 %377, 9026, !dbg !580
  %379 = add nuw nsw i64 %378, 7475547757934808956, !dbg !581
    #dbg_value(i64 %379, !246, !DIExpression(), !249)
  br label %380, !dbg !582

380:                                              ; preds = %2, %376
  %381 = phi i64 [ %379, %376 ], [ %1, %2 ]
    #dbg_value(i64 %381, !246, !DIExpression(), !249)
  %382 = urem i64 %381, 9859, !dbg !583
  %383 = add nuw nsw i64 %382, 218, !dbg !584
    #dbg_value(i64 %383, !246, !DIExpression(), !249)
  br label %384, !dbg !585

384:                                              ; preds = %2, %380
  %385 = phi i64 [ %383, %380 ], [ %1, %2 ]
    #dbg_value(i64 %385, !246, !DIExpression(), !249)
  %386 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 1), !dbg !586
  br i1 %386, label %390, label %387, !dbg !588

387:                                              ; preds = %384
  %388 = urem i64 %385, 5419, !dbg !589
  %389 = add nuw nsw i64 %388, 37768, !dbg !590
    #dbg_value(i64 %389, !246, !DIExpression(), !249)
  br label %502, !dbg !591

390:                                              ; preds = %384
  %391 = tail call i64 @llvm.fshl.i64(i64 %385, i64 %385, i64 57), !dbg !592
  %392 = add i64 %391, 1540, !dbg !593
    #dbg_value(i64 %392, !246, !DIExpression(), !249)
  br label %502

393:                                              ; preds = %2
  %394 = lshr i64 %0, 60, !dbg !594
  %395 = xor i64 %394, 3950703977782657833, !dbg !595
  %396 = add i64 %395, %1, !dbg !596
    #dbg_value(i64 %396, !246, !DIExpression(), !249)
  br label %397, !dbg !597

397:                                              ; preds = %2, %393
  %398 = phi i64 [ %396, %393 ], [ %1, %2 ]
    #dbg_value(i64 %398, !246, !DIExpression(), !249)
  %399 = xor i64 %398, 175, !dbg !598
    #dbg_value(i64 %399, !246, !DIExpression(), !249)
  br label %502, !dbg !599

400:                                              ; preds = %2
  %401 = icmp ult i64 %1, 105, !dbg !600
  %402 = and i64 %0, 4398046511104
  %403 = icmp eq i64 %402, 0
  %404 = and i1 %401, %403, !dbg !602
  br i1 %404, label %408, label %405, !dbg !602

405:                                              ; preds = %400
  %406 = mul i64 %0, 61, !dbg !603
  %407 = add i64 %1, %406, !dbg !604
    #dbg_value(i64 %407, !246, !DIExpression(), !249)
  br label %411, !dbg !605

408:                                              ; preds = %400
  %409 = shl nuw nsw i64 %1, 29, !dbg !606
  %410 = or disjoint i64 %409, 10076, !dbg !607
    #dbg_value(i64 %410, !246, !DIExpression(), !249)
  br label %411

411:                                              ; preds = %405, %408, %2
  %412 = phi i64 [ %407, %405 ], [ %410, %408 ], [ %1, %2 ]
    #dbg_value(i64 %412, !246, !DIExpression(), !249)
  %413 = xor i64 %412, 3217319211217333396, !dbg !608
    #dbg_value(i64 %413, !246, !DIExpression(), !249)
  br label %502, !dbg !609

414:                                              ; preds = %2
  %415 = tail call i1 @__bpf_static_branch(ptr nonnull @key0, i32 1), !dbg !610
  %416 = lshr i64 %0, 25, !dbg !612
  %417 = xor i64 %416, 235, !dbg !612
  %418 = lshr i64 %0, 53, !dbg !612
  %419 = xor i64 %418, 35650918, !dbg !612
  %420 = select i1 %415, i64 %417, i64 %419, !dbg !612
  %421 = add i64 %420, %1, !dbg !613
    #dbg_value(i64 %421, !246, !DIExpression(), !249)
  %422 = xor i64 %421, 141, !dbg !614
  br label %502, !dbg !615

423:                                              ; preds = %2
  %424 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !616
  br i1 %424, label %425, label %430, !dbg !618

425:                                              ; preds = %423
  %426 = tail call i64 @llvm.fshl.i64(i64 %1, i64 %1, i64 32), !dbg !619
  %427 = add i64 %426, 60215, !dbg !620
    #dbg_value(i64 %427, !246, !DIExpression(), !249)
  br label %432, !dbg !621

428:                                              ; preds = %2
  %429 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !623
    #dbg_value(i64 %1, !246, !DIExpression(), !249)
  br i1 %429, label %432, label %430, !dbg !624

430:                                              ; preds = %423, %428
  %431 = add i64 %1, -616196148, !dbg !625
    #dbg_value(i64 %431, !246, !DIExpression(), !249)
  br label %502, !dbg !626

432:                                              ; preds = %425, %428
  %433 = phi i64 [ %427, %425 ], [ %1, %428 ]
  %434 = sub i64 2925950626, %433, !dbg !627
    #dbg_value(i64 %434, !246, !DIExpression(), !249)
  br label %502

435:                                              ; preds = %2
  %436 = lshr i64 %0, 31, !dbg !628
  %437 = xor i64 %436, 10025, !dbg !629
  %438 = add i64 %437, %1, !dbg !630
    #dbg_value(i64 %438, !246, !DIExpression(), !249)
  br label %502, !dbg !631

439:                                              ; preds = %2
  %440 = mul i64 %0, 71, !dbg !632
  %441 = add i64 %1, %440, !dbg !633
    #dbg_value(i64 %441, !246, !DIExpression(), !249)
  br label %502, !dbg !634

442:                                              ; preds = %2
  %443 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !635
  br i1 %443, label %444, label %447, !dbg !637

444:                                              ; preds = %442
  %445 = and i64 %1, 16, !dbg !638
  %446 = or disjoint i64 %445, 233, !dbg !639
    #dbg_value(i64 %446, !246, !DIExpression(), !249)
  br label %502, !dbg !640

447:                                              ; preds = %442
  %448 = mul i64 %0, 62, !dbg !641
  %449 = add i64 %1, %448, !dbg !642
    #dbg_value(i64 %449, !246, !DIExpression(), !249)
  br label %502

450:                                              ; preds = %2
  %451 = add i64 %1, -221, !dbg !643
    #dbg_value(i64 %451, !246, !DIExpression(), !249)
  br label %452, !dbg !644

452:                                              ; preds = %2, %450
  %453 = phi i64 [ %451, %450 ], [ %1, %2 ]
    #dbg_value(i64 %453, !246, !DIExpression(), !249)
  %454 = lshr i64 %0, 49, !dbg !645
  %455 = xor i64 %454, 63485, !dbg !646
  %456 = add i64 %453, %455, !dbg !647
    #dbg_value(i64 %456, !246, !DIExpression(), !249)
  br label %502, !dbg !648

457:                                              ; preds = %2
  %458 = lshr i64 %0, 12, !dbg !649
  %459 = xor i64 %458, 154, !dbg !650
  %460 = add i64 %459, %1, !dbg !651
    #dbg_value(i64 %460, !246, !DIExpression(), !249)
  br label %502, !dbg !652

461:                                              ; preds = %2
  %462 = urem i64 %1, 1791, !dbg !653
  %463 = add nuw nsw i64 %462, 62798, !dbg !654
    #dbg_value(i64 %463, !246, !DIExpression(), !249)
  br label %502, !dbg !655

464:                                              ; preds = %2
  %465 = icmp ult i64 %1, 58741, !dbg !656
  %466 = and i64 %0, 36028797018963968
  %467 = icmp eq i64 %466, 0
  %468 = or i1 %465, %467, !dbg !658
  br i1 %468, label %473, label %469, !dbg !658

469:                                              ; preds = %464
  %470 = lshr i64 %0, 59, !dbg !659
  %471 = or disjoint i64 %470, 160, !dbg !660
  %472 = add i64 %471, %1, !dbg !661
    #dbg_value(i64 %472, !246, !DIExpression(), !249)
  br label %477, !dbg !662

473:                                              ; preds = %464
  %474 = lshr i64 %0, 12, !dbg !663
  %475 = xor i64 %474, 39, !dbg !664
  %476 = add i64 %475, %1, !dbg !665
    #dbg_value(i64 %476, !246, !DIExpression(), !249)
  br label %477

477:                                              ; preds = %469, %473, %2
  %478 = phi i64 [ %472, %469 ], [ %476, %473 ], [ %1, %2 ]
    #dbg_value(i64 %478, !246, !DIExpression(), !249)
  %479 = add i64 %478, -157, !dbg !666
    #dbg_value(i64 %479, !246, !DIExpression(), !249)
  %480 = xor i64 %479, 1680081079, !dbg !667
  br label %502, !dbg !668

481:                                              ; preds = %2
  %482 = add i64 %1, -5148275007662768934, !dbg !669
    #dbg_value(i64 %482, !246, !DIExpression(), !249)
  br label %502, !dbg !670

483:                                              ; preds = %2
  %484 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 1), !dbg !671
  br i1 %484, label %488, label %485, !dbg !673

485:                                              ; preds = %483
  %486 = and i64 %1, 288418914783447078, !dbg !674
  %487 = or disjoint i64 %486, 145, !dbg !675
    #dbg_value(i64 %487, !246, !DIExpression(), !249)
  br label %488, !dbg !676

488:                                              ; preds = %483, %485, %2
  %489 = phi i64 [ %1, %483 ], [ %487, %485 ], [ %1, %2 ]
    #dbg_value(i64 %489, !246, !DIExpression(), !249)
  %490 = lshr i64 %0, 35, !dbg !677
  %491 = xor i64 %490, 277355124, !dbg !678
  %492 = add i64 %489, %491, !dbg !679
    #dbg_value(i64 %492, !246, !DIExpression(), !249)
  br label %502, !dbg !680

493:                                              ; preds = %2
  %494 = icmp ugt i64 %1, -1676732829121139761, !dbg !681
  %495 = icmp ult i64 %0, 45171
  %496 = and i1 %495, %494, !dbg !683
  br i1 %496, label %497, label %499, !dbg !683

497:                                              ; preds = %493
  %498 = sub nsw i64 141, %1, !dbg !684
    #dbg_value(i64 %498, !246, !DIExpression(), !249)
  br label %502, !dbg !685

499:                                              ; preds = %493
  %500 = udiv i64 %1, 42, !dbg !686
  %501 = add nuw nsw i64 %500, 217, !dbg !687
    #dbg_value(i64 %501, !246, !DIExpression(), !249)
  br label %502

502:                                              ; preds = %7, %11, %17, %49, %51, %54, %98, %101, %107, %111, %133, %135, %157, %168, %199, %203, %246, %259, %273, %284, %293, %307, %310, %317, %337, %339, %354, %357, %360, %363, %397, %411, %435, %439, %452, %457, %461, %481, %488, %29, %26, %59, %57, %75, %72, %85, %82, %95, %92, %130, %127, %161, %165, %179, %176, %209, %207, %223, %220, %251, %249, %256, %254, %270, %267, %304, %302, %334, %332, %390, %387, %432, %430, %447, %444, %499, %497, %46, %114, %139, %182, %211, %237, %242, %281, %287, %296, %342, %369, %414, %477
  %503 = phi i64 [ %422, %414 ], [ %480, %477 ], [ %48, %46 ], [ %124, %114 ], [ %142, %139 ], [ %187, %182 ], [ %214, %211 ], [ %241, %237 ], [ %245, %242 ], [ %283, %281 ], [ %289, %287 ], [ %299, %296 ], [ %347, %342 ], [ %373, %369 ], [ %492, %488 ], [ %482, %481 ], [ %463, %461 ], [ %460, %457 ], [ %456, %452 ], [ %449, %447 ], [ %446, %444 ], [ %441, %439 ], [ %438, %435 ], [ %431, %430 ], [ %434, %432 ], [ %413, %411 ], [ %399, %397 ], [ %389, %387 ], [ %392, %390 ], [ %365, %363 ], [ %362, %360 ], [ %359, %357 ], [ %356, %354 ], [ %341, %339 ], [ %338, %337 ], [ %336, %334 ], [ %333, %332 ], [ %319, %317 ], [ %313, %310 ], [ %309, %307 ], [ %306, %304 ], [ %303, %302 ], [ %295, %293 ], [ %286, %284 ], [ %275, %273 ], [ %272, %270 ], [ %269, %267 ], [ %261, %259 ], [ %1, %254 ], [ %258, %256 ], [ %1, %249 ], [ %253, %251 ], [ %248, %246 ], [ %226, %223 ], [ %222, %220 ], [ %1, %207 ], [ %210, %209 ], [ %206, %203 ], [ %202, %199 ], [ %181, %179 ], [ %178, %176 ], [ %170, %168 ], [ %1, %161 ], [ %167, %165 ], [ %160, %157 ], [ %138, %135 ], [ %134, %133 ], [ %132, %130 ], [ %129, %127 ], [ %113, %111 ], [ %110, %107 ], [ %102, %101 ], [ %100, %98 ], [ %97, %95 ], [ %94, %92 ], [ %87, %85 ], [ %84, %82 ], [ %76, %75 ], [ %74, %72 ], [ %1, %57 ], [ %60, %59 ], [ %56, %54 ], [ %53, %51 ], [ %50, %49 ], [ %31, %29 ], [ %28, %26 ], [ %20, %17 ], [ %13, %11 ], [ %10, %7 ], [ %501, %499 ], [ %498, %497 ]
  ret i64 %503, !dbg !688
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define internal fastcc i64 @fn2(i64 noundef %0, i64 noundef %1) unnamed_addr #3 !dbg !689 {
    #dbg_assign(i1 poison, !693, !DIExpression(), !704, ptr @__const.fn2.tbl, !DIExpression(), !705)
    #dbg_value(i64 %0, !691, !DIExpression(), !705)
    #dbg_value(i64 %1, !692, !DIExpression(), !705)
    #dbg_assign(i1 poison, !693, !DIExpression(), !706, ptr @__const.fn2.tbl, !DIExpression(), !705)
    #dbg_value(i64 0, !699, !DIExpression(), !705)
    #dbg_value(i64 %0, !700, !DIExpression(DW_OP_constu, 3, DW_OP_and, DW_OP_stack_value), !705)
    #dbg_value(i64 1, !699, !DIExpression(), !705)
    #dbg_value(i64 %33, !700, !DIExpression(), !705)
  br label %28, !dbg !707

3:                                                ; preds = %28
    #dbg_label(!701, !708)
  %4 = xor i64 %30, 3239123058, !dbg !709
    #dbg_value(i64 %4, !692, !DIExpression(), !705)
    #dbg_value(!DIArgList(i64 %0, i64 %32), !700, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 1, DW_OP_shl, DW_OP_shr, DW_OP_constu, 3, DW_OP_and, DW_OP_stack_value), !705)
    #dbg_value(i64 %32, !699, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !705)
  br i1 %31, label %26, label %5, !dbg !710

5:                                                ; preds = %3, %22, %8
  %6 = phi i64 [ %25, %22 ], [ %12, %8 ], [ %4, %3 ]
  %7 = lshr i64 %0, %32, !dbg !705
  br label %28, !dbg !705

8:                                                ; preds = %28
    #dbg_label(!702, !712)
  %9 = tail call i1 @__bpf_static_branch(ptr nonnull @key1, i32 0), !dbg !713
  %10 = add i64 %30, -10584, !dbg !715
  %11 = sub i64 144, %30, !dbg !715
  %12 = select i1 %9, i64 %10, i64 %11, !dbg !715
    #dbg_value(i64 %12, !692, !DIExpression(), !705)
    #dbg_value(!DIArgList(i64 %0, i64 %32), !700, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 1, DW_OP_shl, DW_OP_shr, DW_OP_constu, 3, DW_OP_and, DW_OP_stack_value), !705)
    #dbg_value(i64 %32, !699, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !705)
  br i1 %31, label %26, label %5, !dbg !716

13:                                               ; preds = %28
    #dbg_label(!703, !718)
  %14 = add i64 %30, -198, !dbg !719
  %15 = icmp ult i64 %14, 11405, !dbg !719
  br i1 %15, label %16, label %19, !dbg !719

16:                                               ; preds = %13
  %17 = shl nuw nsw i64 %30, 25, !dbg !721
  %18 = or disjoint i64 %17, 42482, !dbg !722
    #dbg_value(i64 %18, !692, !DIExpression(), !705)
  br label %22, !dbg !723

19:                                               ; preds = %13
  %20 = udiv i64 %30, 81, !dbg !724
  %21 = add nuw nsw i64 %20, 86, !dbg !725
    #dbg_value(i64 %21, !692, !DIExpression(), !705)
  br label %22

22:                                               ; preds = %19, %16
  %23 = phi i64 [ %18, %16 ], [ %21, %19 ], !dbg !726
    #dbg_value(i64 %23, !692, !DIExpression(), !705)
  %24 = lshr i64 %23, 2, !dbg !727
  %25 = add nuw nsw i64 %24, 2498705028, !dbg !728
    #dbg_value(i64 %25, !692, !DIExpression(), !705)
    #dbg_value(!DIArgList(i64 %0, i64 %32), !700, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 1, DW_OP_shl, DW_OP_shr, DW_OP_constu, 3, DW_OP_and, DW_OP_stack_value), !705)
    #dbg_value(i64 %32, !699, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !705)
  br i1 %31, label %26, label %5, !dbg !729

26:                                               ; preds = %22, %8, %3
  %27 = phi i64 [ %12, %8 ], [ %4, %3 ], [ %25, %22 ], !dbg !705
  ret i64 %27, !dbg !731

28:                                               ; preds = %5, %2
  %29 = phi i64 [ %7, %5 ], [ %0, %2 ]
  %30 = phi i64 [ %6, %5 ], [ %1, %2 ]
  %31 = phi i1 [ true, %5 ], [ false, %2 ], !dbg !705
  %32 = phi i64 [ 4, %5 ], [ 2, %2 ], !dbg !705
  %33 = and i64 %29, 3, !dbg !705
  %34 = getelementptr inbounds nuw ptr, ptr @__const.fn2.tbl, i64 %33, !dbg !705
  %35 = load ptr, ptr %34, align 8, !dbg !705, !tbaa !732
    #dbg_value(i64 %32, !699, !DIExpression(), !705)
    #dbg_value(i64 %30, !692, !DIExpression(), !705)
  indirectbr ptr %35, [label %3, label %8, label %13]
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
declare dso_local i1 @__bpf_static_branch(ptr, i32) local_unnamed_addr #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #5

attributes #0 = { nofree nosync nounwind memory(argmem: read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="v4" }
attributes #1 = { nofree nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="v4" }
attributes #2 = { mustprogress nofree noinline nosync nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="v4" }
attributes #3 = { nofree noinline nosync nounwind memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="v4" }
attributes #4 = { mustprogress nofree nosync nounwind willreturn memory(none) }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!68, !69, !70, !71, !72}
!llvm.ident = !{!73}
!llvm.errno.tbaa = !{!74}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "_license", scope: !2, file: !64, line: 93, type: !65, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !16, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c130.c", directory: "/tmp/exp", checksumkind: CSK_MD5, checksum: "9402f0393766c39798947c3bff0d6433")
!4 = !{!5, !6, !7, !10, !12, !14}
!5 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!6 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!7 = !DIDerivedType(tag: DW_TAG_typedef, name: "__u32", file: !8, line: 27, baseType: !9)
!8 = !DIFile(filename: "/work/main/cache/harness/uapi/usr/include/asm-generic/int-ll64.h", directory: "", checksumkind: CSK_MD5, checksum: "2715dff8adff0a9f63a29964ebf32358")
!9 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_typedef, name: "__s8", file: !8, line: 20, baseType: !11)
!11 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!12 = !DIDerivedType(tag: DW_TAG_typedef, name: "__u64", file: !8, line: 31, baseType: !13)
!13 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!14 = !DIDerivedType(tag: DW_TAG_typedef, name: "__u8", file: !8, line: 21, baseType: !15)
!15 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!16 = !{!0, !17, !50}
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "key0", scope: !2, file: !19, line: 5, type: !20, isLocal: false, isDefinition: true)
!19 = !DIFile(filename: "./f000130.h", directory: "/tmp/exp", checksumkind: CSK_MD5, checksum: "37ef4b7ad3f3ee3c047363dad9247c25")
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !19, line: 5, size: 384, elements: !21)
!21 = !{!22, !28, !30, !39, !44, !49}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !20, file: !19, line: 5, baseType: !23, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 272, elements: !26)
!25 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!26 = !{!27}
!27 = !DISubrange(count: 34)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !20, file: !19, line: 5, baseType: !29, size: 64, offset: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 64)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !20, file: !19, line: 5, baseType: !31, size: 64, offset: 128)
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64)
!32 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "bpf_static_key_value", file: !33, line: 46, size: 128, elements: !34)
!33 = !DIFile(filename: "/work/main/build/lib/clang/22/include/bpf_static_key.h", directory: "", checksumkind: CSK_MD5, checksum: "95ae14a9899bcd16fa22db861ebde6df")
!34 = !{!35, !36, !37, !38}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "orig_off", scope: !32, file: !33, line: 47, baseType: !9, size: 32)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "xlated_off", scope: !32, file: !33, line: 48, baseType: !9, size: 32, offset: 32)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "jitted_off", scope: !32, file: !33, line: 49, baseType: !9, size: 32, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "__reserved", scope: !32, file: !33, line: 50, baseType: !9, size: 32, offset: 96)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !20, file: !19, line: 5, baseType: !40, size: 64, offset: 192)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 8, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 1)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "map_flags", scope: !20, file: !19, line: 5, baseType: !45, size: 64, offset: 256)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 8589934592, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 1073741824)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "map_extra", scope: !20, file: !19, line: 5, baseType: !40, size: 64, offset: 320)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "key1", scope: !2, file: !19, line: 6, type: !52, isLocal: false, isDefinition: true)
!52 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !19, line: 6, size: 384, elements: !53)
!53 = !{!54, !55, !56, !57, !58, !59}
!54 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !52, file: !19, line: 6, baseType: !23, size: 64)
!55 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !52, file: !19, line: 6, baseType: !29, size: 64, offset: 64)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !52, file: !19, line: 6, baseType: !31, size: 64, offset: 128)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !52, file: !19, line: 6, baseType: !40, size: 64, offset: 192)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "map_flags", scope: !52, file: !19, line: 6, baseType: !45, size: 64, offset: 256)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "map_extra", scope: !52, file: !19, line: 6, baseType: !60, size: 64, offset: 320)
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, elements: !62)
!62 = !{!63}
!63 = !DISubrange(count: 0)
!64 = !DIFile(filename: "/work/main/harness/include/harness_case.h", directory: "", checksumkind: CSK_MD5, checksum: "0385447b152eb7d4d6348282a7a8ce4d")
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 32, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 4)
!68 = !{i32 7, !"Dwarf Version", i32 5}
!69 = !{i32 2, !"Debug Info Version", i32 3}
!70 = !{i32 1, !"wchar_size", i32 4}
!71 = !{i32 7, !"frame-pointer", i32 2}
!72 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!73 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!74 = !{!75, !75, i64 0}
!75 = !{!"int", !76, i64 0}
!76 = !{!"omnipotent char", !77, i64 0}
!77 = !{!"Simple C/C++ TBAA"}
!78 = distinct !DISubprogram(name: "p_sc", scope: !19, file: !19, line: 541, type: !79, scopeLine: 541, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !90, keyInstructions: true)
!79 = !DISubroutineType(types: !80)
!80 = !{!81, !82}
!81 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !83, size: 64)
!83 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "harness_args", file: !84, line: 10, size: 512, elements: !85)
!84 = !DIFile(filename: "/work/main/harness/include/harness_args.h", directory: "", checksumkind: CSK_MD5, checksum: "0bb21ca8c8288f699e56091492a8eada")
!85 = !{!86}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "arg", scope: !83, file: !84, line: 11, baseType: !87, size: 512)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 512, elements: !88)
!88 = !{!89}
!89 = !DISubrange(count: 8)
!90 = !{!91, !92}
!91 = !DILocalVariable(name: "ctx", arg: 1, scope: !78, file: !19, line: 541, type: !82)
!92 = !DILocalVariable(name: "a", scope: !78, file: !19, line: 541, type: !83)
!93 = distinct !DIAssignID()
!94 = !DILocation(line: 0, scope: !78)
!95 = !DILocalVariable(name: "a", arg: 1, scope: !96, file: !19, line: 541, type: !99)
!96 = distinct !DISubprogram(name: "p_body", scope: !19, file: !19, line: 541, type: !97, scopeLine: 542, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !101, keyInstructions: true)
!97 = !DISubroutineType(types: !98)
!98 = !{!7, !99}
!99 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !100, size: 64)
!100 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !83)
!101 = !{!95, !102}
!102 = !DILocalVariable(name: "acc", scope: !96, file: !19, line: 543, type: !12)
!103 = !DILocation(line: 0, scope: !96, inlinedAt: !104)
!104 = distinct !DILocation(line: 541, column: 1, scope: !78)
!105 = !DILocation(line: 541, column: 1, scope: !78, atomGroup: 1, atomRank: 1)
!106 = distinct !DIAssignID()
!107 = !DILocation(line: 545, column: 8, scope: !96, inlinedAt: !104, atomGroup: 2, atomRank: 2)
!108 = !DILocation(line: 546, column: 8, scope: !96, inlinedAt: !104, atomGroup: 3, atomRank: 2)
!109 = !DILocation(line: 547, column: 8, scope: !96, inlinedAt: !104, atomGroup: 4, atomRank: 2)
!110 = !DILocation(line: 548, column: 28, scope: !96, inlinedAt: !104)
!111 = !DILocation(line: 548, column: 21, scope: !96, inlinedAt: !104, atomGroup: 6, atomRank: 3)
!112 = !DILocation(line: 548, column: 9, scope: !96, inlinedAt: !104, atomGroup: 6, atomRank: 2)
!113 = !DILocation(line: 541, column: 1, scope: !78, atomGroup: 3, atomRank: 1)
!114 = distinct !DISubprogram(name: "p_xdp", scope: !19, file: !19, line: 541, type: !115, scopeLine: 541, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !127, keyInstructions: true)
!115 = !DISubroutineType(types: !116)
!116 = !{!81, !117}
!117 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !118, size: 64)
!118 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "xdp_md", file: !119, line: 6662, size: 192, elements: !120)
!119 = !DIFile(filename: "/work/main/cache/harness/uapi/usr/include/linux/bpf.h", directory: "", checksumkind: CSK_MD5, checksum: "bb01ba6464363a448a9e0d7728213f26")
!120 = !{!121, !122, !123, !124, !125, !126}
!121 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !118, file: !119, line: 6663, baseType: !7, size: 32)
!122 = !DIDerivedType(tag: DW_TAG_member, name: "data_end", scope: !118, file: !119, line: 6664, baseType: !7, size: 32, offset: 32)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "data_meta", scope: !118, file: !119, line: 6665, baseType: !7, size: 32, offset: 64)
!124 = !DIDerivedType(tag: DW_TAG_member, name: "ingress_ifindex", scope: !118, file: !119, line: 6667, baseType: !7, size: 32, offset: 96)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "rx_queue_index", scope: !118, file: !119, line: 6668, baseType: !7, size: 32, offset: 128)
!126 = !DIDerivedType(tag: DW_TAG_member, name: "egress_ifindex", scope: !118, file: !119, line: 6670, baseType: !7, size: 32, offset: 160)
!127 = !{!128, !129, !130, !131, !132}
!128 = !DILocalVariable(name: "ctx", arg: 1, scope: !114, file: !19, line: 541, type: !117)
!129 = !DILocalVariable(name: "data", scope: !114, file: !19, line: 541, type: !5)
!130 = !DILocalVariable(name: "data_end", scope: !114, file: !19, line: 541, type: !5)
!131 = !DILocalVariable(name: "in", scope: !114, file: !19, line: 541, type: !99)
!132 = !DILocalVariable(name: "a", scope: !114, file: !19, line: 541, type: !83)
!133 = distinct !DIAssignID()
!134 = !DILocation(line: 0, scope: !114)
!135 = !DILocation(line: 0, scope: !96, inlinedAt: !136)
!136 = distinct !DILocation(line: 541, column: 1, scope: !114)
!137 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 1, atomRank: 4)
!138 = !{!139, !75, i64 0}
!139 = !{!"xdp_md", !75, i64 0, !75, i64 4, !75, i64 8, !75, i64 12, !75, i64 16, !75, i64 20}
!140 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 1, atomRank: 3)
!141 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 1, atomRank: 2)
!142 = !DILocation(line: 541, column: 1, scope: !114)
!143 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 2, atomRank: 4)
!144 = !{!139, !75, i64 4}
!145 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 2, atomRank: 3)
!146 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 2, atomRank: 2)
!147 = !DILocation(line: 541, column: 1, scope: !148)
!148 = distinct !DILexicalBlock(scope: !114, file: !19, line: 541, column: 1)
!149 = !DILocation(line: 541, column: 1, scope: !148, atomGroup: 4, atomRank: 2)
!150 = !DILocation(line: 541, column: 1, scope: !148, atomGroup: 4, atomRank: 1)
!151 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 6, atomRank: 1)
!152 = distinct !DIAssignID()
!153 = !DILocation(line: 545, column: 8, scope: !96, inlinedAt: !136, atomGroup: 2, atomRank: 2)
!154 = !DILocation(line: 546, column: 8, scope: !96, inlinedAt: !136, atomGroup: 3, atomRank: 2)
!155 = !DILocation(line: 547, column: 8, scope: !96, inlinedAt: !136, atomGroup: 4, atomRank: 2)
!156 = !DILocation(line: 548, column: 28, scope: !96, inlinedAt: !136)
!157 = !DILocation(line: 548, column: 21, scope: !96, inlinedAt: !136, atomGroup: 6, atomRank: 3)
!158 = !DILocation(line: 548, column: 9, scope: !96, inlinedAt: !136, atomGroup: 6, atomRank: 2)
!159 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 7, atomRank: 1)
!160 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 5, atomRank: 1)
!161 = !DILocation(line: 541, column: 1, scope: !114, atomGroup: 8, atomRank: 1)
!162 = distinct !DISubprogram(name: "fn0", scope: !19, file: !19, line: 9, type: !163, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !165, keyInstructions: true)
!163 = !DISubroutineType(cc: DW_CC_nocall, types: !164)
!164 = !{!12, !12, !12}
!165 = !{!166, !167, !168, !170}
!166 = !DILocalVariable(name: "x", arg: 1, scope: !162, file: !19, line: 9, type: !12)
!167 = !DILocalVariable(name: "acc", arg: 2, scope: !162, file: !19, line: 9, type: !12)
!168 = !DILocalVariable(name: "v", scope: !169, file: !19, line: 12, type: !10)
!169 = distinct !DILexicalBlock(scope: !162, file: !19, line: 11, column: 2)
!170 = !DILocalVariable(name: "vn", scope: !171, file: !19, line: 28, type: !12)
!171 = distinct !DILexicalBlock(scope: !172, file: !19, line: 27, column: 4)
!172 = distinct !DILexicalBlock(scope: !169, file: !19, line: 14, column: 14)
!173 = !DILocation(line: 0, scope: !162)
!174 = !DILocation(line: 12, column: 12, scope: !169, atomGroup: 1, atomRank: 2)
!175 = !DILocation(line: 0, scope: !169)
!176 = !DILocation(line: 14, column: 3, scope: !169, atomGroup: 2, atomRank: 1)
!177 = !DILocation(line: 16, column: 9, scope: !178, atomGroup: 3, atomRank: 2)
!178 = distinct !DILexicalBlock(scope: !172, file: !19, line: 16, column: 8)
!179 = !DILocation(line: 16, column: 8, scope: !178, atomGroup: 3, atomRank: 1)
!180 = !DILocation(line: 20, column: 22, scope: !181, atomGroup: 246, atomRank: 1)
!181 = distinct !DILexicalBlock(scope: !172, file: !19, line: 20, column: 8)
!182 = !DILocation(line: 20, column: 22, scope: !181, atomGroup: 5, atomRank: 1)
!183 = !DILocation(line: 21, column: 5, scope: !181)
!184 = !DILocation(line: 24, column: 4, scope: !172)
!185 = !DILocation(line: 0, scope: !171)
!186 = !DILocation(line: 30, column: 5, scope: !171, atomGroup: 11, atomRank: 1)
!187 = !DILocation(line: 32, column: 10, scope: !188, atomGroup: 12, atomRank: 2)
!188 = distinct !DILexicalBlock(scope: !189, file: !19, line: 32, column: 10)
!189 = distinct !DILexicalBlock(scope: !171, file: !19, line: 30, column: 17)
!190 = !DILocation(line: 32, column: 10, scope: !188, atomGroup: 12, atomRank: 1)
!191 = !DILocation(line: 33, column: 11, scope: !188, atomGroup: 13, atomRank: 2)
!192 = !DILocation(line: 33, column: 7, scope: !188)
!193 = !DILocation(line: 35, column: 17, scope: !188)
!194 = !DILocation(line: 35, column: 22, scope: !188, atomGroup: 14, atomRank: 2)
!195 = !DILocation(line: 0, scope: !172)
!196 = !DILocation(line: 39, column: 17, scope: !197)
!197 = distinct !DILexicalBlock(scope: !189, file: !19, line: 38, column: 10)
!198 = !DILocation(line: 39, column: 22, scope: !197, atomGroup: 17, atomRank: 2)
!199 = !DILocation(line: 39, column: 7, scope: !197)
!200 = !DILocation(line: 44, column: 23, scope: !189)
!201 = !DILocation(line: 44, column: 36, scope: !189, atomGroup: 19, atomRank: 2)
!202 = !DILocation(line: 45, column: 6, scope: !189, atomGroup: 20, atomRank: 1)
!203 = !DILocation(line: 51, column: 16, scope: !189)
!204 = !DILocation(line: 51, column: 21, scope: !189, atomGroup: 23, atomRank: 2)
!205 = !DILocation(line: 51, column: 6, scope: !189)
!206 = !DILocation(line: 54, column: 10, scope: !189, atomGroup: 24, atomRank: 2)
!207 = !DILocation(line: 57, column: 16, scope: !189)
!208 = !DILocation(line: 54, column: 6, scope: !189)
!209 = !DILocation(line: 57, column: 22, scope: !189, atomGroup: 25, atomRank: 2)
!210 = !DILocation(line: 58, column: 6, scope: !189, atomGroup: 26, atomRank: 1)
!211 = !DILocation(line: 66, column: 9, scope: !212, atomGroup: 30, atomRank: 2)
!212 = distinct !DILexicalBlock(scope: !172, file: !19, line: 66, column: 8)
!213 = !DILocation(line: 66, column: 8, scope: !212, atomGroup: 30, atomRank: 1)
!214 = !DILocation(line: 70, column: 15, scope: !172, atomGroup: 33, atomRank: 2)
!215 = !DILocation(line: 70, column: 4, scope: !172, atomGroup: 33, atomRank: 1)
!216 = !DILocation(line: 76, column: 4, scope: !172, atomGroup: 37, atomRank: 1)
!217 = !DILocation(line: 78, column: 8, scope: !218, atomGroup: 38, atomRank: 2)
!218 = distinct !DILexicalBlock(scope: !172, file: !19, line: 78, column: 8)
!219 = !DILocation(line: 78, column: 8, scope: !218, atomGroup: 38, atomRank: 1)
!220 = !DILocation(line: 82, column: 15, scope: !172, atomGroup: 41, atomRank: 2)
!221 = !DILocation(line: 82, column: 4, scope: !172, atomGroup: 41, atomRank: 1)
!222 = !DILocation(line: 85, column: 4, scope: !172, atomGroup: 43, atomRank: 1)
!223 = !DILocation(line: 87, column: 4, scope: !172)
!224 = !DILocation(line: 91, column: 4, scope: !172, atomGroup: 46, atomRank: 1)
!225 = !DILocation(line: 93, column: 13, scope: !172)
!226 = !DILocation(line: 93, column: 8, scope: !172, atomGroup: 47, atomRank: 2)
!227 = !DILocation(line: 94, column: 4, scope: !172, atomGroup: 48, atomRank: 1)
!228 = !DILocation(line: 99, column: 9, scope: !229, atomGroup: 51, atomRank: 2)
!229 = distinct !DILexicalBlock(scope: !172, file: !19, line: 99, column: 8)
!230 = !DILocation(line: 99, column: 8, scope: !229, atomGroup: 51, atomRank: 1)
!231 = !DILocation(line: 100, column: 5, scope: !229)
!232 = !DILocation(line: 106, column: 14, scope: !233)
!233 = distinct !DILexicalBlock(scope: !172, file: !19, line: 103, column: 8)
!234 = !DILocation(line: 106, column: 9, scope: !233, atomGroup: 57, atomRank: 2)
!235 = !DILocation(line: 109, column: 14, scope: !172)
!236 = !DILocation(line: 109, column: 21, scope: !172, atomGroup: 58, atomRank: 2)
!237 = !DILocation(line: 110, column: 4, scope: !172, atomGroup: 59, atomRank: 1)
!238 = !DILocation(line: 112, column: 28, scope: !239, atomGroup: 60, atomRank: 1)
!239 = distinct !DILexicalBlock(scope: !172, file: !19, line: 112, column: 8)
!240 = !DILocation(line: 116, column: 2, scope: !162)
!241 = !DILocation(line: 118, column: 1, scope: !162, atomGroup: 65, atomRank: 1)
!242 = distinct !DISubprogram(name: "fn1", scope: !19, file: !19, line: 121, type: !243, scopeLine: 122, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !244, keyInstructions: true)
!243 = !DISubroutineType(types: !164)
!244 = !{!245, !246, !247}
!245 = !DILocalVariable(name: "x", arg: 1, scope: !242, file: !19, line: 121, type: !12)
!246 = !DILocalVariable(name: "acc", arg: 2, scope: !242, file: !19, line: 121, type: !12)
!247 = !DILocalVariable(name: "v", scope: !248, file: !19, line: 124, type: !14)
!248 = distinct !DILexicalBlock(scope: !242, file: !19, line: 123, column: 2)
!249 = !DILocation(line: 0, scope: !242)
!250 = !DILocation(line: 124, column: 12, scope: !248, atomGroup: 1, atomRank: 2)
!251 = !DILocation(line: 0, scope: !248)
!252 = !DILocation(line: 126, column: 3, scope: !248, atomGroup: 2, atomRank: 1)
!253 = !DILocation(line: 128, column: 15, scope: !254)
!254 = distinct !DILexicalBlock(scope: !248, file: !19, line: 126, column: 14)
!255 = !DILocation(line: 128, column: 28, scope: !254, atomGroup: 3, atomRank: 2)
!256 = !DILocation(line: 128, column: 4, scope: !254)
!257 = !DILocation(line: 131, column: 14, scope: !254)
!258 = !DILocation(line: 131, column: 19, scope: !254, atomGroup: 4, atomRank: 2)
!259 = !DILocation(line: 132, column: 4, scope: !254, atomGroup: 5, atomRank: 1)
!260 = !DILocation(line: 134, column: 14, scope: !254)
!261 = !DILocation(line: 134, column: 19, scope: !254, atomGroup: 6, atomRank: 2)
!262 = !DILocation(line: 135, column: 4, scope: !254, atomGroup: 7, atomRank: 1)
!263 = !DILocation(line: 137, column: 14, scope: !254)
!264 = !DILocation(line: 137, column: 21, scope: !254, atomGroup: 8, atomRank: 2)
!265 = !DILocation(line: 137, column: 4, scope: !254)
!266 = !DILocation(line: 140, column: 14, scope: !254)
!267 = !DILocation(line: 140, column: 21, scope: !254, atomGroup: 9, atomRank: 2)
!268 = !DILocation(line: 141, column: 4, scope: !254, atomGroup: 10, atomRank: 1)
!269 = !DILocation(line: 143, column: 12, scope: !270, atomGroup: 11, atomRank: 2)
!270 = distinct !DILexicalBlock(scope: !254, file: !19, line: 143, column: 8)
!271 = !DILocation(line: 143, column: 28, scope: !270, atomGroup: 11, atomRank: 1)
!272 = !DILocation(line: 144, column: 15, scope: !270)
!273 = !DILocation(line: 144, column: 21, scope: !270, atomGroup: 13, atomRank: 2)
!274 = !DILocation(line: 144, column: 5, scope: !270)
!275 = !DILocation(line: 146, column: 15, scope: !270)
!276 = !DILocation(line: 146, column: 21, scope: !270, atomGroup: 14, atomRank: 2)
!277 = !DILocation(line: 149, column: 12, scope: !278, atomGroup: 16, atomRank: 2)
!278 = distinct !DILexicalBlock(scope: !254, file: !19, line: 149, column: 8)
!279 = !DILocation(line: 149, column: 24, scope: !278, atomGroup: 16, atomRank: 1)
!280 = !DILocation(line: 150, column: 27, scope: !278)
!281 = !DILocation(line: 150, column: 22, scope: !278)
!282 = !DILocation(line: 150, column: 9, scope: !278, atomGroup: 18, atomRank: 2)
!283 = !DILocation(line: 150, column: 5, scope: !278)
!284 = !DILocation(line: 152, column: 15, scope: !278)
!285 = !DILocation(line: 152, column: 20, scope: !278, atomGroup: 19, atomRank: 2)
!286 = !DILocation(line: 0, scope: !278)
!287 = !DILocation(line: 153, column: 15, scope: !254, atomGroup: 20, atomRank: 2)
!288 = !DILocation(line: 153, column: 4, scope: !254, atomGroup: 20, atomRank: 1)
!289 = !DILocation(line: 155, column: 8, scope: !254, atomGroup: 21, atomRank: 2)
!290 = !DILocation(line: 156, column: 4, scope: !254, atomGroup: 22, atomRank: 1)
!291 = !DILocation(line: 158, column: 15, scope: !254)
!292 = !DILocation(line: 158, column: 32, scope: !254, atomGroup: 23, atomRank: 2)
!293 = !DILocation(line: 159, column: 4, scope: !254, atomGroup: 24, atomRank: 1)
!294 = !DILocation(line: 161, column: 13, scope: !254)
!295 = !DILocation(line: 161, column: 8, scope: !254, atomGroup: 25, atomRank: 2)
!296 = !DILocation(line: 162, column: 4, scope: !254, atomGroup: 26, atomRank: 1)
!297 = !DILocation(line: 164, column: 8, scope: !298, atomGroup: 27, atomRank: 2)
!298 = distinct !DILexicalBlock(scope: !254, file: !19, line: 164, column: 8)
!299 = !DILocation(line: 164, column: 8, scope: !298, atomGroup: 27, atomRank: 1)
!300 = !DILocation(line: 165, column: 9, scope: !298, atomGroup: 28, atomRank: 2)
!301 = !DILocation(line: 165, column: 5, scope: !298)
!302 = !DILocation(line: 168, column: 12, scope: !303, atomGroup: 30, atomRank: 2)
!303 = distinct !DILexicalBlock(scope: !254, file: !19, line: 168, column: 8)
!304 = !DILocation(line: 168, column: 22, scope: !303, atomGroup: 30, atomRank: 1)
!305 = !DILocation(line: 169, column: 14, scope: !303)
!306 = !DILocation(line: 169, column: 9, scope: !303, atomGroup: 32, atomRank: 2)
!307 = !DILocation(line: 169, column: 5, scope: !303)
!308 = !DILocation(line: 172, column: 8, scope: !309, atomGroup: 33, atomRank: 2)
!309 = distinct !DILexicalBlock(scope: !254, file: !19, line: 172, column: 8)
!310 = !DILocation(line: 172, column: 8, scope: !309, atomGroup: 33, atomRank: 1)
!311 = !DILocation(line: 173, column: 16, scope: !309)
!312 = !DILocation(line: 173, column: 33, scope: !309, atomGroup: 34, atomRank: 2)
!313 = !DILocation(line: 173, column: 5, scope: !309)
!314 = !DILocation(line: 175, column: 16, scope: !309, atomGroup: 35, atomRank: 2)
!315 = !DILocation(line: 178, column: 12, scope: !316, atomGroup: 37, atomRank: 2)
!316 = distinct !DILexicalBlock(scope: !254, file: !19, line: 178, column: 8)
!317 = !DILocation(line: 178, column: 28, scope: !316, atomGroup: 37, atomRank: 1)
!318 = !DILocation(line: 179, column: 14, scope: !316)
!319 = !DILocation(line: 179, column: 9, scope: !316, atomGroup: 39, atomRank: 2)
!320 = !DILocation(line: 179, column: 5, scope: !316)
!321 = !DILocation(line: 181, column: 15, scope: !316)
!322 = !DILocation(line: 181, column: 22, scope: !316, atomGroup: 40, atomRank: 2)
!323 = !DILocation(line: 184, column: 12, scope: !324, atomGroup: 42, atomRank: 2)
!324 = distinct !DILexicalBlock(scope: !254, file: !19, line: 184, column: 8)
!325 = !DILocation(line: 184, column: 28, scope: !324, atomGroup: 42, atomRank: 1)
!326 = !DILocation(line: 185, column: 14, scope: !324)
!327 = !DILocation(line: 185, column: 9, scope: !324, atomGroup: 44, atomRank: 2)
!328 = !DILocation(line: 185, column: 5, scope: !324)
!329 = !DILocation(line: 187, column: 15, scope: !324)
!330 = !DILocation(line: 187, column: 19, scope: !324, atomGroup: 45, atomRank: 2)
!331 = !DILocation(line: 190, column: 15, scope: !254)
!332 = !DILocation(line: 190, column: 32, scope: !254, atomGroup: 47, atomRank: 2)
!333 = !DILocation(line: 191, column: 4, scope: !254, atomGroup: 48, atomRank: 1)
!334 = !DILocation(line: 193, column: 15, scope: !254, atomGroup: 49, atomRank: 2)
!335 = !DILocation(line: 194, column: 4, scope: !254, atomGroup: 50, atomRank: 1)
!336 = !DILocation(line: 196, column: 30, scope: !254)
!337 = !DILocation(line: 196, column: 25, scope: !254)
!338 = !DILocation(line: 196, column: 8, scope: !254, atomGroup: 51, atomRank: 2)
!339 = !DILocation(line: 196, column: 4, scope: !254)
!340 = !DILocation(line: 199, column: 15, scope: !254)
!341 = !DILocation(line: 199, column: 32, scope: !254, atomGroup: 52, atomRank: 2)
!342 = !DILocation(line: 200, column: 4, scope: !254, atomGroup: 53, atomRank: 1)
!343 = !DILocation(line: 202, column: 14, scope: !254)
!344 = !DILocation(line: 202, column: 20, scope: !254, atomGroup: 54, atomRank: 2)
!345 = !DILocation(line: 203, column: 4, scope: !254, atomGroup: 55, atomRank: 1)
!346 = !DILocation(line: 205, column: 12, scope: !347, atomGroup: 56, atomRank: 2)
!347 = distinct !DILexicalBlock(scope: !254, file: !19, line: 205, column: 8)
!348 = !DILocation(line: 205, column: 24, scope: !347, atomGroup: 56, atomRank: 1)
!349 = !DILocation(line: 209, column: 15, scope: !254, atomGroup: 60, atomRank: 2)
!350 = !DILocation(line: 209, column: 4, scope: !254, atomGroup: 60, atomRank: 1)
!351 = !DILocation(line: 211, column: 8, scope: !352, atomGroup: 61, atomRank: 2)
!352 = distinct !DILexicalBlock(scope: !254, file: !19, line: 211, column: 8)
!353 = !DILocation(line: 211, column: 8, scope: !352, atomGroup: 61, atomRank: 1)
!354 = !DILocation(line: 212, column: 15, scope: !352)
!355 = !DILocation(line: 212, column: 22, scope: !352, atomGroup: 62, atomRank: 2)
!356 = !DILocation(line: 212, column: 5, scope: !352)
!357 = !DILocation(line: 214, column: 14, scope: !352)
!358 = !DILocation(line: 214, column: 9, scope: !352, atomGroup: 63, atomRank: 2)
!359 = !DILocation(line: 217, column: 8, scope: !254, atomGroup: 65, atomRank: 2)
!360 = !DILocation(line: 218, column: 4, scope: !254, atomGroup: 66, atomRank: 1)
!361 = !DILocation(line: 220, column: 24, scope: !254)
!362 = !DILocation(line: 220, column: 19, scope: !254)
!363 = !DILocation(line: 220, column: 8, scope: !254, atomGroup: 67, atomRank: 2)
!364 = !DILocation(line: 221, column: 4, scope: !254, atomGroup: 68, atomRank: 1)
!365 = !DILocation(line: 223, column: 14, scope: !254)
!366 = !DILocation(line: 223, column: 21, scope: !254, atomGroup: 69, atomRank: 2)
!367 = !DILocation(line: 224, column: 15, scope: !254, atomGroup: 70, atomRank: 2)
!368 = !DILocation(line: 224, column: 4, scope: !254, atomGroup: 70, atomRank: 1)
!369 = !DILocation(line: 226, column: 8, scope: !370, atomGroup: 71, atomRank: 2)
!370 = distinct !DILexicalBlock(scope: !254, file: !19, line: 226, column: 8)
!371 = !DILocation(line: 226, column: 8, scope: !370, atomGroup: 71, atomRank: 1)
!372 = !DILocation(line: 227, column: 15, scope: !370)
!373 = !DILocation(line: 227, column: 22, scope: !370, atomGroup: 72, atomRank: 2)
!374 = !DILocation(line: 227, column: 5, scope: !370)
!375 = !DILocation(line: 230, column: 21, scope: !254)
!376 = !DILocation(line: 230, column: 34, scope: !254, atomGroup: 73, atomRank: 2)
!377 = !DILocation(line: 230, column: 4, scope: !254)
!378 = !DILocation(line: 233, column: 24, scope: !254)
!379 = !DILocation(line: 233, column: 19, scope: !254)
!380 = !DILocation(line: 233, column: 8, scope: !254, atomGroup: 74, atomRank: 2)
!381 = !DILocation(line: 233, column: 4, scope: !254)
!382 = !DILocation(line: 236, column: 13, scope: !254)
!383 = !DILocation(line: 236, column: 8, scope: !254, atomGroup: 75, atomRank: 2)
!384 = !DILocation(line: 237, column: 4, scope: !254, atomGroup: 76, atomRank: 1)
!385 = !DILocation(line: 239, column: 12, scope: !386, atomGroup: 77, atomRank: 2)
!386 = distinct !DILexicalBlock(scope: !254, file: !19, line: 239, column: 8)
!387 = !DILocation(line: 239, column: 24, scope: !386, atomGroup: 77, atomRank: 1)
!388 = !DILocation(line: 240, column: 15, scope: !386)
!389 = !DILocation(line: 240, column: 21, scope: !386, atomGroup: 79, atomRank: 2)
!390 = !DILocation(line: 240, column: 5, scope: !386)
!391 = !DILocation(line: 243, column: 14, scope: !254)
!392 = !DILocation(line: 243, column: 19, scope: !254, atomGroup: 81, atomRank: 2)
!393 = !DILocation(line: 244, column: 4, scope: !254, atomGroup: 82, atomRank: 1)
!394 = !DILocation(line: 246, column: 12, scope: !395, atomGroup: 83, atomRank: 2)
!395 = distinct !DILexicalBlock(scope: !254, file: !19, line: 246, column: 8)
!396 = !DILocation(line: 246, column: 24, scope: !395, atomGroup: 83, atomRank: 1)
!397 = !DILocation(line: 247, column: 15, scope: !395)
!398 = !DILocation(line: 247, column: 20, scope: !395, atomGroup: 85, atomRank: 2)
!399 = !DILocation(line: 247, column: 5, scope: !395)
!400 = !DILocation(line: 249, column: 16, scope: !395)
!401 = !DILocation(line: 249, column: 29, scope: !395, atomGroup: 86, atomRank: 2)
!402 = !DILocation(line: 252, column: 12, scope: !403, atomGroup: 88, atomRank: 2)
!403 = distinct !DILexicalBlock(scope: !254, file: !19, line: 252, column: 8)
!404 = !DILocation(line: 252, column: 28, scope: !403, atomGroup: 88, atomRank: 1)
!405 = !DILocation(line: 254, column: 15, scope: !254, atomGroup: 91, atomRank: 2)
!406 = !DILocation(line: 254, column: 4, scope: !254, atomGroup: 91, atomRank: 1)
!407 = !DILocation(line: 256, column: 15, scope: !254)
!408 = !DILocation(line: 256, column: 32, scope: !254, atomGroup: 92, atomRank: 2)
!409 = !DILocation(line: 256, column: 4, scope: !254)
!410 = !DILocation(line: 259, column: 8, scope: !411, atomGroup: 93, atomRank: 2)
!411 = distinct !DILexicalBlock(scope: !254, file: !19, line: 259, column: 8)
!412 = !DILocation(line: 259, column: 8, scope: !411, atomGroup: 93, atomRank: 1)
!413 = !DILocation(line: 260, column: 16, scope: !411, atomGroup: 94, atomRank: 2)
!414 = !DILocation(line: 260, column: 5, scope: !411)
!415 = !DILocation(line: 262, column: 22, scope: !411)
!416 = !DILocation(line: 262, column: 34, scope: !411, atomGroup: 95, atomRank: 2)
!417 = !DILocation(line: 265, column: 14, scope: !254)
!418 = !DILocation(line: 265, column: 19, scope: !254, atomGroup: 96, atomRank: 2)
!419 = !DILocation(line: 266, column: 4, scope: !254, atomGroup: 97, atomRank: 1)
!420 = !DILocation(line: 268, column: 30, scope: !254)
!421 = !DILocation(line: 268, column: 25, scope: !254)
!422 = !DILocation(line: 268, column: 8, scope: !254, atomGroup: 98, atomRank: 2)
!423 = !DILocation(line: 269, column: 4, scope: !254, atomGroup: 99, atomRank: 1)
!424 = !DILocation(line: 271, column: 8, scope: !425, atomGroup: 100, atomRank: 2)
!425 = distinct !DILexicalBlock(scope: !254, file: !19, line: 271, column: 8)
!426 = !DILocation(line: 271, column: 8, scope: !425, atomGroup: 100, atomRank: 1)
!427 = !DILocation(line: 272, column: 16, scope: !425, atomGroup: 101, atomRank: 2)
!428 = !DILocation(line: 272, column: 5, scope: !425)
!429 = !DILocation(line: 275, column: 14, scope: !254)
!430 = !DILocation(line: 275, column: 19, scope: !254, atomGroup: 103, atomRank: 2)
!431 = !DILocation(line: 276, column: 15, scope: !254, atomGroup: 104, atomRank: 2)
!432 = !DILocation(line: 276, column: 4, scope: !254, atomGroup: 104, atomRank: 1)
!433 = !DILocation(line: 278, column: 12, scope: !434, atomGroup: 105, atomRank: 2)
!434 = distinct !DILexicalBlock(scope: !254, file: !19, line: 278, column: 8)
!435 = !DILocation(line: 278, column: 22, scope: !434, atomGroup: 105, atomRank: 1)
!436 = !DILocation(line: 279, column: 15, scope: !434)
!437 = !DILocation(line: 279, column: 21, scope: !434, atomGroup: 107, atomRank: 2)
!438 = !DILocation(line: 279, column: 5, scope: !434)
!439 = !DILocation(line: 281, column: 27, scope: !434)
!440 = !DILocation(line: 281, column: 22, scope: !434)
!441 = !DILocation(line: 281, column: 9, scope: !434, atomGroup: 108, atomRank: 2)
!442 = !DILocation(line: 284, column: 12, scope: !443, atomGroup: 110, atomRank: 2)
!443 = distinct !DILexicalBlock(scope: !254, file: !19, line: 284, column: 8)
!444 = !DILocation(line: 284, column: 24, scope: !443, atomGroup: 110, atomRank: 1)
!445 = !DILocation(line: 285, column: 21, scope: !443)
!446 = !DILocation(line: 285, column: 34, scope: !443, atomGroup: 112, atomRank: 2)
!447 = !DILocation(line: 285, column: 5, scope: !443)
!448 = !DILocation(line: 287, column: 9, scope: !443, atomGroup: 113, atomRank: 2)
!449 = !DILocation(line: 290, column: 14, scope: !254)
!450 = !DILocation(line: 290, column: 20, scope: !254, atomGroup: 114, atomRank: 2)
!451 = !DILocation(line: 291, column: 15, scope: !254, atomGroup: 115, atomRank: 2)
!452 = !DILocation(line: 291, column: 4, scope: !254, atomGroup: 115, atomRank: 1)
!453 = !DILocation(line: 293, column: 14, scope: !254)
!454 = !DILocation(line: 293, column: 20, scope: !254, atomGroup: 116, atomRank: 2)
!455 = !DILocation(line: 294, column: 15, scope: !254, atomGroup: 117, atomRank: 2)
!456 = !DILocation(line: 294, column: 4, scope: !254, atomGroup: 117, atomRank: 1)
!457 = !DILocation(line: 296, column: 14, scope: !254)
!458 = !DILocation(line: 296, column: 21, scope: !254, atomGroup: 118, atomRank: 2)
!459 = !DILocation(line: 297, column: 4, scope: !254, atomGroup: 119, atomRank: 1)
!460 = !DILocation(line: 299, column: 8, scope: !461, atomGroup: 120, atomRank: 2)
!461 = distinct !DILexicalBlock(scope: !254, file: !19, line: 299, column: 8)
!462 = !DILocation(line: 299, column: 8, scope: !461, atomGroup: 120, atomRank: 1)
!463 = !DILocation(line: 300, column: 14, scope: !461)
!464 = !DILocation(line: 300, column: 9, scope: !461, atomGroup: 121, atomRank: 2)
!465 = !DILocation(line: 300, column: 5, scope: !461)
!466 = !DILocation(line: 303, column: 8, scope: !467, atomGroup: 123, atomRank: 2)
!467 = distinct !DILexicalBlock(scope: !254, file: !19, line: 303, column: 8)
!468 = !DILocation(line: 303, column: 8, scope: !467, atomGroup: 123, atomRank: 1)
!469 = !DILocation(line: 304, column: 15, scope: !467)
!470 = !DILocation(line: 304, column: 22, scope: !467, atomGroup: 124, atomRank: 2)
!471 = !DILocation(line: 304, column: 5, scope: !467)
!472 = !DILocation(line: 307, column: 15, scope: !254)
!473 = !DILocation(line: 307, column: 26, scope: !254, atomGroup: 126, atomRank: 2)
!474 = !DILocation(line: 308, column: 4, scope: !254, atomGroup: 127, atomRank: 1)
!475 = !DILocation(line: 310, column: 12, scope: !476, atomGroup: 128, atomRank: 2)
!476 = distinct !DILexicalBlock(scope: !254, file: !19, line: 310, column: 8)
!477 = !DILocation(line: 310, column: 36, scope: !476, atomGroup: 128, atomRank: 1)
!478 = !DILocation(line: 311, column: 15, scope: !476)
!479 = !DILocation(line: 311, column: 22, scope: !476, atomGroup: 130, atomRank: 2)
!480 = !DILocation(line: 311, column: 5, scope: !476)
!481 = !DILocation(line: 313, column: 16, scope: !476)
!482 = !DILocation(line: 313, column: 29, scope: !476, atomGroup: 131, atomRank: 2)
!483 = !DILocation(line: 316, column: 14, scope: !254)
!484 = !DILocation(line: 316, column: 19, scope: !254, atomGroup: 133, atomRank: 2)
!485 = !DILocation(line: 317, column: 4, scope: !254, atomGroup: 134, atomRank: 1)
!486 = !DILocation(line: 319, column: 8, scope: !487, atomGroup: 135, atomRank: 2)
!487 = distinct !DILexicalBlock(scope: !254, file: !19, line: 319, column: 8)
!488 = !DILocation(line: 319, column: 8, scope: !487, atomGroup: 135, atomRank: 1)
!489 = !DILocation(line: 320, column: 22, scope: !487)
!490 = !DILocation(line: 320, column: 35, scope: !487, atomGroup: 136, atomRank: 2)
!491 = !DILocation(line: 320, column: 5, scope: !487)
!492 = !DILocation(line: 321, column: 15, scope: !254, atomGroup: 137, atomRank: 2)
!493 = !DILocation(line: 321, column: 4, scope: !254, atomGroup: 137, atomRank: 1)
!494 = !DILocation(line: 323, column: 13, scope: !254)
!495 = !DILocation(line: 323, column: 8, scope: !254, atomGroup: 138, atomRank: 2)
!496 = !DILocation(line: 324, column: 4, scope: !254, atomGroup: 139, atomRank: 1)
!497 = !DILocation(line: 326, column: 15, scope: !254, atomGroup: 140, atomRank: 2)
!498 = !DILocation(line: 327, column: 15, scope: !254, atomGroup: 141, atomRank: 2)
!499 = !DILocation(line: 327, column: 4, scope: !254, atomGroup: 141, atomRank: 1)
!500 = !DILocation(line: 329, column: 13, scope: !254)
!501 = !DILocation(line: 329, column: 8, scope: !254, atomGroup: 142, atomRank: 2)
!502 = !DILocation(line: 329, column: 4, scope: !254)
!503 = !DILocation(line: 332, column: 8, scope: !254, atomGroup: 143, atomRank: 2)
!504 = !DILocation(line: 333, column: 4, scope: !254, atomGroup: 144, atomRank: 1)
!505 = !DILocation(line: 335, column: 13, scope: !254)
!506 = !DILocation(line: 335, column: 8, scope: !254, atomGroup: 145, atomRank: 2)
!507 = !DILocation(line: 336, column: 15, scope: !254, atomGroup: 146, atomRank: 2)
!508 = !DILocation(line: 336, column: 4, scope: !254, atomGroup: 146, atomRank: 1)
!509 = !DILocation(line: 338, column: 8, scope: !510, atomGroup: 147, atomRank: 2)
!510 = distinct !DILexicalBlock(scope: !254, file: !19, line: 338, column: 8)
!511 = !DILocation(line: 338, column: 8, scope: !510, atomGroup: 147, atomRank: 1)
!512 = !DILocation(line: 339, column: 16, scope: !510, atomGroup: 148, atomRank: 2)
!513 = !DILocation(line: 339, column: 5, scope: !510)
!514 = !DILocation(line: 341, column: 14, scope: !510)
!515 = !DILocation(line: 341, column: 9, scope: !510, atomGroup: 149, atomRank: 2)
!516 = !DILocation(line: 344, column: 13, scope: !254)
!517 = !DILocation(line: 344, column: 8, scope: !254, atomGroup: 151, atomRank: 2)
!518 = !DILocation(line: 345, column: 4, scope: !254, atomGroup: 152, atomRank: 1)
!519 = !DILocation(line: 347, column: 26, scope: !254)
!520 = !DILocation(line: 347, column: 21, scope: !254)
!521 = !DILocation(line: 347, column: 8, scope: !254, atomGroup: 153, atomRank: 2)
!522 = !DILocation(line: 348, column: 4, scope: !254, atomGroup: 154, atomRank: 1)
!523 = !DILocation(line: 350, column: 15, scope: !254)
!524 = !DILocation(line: 350, column: 28, scope: !254, atomGroup: 155, atomRank: 2)
!525 = !DILocation(line: 350, column: 4, scope: !254)
!526 = !DILocation(line: 353, column: 15, scope: !254, atomGroup: 156, atomRank: 2)
!527 = !DILocation(line: 354, column: 4, scope: !254, atomGroup: 157, atomRank: 1)
!528 = !DILocation(line: 356, column: 8, scope: !529, atomGroup: 158, atomRank: 2)
!529 = distinct !DILexicalBlock(scope: !254, file: !19, line: 356, column: 8)
!530 = !DILocation(line: 356, column: 8, scope: !529, atomGroup: 158, atomRank: 1)
!531 = !DILocation(line: 357, column: 31, scope: !529)
!532 = !DILocation(line: 357, column: 26, scope: !529)
!533 = !DILocation(line: 357, column: 9, scope: !529, atomGroup: 159, atomRank: 2)
!534 = !DILocation(line: 357, column: 5, scope: !529)
!535 = !DILocation(line: 359, column: 15, scope: !529)
!536 = !DILocation(line: 359, column: 21, scope: !529, atomGroup: 160, atomRank: 2)
!537 = !DILocation(line: 362, column: 8, scope: !538, atomGroup: 161, atomRank: 2)
!538 = distinct !DILexicalBlock(scope: !254, file: !19, line: 362, column: 8)
!539 = !DILocation(line: 362, column: 8, scope: !538, atomGroup: 161, atomRank: 1)
!540 = !DILocation(line: 363, column: 9, scope: !538, atomGroup: 162, atomRank: 2)
!541 = !DILocation(line: 363, column: 5, scope: !538)
!542 = !DILocation(line: 365, column: 15, scope: !538)
!543 = !DILocation(line: 365, column: 21, scope: !538, atomGroup: 163, atomRank: 2)
!544 = !DILocation(line: 368, column: 8, scope: !254, atomGroup: 165, atomRank: 2)
!545 = !DILocation(line: 369, column: 4, scope: !254, atomGroup: 166, atomRank: 1)
!546 = !DILocation(line: 371, column: 15, scope: !254)
!547 = !DILocation(line: 371, column: 26, scope: !254, atomGroup: 167, atomRank: 2)
!548 = !DILocation(line: 372, column: 4, scope: !254, atomGroup: 168, atomRank: 1)
!549 = !DILocation(line: 374, column: 8, scope: !550, atomGroup: 169, atomRank: 2)
!550 = distinct !DILexicalBlock(scope: !254, file: !19, line: 374, column: 8)
!551 = !DILocation(line: 374, column: 8, scope: !550, atomGroup: 169, atomRank: 1)
!552 = !DILocation(line: 376, column: 15, scope: !254, atomGroup: 171, atomRank: 2)
!553 = !DILocation(line: 376, column: 4, scope: !254, atomGroup: 171, atomRank: 1)
!554 = !DILocation(line: 378, column: 9, scope: !555, atomGroup: 172, atomRank: 2)
!555 = distinct !DILexicalBlock(scope: !254, file: !19, line: 378, column: 8)
!556 = !DILocation(line: 378, column: 8, scope: !555, atomGroup: 172, atomRank: 1)
!557 = !DILocation(line: 379, column: 16, scope: !555, atomGroup: 173, atomRank: 2)
!558 = !DILocation(line: 379, column: 5, scope: !555)
!559 = !DILocation(line: 381, column: 9, scope: !555, atomGroup: 174, atomRank: 2)
!560 = !DILocation(line: 384, column: 8, scope: !254, atomGroup: 175, atomRank: 2)
!561 = !DILocation(line: 385, column: 4, scope: !254, atomGroup: 176, atomRank: 1)
!562 = !DILocation(line: 387, column: 14, scope: !254)
!563 = !DILocation(line: 387, column: 21, scope: !254, atomGroup: 177, atomRank: 2)
!564 = !DILocation(line: 388, column: 4, scope: !254, atomGroup: 178, atomRank: 1)
!565 = !DILocation(line: 390, column: 13, scope: !254)
!566 = !DILocation(line: 390, column: 8, scope: !254, atomGroup: 179, atomRank: 2)
!567 = !DILocation(line: 391, column: 4, scope: !254, atomGroup: 180, atomRank: 1)
!568 = !DILocation(line: 393, column: 13, scope: !254)
!569 = !DILocation(line: 393, column: 8, scope: !254, atomGroup: 181, atomRank: 2)
!570 = !DILocation(line: 394, column: 4, scope: !254, atomGroup: 182, atomRank: 1)
!571 = !DILocation(line: 396, column: 14, scope: !254)
!572 = !DILocation(line: 396, column: 20, scope: !254, atomGroup: 183, atomRank: 2)
!573 = !DILocation(line: 396, column: 4, scope: !254)
!574 = !DILocation(line: 399, column: 14, scope: !254)
!575 = !DILocation(line: 399, column: 21, scope: !254, atomGroup: 184, atomRank: 2)
!576 = !DILocation(line: 400, column: 15, scope: !254, atomGroup: 185, atomRank: 2)
!577 = !DILocation(line: 400, column: 4, scope: !254, atomGroup: 185, atomRank: 1)
!578 = !DILocation(line: 402, column: 15, scope: !254, atomGroup: 186, atomRank: 2)
!579 = !DILocation(line: 402, column: 4, scope: !254)
!580 = !DILocation(line: 405, column: 14, scope: !254)
!581 = !DILocation(line: 405, column: 21, scope: !254, atomGroup: 187, atomRank: 2)
!582 = !DILocation(line: 405, column: 4, scope: !254)
!583 = !DILocation(line: 408, column: 14, scope: !254)
!584 = !DILocation(line: 408, column: 21, scope: !254, atomGroup: 188, atomRank: 2)
!585 = !DILocation(line: 408, column: 4, scope: !254)
!586 = !DILocation(line: 411, column: 9, scope: !587, atomGroup: 189, atomRank: 2)
!587 = distinct !DILexicalBlock(scope: !254, file: !19, line: 411, column: 8)
!588 = !DILocation(line: 411, column: 8, scope: !587, atomGroup: 189, atomRank: 1)
!589 = !DILocation(line: 412, column: 15, scope: !587)
!590 = !DILocation(line: 412, column: 22, scope: !587, atomGroup: 190, atomRank: 2)
!591 = !DILocation(line: 412, column: 5, scope: !587)
!592 = !DILocation(line: 414, column: 22, scope: !587)
!593 = !DILocation(line: 414, column: 34, scope: !587, atomGroup: 191, atomRank: 2)
!594 = !DILocation(line: 417, column: 38, scope: !254)
!595 = !DILocation(line: 417, column: 33, scope: !254)
!596 = !DILocation(line: 417, column: 8, scope: !254, atomGroup: 193, atomRank: 2)
!597 = !DILocation(line: 417, column: 4, scope: !254)
!598 = !DILocation(line: 420, column: 8, scope: !254, atomGroup: 194, atomRank: 2)
!599 = !DILocation(line: 421, column: 4, scope: !254, atomGroup: 195, atomRank: 1)
!600 = !DILocation(line: 423, column: 12, scope: !601, atomGroup: 196, atomRank: 2)
!601 = distinct !DILexicalBlock(scope: !254, file: !19, line: 423, column: 8)
!602 = !DILocation(line: 423, column: 22, scope: !601, atomGroup: 196, atomRank: 1)
!603 = !DILocation(line: 424, column: 14, scope: !601)
!604 = !DILocation(line: 424, column: 9, scope: !601, atomGroup: 198, atomRank: 2)
!605 = !DILocation(line: 424, column: 5, scope: !601)
!606 = !DILocation(line: 426, column: 16, scope: !601)
!607 = !DILocation(line: 426, column: 35, scope: !601, atomGroup: 199, atomRank: 2)
!608 = !DILocation(line: 429, column: 8, scope: !254, atomGroup: 200, atomRank: 2)
!609 = !DILocation(line: 430, column: 4, scope: !254, atomGroup: 201, atomRank: 1)
!610 = !DILocation(line: 432, column: 8, scope: !611, atomGroup: 202, atomRank: 2)
!611 = distinct !DILexicalBlock(scope: !254, file: !19, line: 432, column: 8)
!612 = !DILocation(line: 432, column: 8, scope: !611, atomGroup: 202, atomRank: 1)
!613 = !DILocation(line: 0, scope: !611)
!614 = !DILocation(line: 436, column: 15, scope: !254, atomGroup: 205, atomRank: 2)
!615 = !DILocation(line: 436, column: 4, scope: !254, atomGroup: 205, atomRank: 1)
!616 = !DILocation(line: 438, column: 8, scope: !617, atomGroup: 206, atomRank: 2)
!617 = distinct !DILexicalBlock(scope: !254, file: !19, line: 438, column: 8)
!618 = !DILocation(line: 438, column: 8, scope: !617, atomGroup: 206, atomRank: 1)
!619 = !DILocation(line: 439, column: 22, scope: !617)
!620 = !DILocation(line: 439, column: 35, scope: !617, atomGroup: 207, atomRank: 2)
!621 = !DILocation(line: 442, column: 8, scope: !622, atomGroup: 247, atomRank: 1)
!622 = distinct !DILexicalBlock(scope: !254, file: !19, line: 442, column: 8)
!623 = !DILocation(line: 442, column: 9, scope: !622, atomGroup: 208, atomRank: 2)
!624 = !DILocation(line: 442, column: 8, scope: !622, atomGroup: 208, atomRank: 1)
!625 = !DILocation(line: 443, column: 9, scope: !622, atomGroup: 209, atomRank: 2)
!626 = !DILocation(line: 443, column: 5, scope: !622)
!627 = !DILocation(line: 445, column: 16, scope: !622, atomGroup: 210, atomRank: 2)
!628 = !DILocation(line: 448, column: 26, scope: !254)
!629 = !DILocation(line: 448, column: 21, scope: !254)
!630 = !DILocation(line: 448, column: 8, scope: !254, atomGroup: 212, atomRank: 2)
!631 = !DILocation(line: 449, column: 4, scope: !254, atomGroup: 213, atomRank: 1)
!632 = !DILocation(line: 451, column: 13, scope: !254)
!633 = !DILocation(line: 451, column: 8, scope: !254, atomGroup: 214, atomRank: 2)
!634 = !DILocation(line: 452, column: 4, scope: !254, atomGroup: 215, atomRank: 1)
!635 = !DILocation(line: 454, column: 8, scope: !636, atomGroup: 216, atomRank: 2)
!636 = distinct !DILexicalBlock(scope: !254, file: !19, line: 454, column: 8)
!637 = !DILocation(line: 454, column: 8, scope: !636, atomGroup: 216, atomRank: 1)
!638 = !DILocation(line: 455, column: 16, scope: !636)
!639 = !DILocation(line: 455, column: 27, scope: !636, atomGroup: 217, atomRank: 2)
!640 = !DILocation(line: 455, column: 5, scope: !636)
!641 = !DILocation(line: 457, column: 14, scope: !636)
!642 = !DILocation(line: 457, column: 9, scope: !636, atomGroup: 218, atomRank: 2)
!643 = !DILocation(line: 460, column: 8, scope: !254, atomGroup: 220, atomRank: 2)
!644 = !DILocation(line: 460, column: 4, scope: !254)
!645 = !DILocation(line: 463, column: 26, scope: !254)
!646 = !DILocation(line: 463, column: 21, scope: !254)
!647 = !DILocation(line: 463, column: 8, scope: !254, atomGroup: 221, atomRank: 2)
!648 = !DILocation(line: 464, column: 4, scope: !254, atomGroup: 222, atomRank: 1)
!649 = !DILocation(line: 466, column: 24, scope: !254)
!650 = !DILocation(line: 466, column: 19, scope: !254)
!651 = !DILocation(line: 466, column: 8, scope: !254, atomGroup: 223, atomRank: 2)
!652 = !DILocation(line: 467, column: 4, scope: !254, atomGroup: 224, atomRank: 1)
!653 = !DILocation(line: 469, column: 14, scope: !254)
!654 = !DILocation(line: 469, column: 21, scope: !254, atomGroup: 225, atomRank: 2)
!655 = !DILocation(line: 470, column: 4, scope: !254, atomGroup: 226, atomRank: 1)
!656 = !DILocation(line: 472, column: 12, scope: !657, atomGroup: 227, atomRank: 2)
!657 = distinct !DILexicalBlock(scope: !254, file: !19, line: 472, column: 8)
!658 = !DILocation(line: 472, column: 24, scope: !657, atomGroup: 227, atomRank: 1)
!659 = !DILocation(line: 473, column: 25, scope: !657)
!660 = !DILocation(line: 473, column: 20, scope: !657)
!661 = !DILocation(line: 473, column: 9, scope: !657, atomGroup: 229, atomRank: 2)
!662 = !DILocation(line: 473, column: 5, scope: !657)
!663 = !DILocation(line: 475, column: 25, scope: !657)
!664 = !DILocation(line: 475, column: 20, scope: !657)
!665 = !DILocation(line: 475, column: 9, scope: !657, atomGroup: 230, atomRank: 2)
!666 = !DILocation(line: 478, column: 8, scope: !254, atomGroup: 231, atomRank: 2)
!667 = !DILocation(line: 479, column: 15, scope: !254, atomGroup: 232, atomRank: 2)
!668 = !DILocation(line: 479, column: 4, scope: !254, atomGroup: 232, atomRank: 1)
!669 = !DILocation(line: 481, column: 8, scope: !254, atomGroup: 233, atomRank: 2)
!670 = !DILocation(line: 482, column: 4, scope: !254, atomGroup: 234, atomRank: 1)
!671 = !DILocation(line: 484, column: 9, scope: !672, atomGroup: 235, atomRank: 2)
!672 = distinct !DILexicalBlock(scope: !254, file: !19, line: 484, column: 8)
!673 = !DILocation(line: 484, column: 8, scope: !672, atomGroup: 235, atomRank: 1)
!674 = !DILocation(line: 485, column: 16, scope: !672)
!675 = !DILocation(line: 485, column: 40, scope: !672, atomGroup: 236, atomRank: 2)
!676 = !DILocation(line: 485, column: 5, scope: !672)
!677 = !DILocation(line: 488, column: 30, scope: !254)
!678 = !DILocation(line: 488, column: 25, scope: !254)
!679 = !DILocation(line: 488, column: 8, scope: !254, atomGroup: 237, atomRank: 2)
!680 = !DILocation(line: 489, column: 4, scope: !254, atomGroup: 238, atomRank: 1)
!681 = !DILocation(line: 491, column: 12, scope: !682, atomGroup: 239, atomRank: 2)
!682 = distinct !DILexicalBlock(scope: !254, file: !19, line: 491, column: 8)
!683 = !DILocation(line: 491, column: 36, scope: !682, atomGroup: 239, atomRank: 1)
!684 = !DILocation(line: 492, column: 16, scope: !682, atomGroup: 241, atomRank: 2)
!685 = !DILocation(line: 492, column: 5, scope: !682)
!686 = !DILocation(line: 494, column: 15, scope: !682)
!687 = !DILocation(line: 494, column: 20, scope: !682, atomGroup: 242, atomRank: 2)
!688 = !DILocation(line: 499, column: 1, scope: !242, atomGroup: 245, atomRank: 1)
!689 = distinct !DISubprogram(name: "fn2", scope: !19, file: !19, line: 502, type: !243, scopeLine: 503, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !690, keyInstructions: true)
!690 = !{!691, !692, !693, !699, !700, !701, !702, !703}
!691 = !DILocalVariable(name: "x", arg: 1, scope: !689, file: !19, line: 502, type: !12)
!692 = !DILocalVariable(name: "acc", arg: 2, scope: !689, file: !19, line: 502, type: !12)
!693 = !DILocalVariable(name: "tbl", scope: !689, file: !19, line: 504, type: !694)
!694 = !DICompositeType(tag: DW_TAG_array_type, baseType: !695, size: 576, elements: !697)
!695 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !696, size: 64)
!696 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!697 = !{!698}
!698 = !DISubrange(count: 9)
!699 = !DILocalVariable(name: "pc", scope: !689, file: !19, line: 508, type: !12)
!700 = !DILocalVariable(name: "op", scope: !689, file: !19, line: 508, type: !12)
!701 = !DILabel(scope: !689, name: "h0", file: !19, line: 514, column: 1)
!702 = !DILabel(scope: !689, name: "h1", file: !19, line: 520, column: 1)
!703 = !DILabel(scope: !689, name: "h2", file: !19, line: 529, column: 1)
!704 = distinct !DIAssignID()
!705 = !DILocation(line: 0, scope: !689)
!706 = distinct !DIAssignID()
!707 = !DILocation(line: 513, column: 2, scope: !689, atomGroup: 7, atomRank: 1)
!708 = !DILocation(line: 514, column: 1, scope: !689)
!709 = !DILocation(line: 515, column: 6, scope: !689, atomGroup: 8, atomRank: 2)
!710 = !DILocation(line: 517, column: 11, scope: !711, atomGroup: 11, atomRank: 1)
!711 = distinct !DILexicalBlock(scope: !689, file: !19, line: 517, column: 6)
!712 = !DILocation(line: 520, column: 1, scope: !689)
!713 = !DILocation(line: 521, column: 6, scope: !714, atomGroup: 14, atomRank: 2)
!714 = distinct !DILexicalBlock(scope: !689, file: !19, line: 521, column: 6)
!715 = !DILocation(line: 521, column: 6, scope: !714, atomGroup: 14, atomRank: 1)
!716 = !DILocation(line: 526, column: 11, scope: !717, atomGroup: 19, atomRank: 1)
!717 = distinct !DILexicalBlock(scope: !689, file: !19, line: 526, column: 6)
!718 = !DILocation(line: 529, column: 1, scope: !689)
!719 = !DILocation(line: 530, column: 20, scope: !720, atomGroup: 22, atomRank: 1)
!720 = distinct !DILexicalBlock(scope: !689, file: !19, line: 530, column: 6)
!721 = !DILocation(line: 531, column: 14, scope: !720)
!722 = !DILocation(line: 531, column: 33, scope: !720, atomGroup: 24, atomRank: 2)
!723 = !DILocation(line: 531, column: 3, scope: !720)
!724 = !DILocation(line: 533, column: 13, scope: !720)
!725 = !DILocation(line: 533, column: 18, scope: !720, atomGroup: 25, atomRank: 2)
!726 = !DILocation(line: 0, scope: !720)
!727 = !DILocation(line: 534, column: 12, scope: !689)
!728 = !DILocation(line: 534, column: 16, scope: !689, atomGroup: 26, atomRank: 2)
!729 = !DILocation(line: 536, column: 11, scope: !730, atomGroup: 29, atomRank: 1)
!730 = distinct !DILexicalBlock(scope: !689, file: !19, line: 536, column: 6)
!731 = !DILocation(line: 539, column: 1, scope: !689, atomGroup: 32, atomRank: 1)
!732 = !{!733, !733, i64 0}
!733 = !{!"any pointer", !76, i64 0}
