// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpfsk on objects our llc builds (UNIT_LLC, build/bin/llc) from the IR
 * clang emits for <bpf_static_key.h> code: two BTF-defined keys, sites in a
 * __noinline subprogram (.text) and a program section, a site that
 * materializes a key's value, and the same IR with far (gotol) sites.  The
 * sites libbpfsk lists must be exactly the static-branch instructions found
 * by scanning the code, and no such instruction may survive a rewrite.
 * Without the llc the test reports itself skipped.
 */
#define _POSIX_C_SOURCE 200809L
#include <elf.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bpfsk.h"
#include "unit.h"
#include "unit_object.h"

#ifndef UNIT_LLC
#define UNIT_LLC "build/bin/llc"
#endif

static const char fixture_ir[] =
"%struct.key = type { ptr, ptr, ptr, ptr, ptr, ptr }\n"
"@debug_key = dso_local global %struct.key zeroinitializer, section \".maps\", align 8, !dbg !0\n"
"@fast_path = dso_local global %struct.key zeroinitializer, section \".maps\", align 8, !dbg !5\n"
"@llvm.compiler.used = appending global [2 x ptr] [ptr @debug_key, ptr @fast_path], section \"llvm.metadata\"\n"
"declare i1 @__bpf_static_branch(ptr, i32) nounwind willreturn memory(none)\n"
"declare void @trace(i32)\n"
/* __noinline int sub(int x) { if (unlikely(debug_key)) trace(x); return x * 3; } */
"define internal i32 @sub(i32 %x) noinline section \".text\" {\n"
"  %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)\n"
"  br i1 %on, label %t, label %e\n"
"t:\n"
"  call void @trace(i32 %x)\n"
"  br label %e\n"
"e:\n"
"  %r = mul i32 %x, 3\n"
"  ret i32 %r\n"
"}\n"
/* if (unlikely(debug_key)) trace(x); return sub(x + likely(fast_path)); */
"define dso_local i32 @prog(i32 %x) section \"xdp\" {\n"
"  %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)\n"
"  br i1 %on, label %t, label %e\n"
"t:\n"
"  call void @trace(i32 %x)\n"
"  br label %e\n"
"e:\n"
"  %f = call i1 @__bpf_static_branch(ptr @fast_path, i32 1)\n"
"  %z = zext i1 %f to i32\n"
"  %a = add i32 %x, %z\n"
"  %s = call i32 @sub(i32 %a)\n"
"  ret i32 %s\n"
"}\n"
"!llvm.dbg.cu = !{!2}\n"
"!llvm.module.flags = !{!30, !31}\n"
"!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())\n"
"!1 = distinct !DIGlobalVariable(name: \"debug_key\", scope: !2, file: !3, line: 1, type: !7, isLocal: false, isDefinition: true)\n"
"!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, emissionKind: FullDebug, globals: !4)\n"
"!3 = !DIFile(filename: \"keys.c\", directory: \"/\")\n"
"!4 = !{!0, !5}\n"
"!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())\n"
"!6 = distinct !DIGlobalVariable(name: \"fast_path\", scope: !2, file: !3, line: 2, type: !20, isLocal: false, isDefinition: true)\n"
/* struct { __uint(type, 34); __type(key, __u32); __type(value, int[4]);
 *          __uint(max_entries, 1); __uint(map_flags, 1U << 30);
 *          __uint(map_extra, 0 or 1); } */
"!7 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !3, line: 1, size: 384, elements: !8)\n"
"!8 = !{!9, !10, !11, !12, !13, !14}\n"
"!9 = !DIDerivedType(tag: DW_TAG_member, name: \"type\", scope: !7, file: !3, baseType: !40, size: 64)\n"
"!10 = !DIDerivedType(tag: DW_TAG_member, name: \"key\", scope: !7, file: !3, baseType: !45, size: 64, offset: 64)\n"
"!11 = !DIDerivedType(tag: DW_TAG_member, name: \"value\", scope: !7, file: !3, baseType: !47, size: 64, offset: 128)\n"
"!12 = !DIDerivedType(tag: DW_TAG_member, name: \"max_entries\", scope: !7, file: !3, baseType: !50, size: 64, offset: 192)\n"
"!13 = !DIDerivedType(tag: DW_TAG_member, name: \"map_flags\", scope: !7, file: !3, baseType: !53, size: 64, offset: 256)\n"
"!14 = !DIDerivedType(tag: DW_TAG_member, name: \"map_extra\", scope: !7, file: !3, baseType: !56, size: 64, offset: 320)\n"
"!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !3, line: 2, size: 384, elements: !21)\n"
"!21 = !{!22, !23, !24, !25, !26, !27}\n"
"!22 = !DIDerivedType(tag: DW_TAG_member, name: \"type\", scope: !20, file: !3, baseType: !40, size: 64)\n"
"!23 = !DIDerivedType(tag: DW_TAG_member, name: \"key\", scope: !20, file: !3, baseType: !45, size: 64, offset: 64)\n"
"!24 = !DIDerivedType(tag: DW_TAG_member, name: \"value\", scope: !20, file: !3, baseType: !47, size: 64, offset: 128)\n"
"!25 = !DIDerivedType(tag: DW_TAG_member, name: \"max_entries\", scope: !20, file: !3, baseType: !50, size: 64, offset: 192)\n"
"!26 = !DIDerivedType(tag: DW_TAG_member, name: \"map_flags\", scope: !20, file: !3, baseType: !53, size: 64, offset: 256)\n"
"!27 = !DIDerivedType(tag: DW_TAG_member, name: \"map_extra\", scope: !20, file: !3, baseType: !50, size: 64, offset: 320)\n"
"!30 = !{i32 7, !\"Dwarf Version\", i32 5}\n"
"!31 = !{i32 2, !\"Debug Info Version\", i32 3}\n"
"!39 = !DIBasicType(name: \"int\", size: 32, encoding: DW_ATE_signed)\n"
"!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64)\n"
"!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !39, size: 1088, elements: !42)\n"
"!42 = !{!43}\n"
"!43 = !DISubrange(count: 34)\n"
"!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64)\n"
"!46 = !DIBasicType(name: \"unsigned int\", size: 32, encoding: DW_ATE_unsigned)\n"
"!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64)\n"
"!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !39, size: 128, elements: !49)\n"
"!49 = !{!52}\n"
"!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64)\n"
"!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !39, size: 32, elements: !49)\n"
"!52 = !DISubrange(count: 1)\n"
"!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64)\n"
"!54 = !DICompositeType(tag: DW_TAG_array_type, baseType: !39, size: 34359738368, elements: !55)\n"
"!55 = !{!57}\n"
"!56 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64)\n"
"!57 = !DISubrange(count: 1073741824)\n"
"!58 = !DICompositeType(tag: DW_TAG_array_type, baseType: !39, elements: !59)\n"
"!59 = !{!60}\n"
"!60 = !DISubrange(count: 0)\n";

static const uint8_t nop[8] = { 0x05 };

static bool is_static_branch(const uint8_t *insn)
{
	return (insn[0] == 0x05 || insn[0] == 0x06) &&
	       (insn[1] == 0x10 || insn[1] == 0x30);
}

/*
 * Every static-branch instruction of every code section, from the raw ELF
 * (trusted here: our llc made it).  Calls fn(section name, insn index,
 * instruction) for each; returns how many.
 */
static int scan(const uint8_t *buf, size_t size,
		void (*fn)(const char *, size_t, const uint8_t *, void *),
		void *arg)
{
	Elf64_Ehdr eh;
	Elf64_Shdr sh, str;
	size_t i, j;
	int n = 0;

	if (size < sizeof(eh))
		return -1;
	memcpy(&eh, buf, sizeof(eh));
	memcpy(&str, buf + eh.e_shoff + eh.e_shstrndx * sizeof(sh), sizeof(str));
	for (i = 1; i < eh.e_shnum; i++) {
		memcpy(&sh, buf + eh.e_shoff + i * sizeof(sh), sizeof(sh));
		if (sh.sh_type != SHT_PROGBITS || !(sh.sh_flags & SHF_EXECINSTR))
			continue;
		for (j = 0; j < sh.sh_size / 8; j++) {
			const uint8_t *insn = buf + sh.sh_offset + j * 8;

			if (insn[0] == 0x18) {	/* ld_imm64: skip its second half */
				j++;
				continue;
			}
			if (!is_static_branch(insn))
				continue;
			n++;
			if (fn)
				fn((const char *)buf + str.sh_offset + sh.sh_name,
				   j, insn, arg);
		}
	}
	return n;
}

/* The scanned instruction must be a listed site of the same kind. */
static void check_listed(const char *sec, size_t idx, const uint8_t *insn,
			 void *arg)
{
	const struct bpfsk_object *obj = arg;
	enum bpfsk_site_kind kind = insn[0] == 0x05 ?
		(insn[1] == 0x10 ? BPFSK_GOTO_OR_NOP : BPFSK_NOP_OR_GOTO) :
		(insn[1] == 0x10 ? BPFSK_GOTOL_OR_NOP : BPFSK_NOP_OR_GOTOL);
	size_t i;

	for (i = 0; i < bpfsk_object__site_cnt(obj); i++) {
		const struct bpfsk_site *s = bpfsk_object__site(obj, i);

		if (!strcmp(s->sec_name, sec) && s->insn_idx == idx) {
			EXPECT(s->kind == kind);
			return;
		}
	}
	fprintf(stderr, "  %s insn %zu: a static branch libbpfsk does not list\n",
		sec, idx);
	EXPECT(!"every static branch is listed");
}

static void check_object(const char *dir, const char *what, const char *flags,
			 bool want_far)
{
	char cmd[1024], obj_path[512];
	struct bpfsk_object *obj;
	uint8_t *buf, *copy;
	size_t size, i, n_far = 0, c;
	int n;

	snprintf(obj_path, sizeof(obj_path), "%s/%s.o", dir, what);
	snprintf(cmd, sizeof(cmd), "%s -mtriple=bpfel %s -filetype=obj %s/keys.ll -o %s",
		 UNIT_LLC, flags, dir, obj_path);
	obj = unit_build_object(cmd, obj_path, what, &buf, &size);
	if (!obj)
		return;
	EXPECT(bpfsk_object__key_cnt(obj) == 2);
	EXPECT(bpfsk_object__find_key(obj, "debug_key") >= 0 &&
	       !bpfsk_object__key(obj, bpfsk_object__find_key(obj, "debug_key"))->initial_on);
	EXPECT(bpfsk_object__find_key(obj, "fast_path") >= 0 &&
	       bpfsk_object__key(obj, bpfsk_object__find_key(obj, "fast_path"))->initial_on);
	/* debug_key: one site in sub (.text), one in prog; fast_path: >= 1 */
	EXPECT(bpfsk_object__key(obj, bpfsk_object__find_key(obj, "debug_key"))->site_cnt >= 2);
	EXPECT(bpfsk_object__key(obj, bpfsk_object__find_key(obj, "fast_path"))->site_cnt >= 1);
	n = scan(buf, size, check_listed, obj);
	EXPECT(n == (int)bpfsk_object__site_cnt(obj));
	for (i = 0; i < bpfsk_object__site_cnt(obj); i++) {
		const struct bpfsk_site *s = bpfsk_object__site(obj, i);

		n_far += s->kind == BPFSK_GOTOL_OR_NOP ||
			 s->kind == BPFSK_NOP_OR_GOTOL;
		EXPECT(!strcmp(s->sec_name, ".text") || !strcmp(s->sec_name, "xdp"));
	}
	EXPECT(want_far ? n_far == bpfsk_object__site_cnt(obj) : n_far == 0);

	/* Every combination: exact bytes at each site, nothing else touched. */
	copy = malloc(size);
	for (c = 0; c < 4; c++) {
		bool on[2];
		int dk = bpfsk_object__find_key(obj, "debug_key");
		int fk = bpfsk_object__find_key(obj, "fast_path");
		bool same = true;

		on[dk] = c & 1;
		on[fk] = c & 2;
		memcpy(copy, buf, size);
		EXPECT(bpfsk_object__rewrite(obj, copy, size, on) == 0);
		EXPECT(scan(copy, size, NULL, NULL) == 0);
		for (i = 0; i < bpfsk_object__site_cnt(obj); i++) {
			const struct bpfsk_site *s = bpfsk_object__site(obj, i);
			uint8_t want[8];

			memcpy(want, buf + s->file_off, 8);
			if (bpfsk_site_jumps(s->kind, on[s->key]))
				want[1] = 0;
			else
				memcpy(want, nop, 8);
			same &= !memcmp(copy + s->file_off, want, 8);
			memcpy(copy + s->file_off, buf + s->file_off, 8);
		}
		EXPECT(same);
		EXPECT(!memcmp(copy, buf, size));	/* sites restored: all equal */
	}
	free(copy);
	bpfsk_object__free(obj);
	free(buf);
}

int main(void)
{
	char dir[] = "/tmp/bpfsk-unit-XXXXXX", path[512], cmd[600];
	FILE *f;

	if (access(UNIT_LLC, X_OK)) {
		printf("unit/bpfsk_llc: skipped, no %s (build the toolchain)\n",
		       UNIT_LLC);
		return unit_report("unit/bpfsk_llc");
	}
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(path, sizeof(path), "%s/keys.ll", dir);
	f = fopen(path, "w");
	EXPECT(f && fputs(fixture_ir, f) >= 0 && !fclose(f));

	check_object(dir, "v3", "-mcpu=v3", false);
	check_object(dir, "v4-O0", "-mcpu=v4 -O0", false);
	/* Every distance counts as far: all sites take the 32-bit form. */
	check_object(dir, "far", "-mcpu=v4 -gotol-abs-low-bound=0", true);

	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	EXPECT(system(cmd) == 0);
	return unit_report("unit/bpfsk_llc");
}
