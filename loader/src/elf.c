// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * A checked view of an ELF64 little-endian BPF relocatable object in memory,
 * with <elf.h> structures only.  The buffer is read with memcpy(), so it
 * need not be aligned.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bpfsk_internal.h"

static int check_header(const struct bpfsk_elf *elf, Elf64_Ehdr *eh)
{
	const char *name = elf->obj_name;

	if (elf->size < sizeof(*eh)) {
		pr_warn("%s: not an ELF object (%zu bytes, shorter than an ELF64 header)\n",
			name, elf->size);
		return -EINVAL;
	}
	memcpy(eh, elf->data, sizeof(*eh));
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG)) {
		pr_warn("%s: not an ELF object (bad magic)\n", name);
		return -EINVAL;
	}
	if (eh->e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh->e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh->e_ident[EI_VERSION] != EV_CURRENT) {
		pr_warn("%s: not an ELF64 little-endian object (class %u, data %u, version %u)\n",
			name, eh->e_ident[EI_CLASS], eh->e_ident[EI_DATA],
			eh->e_ident[EI_VERSION]);
		return -EINVAL;
	}
	if (eh->e_machine != EM_BPF) {
		pr_warn("%s: not a BPF object (e_machine %u, want %u)\n", name,
			eh->e_machine, EM_BPF);
		return -EINVAL;
	}
	if (eh->e_type != ET_REL) {
		pr_warn("%s: not a relocatable object (e_type %u, want ET_REL)\n",
			name, eh->e_type);
		return -EINVAL;
	}
	if (!eh->e_shoff) {
		pr_warn("%s: no section header table\n", name);
		return -EINVAL;
	}
	if (eh->e_shentsize != sizeof(Elf64_Shdr)) {
		pr_warn("%s: section header size %u, want %zu\n", name,
			eh->e_shentsize, sizeof(Elf64_Shdr));
		return -EINVAL;
	}
	return 0;
}

int bpfsk_elf_init(struct bpfsk_elf *elf, const void *buf, size_t size,
		   const char *obj_name)
{
	const char *name = obj_name ? obj_name : "<memory>";
	Elf64_Shdr sh0, *sh;
	size_t shnum, shstrndx, i;
	Elf64_Ehdr eh;
	int err;

	memset(elf, 0, sizeof(*elf));
	elf->obj_name = name;
	elf->data = buf;
	elf->size = buf ? size : 0;
	err = check_header(elf, &eh);
	if (err)
		return err;

	/* Section 0 holds the real counts when they overflow the header. */
	if (!bpfsk_in_range(eh.e_shoff, sizeof(sh0), size)) {
		pr_warn("%s: section header table at 0x%llx lies outside the object (%zu bytes)\n",
			name, (unsigned long long)eh.e_shoff, size);
		return -EINVAL;
	}
	memcpy(&sh0, elf->data + eh.e_shoff, sizeof(sh0));
	shnum = eh.e_shnum ? eh.e_shnum : sh0.sh_size;
	shstrndx = eh.e_shstrndx == SHN_XINDEX ? sh0.sh_link : eh.e_shstrndx;
	if (!shnum || shnum > size / sizeof(Elf64_Shdr) ||
	    !bpfsk_in_range(eh.e_shoff, shnum * sizeof(Elf64_Shdr), size)) {
		pr_warn("%s: section header table (0x%llx, %zu entries) lies outside the object (%zu bytes)\n",
			name, (unsigned long long)eh.e_shoff, shnum, size);
		return -EINVAL;
	}
	elf->shdrs = malloc(shnum * sizeof(Elf64_Shdr));
	if (!elf->shdrs)
		return -ENOMEM;
	memcpy(elf->shdrs, elf->data + eh.e_shoff, shnum * sizeof(Elf64_Shdr));
	elf->shnum = shnum;

	for (i = 1; i < shnum; i++) {
		sh = &elf->shdrs[i];
		if (sh->sh_type != SHT_NOBITS &&
		    !bpfsk_in_range(sh->sh_offset, sh->sh_size, size)) {
			pr_warn("%s: section %zu: data at 0x%llx, 0x%llx bytes, lies outside the object (%zu bytes)\n",
				name, i, (unsigned long long)sh->sh_offset,
				(unsigned long long)sh->sh_size, size);
			err = -EINVAL;
			goto fail;
		}
	}
	if (!shstrndx || shstrndx >= shnum ||
	    elf->shdrs[shstrndx].sh_type != SHT_STRTAB ||
	    !elf->shdrs[shstrndx].sh_size ||
	    elf->data[elf->shdrs[shstrndx].sh_offset +
		      elf->shdrs[shstrndx].sh_size - 1] != '\0') {
		pr_warn("%s: bad section name table (section %zu of %zu)\n",
			name, shstrndx, shnum);
		err = -EINVAL;
		goto fail;
	}
	elf->shstrtab = (const char *)elf->data + elf->shdrs[shstrndx].sh_offset;
	elf->shstrtab_size = elf->shdrs[shstrndx].sh_size;
	for (i = 1; i < shnum; i++) {
		if (elf->shdrs[i].sh_name >= elf->shstrtab_size) {
			pr_warn("%s: section %zu: name offset %u outside the section name table\n",
				name, i, elf->shdrs[i].sh_name);
			err = -EINVAL;
			goto fail;
		}
	}
	return 0;
fail:
	bpfsk_elf_release(elf);
	return err;
}

void bpfsk_elf_release(struct bpfsk_elf *elf)
{
	free(elf->shdrs);
	elf->shdrs = NULL;
	elf->shnum = 0;
}

const char *bpfsk_elf_sec_name(const struct bpfsk_elf *elf, size_t idx)
{
	if (!idx || idx >= elf->shnum)
		return "?";
	return elf->shstrtab + elf->shdrs[idx].sh_name;
}

int bpfsk_elf_find_sec(const struct bpfsk_elf *elf, const char *name,
		       size_t *idx)
{
	size_t i;

	*idx = 0;
	for (i = 1; i < elf->shnum; i++) {
		if (strcmp(bpfsk_elf_sec_name(elf, i), name))
			continue;
		if (*idx) {
			pr_warn("%s: two sections called %s (%zu and %zu)\n",
				elf->obj_name, name, *idx, i);
			return -EINVAL;
		}
		*idx = i;
	}
	return 0;
}

const uint8_t *bpfsk_elf_sec_data(const struct bpfsk_elf *elf, size_t idx)
{
	return elf->data + elf->shdrs[idx].sh_offset;
}

int bpfsk_elf_symtab(struct bpfsk_elf *elf, size_t idx, const char *user)
{
	const Elf64_Shdr *sh, *str;

	if (elf->symtab_idx && elf->symtab_idx == idx)
		return 0;
	if (!idx || idx >= elf->shnum ||
	    elf->shdrs[idx].sh_type != SHT_SYMTAB) {
		pr_warn("%s: %s: sh_link %zu is not a symbol table\n",
			elf->obj_name, user, idx);
		return -EINVAL;
	}
	sh = &elf->shdrs[idx];
	if (sh->sh_entsize != sizeof(Elf64_Sym) ||
	    sh->sh_size % sizeof(Elf64_Sym)) {
		pr_warn("%s: symbol table %s: entry size %llu, size %llu (want multiples of %zu)\n",
			elf->obj_name, bpfsk_elf_sec_name(elf, idx),
			(unsigned long long)sh->sh_entsize,
			(unsigned long long)sh->sh_size, sizeof(Elf64_Sym));
		return -EINVAL;
	}
	if (!sh->sh_link || sh->sh_link >= elf->shnum ||
	    elf->shdrs[sh->sh_link].sh_type != SHT_STRTAB ||
	    !elf->shdrs[sh->sh_link].sh_size ||
	    bpfsk_elf_sec_data(elf, sh->sh_link)
		    [elf->shdrs[sh->sh_link].sh_size - 1] != '\0') {
		pr_warn("%s: symbol table %s: bad string table (section %u)\n",
			elf->obj_name, bpfsk_elf_sec_name(elf, idx), sh->sh_link);
		return -EINVAL;
	}
	str = &elf->shdrs[sh->sh_link];
	elf->symtab_idx = idx;
	elf->strtab = (const char *)bpfsk_elf_sec_data(elf, sh->sh_link);
	elf->strtab_size = str->sh_size;
	elf->sym_cnt = sh->sh_size / sizeof(Elf64_Sym);
	return 0;
}

int bpfsk_elf_sym(const struct bpfsk_elf *elf, size_t idx, Elf64_Sym *sym,
		  const char **name)
{
	if (!elf->symtab_idx || idx >= elf->sym_cnt)
		return -EINVAL;
	memcpy(sym, bpfsk_elf_sec_data(elf, elf->symtab_idx) +
	       idx * sizeof(Elf64_Sym), sizeof(*sym));
	if (sym->st_name >= elf->strtab_size)
		return -EINVAL;
	*name = elf->strtab + sym->st_name;
	return 0;
}
