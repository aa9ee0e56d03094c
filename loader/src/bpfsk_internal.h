/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* libbpfsk internals: the ELF view, BTF key discovery, messages. */
#ifndef BPFSK_INTERNAL_H
#define BPFSK_INTERNAL_H

#include <elf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <linux/bpf.h>

#include "bpfsk.h"

#ifndef EM_BPF
#define EM_BPF 247
#endif
/* glibc's elf.h knows R_BPF_64_64 and R_BPF_64_32 only. */
#define BPFSK_R_BPF_64_ABS64 2

#define INSN_SIZE	sizeof(struct bpf_insn)
#define CODE_JA		(BPF_JMP | BPF_JA)	/* offset in off */
#define CODE_JA32	(BPF_JMP32 | BPF_JA)	/* offset in imm */
#define SRC_STATIC	0x1	/* src_reg bit 0: a static branch */
#define SRC_NOP_OFF	0x2	/* src_reg bit 1: a nop while the key is off */

__attribute__((format(printf, 2, 3)))
void bpfsk_print(enum bpfsk_print_level level, const char *fmt, ...);

#define pr_warn(fmt, ...)  bpfsk_print(BPFSK_WARN, "libbpfsk: " fmt, ##__VA_ARGS__)
#define pr_debug(fmt, ...) bpfsk_print(BPFSK_DEBUG, "libbpfsk: " fmt, ##__VA_ARGS__)

/*
 * Fields of the object at any alignment: it is little-endian
 * (bpfsk_elf_init() checks), and so must the host be.
 */
static inline uint32_t bpfsk_get_u32(const void *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline uint64_t bpfsk_get_u64(const void *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* [off, off + len) lies within [0, size), without overflow. */
static inline bool bpfsk_in_range(uint64_t off, uint64_t len, uint64_t size)
{
	return off <= size && len <= size - off;
}

/*
 * A validated view of the object: the header and section table checked,
 * every section's data in the buffer (except SHT_NOBITS), every section
 * name a NUL-terminated string of the section header string table.
 */
struct bpfsk_elf {
	const char *obj_name;		/* for messages */
	const uint8_t *data;
	size_t size;
	Elf64_Shdr *shdrs;		/* copies, shnum entries */
	size_t shnum;
	const char *shstrtab;
	size_t shstrtab_size;
	/* The symbol table, once bpfsk_elf_symtab() checked it (idx 0: none). */
	size_t symtab_idx;
	const char *strtab;
	size_t strtab_size;
	size_t sym_cnt;
};

int bpfsk_elf_init(struct bpfsk_elf *elf, const void *buf, size_t size,
		   const char *obj_name);
void bpfsk_elf_release(struct bpfsk_elf *elf);
const char *bpfsk_elf_sec_name(const struct bpfsk_elf *elf, size_t idx);
/* Index of the only section called `name`: 0 if none, -EINVAL if several. */
int bpfsk_elf_find_sec(const struct bpfsk_elf *elf, const char *name,
		       size_t *idx);
const uint8_t *bpfsk_elf_sec_data(const struct bpfsk_elf *elf, size_t idx);
/* Checks the symbol table at section index idx (and its string table),
 * linked from section `user` (for messages). */
int bpfsk_elf_symtab(struct bpfsk_elf *elf, size_t idx, const char *user);
/* Symbol idx of the checked symbol table; its name ("" if none) in *name. */
int bpfsk_elf_sym(const struct bpfsk_elf *elf, size_t idx, Elf64_Sym *sym,
		  const char **name);

/* What bpfsk_object__parse() read; strings are owned by strs[]. */
struct bpfsk_object {
	const char *name;
	size_t size;			/* of the parsed buffer */
	struct bpfsk_key *keys;
	size_t key_cnt;
	struct bpfsk_site *sites;	/* sorted by section, instruction */
	size_t site_cnt;
	uint8_t (*orig)[INSN_SIZE];	/* each site's instruction as parsed */
	struct bpfsk_jump_table *tables;
	size_t table_cnt;
	char **strs;
	size_t str_cnt;
};

/* A static key found in BTF; names point into the caller's buffer. */
struct bpfsk_btf_key {
	const char *name;
	size_t name_len;
	bool initial_on;
};

/*
 * Lists the static keys of BTF's ".maps" DATASEC (map_flags has
 * BPFSK_F_STATIC_KEY) into keys[BPFSK_MAX_KEYS]; *cnt is their number.
 * No .BTF section or no ".maps" DATASEC: no keys.
 */
int bpfsk_btf_keys(const struct bpfsk_elf *elf,
		   struct bpfsk_btf_key keys[BPFSK_MAX_KEYS], size_t *cnt);

/* Copies of strings the object owns; equal strings share one copy. */
const char *bpfsk_object_str(struct bpfsk_object *obj, const char *s,
			     size_t len);
/* Names each site's function; lists the jump tables the code uses. */
int bpfsk_read_symbols(struct bpfsk_object *obj, struct bpfsk_elf *elf);

/* BTF's string section (NULL, 0 without .BTF), for .BTF.ext's names. */
int bpfsk_btf_strs(const struct bpfsk_elf *elf, const char **strs,
		   uint32_t *len);

#endif /* BPFSK_INTERNAL_H */
