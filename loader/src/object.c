// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Reading an object's static keys (BTF, see btf.c) and sites (.static_branches
 * and its REL relocations), and rewriting the sites.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bpfsk_internal.h"

/* One record's two relocations, as found. */
struct record_relocs {
	uint32_t sym[2];		/* [0] site, [1] key; 0 = none yet */
	size_t rel[2];			/* relocation index, for messages */
};

const char *bpfsk_site_kind_str(enum bpfsk_site_kind kind)
{
	switch (kind) {
	case BPFSK_GOTO_OR_NOP:		return "goto_or_nop";
	case BPFSK_NOP_OR_GOTO:		return "nop_or_goto";
	case BPFSK_GOTOL_OR_NOP:	return "gotol_or_nop";
	case BPFSK_NOP_OR_GOTOL:	return "nop_or_gotol";
	}
	return "?";
}

bool bpfsk_site_jumps(enum bpfsk_site_kind kind, bool key_on)
{
	switch (kind) {
	case BPFSK_NOP_OR_GOTO:
	case BPFSK_NOP_OR_GOTOL:
		return key_on;
	default:
		return !key_on;
	}
}

const char *bpfsk_object_str(struct bpfsk_object *obj, const char *s,
			     size_t len)
{
	char **grown, *copy;
	size_t i;

	for (i = 0; i < obj->str_cnt; i++)
		if (!strncmp(obj->strs[i], s, len) && !obj->strs[i][len])
			return obj->strs[i];
	grown = realloc(obj->strs, (obj->str_cnt + 1) * sizeof(*grown));
	if (!grown)
		return NULL;
	obj->strs = grown;
	copy = malloc(len + 1);
	if (!copy)
		return NULL;
	memcpy(copy, s, len);
	copy[len] = '\0';
	obj->strs[obj->str_cnt++] = copy;
	return copy;
}

void bpfsk_object__free(struct bpfsk_object *obj)
{
	size_t i;

	if (!obj)
		return;
	for (i = 0; i < obj->str_cnt; i++)
		free(obj->strs[i]);
	free(obj->strs);
	free(obj->keys);
	free(obj->sites);
	free(obj->orig);
	free(obj->tables);
	free(obj);
}

/*
 * Finds the one REL section applying to .static_branches (section sb) and
 * sorts its entries into per-record site/key relocations.
 */
static int collect_relocs(struct bpfsk_elf *elf, size_t sb,
			  struct record_relocs *recs, size_t nrec)
{
	const char *obj = elf->obj_name;
	const Elf64_Shdr *sh;
	const uint8_t *data;
	size_t rel_sec = 0, i, n;
	int err;

	for (i = 1; i < elf->shnum; i++) {
		sh = &elf->shdrs[i];
		if ((sh->sh_type != SHT_REL && sh->sh_type != SHT_RELA) ||
		    sh->sh_info != sb)
			continue;
		if (sh->sh_type == SHT_RELA) {
			pr_warn("%s: %s: RELA relocations for %s; want REL\n",
				obj, bpfsk_elf_sec_name(elf, i), BPFSK_SITES_SEC);
			return -EINVAL;
		}
		if (rel_sec) {
			pr_warn("%s: two relocation sections for %s (%s and %s)\n",
				obj, BPFSK_SITES_SEC,
				bpfsk_elf_sec_name(elf, rel_sec),
				bpfsk_elf_sec_name(elf, i));
			return -EINVAL;
		}
		rel_sec = i;
	}
	if (!rel_sec) {
		pr_warn("%s: %s has %zu records but no relocation section (.rel%s)\n",
			obj, BPFSK_SITES_SEC, nrec, BPFSK_SITES_SEC);
		return -ENOENT;
	}
	sh = &elf->shdrs[rel_sec];
	if (sh->sh_entsize != sizeof(Elf64_Rel) ||
	    sh->sh_size % sizeof(Elf64_Rel)) {
		pr_warn("%s: %s: entry size %llu, size %llu (want multiples of %zu)\n",
			obj, bpfsk_elf_sec_name(elf, rel_sec),
			(unsigned long long)sh->sh_entsize,
			(unsigned long long)sh->sh_size, sizeof(Elf64_Rel));
		return -EINVAL;
	}
	err = bpfsk_elf_symtab(elf, sh->sh_link,
			       bpfsk_elf_sec_name(elf, rel_sec));
	if (err)
		return err;
	data = bpfsk_elf_sec_data(elf, rel_sec);
	n = sh->sh_size / sizeof(Elf64_Rel);
	for (i = 0; i < n; i++) {
		uint32_t type, sym;
		size_t rec, field;
		Elf64_Rel r;

		memcpy(&r, data + i * sizeof(r), sizeof(r));
		type = ELF64_R_TYPE(r.r_info);
		sym = ELF64_R_SYM(r.r_info);
		if (type != BPFSK_R_BPF_64_ABS64) {
			pr_warn("%s: %s: relocation %zu (offset 0x%llx) has type %u, want R_BPF_64_ABS64 (%d)\n",
				obj, bpfsk_elf_sec_name(elf, rel_sec), i,
				(unsigned long long)r.r_offset, type,
				BPFSK_R_BPF_64_ABS64);
			return -EINVAL;
		}
		if (r.r_offset % 8 || r.r_offset / BPFSK_SITE_RECORD_SIZE >= nrec) {
			pr_warn("%s: %s: relocation %zu at offset 0x%llx is not a site or key field of the %zu records\n",
				obj, bpfsk_elf_sec_name(elf, rel_sec), i,
				(unsigned long long)r.r_offset, nrec);
			return -EINVAL;
		}
		if (!sym || sym >= elf->sym_cnt) {
			pr_warn("%s: %s: relocation %zu refers to symbol %u of %zu\n",
				obj, bpfsk_elf_sec_name(elf, rel_sec), i, sym,
				elf->sym_cnt);
			return -EINVAL;
		}
		rec = r.r_offset / BPFSK_SITE_RECORD_SIZE;
		field = (r.r_offset / 8) % 2;
		if (recs[rec].sym[field]) {
			pr_warn("%s: %s: record %zu has two %s relocations (%zu and %zu)\n",
				obj, bpfsk_elf_sec_name(elf, rel_sec), rec,
				field ? "key" : "site", recs[rec].rel[field], i);
			return -EINVAL;
		}
		recs[rec].sym[field] = sym;
		recs[rec].rel[field] = i;
	}
	for (i = 0; i < nrec; i++) {
		if (!recs[i].sym[0] || !recs[i].sym[1]) {
			pr_warn("%s: %s record %zu has no %s relocation\n", obj,
				BPFSK_SITES_SEC, i,
				recs[i].sym[0] ? "key" : "site");
			return -EINVAL;
		}
	}
	return 0;
}

/* Decodes and checks the instruction of site s (sec_idx, insn_idx set). */
static int decode_site(const struct bpfsk_elf *elf, struct bpfsk_site *s,
		       const uint8_t *insn)
{
	const char *obj = elf->obj_name;
	uint8_t code = insn[0], dst = insn[1] & 0xf, src = insn[1] >> 4;
	uint64_t nr_insns = elf->shdrs[s->sec_idx].sh_size / INSN_SIZE;
	int16_t off16;
	int32_t imm;
	int64_t target;

	memcpy(&off16, insn + 2, sizeof(off16));
	memcpy(&imm, insn + 4, sizeof(imm));
	if ((code != CODE_JA && code != CODE_JA32) || dst ||
	    (src != SRC_STATIC && src != (SRC_STATIC | SRC_NOP_OFF)) ||
	    (code == CODE_JA && imm) || (code == CODE_JA32 && off16)) {
		pr_warn("%s: site %s insn %u (record %u): %02x %02x %02x %02x %02x %02x %02x %02x is not a static branch (goto_or_nop, nop_or_goto, gotol_or_nop, nop_or_gotol)\n",
			obj, s->sec_name, s->insn_idx, s->record, insn[0],
			insn[1], insn[2], insn[3], insn[4], insn[5], insn[6],
			insn[7]);
		return -EINVAL;
	}
	if (code == CODE_JA) {
		s->kind = src == SRC_STATIC ? BPFSK_GOTO_OR_NOP : BPFSK_NOP_OR_GOTO;
		s->jump = off16;
	} else {
		s->kind = src == SRC_STATIC ? BPFSK_GOTOL_OR_NOP : BPFSK_NOP_OR_GOTOL;
		s->jump = imm;
	}
	target = (int64_t)s->insn_idx + 1 + s->jump;
	if (target < 0 || (uint64_t)target >= nr_insns) {
		pr_warn("%s: site %s insn %u (record %u): %s %+d jumps to insn %lld, outside the section's %llu instructions\n",
			obj, s->sec_name, s->insn_idx, s->record,
			bpfsk_site_kind_str(s->kind), s->jump, (long long)target,
			(unsigned long long)nr_insns);
		return -EINVAL;
	}
	return 0;
}

/* Record rec's site: code section, instruction, kind. */
static int read_site(struct bpfsk_object *o, const struct bpfsk_elf *elf,
		     const uint8_t *records, size_t rec, uint32_t sym_idx,
		     struct bpfsk_site *s, uint8_t orig[INSN_SIZE])
{
	const char *obj = elf->obj_name, *sym_name;
	uint64_t addend, off;
	const Elf64_Shdr *sh;
	Elf64_Sym sym;
	int type;

	if (bpfsk_elf_sym(elf, sym_idx, &sym, &sym_name)) {
		pr_warn("%s: %s record %zu: site symbol %u has a bad name\n",
			obj, BPFSK_SITES_SEC, rec, sym_idx);
		return -EINVAL;
	}
	type = ELF64_ST_TYPE(sym.st_info);
	if (!*sym_name && type == STT_SECTION)
		sym_name = bpfsk_elf_sec_name(elf, sym.st_shndx);
	if (sym.st_shndx == SHN_UNDEF || sym.st_shndx >= SHN_LORESERVE ||
	    sym.st_shndx >= elf->shnum) {
		pr_warn("%s: %s record %zu: site symbol %s is not defined in a section (st_shndx %u)\n",
			obj, BPFSK_SITES_SEC, rec, sym_name, sym.st_shndx);
		return -EINVAL;
	}
	sh = &elf->shdrs[sym.st_shndx];
	if (sh->sh_type != SHT_PROGBITS || !(sh->sh_flags & SHF_EXECINSTR)) {
		pr_warn("%s: %s record %zu: site symbol %s is in %s, not a code section\n",
			obj, BPFSK_SITES_SEC, rec, sym_name,
			bpfsk_elf_sec_name(elf, sym.st_shndx));
		return -EINVAL;
	}
	if (type != STT_SECTION && type != STT_FUNC && type != STT_NOTYPE) {
		pr_warn("%s: %s record %zu: site symbol %s has type %d, want a section, function or label\n",
			obj, BPFSK_SITES_SEC, rec, sym_name, type);
		return -EINVAL;
	}
	s->sec_idx = sym.st_shndx;
	s->sec_name = bpfsk_object_str(o, bpfsk_elf_sec_name(elf, sym.st_shndx),
			      strlen(bpfsk_elf_sec_name(elf, sym.st_shndx)));
	if (!s->sec_name)
		return -ENOMEM;
	s->record = rec;
	addend = bpfsk_get_u64(records + rec * BPFSK_SITE_RECORD_SIZE);
	off = sym.st_value + addend;
	if (off % INSN_SIZE || off >= sh->sh_size ||
	    sh->sh_size - off < INSN_SIZE) {
		pr_warn("%s: %s record %zu: site %s+0x%llx (%s + 0x%llx) is %s section %s (%llu bytes)\n",
			obj, BPFSK_SITES_SEC, rec, s->sec_name,
			(unsigned long long)off, sym_name,
			(unsigned long long)addend,
			off % INSN_SIZE ? "not an instruction boundary of" : "outside",
			s->sec_name, (unsigned long long)sh->sh_size);
		return -EINVAL;
	}
	s->insn_idx = off / INSN_SIZE;
	s->file_off = sh->sh_offset + off;
	memcpy(orig, elf->data + s->file_off, INSN_SIZE);
	return decode_site(elf, s, orig);
}

/* Record rec's key: a static key's symbol in .maps, addend 0. */
static int read_key(const struct bpfsk_object *o, const struct bpfsk_elf *elf,
		    const uint8_t *records, size_t rec, uint32_t sym_idx,
		    size_t maps_sec, struct bpfsk_site *s)
{
	const char *obj = elf->obj_name, *sym_name;
	uint64_t addend;
	Elf64_Sym sym;
	int k;

	if (bpfsk_elf_sym(elf, sym_idx, &sym, &sym_name) || !*sym_name) {
		pr_warn("%s: site %s insn %u (record %zu): key symbol %u has no name\n",
			obj, s->sec_name, s->insn_idx, rec, sym_idx);
		return -EINVAL;
	}
	if (!maps_sec || sym.st_shndx != maps_sec ||
	    ELF64_ST_TYPE(sym.st_info) != STT_OBJECT) {
		pr_warn("%s: site %s insn %u (record %zu): key %s is not a map (an object in .maps)\n",
			obj, s->sec_name, s->insn_idx, rec, sym_name);
		return -EINVAL;
	}
	addend = bpfsk_get_u64(records + rec * BPFSK_SITE_RECORD_SIZE + 8);
	if (addend) {
		pr_warn("%s: site %s insn %u (record %zu): key %s + 0x%llx; want the key itself (addend 0)\n",
			obj, s->sec_name, s->insn_idx, rec, sym_name,
			(unsigned long long)addend);
		return -EINVAL;
	}
	k = bpfsk_object__find_key(o, sym_name);
	if (k < 0) {
		pr_warn("%s: site %s insn %u (record %zu): unknown key %s (no map in BTF's .maps with BPF_F_STATIC_KEY)\n",
			obj, s->sec_name, s->insn_idx, rec, sym_name);
		return -EINVAL;
	}
	s->key = k;
	return 0;
}

static int cmp_site(const void *a, const void *b)
{
	const struct bpfsk_site *x = a, *y = b;

	if (x->sec_idx != y->sec_idx)
		return x->sec_idx < y->sec_idx ? -1 : 1;
	if (x->insn_idx != y->insn_idx)
		return x->insn_idx < y->insn_idx ? -1 : 1;
	return x->record < y->record ? -1 : x->record > y->record;
}

static int read_sites(struct bpfsk_object *o, struct bpfsk_elf *elf,
		      size_t sb)
{
	const Elf64_Shdr *sh = &elf->shdrs[sb];
	const char *obj = elf->obj_name;
	struct record_relocs *recs = NULL;
	struct bpfsk_site *s;
	const uint8_t *records;
	size_t nrec, maps_sec, i;
	int err;

	if (sh->sh_type != SHT_PROGBITS) {
		pr_warn("%s: %s has type %u, want SHT_PROGBITS\n", obj,
			BPFSK_SITES_SEC, sh->sh_type);
		return -EINVAL;
	}
	if (sh->sh_size % BPFSK_SITE_RECORD_SIZE) {
		pr_warn("%s: %s is %llu bytes, not a whole number of %d-byte records\n",
			obj, BPFSK_SITES_SEC, (unsigned long long)sh->sh_size,
			BPFSK_SITE_RECORD_SIZE);
		return -EINVAL;
	}
	nrec = sh->sh_size / BPFSK_SITE_RECORD_SIZE;
	if (!nrec)
		return 0;
	err = bpfsk_elf_find_sec(elf, ".maps", &maps_sec);
	if (err)
		return err;
	recs = calloc(nrec, sizeof(*recs));
	o->sites = calloc(nrec, sizeof(*o->sites));
	o->orig = calloc(nrec, sizeof(*o->orig));
	if (!recs || !o->sites || !o->orig) {
		err = -ENOMEM;
		goto out;
	}
	err = collect_relocs(elf, sb, recs, nrec);
	if (err)
		goto out;
	records = bpfsk_elf_sec_data(elf, sb);
	for (i = 0; i < nrec; i++) {
		err = read_site(o, elf, records, i, recs[i].sym[0],
				&o->sites[i], o->orig[i]);
		if (!err)
			err = read_key(o, elf, records, i, recs[i].sym[1],
				       maps_sec, &o->sites[i]);
		if (err)
			goto out;
	}
	o->site_cnt = nrec;

	/* Sort by place; keep each site's original instruction with it. */
	qsort(o->sites, nrec, sizeof(*o->sites), cmp_site);
	for (i = 0; i < nrec; i++) {
		s = &o->sites[i];
		memcpy(o->orig[i], elf->data + s->file_off, INSN_SIZE);
		o->keys[s->key].site_cnt++;
		if (i && s->sec_idx == s[-1].sec_idx &&
		    s->insn_idx == s[-1].insn_idx) {
			pr_warn("%s: site %s insn %u is listed twice (records %u and %u, keys %s and %s)\n",
				obj, s->sec_name, s->insn_idx, s[-1].record,
				s->record, o->keys[s[-1].key].name,
				o->keys[s->key].name);
			err = -EINVAL;
			goto out;
		}
	}
out:
	free(recs);
	return err;
}

int bpfsk_object__parse(const void *buf, size_t size, const char *name,
			struct bpfsk_object **objp)
{
	struct bpfsk_btf_key btf_keys[BPFSK_MAX_KEYS];
	struct bpfsk_object *o;
	struct bpfsk_elf elf;
	size_t key_cnt, sb, i;
	int err;

	if (!objp)
		return -EINVAL;
	*objp = NULL;
	err = bpfsk_elf_init(&elf, buf, size, name);
	if (err)
		return err;
	o = calloc(1, sizeof(*o));
	if (!o) {
		err = -ENOMEM;
		goto out;
	}
	o->size = size;
	o->name = bpfsk_object_str(o, elf.obj_name, strlen(elf.obj_name));
	if (!o->name) {
		err = -ENOMEM;
		goto out;
	}
	err = bpfsk_btf_keys(&elf, btf_keys, &key_cnt);
	if (err)
		goto out;
	if (key_cnt) {
		o->keys = calloc(key_cnt, sizeof(*o->keys));
		if (!o->keys) {
			err = -ENOMEM;
			goto out;
		}
	}
	for (i = 0; i < key_cnt; i++) {
		o->keys[i].name = bpfsk_object_str(o, btf_keys[i].name,
					  btf_keys[i].name_len);
		if (!o->keys[i].name) {
			err = -ENOMEM;
			goto out;
		}
		o->keys[i].initial_on = btf_keys[i].initial_on;
		o->key_cnt++;
	}
	err = bpfsk_elf_find_sec(&elf, BPFSK_SITES_SEC, &sb);
	if (!err && sb)
		err = read_sites(o, &elf, sb);
	if (!err)
		err = bpfsk_read_symbols(o, &elf);
	if (!err)
		pr_debug("%s: %zu static keys, %zu sites\n", elf.obj_name,
			 o->key_cnt, o->site_cnt);
out:
	bpfsk_elf_release(&elf);
	if (err) {
		bpfsk_object__free(o);
		return err;
	}
	*objp = o;
	return 0;
}

size_t bpfsk_object__key_cnt(const struct bpfsk_object *obj)
{
	return obj ? obj->key_cnt : 0;
}

const struct bpfsk_key *bpfsk_object__key(const struct bpfsk_object *obj,
					  size_t idx)
{
	return obj && idx < obj->key_cnt ? &obj->keys[idx] : NULL;
}

int bpfsk_object__find_key(const struct bpfsk_object *obj, const char *name)
{
	size_t i;

	for (i = 0; obj && name && i < obj->key_cnt; i++)
		if (!strcmp(obj->keys[i].name, name))
			return i;
	return -ENOENT;
}

int bpfsk_object__parse_key_arg(const struct bpfsk_object *obj,
				const char *arg, bool *key_on)
{
	const char *obj_name = obj && obj->name ? obj->name : "object";
	const char *eq = arg ? strchr(arg, '=') : NULL;
	size_t i, len;
	bool on;

	if (!obj || !key_on || !eq || eq == arg) {
		pr_warn("%s: key state '%s': want KEY=on or KEY=off\n", obj_name,
			arg ? arg : "(null)");
		return -EINVAL;
	}
	if (!strcmp(eq + 1, "on") || !strcmp(eq + 1, "1")) {
		on = true;
	} else if (!strcmp(eq + 1, "off") || !strcmp(eq + 1, "0")) {
		on = false;
	} else {
		pr_warn("%s: key %.*s: state '%s', want on or off\n", obj_name,
			(int)(eq - arg), arg, eq + 1);
		return -EINVAL;
	}
	len = eq - arg;
	for (i = 0; i < obj->key_cnt; i++) {
		if (strlen(obj->keys[i].name) == len &&
		    !strncmp(obj->keys[i].name, arg, len)) {
			key_on[i] = on;
			return i;
		}
	}
	pr_warn("%s: no static key '%.*s'\n", obj_name, (int)len, arg);
	return -ENOENT;
}

size_t bpfsk_object__site_cnt(const struct bpfsk_object *obj)
{
	return obj ? obj->site_cnt : 0;
}

const struct bpfsk_site *bpfsk_object__site(const struct bpfsk_object *obj,
					    size_t idx)
{
	return obj && idx < obj->site_cnt ? &obj->sites[idx] : NULL;
}

size_t bpfsk_object__jump_table_cnt(const struct bpfsk_object *obj)
{
	return obj ? obj->table_cnt : 0;
}

const struct bpfsk_jump_table *
bpfsk_object__jump_table(const struct bpfsk_object *obj, size_t idx)
{
	return obj && idx < obj->table_cnt ? &obj->tables[idx] : NULL;
}

int bpfsk_object__init_combination(const struct bpfsk_object *obj,
				   struct bpfsk_combination *comb)
{
	const char *names[BPFSK_MAX_KEYS];
	size_t i;

	if (!obj)
		return -EINVAL;
	for (i = 0; i < obj->key_cnt; i++)
		names[i] = obj->keys[i].name;
	return bpfsk_combination__init(comb, names, obj->key_cnt);
}
