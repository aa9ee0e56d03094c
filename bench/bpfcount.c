// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpfcount: runs the programs of a BPF object on the host, on the inputs of
 * a harness case, and counts the BPF instructions each run executes.  The
 * kernel reports no such count (run_cnt/run_time_ns give calls and time,
 * and time under QEMU TCG says little), so the bench takes it from here.
 *
 *	bpfcount [-s SYM=VALUE]... [-c CASE] OBJ NAME.in
 *
 * For every combination of static-key states, in libbpfsk's order
 * (bpfsk_combination, as the guest runner and host_ref), the object is
 * rewritten by libbpfsk as a loader would (sites, dead code), then every
 * program runs on every input line.  One line per run, in
 * host_ref's order of fields so the bench can check the value:
 *
 *	CASE PROG[@key=0,...] LINE VALUE INSNS
 *
 * -s writes VALUE to a global variable (its symbol's size, at most 8
 * bytes) or to element 0 of an array map before each run (what user space
 * does to turn a debug flag on).
 *
 * What it emulates is what the bench workloads use: ALU/ALU64 (v4 signed
 * division, sign-extending moves, byte swaps), JMP/JMP32, gotox through
 * .jumptables, may_goto (never taken), LDX/LDX sign-extending/ST/STX and
 * atomic add/or/and/xor/xchg/cmpxchg, ld_imm64 of constants, of global
 * data (.data, .rodata*, .bss), of maps and of jump tables, bpf-to-bpf
 * calls, XDP and syscall programs (ctx as the runner builds it: XDP data is
 * the 64-byte argument block) and the helpers map_lookup_elem and
 * map_update_elem on array maps.  Anything else stops the run with an
 * error naming the instruction: a count is exact or not printed.
 *
 * Counting: every instruction executed counts one, ld_imm64 (two slots)
 * included; a helper call counts one, whatever the kernel does inside it
 * (for an array map lookup the verifier inlines about 6 instructions).
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gelf.h>
#include <libelf.h>
#include <linux/bpf.h>
#include <bpf/btf.h>

#include "bpfsk.h"
#include "harness_input.h"

#define MAX_REGIONS	64
#define REGION_SHIFT	24	/* region i at (i + 1) << 24: pointers fit in 32 bits */
#define STACK_SIZE	512
#define MAX_FRAMES	8
#define MAX_INSNS	(16u << 20)
#define PKT_SIZE	sizeof(struct harness_args)
#define INSN_SIZE	sizeof(struct bpf_insn)


struct insn {
	uint8_t code;
	uint8_t regs;		/* dst_reg: low nibble, src_reg: high */
	int16_t off;
	int32_t imm;
};

struct region {
	const char *name;
	uint8_t *data;
	uint64_t size;
	bool writable;
};

struct map_def {
	const char *name;
	uint32_t type, key_size, value_size, max_entries;
	int region;		/* its values, -1 if not created */
};

struct code_sec {
	const struct insn *insns;
	uint32_t cnt;
	int *rel_sym;		/* per instruction: relocated symbol or -1 */
};

struct emu {
	const char *obj;
	/* The object, read by libelf; its BTF by libbpf (and the map names). */
	Elf *elf;
	size_t shnum;
	GElf_Shdr *shdrs;		/* by section index */
	const uint8_t **sec_data;	/* by section index; NULL: no bytes */
	const char **sec_names;
	Elf_Data *syms;			/* the symbol table */
	size_t sym_cnt, sym_strtab;
	struct btf *btf;		/* NULL: no .BTF */
	struct region regions[MAX_REGIONS];
	int nregions;
	int *sec_region;	/* section index -> region or -1 */
	struct code_sec *code;	/* by section index; insns NULL if not code */
	struct map_def *maps;
	int nmaps;
	int maps_sec;		/* .maps section index, 0 if none */
	uint64_t insns;		/* executed in the current run */
};

struct frame {
	size_t sec;
	uint32_t ret_pc;
	uint64_t saved[4];	/* r6-r9 */
};

static const char *cur_case, *cur_prog;

__attribute__((format(printf, 2, 3)))
static int fail(const struct emu *e, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "bpfcount: %s: %s %s: ", e->obj, cur_case, cur_prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return -EINVAL;
}

static uint64_t region_base(int i)
{
	return (uint64_t)(i + 1) << REGION_SHIFT;
}

static int add_region(struct emu *e, const char *name, uint64_t size,
		      bool writable)
{
	struct region *r;

	if (e->nregions == MAX_REGIONS || size >= 1u << REGION_SHIFT)
		return -E2BIG;
	r = &e->regions[e->nregions];
	r->data = calloc(1, size ? size : 1);
	if (!r->data)
		return -ENOMEM;
	r->name = name;
	r->size = size;
	r->writable = writable;
	return e->nregions++;
}

/* Host address of [addr, addr + n) in one region, or NULL. */
static uint8_t *translate(struct emu *e, uint64_t addr, uint32_t n, bool write)
{
	uint64_t i = (addr >> REGION_SHIFT) - 1, off;
	struct region *r;

	if (addr >> REGION_SHIFT == 0 || i >= (uint64_t)e->nregions)
		return NULL;
	r = &e->regions[i];
	off = addr - region_base(i);
	if (off > r->size || n > r->size - off || (write && !r->writable))
		return NULL;
	return r->data + off;
}

/* ---- The object's sections and symbols ---- */

static const char *sec_name(const struct emu *e, size_t idx)
{
	return idx < e->shnum && e->sec_names[idx] ? e->sec_names[idx] : "?";
}

/* Symbol idx and its name ("" if none). */
static int sym_at(const struct emu *e, size_t idx, GElf_Sym *sym,
		  const char **name)
{
	if (idx >= e->sym_cnt || !gelf_getsym(e->syms, idx, sym))
		return -EINVAL;
	*name = elf_strptr(e->elf, e->sym_strtab, sym->st_name);
	if (!*name)
		*name = "";
	return 0;
}

/* ---- BTF: the shape of the maps in .maps (type, sizes, entries) ---- */

/* A map attribute, libbpf's __uint(): a pointer to an array of N. */
static int64_t btf_uint_attr(const struct btf *btf, __u32 id)
{
	const struct btf_type *t;
	int rid = btf__resolve_type(btf, id);

	t = rid < 0 ? NULL : btf__type_by_id(btf, rid);
	if (!t || !btf_is_ptr(t))
		return -1;
	rid = btf__resolve_type(btf, t->type);
	t = rid < 0 ? NULL : btf__type_by_id(btf, rid);
	if (!t || !btf_is_array(t))
		return -1;
	return btf_array(t)->nelems;
}

/* __type(key, T): a pointer to T. */
static int64_t btf_type_attr(const struct btf *btf, __u32 id)
{
	const struct btf_type *t;
	int rid = btf__resolve_type(btf, id);

	t = rid < 0 ? NULL : btf__type_by_id(btf, rid);
	if (!t || !btf_is_ptr(t))
		return -1;
	return btf__resolve_size(btf, t->type);
}

static struct map_def *find_map(struct emu *e, const char *name)
{
	int i;

	for (i = 0; i < e->nmaps; i++)
		if (!strcmp(e->maps[i].name, name))
			return &e->maps[i];
	return NULL;
}

/* Every VAR of DATASEC .maps becomes a map_def; array maps get memory. */
static int read_maps(struct emu *e)
{
	const struct btf_var_secinfo *vs;
	const struct btf_type *ds, *var, *st;
	const struct btf_member *m;
	size_t btf_sec = 0, i;
	__u32 j, k;
	int id, err;

	for (i = 1; i < e->shnum; i++)
		if (!strcmp(sec_name(e, i), ".BTF"))
			btf_sec = i;
	if (!btf_sec || !e->sec_data[btf_sec])
		return 0;
	e->btf = btf__new(e->sec_data[btf_sec], e->shdrs[btf_sec].sh_size);
	if (!e->btf)
		return -errno;
	id = btf__find_by_name_kind(e->btf, ".maps", BTF_KIND_DATASEC);
	if (id < 0)
		return 0;
	ds = btf__type_by_id(e->btf, id);
	e->maps = calloc(btf_vlen(ds) ? btf_vlen(ds) : 1, sizeof(*e->maps));
	if (!e->maps)
		return -ENOMEM;
	vs = btf_var_secinfos(ds);
	for (j = 0; j < btf_vlen(ds); j++, vs++) {
		struct map_def *md = &e->maps[e->nmaps];
		int64_t v;

		var = btf__type_by_id(e->btf, vs->type);
		if (!var || !btf_is_var(var))
			continue;
		id = btf__resolve_type(e->btf, var->type);
		st = id < 0 ? NULL : btf__type_by_id(e->btf, id);
		if (!st || !btf_is_struct(st))
			continue;
		md->name = btf__name_by_offset(e->btf, var->name_off);
		md->region = -1;
		m = btf_members(st);
		for (k = 0; k < btf_vlen(st); k++, m++) {
			const char *mn;

			mn = btf__name_by_offset(e->btf, m->name_off);
			if (!mn)
				continue;
			if (!strcmp(mn, "type") &&
			    (v = btf_uint_attr(e->btf, m->type)) >= 0)
				md->type = v;
			else if (!strcmp(mn, "max_entries") &&
				 (v = btf_uint_attr(e->btf, m->type)) >= 0)
				md->max_entries = v;
			else if (!strcmp(mn, "key_size") &&
				 (v = btf_uint_attr(e->btf, m->type)) >= 0)
				md->key_size = v;
			else if (!strcmp(mn, "value_size") &&
				 (v = btf_uint_attr(e->btf, m->type)) >= 0)
				md->value_size = v;
			else if (!strcmp(mn, "key") &&
				 (v = btf_type_attr(e->btf, m->type)) >= 0)
				md->key_size = v;
			else if (!strcmp(mn, "value") &&
				 (v = btf_type_attr(e->btf, m->type)) >= 0)
				md->value_size = v;
		}
		if (md->type == BPF_MAP_TYPE_ARRAY) {
			if (md->key_size != 4 || !md->value_size ||
			    !md->max_entries) {
				fprintf(stderr, "bpfcount: %s: array map %s: bad shape\n",
					e->obj, md->name);
				return -EINVAL;
			}
			/* The kernel rounds array values up to 8 bytes. */
			md->value_size = (md->value_size + 7) & ~7u;
			err = add_region(e, md->name,
					 (uint64_t)md->value_size *
					 md->max_entries, true);
			if (err < 0)
				return err;
			md->region = err;
		}
		e->nmaps++;
	}
	return 0;
}

/* ---- The object ---- */

static void emu_free(struct emu *e)
{
	size_t i;
	int r;

	for (r = 0; r < e->nregions; r++)
		free(e->regions[r].data);
	if (e->code)
		for (i = 0; i < e->shnum; i++)
			free(e->code[i].rel_sym);
	free(e->code);
	free(e->sec_region);
	free(e->maps);
	btf__free(e->btf);
	free(e->shdrs);
	free(e->sec_data);
	free(e->sec_names);
	elf_end(e->elf);
	memset(e, 0, sizeof(*e));
}

/*
 * The section headers, names and bytes of buf through libelf, and the
 * symbol table's index in *sym_idx.
 */
static int read_sections(struct emu *e, const void *buf, size_t size,
			 size_t *sym_idx)
{
	size_t shstrndx, i;
	Elf_Scn *scn;
	Elf_Data *d;

	if (elf_version(EV_CURRENT) == EV_NONE)
		return -EINVAL;
	/* A read-only view: libelf writes nothing to the buffer. */
	e->elf = elf_memory((char *)buf, size);
	if (!e->elf || elf_kind(e->elf) != ELF_K_ELF ||
	    gelf_getclass(e->elf) != ELFCLASS64 ||
	    elf_getshdrnum(e->elf, &e->shnum) ||
	    elf_getshdrstrndx(e->elf, &shstrndx))
		return -EINVAL;
	e->shdrs = calloc(e->shnum, sizeof(*e->shdrs));
	e->sec_data = calloc(e->shnum, sizeof(*e->sec_data));
	e->sec_names = calloc(e->shnum, sizeof(*e->sec_names));
	if (!e->shdrs || !e->sec_data || !e->sec_names)
		return -ENOMEM;
	for (i = 1; i < e->shnum; i++) {
		scn = elf_getscn(e->elf, i);
		if (!scn || !gelf_getshdr(scn, &e->shdrs[i]))
			return -EINVAL;
		e->sec_names[i] = elf_strptr(e->elf, shstrndx,
					     e->shdrs[i].sh_name);
		if (e->shdrs[i].sh_type == SHT_SYMTAB)
			*sym_idx = i;
		if (e->shdrs[i].sh_type == SHT_NOBITS || !e->shdrs[i].sh_size)
			continue;
		d = elf_getdata(scn, NULL);
		if (!d || d->d_size != e->shdrs[i].sh_size)
			return -EINVAL;
		e->sec_data[i] = d->d_buf;
		if (i == *sym_idx)
			e->syms = d;
	}
	if (!e->syms || e->shdrs[*sym_idx].sh_link >= e->shnum)
		return -EINVAL;
	e->sym_cnt = e->syms->d_size / sizeof(Elf64_Sym);
	e->sym_strtab = e->shdrs[*sym_idx].sh_link;
	return 0;
}

/*
 * Views buf (rewritten for one combination of keys): code sections with
 * their relocations, data sections and maps as memory regions.
 */
static int emu_init(struct emu *e, const char *obj, const void *buf,
		    size_t size)
{
	size_t i, r, sym_idx = 0;
	int err, reg;

	memset(e, 0, sizeof(*e));
	e->obj = obj;
	err = read_sections(e, buf, size, &sym_idx);
	if (err)
		goto fail;
	e->sec_region = malloc(e->shnum * sizeof(int));
	e->code = calloc(e->shnum, sizeof(*e->code));
	err = -ENOMEM;
	if (!e->sec_region || !e->code)
		goto fail;
	for (i = 0; i < e->shnum; i++) {
		const GElf_Shdr *sh = &e->shdrs[i];
		const char *name = sec_name(e, i);

		e->sec_region[i] = -1;
		if (i == 0)
			continue;
		if (sh->sh_flags & SHF_EXECINSTR) {
			e->code[i].insns = (const void *)e->sec_data[i];
			e->code[i].cnt = sh->sh_size / INSN_SIZE;
			e->code[i].rel_sym = malloc((e->code[i].cnt + 1) * sizeof(int));
			if (!e->code[i].rel_sym)
				goto fail;
			for (r = 0; r < e->code[i].cnt; r++)
				e->code[i].rel_sym[r] = -1;
		} else if (!strcmp(name, ".maps")) {
			e->maps_sec = i;
		} else if ((sh->sh_flags & SHF_ALLOC) ||
			   !strcmp(name, ".jumptables")) {
			/* .rodata* is read-only to programs (frozen maps). */
			reg = add_region(e, name, sh->sh_size,
					 strncmp(name, ".rodata", 7) &&
					 strcmp(name, ".jumptables"));
			if (reg < 0) {
				err = reg;
				goto fail;
			}
			e->sec_region[i] = reg;
			if (e->sec_data[i])
				memcpy(e->regions[reg].data, e->sec_data[i],
				       sh->sh_size);
		}
	}
	for (i = 1; i < e->shnum; i++) {
		const GElf_Shdr *sh = &e->shdrs[i];
		const uint8_t *data = e->sec_data[i];
		size_t target = sh->sh_info;

		if (sh->sh_type != SHT_REL || target >= e->shnum)
			continue;
		if (e->sec_region[target] >= 0 && sh->sh_size) {
			/* libbpf ignores these: the kernel would see zeros. */
			fprintf(stderr, "bpfcount: %s: relocations in data section %s (libbpf does not apply them)\n",
				obj, sec_name(e, target));
			err = -EINVAL;
			goto fail;
		}
		if (!e->code[target].insns)
			continue;
		for (r = 0; r < sh->sh_size / sizeof(Elf64_Rel); r++) {
			Elf64_Rel rel;

			memcpy(&rel, data + r * sizeof(rel), sizeof(rel));
			if (rel.r_offset % INSN_SIZE ||
			    rel.r_offset / INSN_SIZE >= e->code[target].cnt) {
				err = -EINVAL;
				goto fail;
			}
			e->code[target].rel_sym[rel.r_offset / INSN_SIZE] =
				ELF64_R_SYM(rel.r_info);
		}
	}
	err = read_maps(e);
	if (err)
		goto fail;
	return 0;
fail:
	fprintf(stderr, "bpfcount: %s: cannot read the object: %s\n", obj,
		strerror(-err));
	emu_free(e);
	return err;
}

/* Zeroes writable memory and reloads initial data, for the next run. */
static void emu_reset(struct emu *e)
{
	size_t i;
	int r;

	for (r = 0; r < e->nregions; r++)
		if (e->regions[r].writable)
			memset(e->regions[r].data, 0, e->regions[r].size);
	for (i = 1; i < e->shnum; i++) {
		r = e->sec_region[i];
		if (r >= 0 && e->regions[r].writable && e->sec_data[i])
			memcpy(e->regions[r].data, e->sec_data[i],
			       e->shdrs[i].sh_size);
	}
}

/* ---- Execution ---- */

static int64_t sext(uint64_t v, int bits)
{
	return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

static uint64_t bswap(uint64_t v, int bits)
{
	switch (bits) {
	case 16: return __builtin_bswap16(v);
	case 32: return __builtin_bswap32(v);
	default: return __builtin_bswap64(v);
	}
}

/* dst op src; 32-bit operations take and give 32-bit values. */
static int alu(const struct emu *e, uint8_t op, int16_t off, bool is64,
	       uint64_t *dst, uint64_t src)
{
	uint64_t d = *dst, mask = is64 ? ~0ull : 0xffffffffull;
	int bits = is64 ? 64 : 32;

	if (!is64) {
		d = (uint32_t)d;
		src = (uint32_t)src;
	}
	switch (op) {
	case 0x00: d += src; break;
	case 0x10: d -= src; break;
	case 0x20: d *= src; break;
	case 0x30:
	case 0x90:
		if (off == 1) {	/* v4 sdiv/smod */
			int64_t a = sext(d, bits), b = sext(src, bits);

			if (!b)
				d = op == 0x30 ? 0 : d;
			else if (b == -1)
				d = op == 0x30 ? (uint64_t)-(uint64_t)a : 0;
			else
				d = op == 0x30 ? (uint64_t)(a / b) : (uint64_t)(a % b);
		} else if (off) {
			return fail(e, "div/mod with offset %d", off);
		} else if (!src) {
			d = op == 0x30 ? 0 : d;
		} else {
			d = op == 0x30 ? d / src : d % src;
		}
		break;
	case 0x40: d |= src; break;
	case 0x50: d &= src; break;
	case 0x60: d <<= src & (bits - 1); break;
	case 0x70: d = (d & mask) >> (src & (bits - 1)); break;
	case 0x80: d = -d; break;
	case 0xa0: d ^= src; break;
	case 0xb0:
		if (off == 8 || off == 16 || off == 32)	/* v4 movsx */
			d = sext(src, off);
		else if (off)
			return fail(e, "mov with offset %d", off);
		else
			d = src;
		break;
	case 0xc0: d = (uint64_t)(sext(d, bits) >> (src & (bits - 1))); break;
	default:
		return fail(e, "ALU op 0x%02x", op);
	}
	*dst = d & mask;
	return 0;
}

static bool cond(uint8_t op, uint64_t a, uint64_t b, bool is64)
{
	int bits = is64 ? 64 : 32;

	if (!is64) {
		a = (uint32_t)a;
		b = (uint32_t)b;
	}
	switch (op) {
	case 0x10: return a == b;
	case 0x20: return a > b;
	case 0x30: return a >= b;
	case 0x40: return a & b;
	case 0x50: return a != b;
	case 0x60: return sext(a, bits) > sext(b, bits);
	case 0x70: return sext(a, bits) >= sext(b, bits);
	case 0xa0: return a < b;
	case 0xb0: return a <= b;
	case 0xc0: return sext(a, bits) < sext(b, bits);
	default: return sext(a, bits) <= sext(b, bits);	/* 0xd0 */
	}
}

static struct map_def *map_at(struct emu *e, uint64_t handle)
{
	int i;

	for (i = 0; i < e->nmaps; i++)
		if (e->maps[i].region >= 0 &&
		    region_base(e->maps[i].region) == handle)
			return &e->maps[i];
	return NULL;
}

static int helper(struct emu *e, int32_t id, uint64_t *r)
{
	struct map_def *m;
	uint8_t *key, *dst, *src;
	uint32_t k;

	switch (id) {
	case 1:		/* map_lookup_elem(map, key) */
	case 2:		/* map_update_elem(map, key, value, flags) */
		m = map_at(e, r[1]);
		if (!m)
			return fail(e, "helper %d on a map bpfcount does not model (only array maps)", id);
		key = translate(e, r[2], 4, false);
		if (!key)
			return fail(e, "helper %d: bad key pointer 0x%" PRIx64, id, r[2]);
		memcpy(&k, key, 4);
		if (k >= m->max_entries) {
			r[0] = id == 1 ? 0 : (uint64_t)-E2BIG;
			return 0;
		}
		if (id == 1) {
			r[0] = region_base(m->region) + (uint64_t)k * m->value_size;
			return 0;
		}
		src = translate(e, r[3], m->value_size, false);
		dst = translate(e, region_base(m->region) +
				(uint64_t)k * m->value_size, m->value_size, true);
		if (!src || !dst || r[4] > 2)
			return fail(e, "map_update_elem: bad value or flags");
		if (r[4] == 1)		/* BPF_NOEXIST: array elements exist */
			r[0] = (uint64_t)-EEXIST;
		else {
			memmove(dst, src, m->value_size);
			r[0] = 0;
		}
		return 0;
	default:
		return fail(e, "helper %d not emulated", id);
	}
}

/* The value an ld_imm64 at sec:pc loads (its relocation applied). */
static int ld_imm64(struct emu *e, size_t sec, uint32_t pc, uint64_t *v)
{
	const struct insn *in = &e->code[sec].insns[pc];
	int symi = e->code[sec].rel_sym[pc];
	const char *name;
	struct map_def *m;
	GElf_Sym sym;
	int reg;

	if (pc + 1 >= e->code[sec].cnt)
		return fail(e, "ld_imm64 at the end of the section");
	if (symi < 0) {
		if (in->regs >> 4)
			return fail(e, "ld_imm64 with src_reg %d and no relocation",
				    in->regs >> 4);
		*v = (uint32_t)in->imm | (uint64_t)(uint32_t)in[1].imm << 32;
		return 0;
	}
	if (sym_at(e, symi, &sym, &name) ||
	    sym.st_shndx == SHN_UNDEF || sym.st_shndx >= e->shnum)
		return fail(e, "ld_imm64 at %u: relocation against an undefined symbol", pc);
	if (sym.st_shndx == e->maps_sec) {
		m = find_map(e, name);
		if (!m || m->region < 0)
			return fail(e, "map %s: only array maps are emulated", name);
		*v = region_base(m->region);
		return 0;
	}
	if (e->code[sym.st_shndx].insns)
		return fail(e, "ld_imm64 at %u of a code address (a callback) not emulated", pc);
	reg = e->sec_region[sym.st_shndx];
	if (reg < 0)
		return fail(e, "ld_imm64 at %u: relocation against %s in section %s",
			    pc, name, sec_name(e, sym.st_shndx));
	/* libbpf: the section's map value + symbol value + insn imm. */
	*v = region_base(reg) + sym.st_value + (uint32_t)in->imm;
	return 0;
}

static int mem_size(uint8_t code)
{
	static const int sz[4] = { 4, 2, 1, 8 };

	return sz[(code >> 3) & 3];
}

/* Runs from sec:pc with r1 = ctx until the outermost exit. */
static int run(struct emu *e, size_t sec, uint32_t pc, uint64_t ctx,
	       uint64_t stack_top, uint64_t *ret)
{
	struct frame frames[MAX_FRAMES];
	int depth = 0, err;
	uint64_t r[11] = {}, src, v;
	const struct code_sec *cs;
	uint8_t *p;

	r[1] = ctx;
	r[10] = stack_top;
	e->insns = 0;
	for (;;) {
		const struct insn *in;
		uint8_t code, cls, op, dreg, sreg;

		cs = &e->code[sec];
		if (pc >= cs->cnt)
			return fail(e, "pc %u past the end of %s", pc,
				    sec_name(e, sec));
		if (++e->insns > MAX_INSNS)
			return fail(e, "more than %u instructions", MAX_INSNS);
		in = &cs->insns[pc];
		code = in->code;
		cls = code & 7;
		op = code & 0xf0;
		dreg = in->regs & 0xf;
		sreg = in->regs >> 4;
		if (dreg > 10 || sreg > 10)
			return fail(e, "bad register at %u", pc);
		switch (cls) {
		case 0x04:	/* ALU */
		case 0x07:	/* ALU64 */
			if (op == 0xd0) {	/* byte swaps */
				int bits = in->imm;

				if (bits != 16 && bits != 32 && bits != 64)
					return fail(e, "bad swap width %d", bits);
				/* ALU: to_le (0x00) truncates, to_be (0x08) swaps; ALU64: bswap. */
				if (cls == 0x07 || (code & 0x08))
					r[dreg] = bswap(r[dreg], bits);
				else if (bits < 64)
					r[dreg] &= (1ull << bits) - 1;
				if (bits < 64)
					r[dreg] &= (1ull << bits) - 1;
				pc++;
				break;
			}
			if (dreg == 10)
				return fail(e, "write to r10 at %u", pc);
			src = (code & 0x08) ? r[sreg] : (uint64_t)(int64_t)in->imm;
			err = alu(e, op, in->off, cls == 0x07, &r[dreg], src);
			if (err)
				return err;
			pc++;
			break;
		case 0x05:	/* JMP */
		case 0x06:	/* JMP32 */
			if (op == 0x00) {
				if (code == 0x0d) {		/* gotox rX */
					v = r[dreg];
					if (v % INSN_SIZE || v / INSN_SIZE >= cs->cnt)
						return fail(e, "gotox to byte offset %" PRIu64 " outside %s",
							    v, sec_name(e, sec));
					pc = v / INSN_SIZE;
				} else if (sreg) {
					return fail(e, "static-branch site left at %u (not rewritten)", pc);
				} else if (code == 0x05) {
					pc += 1 + in->off;
				} else if (code == 0x06) {
					pc += 1 + in->imm;
				} else {
					return fail(e, "jump code 0x%02x", code);
				}
				break;
			}
			if (code == 0xe5) {		/* may_goto: not taken */
				pc++;
				break;
			}
			if (op == 0x80 && cls == 0x05) {	/* call */
				if (sreg == 0) {
					err = helper(e, in->imm, r);
					if (err)
						return err;
					pc++;
					break;
				}
				if (sreg != 1)
					return fail(e, "call with src_reg %d (kfunc?)", sreg);
				if (depth == MAX_FRAMES - 1)
					return fail(e, "calls nested deeper than %d", MAX_FRAMES);
				frames[depth].sec = sec;
				frames[depth].ret_pc = pc + 1;
				memcpy(frames[depth].saved, &r[6], sizeof(frames[depth].saved));
				depth++;
				r[10] -= STACK_SIZE;
				if (cs->rel_sym[pc] >= 0) {
					const char *name;
					GElf_Sym sym;

					if (sym_at(e, cs->rel_sym[pc], &sym, &name) ||
					    sym.st_shndx >= e->shnum ||
					    !e->code[sym.st_shndx].insns)
						return fail(e, "call at %u to a symbol outside code", pc);
					sec = sym.st_shndx;
					pc = sym.st_value / INSN_SIZE + in->imm + 1;
				} else {
					pc += in->imm + 1;
				}
				break;
			}
			if (op == 0x90 && cls == 0x05) {	/* exit */
				if (!depth) {
					*ret = r[0];
					return 0;
				}
				depth--;
				sec = frames[depth].sec;
				pc = frames[depth].ret_pc;
				memcpy(&r[6], frames[depth].saved, sizeof(frames[depth].saved));
				r[10] += STACK_SIZE;
				break;
			}
			if (op == 0x80 || op == 0x90 || op == 0xe0 || op == 0xf0)
				return fail(e, "jump code 0x%02x at %u", code, pc);
			src = (code & 0x08) ? r[sreg] : (uint64_t)(int64_t)in->imm;
			if (cond(op, r[dreg], src, cls == 0x05))
				pc += 1 + in->off;
			else
				pc++;
			break;
		case 0x00:	/* LD */
			if (code != 0x18)
				return fail(e, "legacy packet load 0x%02x at %u", code, pc);
			err = ld_imm64(e, sec, pc, &v);
			if (err)
				return err;
			r[dreg] = v;
			pc += 2;
			break;
		case 0x01: {	/* LDX */
			int n = mem_size(code);

			if ((code & 0xe0) != 0x60 && (code & 0xe0) != 0x80)
				return fail(e, "load mode 0x%02x at %u", code & 0xe0, pc);
			p = translate(e, r[sreg] + in->off, n, false);
			if (!p)
				return fail(e, "load of %d bytes at 0x%" PRIx64 " (insn %u)",
					    n, r[sreg] + in->off, pc);
			v = 0;
			memcpy(&v, p, n);	/* little-endian host and target */
			r[dreg] = (code & 0xe0) == 0x80 ? (uint64_t)sext(v, n * 8) : v;
			pc++;
			break;
		}
		case 0x02:	/* ST */
		case 0x03: {	/* STX */
			int n = mem_size(code);

			p = translate(e, r[dreg] + in->off, n, true);
			if (!p)
				return fail(e, "store of %d bytes at 0x%" PRIx64 " (insn %u)",
					    n, r[dreg] + in->off, pc);
			if ((code & 0xe0) == 0x60) {
				v = cls == 0x02 ? (uint64_t)(int64_t)in->imm : r[sreg];
				memcpy(p, &v, n);
			} else if (cls == 0x03 && (code & 0xe0) == 0xc0 && n >= 4) {
				uint64_t old = 0, nv;
				uint64_t m = n == 8 ? ~0ull : 0xffffffffull;

				memcpy(&old, p, n);
				switch (in->imm) {
				case 0x00: case 0x01: nv = old + r[sreg]; break;
				case 0x40: case 0x41: nv = old | r[sreg]; break;
				case 0x50: case 0x51: nv = old & r[sreg]; break;
				case 0xa0: case 0xa1: nv = old ^ r[sreg]; break;
				case 0xe1: nv = r[sreg]; break;
				case 0xf1: nv = (old == (r[0] & m)) ? r[sreg] : old; break;
				default:
					return fail(e, "atomic op 0x%x at %u", in->imm, pc);
				}
				nv &= m;
				memcpy(p, &nv, n);
				if (in->imm == 0xf1)
					r[0] = old;
				else if (in->imm & 1)
					r[sreg] = old;
			} else {
				return fail(e, "store mode 0x%02x at %u", code & 0xe0, pc);
			}
			pc++;
			break;
		}
		}
	}
}

/* ---- Programs, inputs, key combinations ---- */

struct set {
	const char *sym;
	uint64_t value;
};

static int apply_set(struct emu *e, const struct set *s)
{
	struct map_def *m = find_map(e, s->sym);
	const char *name;
	GElf_Sym sym;
	uint8_t *p;
	size_t k;
	int reg;

	if (m) {
		if (m->region < 0 || m->value_size > 8)
			return fail(e, "-s %s: not an array map of values up to 8 bytes", s->sym);
		memcpy(e->regions[m->region].data, &s->value, m->value_size);
		return 0;
	}
	for (k = 1; k < e->sym_cnt; k++) {
		if (sym_at(e, k, &sym, &name) || strcmp(name, s->sym) ||
		    sym.st_shndx >= e->shnum ||
		    ELF64_ST_TYPE(sym.st_info) != STT_OBJECT)
			continue;
		reg = e->sec_region[sym.st_shndx];
		if (reg < 0 || !e->regions[reg].writable || sym.st_size > 8)
			break;
		p = translate(e, region_base(reg) + sym.st_value, sym.st_size, true);
		if (!p)
			break;
		memcpy(p, &s->value, sym.st_size);
		return 0;
	}
	return fail(e, "-s %s: no writable global or array map of that name", s->sym);
}

/* Runs every program of one rewritten object on every input. */
static int run_object(const char *obj, const void *buf, size_t size,
		      const char *case_name, const char *combination,
		      const struct harness_args *in, const int *lines, int n,
		      const struct set *sets, int nsets)
{
	struct emu e;
	size_t k;
	int err, i, s, ctx_reg, pkt_reg, stack_reg;

	err = emu_init(&e, obj, buf, size);
	if (err)
		return err;
	ctx_reg = add_region(&e, "ctx", sizeof(struct harness_args), true);
	pkt_reg = add_region(&e, "packet", PKT_SIZE, true);
	stack_reg = add_region(&e, "stack", STACK_SIZE * MAX_FRAMES, true);
	if (ctx_reg < 0 || pkt_reg < 0 || stack_reg < 0) {
		emu_free(&e);
		return -ENOMEM;
	}
	for (k = 1; !err && k < e.sym_cnt; k++) {
		char prog[256 + BPFSK_COMBINATION_SUFFIX_MAX];
		const char *name, *sec;
		GElf_Sym sym;
		bool xdp;

		if (sym_at(&e, k, &sym, &name) ||
		    ELF64_ST_TYPE(sym.st_info) != STT_FUNC ||
		    ELF64_ST_BIND(sym.st_info) != STB_GLOBAL ||
		    sym.st_shndx >= e.shnum || !e.code[sym.st_shndx].insns)
			continue;
		sec = sec_name(&e, sym.st_shndx);
		if (!strcmp(sec, ".text"))
			continue;	/* a global subprogram, not a program */
		snprintf(prog, sizeof(prog), "%s%s", name, combination);
		cur_case = case_name;
		cur_prog = prog;
		xdp = !strncmp(sec, "xdp", 3);
		if (!xdp && strcmp(sec, "syscall")) {
			err = fail(&e, "program type of section %s not emulated", sec);
			break;
		}
		for (i = 0; !err && i < n; i++) {
			uint64_t ret = 0, ctx = region_base(ctx_reg);
			uint8_t *c = e.regions[ctx_reg].data;

			emu_reset(&e);
			for (s = 0; !err && s < nsets; s++)
				err = apply_set(&e, &sets[s]);
			if (err)
				break;
			if (xdp) {
				/* struct xdp_md: data, data_end, data_meta, ... */
				uint32_t md[6] = {
					region_base(pkt_reg),
					region_base(pkt_reg) + PKT_SIZE,
					region_base(pkt_reg), 1, 0, 0,
				};

				memcpy(e.regions[pkt_reg].data, &in[i], PKT_SIZE);
				memcpy(c, md, sizeof(md));
				e.regions[ctx_reg].size = sizeof(md);
				e.regions[ctx_reg].writable = false;
			} else {
				memcpy(c, &in[i], sizeof(in[i]));
				e.regions[ctx_reg].size = sizeof(in[i]);
				e.regions[ctx_reg].writable = true;
			}
			err = run(&e, sym.st_shndx, sym.st_value / INSN_SIZE,
				  ctx, region_base(stack_reg) + STACK_SIZE * MAX_FRAMES,
				  &ret);
			if (!err)
				printf("%s %s %d %u %" PRIu64 "\n", case_name, prog,
				       lines[i], (uint32_t)ret, e.insns);
		}
	}
	emu_free(&e);
	return err;
}

static int read_inputs(const char *path, struct harness_args **in, int **lines)
{
	char *buf, *line, *save;
	size_t size;
	int n = 0, lineno = 0;

	buf = bpfsk_read_file(path, &size);
	if (!buf)
		return -errno;
	buf = realloc(buf, size + 1);
	if (!buf)
		return -ENOMEM;
	buf[size] = '\0';
	*in = calloc(size / 2 + 1, sizeof(**in));
	*lines = calloc(size / 2 + 1, sizeof(**lines));
	if (!*in || !*lines) {
		free(buf);
		return -ENOMEM;
	}
	/* Line numbers as the runner counts them: every line, blank or not. */
	for (line = buf; line && *line; line = save) {
		int k;

		save = strchr(line, '\n');
		if (save)
			*save++ = '\0';
		lineno++;
		k = harness_parse_line(line, (*in)[n].arg);
		if (k < 0) {
			fprintf(stderr, "bpfcount: %s:%d: bad input line\n", path, lineno);
			free(buf);
			return -EINVAL;
		}
		if (k > 0)
			(*lines)[n++] = lineno;
	}
	free(buf);
	return n;
}

static void usage(void)
{
	fprintf(stderr, "usage: bpfcount [-s SYM=VALUE]... [-c CASE] OBJ NAME.in\n");
	exit(2);
}

int main(int argc, char **argv)
{
	const char *case_name = NULL, *obj;
	struct harness_args *in = NULL;
	struct bpfsk_object *sk = NULL;
	struct bpfsk_combination comb;
	struct set sets[16];
	int nsets = 0, n, opt, err, *lines = NULL;
	uint8_t *elf, *copy = NULL;
	size_t size, nkeys;
	uint64_t c;

	while ((opt = getopt(argc, argv, "s:c:")) != -1) {
		char *eq, *end;

		if (opt == 'c') {
			case_name = optarg;
			continue;
		}
		if (opt != 's' || nsets == 16 || !(eq = strchr(optarg, '=')))
			usage();
		*eq = '\0';
		sets[nsets].sym = optarg;
		sets[nsets].value = strtoull(eq + 1, &end, 0);
		if (*end || end == eq + 1)
			usage();
		nsets++;
	}
	if (argc - optind != 2)
		usage();
	obj = argv[optind];
	if (!case_name) {
		static char base[256];
		const char *b = strrchr(obj, '/');
		char *dot;

		snprintf(base, sizeof(base), "%s", b ? b + 1 : obj);
		dot = strstr(base, ".bpf.o");
		if (dot)
			*dot = '\0';
		case_name = base;
	}
	n = read_inputs(argv[optind + 1], &in, &lines);
	if (n < 0) {
		fprintf(stderr, "bpfcount: %s: %s\n", argv[optind + 1], strerror(-n));
		return 1;
	}
	elf = bpfsk_read_file(obj, &size);
	if (!elf) {
		fprintf(stderr, "bpfcount: %s: %s\n", obj, strerror(errno));
		return 1;
	}
	err = bpfsk_object__parse(elf, size, obj, &sk);
	if (err)
		return 1;
	nkeys = bpfsk_object__key_cnt(sk);
	if (nkeys > 12) {
		fprintf(stderr, "bpfcount: %s: %zu keys, too many combinations\n", obj, nkeys);
		return 1;
	}
	if (bpfsk_object__init_combination(sk, &comb))
		return 1;
	copy = malloc(size);
	if (!copy)
		return 1;
	for (c = 0; !err && c < bpfsk_combination__cnt(&comb); c++) {
		bpfsk_combination__set(&comb, c);
		memcpy(copy, elf, size);
		/* As the loader: an object without sites is used unchanged. */
		if (bpfsk_object__site_cnt(sk)) {
			err = bpfsk_object__rewrite(sk, copy, size,
						    comb.key_on);
			if (!err)
				err = bpfsk_object__remove_dead_code(sk, copy, size);
			if (err)
				break;
		}
		err = run_object(obj, copy, size, case_name, comb.suffix, in,
				 lines, n, sets, nsets);
	}
	bpfsk_object__free(sk);
	free(copy);
	free(elf);
	free(in);
	free(lines);
	return err ? 1 : 0;
}
