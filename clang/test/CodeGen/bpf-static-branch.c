// __builtin_static_branch and <bpf_static_key.h>, which stock Clang does not
// have (this test fails with Debian's clang-22).
// RUN: %clang_cc1 -triple bpf -O0 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,O0
// RUN: %clang_cc1 -triple bpf -O1 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,OPT
// RUN: %clang_cc1 -triple bpf -O2 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,OPT
// RUN: %clang_cc1 -triple bpfeb -O2 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,OPT
// RUN: %clang_cc1 -triple bpf -O2 -debug-info-kind=limited -emit-llvm -o - %s | FileCheck %s --check-prefix=DEBUG
// RUN: %clang_cc1 -triple bpf -O2 -debug-info-kind=limited -emit-llvm -o - %s | FileCheck %s --check-prefix=NOTAG

#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(debug_key);
static DEFINE_STATIC_KEY_TRUE(fast_path);
int counter;

// The keys: maps in section ".maps", kept by the attribute used.
// CHECK-DAG: @debug_key = {{.*}}global %struct.anon zeroinitializer, section ".maps", align 8
// CHECK-DAG: @fast_path = internal global %struct.anon.0 zeroinitializer, section ".maps", align 8
// CHECK-DAG: @llvm.compiler.used = appending global [2 x ptr] [ptr @debug_key, ptr @fast_path], section "llvm.metadata"

// The result is the i1 of the call, as for any function returning _Bool.
// CHECK-LABEL: define {{.*}}i1 @is_on()
// CHECK: [[R:%.*]] = {{(tail )?}}call i1 @__bpf_static_branch(ptr {{(nonnull )?}}@debug_key, i32 0)
// CHECK-NEXT: ret i1 [[R]]
_Bool is_on(void) { return bpf_static_branch_unlikely(&debug_key); }

// O0: declare i1 @__bpf_static_branch(ptr, i32) [[ATTRS:#[0-9]+]]
// OPT: declare i1 @__bpf_static_branch(ptr, i32) local_unnamed_addr [[ATTRS:#[0-9]+]]

// Two keys, the kernel's names, and likely normalized to 0 or 1.
// CHECK-LABEL: define {{.*}}i32 @two_keys(
// CHECK: call i1 @__bpf_static_branch(ptr {{(nonnull )?}}@fast_path, i32 1)
// CHECK: call i1 @__bpf_static_branch(ptr {{(nonnull )?}}@debug_key, i32 0)
// CHECK: call i1 @__bpf_static_branch(ptr {{(nonnull )?}}@debug_key, i32 1)
// CHECK-NOT: @__bpf_static_branch
// CHECK: ret i32
int two_keys(int x) {
  if (static_branch_likely(&fast_path))
    x *= 2;
  if (static_branch_unlikely(&debug_key))
    x += 1;
  if (__builtin_static_branch(&debug_key, 42))
    x -= 3;
  return x;
}

// The key's state does not change: at -O1 and -O2 the same key's branches
// in one function are merged.
// CHECK-LABEL: define {{.*}}i32 @same_key_twice()
// CHECK: call i1 @__bpf_static_branch(ptr {{(nonnull )?}}@fast_path, i32 1)
// O0: call i1 @__bpf_static_branch(ptr @fast_path, i32 1)
// CHECK-NOT: @__bpf_static_branch
// CHECK: ret i32
int same_key_twice(void) {
  return bpf_static_branch_likely(&fast_path) +
         bpf_static_branch_likely(&fast_path);
}

// In a loop; hoisted out of it at -O1 and -O2.
// CHECK-LABEL: define {{.*}}i32 @in_loop(
// O0: for.body:
// O0-NEXT: call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
// OPT: for.body.lr.ph:
// OPT-NEXT: call i1 @__bpf_static_branch(ptr nonnull @debug_key, i32 0)
// OPT-NEXT: br label %for.body
// CHECK-NOT: @__bpf_static_branch
// CHECK: ret i32
int in_loop(int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    if (bpf_static_branch_unlikely(&debug_key))
      s += i;
  return s;
}

// A static function inlined into two callers at -O1 and -O2: each caller
// has its own branch site.
static int helper(int x) {
  if (bpf_static_branch_unlikely(&debug_key))
    counter++;
  return x + 1;
}

// CHECK-LABEL: define {{.*}}i32 @caller1(
// O0: call i32 @helper(
// OPT: call i1 @__bpf_static_branch(ptr nonnull @debug_key, i32 0)
// CHECK: ret i32
int caller1(int x) { return helper(x) * 2; }

// At -O0, helper is emitted after its first caller, and not inlined.
// O0-LABEL: define internal i32 @helper(
// O0: call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
// OPT-NOT: define {{.*}}@helper(

// CHECK-LABEL: define {{.*}}i32 @caller2(
// O0: call i32 @helper(
// OPT: call i1 @__bpf_static_branch(ptr nonnull @debug_key, i32 0)
// CHECK: ret i32
int caller2(int x) { return helper(x) * 3; }

// OPT-NOT: define {{.*}}@helper(
// O0: attributes [[ATTRS]] = { nounwind willreturn memory(none) }
// OPT: attributes [[ATTRS]] = { {{.*}}nounwind willreturn memory(none) }

// A key is marked for Sema by annotate, which leaves no DECL_TAG in BTF
// (pahole 1.24 rejects those); BTF marks it with the map flag below.
// DEBUG-DAG: !DIGlobalVariable(name: "debug_key",
// DEBUG-DAG: !DIGlobalVariable(name: "fast_path", {{.*}}isLocal: true
// NOTAG-NOT: btf_decl_tag
// The map's members.
// DEBUG-DAG: !DIDerivedType(tag: DW_TAG_member, name: "type", {{.*}}baseType: [[TYPE:![0-9]+]]
// DEBUG-DAG: [[TYPE]] = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: [[TYPEARR:![0-9]+]]
// DEBUG-DAG: [[TYPEARR]] = !DICompositeType(tag: DW_TAG_array_type, {{.*}}elements: [[TYPEEL:![0-9]+]])
// DEBUG-DAG: [[TYPEEL]] = !{[[TYPESUB:![0-9]+]]}
// DEBUG-DAG: [[TYPESUB]] = !DISubrange(count: 34)
// map_flags = BPF_F_STATIC_KEY: an array of 2^30 chars.  Elements of libbpf's
// int would make a 4 GiB array, and the kernel rejects the whole BTF.
// DEBUG-DAG: !DIDerivedType(tag: DW_TAG_member, name: "map_flags", {{.*}}baseType: [[FLAGS:![0-9]+]]
// DEBUG-DAG: [[FLAGS]] = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: [[FLAGSARR:![0-9]+]]
// DEBUG-DAG: [[FLAGSARR]] = !DICompositeType(tag: DW_TAG_array_type, baseType: [[CHAR:![0-9]+]], size: 8589934592, elements: [[FLAGSEL:![0-9]+]])
// DEBUG-DAG: [[CHAR]] = !DIBasicType(name: "char", size: 8,
// DEBUG-DAG: [[FLAGSEL]] = !{[[FLAGSSUB:![0-9]+]]}
// DEBUG-DAG: [[FLAGSSUB]] = !DISubrange(count: 1073741824)
// DEBUG-DAG: !DIDerivedType(tag: DW_TAG_member, name: "map_extra",
// DEBUG-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "bpf_static_key_value", {{.*}}size: 128,
// DEBUG-DAG: !DIDerivedType(tag: DW_TAG_member, name: "orig_off",
// DEBUG-DAG: !DIDerivedType(tag: DW_TAG_member, name: "xlated_off",
// DEBUG-DAG: !DIDerivedType(tag: DW_TAG_member, name: "jitted_off",
