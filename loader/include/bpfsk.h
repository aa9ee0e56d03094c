/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpfsk: static keys for BPF objects built by our clang.
 *
 * This part reads an ELF object in memory and rewrites its static-branch
 * sites; it needs neither libelf nor libbpf (see loader/README.md):
 *
 *	struct bpfsk_object *sk;
 *	int err = bpfsk_object__parse(buf, size, "prog.bpf.o", &sk);
 *	...
 *	copy = malloc(size); memcpy(copy, buf, size);
 *	err = bpfsk_object__rewrite(sk, copy, size, key_on);	// NULL: initial states
 *	err = bpfsk_object__remove_dead_code(sk, copy, size);
 *	// open `copy` with bpf_object__open_mem(), bpf_map__set_autocreate(key
 *	// map, false) for every map whose flags include BPFSK_F_STATIC_KEY, load
 *	bpfsk_object__free(sk);
 *
 * Errors are negative errno values; the reason, naming the object, section,
 * site or key, goes to the print callback (bpfsk_set_print(), as libbpf's
 * libbpf_set_print()).  On any error nothing is written.
 */
#ifndef BPFSK_H
#define BPFSK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* map_flags bit of a static key's map (provisional: no kernel defines it). */
#define BPFSK_F_STATIC_KEY		(1U << 30)
/* A key's map type: the kernel's BPF_MAP_TYPE_INSN_ARRAY. */
#define BPFSK_MAP_TYPE_INSN_ARRAY	34
/* The section listing the sites, 16-byte records { u64 site; u64 key; }. */
#define BPFSK_SITES_SEC			".static_branches"
#define BPFSK_SITE_RECORD_SIZE		16
/* At most this many keys per object (-E2BIG beyond). */
#define BPFSK_MAX_KEYS			64

enum bpfsk_print_level {
	BPFSK_WARN,
	BPFSK_INFO,
	BPFSK_DEBUG,
};

typedef int (*bpfsk_print_fn_t)(enum bpfsk_print_level level,
				const char *format, va_list args);

/*
 * Sets the print callback and returns the previous one.  NULL silences the
 * library.  The default prints WARN and INFO to stderr.  Every message
 * starts with "libbpfsk: " and ends with a newline.
 */
bpfsk_print_fn_t bpfsk_set_print(bpfsk_print_fn_t fn);

/*
 * The four static-branch encodings (src_reg bit 0: static branch, bit 1:
 * nop while the key is off).  "goto" sites (code 0x05, BPF_JMP|BPF_JA) keep
 * their offset in `off`, "gotol" sites (0x06, BPF_JMP32|BPF_JA) in `imm`.
 */
enum bpfsk_site_kind {
	BPFSK_GOTO_OR_NOP,	/* 0x05, src_reg 1: jumps while the key is off */
	BPFSK_NOP_OR_GOTO,	/* 0x05, src_reg 3: jumps while the key is on */
	BPFSK_GOTOL_OR_NOP,	/* 0x06, src_reg 1: jumps while the key is off */
	BPFSK_NOP_OR_GOTOL,	/* 0x06, src_reg 3: jumps while the key is on */
};

/* "goto_or_nop", ...; "?" for a value outside the enum. */
const char *bpfsk_site_kind_str(enum bpfsk_site_kind kind);

/* Whether a site of this kind jumps (true) or is a nop for a key state. */
bool bpfsk_site_jumps(enum bpfsk_site_kind kind, bool key_on);

struct bpfsk_key {
	const char *name;	/* the map's (and variable's) name */
	bool initial_on;	/* map_extra: the state the source defined */
	uint32_t site_cnt;	/* sites of this key */
};

struct bpfsk_site {
	const char *sec_name;	/* code section holding the site: ".text", "xdp", ... */
	uint32_t sec_idx;	/* its ELF section index */
	uint32_t insn_idx;	/* instruction index within that section */
	uint64_t file_off;	/* byte offset of the instruction in the object */
	enum bpfsk_site_kind kind;
	int32_t jump;		/* branch offset in instructions (off or imm) */
	uint32_t key;		/* index of its key, see bpfsk_object__key() */
	uint32_t record;	/* index of its record in .static_branches */
	const char *func;	/* the function holding it ("?" if none) */
	uint32_t func_insn;	/* instruction index within that function */
};

/* A jump table of .jumptables (upstream's format, read by libbpf 1.7). */
struct bpfsk_jump_table {
	const char *name;	/* its symbol: BPF.JT.<function>.<table> */
	const char *sec_name;	/* the code section whose gotox uses it */
	uint32_t entries;	/* 8-byte entries, byte offsets into sec_name */
};

struct bpfsk_object;

/*
 * The whole file at path in a malloc'ed buffer (*size bytes, possibly 0),
 * for bpfsk_object__parse(); NULL with errno set.
 */
void *bpfsk_read_file(const char *path, size_t *size);

/*
 * Reads the keys and sites of the ELF object buf[0..size) (ELF64 little-
 * endian, EM_BPF, ET_REL).  `name` (may be NULL) prefixes messages.
 *
 * Keys are the maps in BTF's ".maps" DATASEC whose map_flags include
 * BPFSK_F_STATIC_KEY, in DATASEC order; their initial state is map_extra
 * (0 or 1).  Sites are the records of .static_branches, sorted by section
 * index then instruction index.  An object without .static_branches has no
 * sites (and its keys, if any, are still listed); one without BTF or .maps
 * has no keys.  The object copies what it needs: buf may go away.
 *
 * Returns 0 and sets *objp, or a negative errno (-EINVAL: malformed or
 * inconsistent object, -ENOENT: a section it needs is missing, -E2BIG: more
 * than BPFSK_MAX_KEYS keys, -ENOMEM) and sets *objp to NULL.
 */
int bpfsk_object__parse(const void *buf, size_t size, const char *name,
			struct bpfsk_object **objp);

void bpfsk_object__free(struct bpfsk_object *obj);

size_t bpfsk_object__key_cnt(const struct bpfsk_object *obj);
/* NULL if idx is out of range. */
const struct bpfsk_key *bpfsk_object__key(const struct bpfsk_object *obj,
					  size_t idx);
/* The index of the key called `name`, or -ENOENT. */
int bpfsk_object__find_key(const struct bpfsk_object *obj, const char *name);

/*
 * Parses one key state as a user writes it, "NAME=on" or "NAME=off" ("1"
 * and "0" too), and sets key_on[index of NAME] (key_on has
 * bpfsk_object__key_cnt() entries).  Returns that index, or -EINVAL (no
 * '=', or another state) or -ENOENT (the object has no key NAME), with a
 * message naming the object and the key; key_on is then untouched.
 */
int bpfsk_object__parse_key_arg(const struct bpfsk_object *obj,
				const char *arg, bool *key_on);

/*
 * Combinations of key states, in the one order every tool uses: keys sorted
 * by name, the first the most significant bit of the combination's index,
 * index 0 all off.  A combination names itself as a suffix of a program's
 * name, "prog@debug_key=1,fast_path=0" ("" without keys):
 *
 *	struct bpfsk_combination comb;
 *	err = bpfsk_object__init_combination(obj, &comb);
 *	for (c = 0; !err && c < bpfsk_combination__cnt(&comb); c++) {
 *		bpfsk_combination__set(&comb, c);
 *		// load with comb.key_on[] (indexed as the object's keys),
 *		// name runs "%s%s", prog_name, comb.suffix
 *	}
 */
#define BPFSK_COMBINATION_SUFFIX_MAX	1024

struct bpfsk_combination {
	size_t key_cnt;
	const char *names[BPFSK_MAX_KEYS];	/* as given, not copied */
	size_t order[BPFSK_MAX_KEYS];		/* order[i]: the i-th by name */
	uint64_t idx;				/* the current combination */
	bool key_on[BPFSK_MAX_KEYS];		/* its states, as names[] */
	char suffix[BPFSK_COMBINATION_SUFFIX_MAX];	/* "@a=0,b=1" or "" */
};

/*
 * The combinations of the keys names[0..key_cnt), set to index 0 (all
 * off).  -EINVAL: a NULL name; -E2BIG: more than BPFSK_MAX_KEYS keys;
 * -ENAMETOOLONG: their suffix would not fit.
 */
int bpfsk_combination__init(struct bpfsk_combination *comb,
			    const char *const *names, size_t key_cnt);
/* The same for the keys of obj (names owned by obj). */
int bpfsk_object__init_combination(const struct bpfsk_object *obj,
				   struct bpfsk_combination *comb);
/* 2^key_cnt; 0 when that does not fit in 64 bits. */
uint64_t bpfsk_combination__cnt(const struct bpfsk_combination *comb);
/* Sets idx, key_on[] and suffix to combination idx. */
void bpfsk_combination__set(struct bpfsk_combination *comb, uint64_t idx);
/* Sets the combination whose states are key_on[0..key_cnt). */
void bpfsk_combination__set_states(struct bpfsk_combination *comb,
				   const bool *key_on);
/* The index in names[] of the key called name[0..len), or -ENOENT. */
int bpfsk_combination__find_key(const struct bpfsk_combination *comb,
				const char *name, size_t len);

size_t bpfsk_object__site_cnt(const struct bpfsk_object *obj);
/* NULL if idx is out of range. */
const struct bpfsk_site *bpfsk_object__site(const struct bpfsk_object *obj,
					    size_t idx);

/* Jump tables the code refers to, in symbol table order. */
size_t bpfsk_object__jump_table_cnt(const struct bpfsk_object *obj);
/* NULL if idx is out of range. */
const struct bpfsk_jump_table *
bpfsk_object__jump_table(const struct bpfsk_object *obj, size_t idx);

/*
 * Rewrites every site in buf, a writable copy of the buffer given to
 * bpfsk_object__parse() (same size, sites not yet rewritten), for the key
 * states key_on[0..key_cnt) (NULL: each key's initial state): a site that
 * must jump becomes ja +off (gotol +imm), any other the nop ja +0.  The
 * side not taken is then unreachable, which stock kernels reject ("unreachable
 * insn"): bpfsk_object__remove_dead_code() removes it.  All or nothing: on
 * any error (-EINVAL: a site no longer holds the instruction parsed there)
 * nothing is written.
 */
int bpfsk_object__rewrite(const struct bpfsk_object *obj, void *buf,
			  size_t size, const bool *key_on);

/*
 * After bpfsk_object__rewrite(): removes from every code section the nops
 * the rewrite wrote and every instruction no longer reachable from a
 * function or jump-table entry, so the verifier and the JIT see the program
 * as if the branch had never been written.  Fixes what refers to code
 * offsets: jumps, local calls and callback addresses, relocations, symbols,
 * .jumptables entries, and .BTF.ext func, line and CO-RE records, and
 * empties .static_branches (the object has keys but no sites left).
 * Sections shrink in place (sh_size); the buffer keeps its size.  All or nothing:
 * -EINVAL (with a message naming the section and instruction) when the
 * code holds something it cannot account for, -ENOMEM.
 */
int bpfsk_object__remove_dead_code(const struct bpfsk_object *obj,
				    void *buf, size_t size);

#ifdef __cplusplus
}
#endif

#endif /* BPFSK_H */
