// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * What the symbol table tells a user about an object: the function holding
 * each site, and the jump tables (.jumptables symbols that code refers to).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bpfsk_internal.h"

static int name_sites(struct bpfsk_object *o, const struct bpfsk_elf *elf)
{
	size_t i, k;

	for (i = 0; i < o->site_cnt; i++) {
		struct bpfsk_site *s = &o->sites[i];
		uint64_t off = (uint64_t)s->insn_idx * INSN_SIZE;

		s->func = "?";
		s->func_insn = s->insn_idx;
		for (k = 1; k < elf->sym_cnt; k++) {
			const char *name;
			Elf64_Sym sym;

			if (bpfsk_elf_sym(elf, k, &sym, &name) ||
			    sym.st_shndx != s->sec_idx ||
			    ELF64_ST_TYPE(sym.st_info) != STT_FUNC ||
			    off < sym.st_value || off - sym.st_value >= sym.st_size)
				continue;
			s->func = bpfsk_object_str(o, name, strlen(name));
			if (!s->func)
				return -ENOMEM;
			s->func_insn = (off - sym.st_value) / INSN_SIZE;
			break;
		}
	}
	return 0;
}

/* The code section whose relocations refer to symbol idx, or 0. */
static size_t user_of(const struct bpfsk_elf *elf, size_t idx)
{
	size_t i, r;

	for (i = 1; i < elf->shnum; i++) {
		const Elf64_Shdr *sh = &elf->shdrs[i];
		const uint8_t *data = bpfsk_elf_sec_data(elf, i);

		if (sh->sh_type != SHT_REL || sh->sh_link != elf->symtab_idx ||
		    sh->sh_entsize != sizeof(Elf64_Rel) ||
		    sh->sh_info >= elf->shnum ||
		    !(elf->shdrs[sh->sh_info].sh_flags & SHF_EXECINSTR))
			continue;
		for (r = 0; r < sh->sh_size / sizeof(Elf64_Rel); r++) {
			Elf64_Rel rel;

			memcpy(&rel, data + r * sizeof(rel), sizeof(rel));
			if (ELF64_R_SYM(rel.r_info) == idx)
				return sh->sh_info;
		}
	}
	return 0;
}

static int list_tables(struct bpfsk_object *o, const struct bpfsk_elf *elf)
{
	size_t jt, k, user;
	int err;

	err = bpfsk_elf_find_sec(elf, ".jumptables", &jt);
	if (err || !jt)
		return err;
	for (k = 1; k < elf->sym_cnt; k++) {
		struct bpfsk_jump_table *grown, *t;
		const char *name;
		Elf64_Sym sym;

		if (bpfsk_elf_sym(elf, k, &sym, &name) || sym.st_shndx != jt ||
		    ELF64_ST_TYPE(sym.st_info) != STT_OBJECT)
			continue;
		user = user_of(elf, k);
		if (!user)
			continue;	/* no code uses it: libbpf ignores it */
		grown = realloc(o->tables, (o->table_cnt + 1) * sizeof(*grown));
		if (!grown)
			return -ENOMEM;
		o->tables = grown;
		t = &o->tables[o->table_cnt++];
		t->name = bpfsk_object_str(o, name, strlen(name));
		t->sec_name = bpfsk_object_str(o, bpfsk_elf_sec_name(elf, user),
					       strlen(bpfsk_elf_sec_name(elf, user)));
		t->entries = sym.st_size / 8;
		if (!t->name || !t->sec_name)
			return -ENOMEM;
	}
	return 0;
}

int bpfsk_read_symbols(struct bpfsk_object *o, struct bpfsk_elf *elf)
{
	size_t i;
	int err;

	if (!elf->symtab_idx) {
		for (i = 1; i < elf->shnum; i++)
			if (elf->shdrs[i].sh_type == SHT_SYMTAB)
				break;
		/* Without symbols, sites have no function ("?"). */
		if (i < elf->shnum) {
			err = bpfsk_elf_symtab(elf, i, "symbol table");
			if (err)
				return err;
		}
	}
	err = name_sites(o, elf);
	return err ? err : list_tables(o, elf);
}
