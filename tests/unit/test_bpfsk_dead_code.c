// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpfsk_object__remove_dead_code() on objects our clang (UNIT_CLANG) builds
 * from a C fixture with three keys, sites at function starts, a static and
 * a global subprogram, a bpf_loop callback, and a jump table (-mcpu=v4).
 * For every key combination, the object after rewrite and removal must be
 * one a loader can trust, checked here independently of the library:
 * no static branch and no jump to the next instruction left, every
 * instruction reachable, functions tiling their section, relocations on
 * calls and ld_imm64 only with code references landing on function starts,
 * .BTF.ext func_info at exactly the function starts and line_info strictly
 * increasing, jump table entries inside their function.  Also: the all-off
 * object is smaller than the all-on one, and bad input changes nothing.
 * Without the clang the test reports itself skipped.
 */
#define _POSIX_C_SOURCE 200809L
#include <elf.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bpfsk.h"
#include "unit.h"
#include "unit_object.h"

#ifndef UNIT_CLANG
#define UNIT_CLANG "build/bin/clang"
#endif

static const char fixture_c[] =
"#include <bpf_static_key.h>\n"
"DEFINE_STATIC_KEY_FALSE(debug_key);\n"
"DEFINE_STATIC_KEY_TRUE(fast_path);\n"
"DEFINE_STATIC_KEY_FALSE(loop_key);\n"
"static long (*bpf_loop)(unsigned int, void *, void *, unsigned long) = (void *)181;\n"
"static long (*trace)(const char *, unsigned int, ...) = (void *)6;\n"
"static int step(unsigned long i, void *ctx) { *(int *)ctx += i * 3; return 0; }\n"
"static __attribute__((noinline)) int sub(int x)\n"
"{\n"
"	if (__builtin_static_branch(&debug_key, 0))\n"
"		trace(\"sub\", 4, x);\n"
"	return x * 3;\n"
"}\n"
"__attribute__((noinline)) int global_sub(int x)\n"
"{\n"
"	if (__builtin_static_branch(&fast_path, 1))\n"
"		return x + 1;\n"
"	return x * 7 - 1;\n"
"}\n"
"__attribute__((section(\"xdp\"))) int prog(unsigned int *ctx)\n"
"{\n"
"	int acc = ctx[0], x = ctx[1];\n"
"	if (__builtin_static_branch(&loop_key, 0))\n"
"		bpf_loop(x & 7, step, &acc, 0);\n"
"	switch (x & 15) {\n"
"	case 0: acc += 11; break;   case 1: acc ^= 0x1234; break;\n"
"	case 2: acc *= 3; break;    case 3: acc -= 99; break;\n"
"	case 4: acc >>= 2; break;   case 5: acc <<= 3; break;\n"
"	case 6: acc |= 0x800; break; case 7: acc &= 0xfff0fff; break;\n"
"	case 8: acc += x; break;    case 9: acc ^= x << 4; break;\n"
"	case 10: acc = acc * 7 + 1; break; case 11: acc = ~acc; break;\n"
"	case 12: acc += 0x10000; break; case 13: acc ^= 0x5a5a; break;\n"
"	default: acc /= 3; break;\n"
"	}\n"
"	if (__builtin_static_branch(&debug_key, 0))\n"
"		trace(\"prog\", 5, acc);\n"
"	return sub(acc) + global_sub(x);\n"
"}\n"
"char _license[] __attribute__((section(\"license\"))) = \"GPL\";\n";

struct view {
	const uint8_t *buf;
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh;
	const Elf64_Sym *syms;
	size_t nsyms;
	const char *strtab, *shstr;
};

static void view_init(struct view *v, const uint8_t *buf)
{
	size_t i;

	memset(v, 0, sizeof(*v));
	v->buf = buf;
	v->eh = (const Elf64_Ehdr *)buf;
	v->sh = (const Elf64_Shdr *)(buf + v->eh->e_shoff);
	v->shstr = (const char *)buf + v->sh[v->eh->e_shstrndx].sh_offset;
	for (i = 1; i < v->eh->e_shnum; i++) {
		if (v->sh[i].sh_type != SHT_SYMTAB)
			continue;
		v->syms = (const Elf64_Sym *)(buf + v->sh[i].sh_offset);
		v->nsyms = v->sh[i].sh_size / sizeof(Elf64_Sym);
		v->strtab = (const char *)buf + v->sh[v->sh[i].sh_link].sh_offset;
	}
}

static bool is_code(const struct view *v, size_t i)
{
	return v->sh[i].sh_type == SHT_PROGBITS &&
	       (v->sh[i].sh_flags & SHF_EXECINSTR);
}

static size_t sec_by_name(const struct view *v, const char *name)
{
	size_t i;

	for (i = 1; i < v->eh->e_shnum; i++)
		if (!strcmp(v->shstr + v->sh[i].sh_name, name))
			return i;
	return 0;
}

static int32_t imm_of(const uint8_t *insn)
{
	int32_t imm;

	memcpy(&imm, insn + 4, 4);
	return imm;
}

static int64_t target_of(const uint8_t *insn, size_t i)
{
	int16_t off;

	memcpy(&off, insn + 2, 2);
	if (insn[0] == 0x06)			/* gotol */
		return (int64_t)i + 1 + imm_of(insn);
	return (int64_t)i + 1 + off;
}

/* A FUNC symbol of section s starts at byte offset off. */
static bool func_starts_at(const struct view *v, size_t s, uint64_t off)
{
	size_t k;

	for (k = 1; k < v->nsyms; k++)
		if (v->syms[k].st_shndx == s &&
		    ELF64_ST_TYPE(v->syms[k].st_info) == STT_FUNC &&
		    v->syms[k].st_value == off)
			return true;
	return false;
}

/* Every entry of every .jumptables table is a successor of any gotox. */
static void reach(const struct view *v, size_t s, size_t n, uint8_t *seen)
{
	const uint8_t *code = v->buf + v->sh[s].sh_offset;
	size_t jt = sec_by_name(v, ".jumptables"), *stack, top = 0, k, i;

	stack = malloc((2 * n + v->nsyms + 1) * sizeof(*stack) +
		       (jt ? v->sh[jt].sh_size : 0) * sizeof(*stack));
	for (k = 1; k < v->nsyms; k++)
		if (v->syms[k].st_shndx == s &&
		    ELF64_ST_TYPE(v->syms[k].st_info) == STT_FUNC)
			stack[top++] = v->syms[k].st_value / 8;
	while (top) {
		const uint8_t *insn;

		i = stack[--top];
		if (i >= n || seen[i])
			continue;
		seen[i] = 1;
		insn = code + i * 8;
		if (insn[0] == 0x18) {			/* ld_imm64 */
			if (i + 1 < n)
				seen[i + 1] = 1;
			stack[top++] = i + 2;
		} else if (insn[0] == 0x0d) {		/* gotox */
			const uint64_t *e = (const void *)(v->buf + v->sh[jt].sh_offset);

			for (k = 0; jt && k < v->sh[jt].sh_size / 8; k++)
				if (e[k] / 8 < n)
					stack[top++] = e[k] / 8;
		} else if (insn[0] == 0x95) {		/* exit */
		} else if (insn[0] == 0x05 || insn[0] == 0x06) {
			stack[top++] = target_of(insn, i);
		} else if ((insn[0] & 7) == 5 || (insn[0] & 7) == 6) {
			if ((insn[0] & 0xf0) != 0x80)	/* not a call */
				stack[top++] = target_of(insn, i);
			stack[top++] = i + 1;
		} else {
			stack[top++] = i + 1;
		}
	}
	free(stack);
}

static uint32_t rd32(const uint8_t *p)
{
	uint32_t x;

	memcpy(&x, p, 4);
	return x;
}

/* .BTF.ext: func_info at exactly the FUNC starts, line_info increasing. */
static void check_btf_ext(const struct view *v)
{
	size_t ext = sec_by_name(v, ".BTF.ext"), btf = sec_by_name(v, ".BTF");
	const uint8_t *e, *b;
	const char *strs;
	uint32_t hdr, blk;

	EXPECT(ext && btf);
	if (!ext || !btf)
		return;
	e = v->buf + v->sh[ext].sh_offset;
	b = v->buf + v->sh[btf].sh_offset;
	strs = (const char *)b + rd32(b + 4) + rd32(b + 16);
	hdr = rd32(e + 4);
	for (blk = 0; blk < 2; blk++) {
		const uint8_t *p = e + hdr + rd32(e + 8 + 8 * blk);
		uint32_t len = rd32(e + 12 + 8 * blk), rec = rd32(p), pos = 4;

		while (pos < len) {
			size_t s = sec_by_name(v, strs + rd32(p + pos)), funcs = 0, k, bad;
			uint32_t num = rd32(p + pos + 4), j, prev = 0;

			EXPECT(s && is_code(v, s));
			if (!s)
				return;
			pos += 8;
			for (j = 0, bad = 0; j < num; j++, pos += rec) {
				uint32_t off = rd32(p + pos);

				bad += off >= v->sh[s].sh_size;
				if (blk == 0)
					bad += !func_starts_at(v, s, off);
				else
					bad += j && off <= prev;
				prev = off;
			}
			EXPECT(bad == 0);
			if (blk)
				continue;
			for (k = 1; k < v->nsyms; k++)
				funcs += v->syms[k].st_shndx == s &&
					 ELF64_ST_TYPE(v->syms[k].st_info) == STT_FUNC;
			EXPECT(num == funcs);
		}
	}
}

/* Everything the file header comment promises, for one output object. */
static size_t check_output(const uint8_t *buf, const char *what)
{
	struct view v;
	size_t s, k, r, total = 0, statics, empty;

	view_init(&v, buf);
	for (s = 1; s < v.eh->e_shnum; s++) {
		const uint8_t *code = buf + v.sh[s].sh_offset;
		size_t n = v.sh[s].sh_size / 8, covered = 0, unreached = 0;
		uint8_t *seen;

		if (!is_code(&v, s))
			continue;
		total += n;
		for (k = 0, statics = 0, empty = 0; k < n; k++) {
			const uint8_t *insn = code + k * 8;
			bool ja = insn[0] == 0x05 || insn[0] == 0x06;

			statics += ja && (insn[1] >> 4) & 1;
			empty += ja && target_of(insn, k) == (int64_t)k + 1;
			if (insn[0] == 0x18)
				k++;
		}
		EXPECT(statics == 0);	/* no static branch left */
		EXPECT(empty == 0);	/* no jump to the next insn */
		seen = calloc(n + 1, 1);
		reach(&v, s, n, seen);
		for (k = 0; k < n; k++)
			unreached += !seen[k];
		if (unreached)
			fprintf(stderr, "  %s: %s: %zu unreachable instructions\n",
				what, v.shstr + v.sh[s].sh_name, unreached);
		EXPECT(unreached == 0);
		free(seen);
		/* FUNC symbols tile the section: disjoint, sizes add up. */
		for (k = 1; k < v.nsyms; k++) {
			const Elf64_Sym *a = &v.syms[k];
			size_t j;

			if (a->st_shndx != s || ELF64_ST_TYPE(a->st_info) != STT_FUNC)
				continue;
			EXPECT(a->st_size && a->st_value + a->st_size <= v.sh[s].sh_size);
			covered += a->st_size;
			for (j = k + 1; j < v.nsyms; j++) {
				const Elf64_Sym *b = &v.syms[j];

				if (b->st_shndx == s &&
				    ELF64_ST_TYPE(b->st_info) == STT_FUNC)
					EXPECT(a->st_value + a->st_size <= b->st_value ||
					       b->st_value + b->st_size <= a->st_value);
			}
		}
		EXPECT(covered == v.sh[s].sh_size);
	}
	/* Relocations of code: calls and ld_imm64 only; code refs on starts. */
	for (r = 1; r < v.eh->e_shnum; r++) {
		const Elf64_Rel *rel = (const void *)(buf + v.sh[r].sh_offset);

		if (v.sh[r].sh_type != SHT_REL || !is_code(&v, v.sh[r].sh_info))
			continue;
		s = v.sh[r].sh_info;
		for (k = 0; k < v.sh[r].sh_size / sizeof(*rel); k++) {
			const Elf64_Sym *sym = &v.syms[ELF64_R_SYM(rel[k].r_info)];
			const uint8_t *insn = buf + v.sh[s].sh_offset + rel[k].r_offset;
			uint64_t tgt;

			EXPECT(rel[k].r_offset % 8 == 0 &&
			       rel[k].r_offset < v.sh[s].sh_size);
			EXPECT(insn[0] == 0x85 || insn[0] == 0x18);
			if (sym->st_shndx == 0 || sym->st_shndx >= v.eh->e_shnum ||
			    !is_code(&v, sym->st_shndx))
				continue;
			tgt = sym->st_value + (insn[0] == 0x85 ?
					       ((int64_t)imm_of(insn) + 1) * 8 :
					       imm_of(insn));
			if (!func_starts_at(&v, sym->st_shndx, tgt))
				fprintf(stderr, "  %s: %s+0x%llx refers to %s+0x%llx, not a function\n",
					what, v.shstr + v.sh[s].sh_name,
					(unsigned long long)rel[k].r_offset,
					v.shstr + v.sh[sym->st_shndx].sh_name,
					(unsigned long long)tgt);
			EXPECT(func_starts_at(&v, sym->st_shndx, tgt));
		}
	}
	check_btf_ext(&v);
	return total;
}

/*
 * Sections may sit at any file offset: with the symbol table and every REL
 * section moved to odd offsets, rewrite and dead-code removal give the same
 * code, and touch nothing through a misaligned pointer (UBSan; found by
 * fuzz/targets/object).
 */
static void check_unaligned(const uint8_t *buf, size_t size, const bool *on,
			    const uint8_t *want, const char *what)
{
	struct bpfsk_object *obj;
	size_t s, big = size + 1, off = size | 1;
	struct view v;
	uint8_t *img;

	view_init(&v, buf);
	for (s = 1; s < v.eh->e_shnum; s++)
		if (v.sh[s].sh_type == SHT_REL || v.sh[s].sh_type == SHT_SYMTAB)
			big += v.sh[s].sh_size;
	img = calloc(1, big);
	EXPECT(img != NULL);
	if (!img)
		return;
	memcpy(img, buf, size);
	for (s = 1; s < v.eh->e_shnum; s++) {
		Elf64_Shdr sh = v.sh[s];

		if (sh.sh_type != SHT_REL && sh.sh_type != SHT_SYMTAB)
			continue;
		memcpy(img + off, buf + sh.sh_offset, sh.sh_size);
		sh.sh_offset = off;
		memcpy(img + v.eh->e_shoff + s * sizeof(sh), &sh, sizeof(sh));
		off += sh.sh_size;
	}
	EXPECT(bpfsk_object__parse(img, big, what, &obj) == 0);
	if (obj) {
		EXPECT(bpfsk_object__rewrite(obj, img, big, on) == 0);
		EXPECT(bpfsk_object__remove_dead_code(obj, img, big) == 0);
		bpfsk_object__free(obj);
	}
	/* The same code and sizes as the aligned object's (want). */
	view_init(&v, want);
	for (s = 1; s < v.eh->e_shnum; s++) {
		uint64_t got_size;

		if (!is_code(&v, s))
			continue;
		memcpy(&got_size, img + v.eh->e_shoff + s * sizeof(Elf64_Shdr) +
		       offsetof(Elf64_Shdr, sh_size), sizeof(got_size));
		EXPECT(got_size == v.sh[s].sh_size &&
		       !memcmp(img + v.sh[s].sh_offset, want + v.sh[s].sh_offset,
			       got_size));
	}
	free(img);
}

static void check_object(const char *dir, const char *what, const char *flags)
{
	char cmd[1024], path[512];
	struct bpfsk_object *obj;
	size_t size, c, n_off = 0, n_on = 0, n_orig;
	uint8_t *buf, *copy;

	snprintf(path, sizeof(path), "%s/%s.o", dir, what);
	snprintf(cmd, sizeof(cmd), "%s --target=bpf -g %s -c %s/fixture.c -o %s",
		 UNIT_CLANG, flags, dir, path);
	obj = unit_build_object(cmd, path, what, &buf, &size);
	if (!obj)
		return;
	EXPECT(bpfsk_object__key_cnt(obj) == 3);
	EXPECT(bpfsk_object__find_key(obj, "debug_key") >= 0 &&
	       bpfsk_object__find_key(obj, "fast_path") >= 0 &&
	       bpfsk_object__find_key(obj, "loop_key") >= 0);
	/* Each site named by its function; the switch's table listed. */
	for (c = 0; c < bpfsk_object__site_cnt(obj); c++) {
		const char *f = bpfsk_object__site(obj, c)->func;

		EXPECT(!strcmp(f, "sub") || !strcmp(f, "global_sub") ||
		       !strcmp(f, "prog"));
	}
	EXPECT(bpfsk_object__jump_table_cnt(obj) == (strstr(flags, "v4") ? 1u : 0u));
	if (bpfsk_object__jump_table_cnt(obj))
		EXPECT(!strcmp(bpfsk_object__jump_table(obj, 0)->sec_name, "xdp") &&
		       bpfsk_object__jump_table(obj, 0)->entries >= 14);
	copy = malloc(size);
	{
		struct view v;
		size_t s;

		view_init(&v, buf);
		for (s = 1, n_orig = 0; s < v.eh->e_shnum; s++)
			if (is_code(&v, s))
				n_orig += v.sh[s].sh_size / 8;
	}
	for (c = 0; c < 8; c++) {
		bool on[3];
		size_t n;

		on[bpfsk_object__find_key(obj, "debug_key")] = c & 1;
		on[bpfsk_object__find_key(obj, "fast_path")] = c & 2;
		on[bpfsk_object__find_key(obj, "loop_key")] = c & 4;

		memcpy(copy, buf, size);
		EXPECT(bpfsk_object__rewrite(obj, copy, size, on) == 0);
		EXPECT(bpfsk_object__remove_dead_code(obj, copy, size) == 0);
		n = check_output(copy, what);
		if (c == 0 || c == 7)
			check_unaligned(buf, size, on, copy, what);
		{
			/* Read back: the same keys, no sites, the same tables. */
			struct bpfsk_object *again;

			EXPECT(bpfsk_object__parse(copy, size, what, &again) == 0);
			EXPECT(bpfsk_object__key_cnt(again) == 3 &&
			       bpfsk_object__site_cnt(again) == 0);
			EXPECT(bpfsk_object__jump_table_cnt(again) ==
			       bpfsk_object__jump_table_cnt(obj));
			bpfsk_object__free(again);
		}
		/*
		 * Only debug on, fast_path off and loop_key on leave no nop (the
		 * likely body skipped may still go).
		 */
		if (c == 5 ? n > n_orig : n >= n_orig)
			fprintf(stderr, "  %s: combination %zu: %zu of %zu instructions\n",
				what, c, n, n_orig);
		EXPECT(c == 5 ? n <= n_orig : n < n_orig);
		if (c == 0)
			n_off = n;
		if (c == 7)
			n_on = n;
	}
	/* debug_key and loop_key off drop their bodies (calls included). */
	EXPECT(n_off + 6 < n_on);

	/* Bad input: wrong size, a jump out of the section; nothing written. */
	memcpy(copy, buf, size);
	EXPECT(bpfsk_object__rewrite(obj, copy, size, NULL) == 0);
	{
		uint8_t *before = malloc(size);
		struct view v;
		size_t s = 0, k;

		memcpy(before, copy, size);
		EXPECT(bpfsk_object__remove_dead_code(obj, copy, size - 1) == -EINVAL);
		EXPECT(bpfsk_object__remove_dead_code(NULL, copy, size) == -EINVAL);
		EXPECT(!memcmp(before, copy, size));
		view_init(&v, copy);
		for (k = 1; k < v.eh->e_shnum && !s; k++)
			if (is_code(&v, k) && !strcmp(v.shstr + v.sh[k].sh_name, "xdp"))
				s = k;
		EXPECT(s != 0);
		/* prog's first instruction, always reached: ja +32767 */
		if (s)
			memcpy(copy + v.sh[s].sh_offset,
			       "\x05\x00\xff\x7f\x00\x00\x00\x00", 8);
		memcpy(before, copy, size);
		EXPECT(bpfsk_object__remove_dead_code(obj, copy, size) == -EINVAL);
		EXPECT(!memcmp(before, copy, size));

		/*
		 * An ld_imm64 whose second half reads as a jump (found by
		 * fuzz/targets/object): refused, not walked as a ja.
		 */
		memcpy(copy, before, size);
		if (s)
			memcpy(copy + v.sh[s].sh_offset,
			       "\x18\x01\x00\x00\x00\x00\x00\x00"
			       "\x05\x00\xff\x7f\x00\x00\x00\x00", 16);
		memcpy(before, copy, size);
		EXPECT(bpfsk_object__remove_dead_code(obj, copy, size) == -EINVAL);
		EXPECT(!memcmp(before, copy, size));

		/*
		 * .BTF.ext whose func_info is its line_info block again: the
		 * blocks, rewritten one after the other, would not fit (found
		 * by fuzz/targets/object: a heap overflow).
		 */
		memcpy(copy, buf, size);
		EXPECT(bpfsk_object__rewrite(obj, copy, size, NULL) == 0);
		k = sec_by_name(&v, ".BTF.ext");
		EXPECT(k != 0);
		if (k)
			memcpy(copy + v.sh[k].sh_offset + 8,
			       copy + v.sh[k].sh_offset + 16, 8);
		memcpy(before, copy, size);
		EXPECT(bpfsk_object__remove_dead_code(obj, copy, size) == -EINVAL);
		EXPECT(!memcmp(before, copy, size));
		free(before);
	}
	free(copy);
	bpfsk_object__free(obj);
	free(buf);
}

int main(void)
{
	char dir[] = "/tmp/bpfsk-dead-XXXXXX", path[512], cmd[600];
	FILE *f;

	if (access(UNIT_CLANG, X_OK)) {
		printf("unit/bpfsk_dead_code: skipped, no %s (build the toolchain)\n",
		       UNIT_CLANG);
		return unit_report("unit/bpfsk_dead_code");
	}
	bpfsk_set_print(NULL);
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(path, sizeof(path), "%s/fixture.c", dir);
	f = fopen(path, "w");
	EXPECT(f && fputs(fixture_c, f) >= 0 && !fclose(f));

	check_object(dir, "v4-O2", "-O2 -mcpu=v4");
	check_object(dir, "v3-O2", "-O2 -mcpu=v3");
	check_object(dir, "v4-O0", "-O0 -mcpu=v4");
	check_object(dir, "v4-far", "-O2 -mcpu=v4 -mllvm -gotol-abs-low-bound=0");

	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	EXPECT(system(cmd) == 0);
	return unit_report("unit/bpfsk_dead_code");
}
