// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Removing the code a site rewrite left behind.  Stock kernels reject a
 * program with an instruction no path reaches ("unreachable insn N"), and
 * a nop still costs a slot, so after bpfsk_object__rewrite() each code
 * section loses its rewritten nops, every instruction no longer reachable
 * from a function or jump-table entry, and every ja that then jumps to the
 * next instruction.  With debug_key off:
 *
 *	before				after
 *	0: ja +0			0: r0 = 1
 *	1: r0 = 1			1: exit
 *	2: exit
 *	3: call bpf_trace_printk	(removed: only the site led here)
 *	4: ja -4
 *
 * Everything that names a code offset follows: jump and local call
 * offsets, callback addresses (ld_imm64 src_reg 4), the code section's
 * relocations, its symbols (value and size), .jumptables entries and the
 * .BTF.ext func_info, line_info and CO-RE records.  .static_branches is
 * emptied: the object has no sites left.  DWARF and .rel.BTF.ext are left
 * stale: libbpf does not read them.
 */
#include <errno.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

#include <linux/btf.h>

#include "bpfsk_internal.h"

#define CODE_LD_IMM64	(BPF_LD | BPF_IMM | BPF_DW)
/* .BTF.ext starts with BTF's magic (libbpf's btf_ext_header). */
#define BTF_EXT_MAGIC	BTF_MAGIC

enum insn_state {
	UNREACHED,
	REACHED,
	REMOVED,	/* reached, but a nop: removed with the dead code */
};

struct code_sec {
	size_t idx;			/* ELF section index */
	const char *name;
	uint32_t n;			/* instructions */
	uint8_t *code;			/* its data in the work copy */
	uint8_t *state;			/* enum insn_state per instruction */
	uint32_t *map;			/* [n + 1]: new index of insn i, or of
					 * the next kept one */
	uint32_t *rel_at;		/* [n]: 1 + relocation index, 0: none */
	size_t rel_idx;			/* its REL section, 0: none */
	unsigned char *rels;		/* REL entries, not necessarily aligned */
	size_t rel_cnt;
	bool changed;
};

/* A jump table of .jumptables whose entries are offsets into secs[sec]. */
struct jump_table {
	size_t sec;
	uint64_t off, size;		/* within .jumptables */
};

struct dead_code {
	struct bpfsk_elf elf;
	uint8_t *data;			/* the work copy */
	const char *obj;
	struct code_sec *secs;
	size_t sec_cnt;
	struct jump_table *tables;
	size_t table_cnt;
	size_t jt_sec;			/* .jumptables, 0: none */
};

static int16_t get_off(const uint8_t *insn)
{
	int16_t v;

	memcpy(&v, insn + 2, sizeof(v));
	return v;
}

static int32_t get_imm(const uint8_t *insn)
{
	int32_t v;

	memcpy(&v, insn + 4, sizeof(v));
	return v;
}

static void set_off(uint8_t *insn, int16_t v)
{
	memcpy(insn + 2, &v, sizeof(v));
}

static void set_imm(uint8_t *insn, int32_t v)
{
	memcpy(insn + 4, &v, sizeof(v));
}

static void wr32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, sizeof(v));
}

static struct code_sec *code_sec_of(struct dead_code *dc, size_t elf_idx)
{
	size_t i;

	for (i = 0; i < dc->sec_cnt; i++)
		if (dc->secs[i].idx == elf_idx)
			return &dc->secs[i];
	return NULL;
}

/* A byte pointer: the symbol table need not be aligned (memcpy only). */
static uint8_t *sym_ptr(struct dead_code *dc, size_t idx)
{
	return dc->data + dc->elf.shdrs[dc->elf.symtab_idx].sh_offset +
	       idx * sizeof(Elf64_Sym);
}

static Elf64_Rel get_rel(const struct code_sec *cs, size_t r)
{
	Elf64_Rel rel;

	memcpy(&rel, cs->rels + r * sizeof(rel), sizeof(rel));
	return rel;
}

static void set_rel(struct code_sec *cs, size_t r, const Elf64_Rel *rel)
{
	memcpy(cs->rels + r * sizeof(*rel), rel, sizeof(*rel));
}

static Elf64_Sym get_sym(struct dead_code *dc, size_t idx)
{
	Elf64_Sym s;

	memcpy(&s, sym_ptr(dc, idx), sizeof(s));
	return s;
}

static bool is_jump(uint8_t code)
{
	return (BPF_CLASS(code) == BPF_JMP || BPF_CLASS(code) == BPF_JMP32) &&
	       BPF_OP(code) != BPF_CALL && BPF_OP(code) != BPF_EXIT;
}

static bool is_gotox(uint8_t code)
{
	return code == (BPF_JMP | BPF_JA | BPF_X);
}

/* The target of jump insn i (JA of JMP32 keeps it in imm: gotol). */
static int64_t jump_target(const uint8_t *insn, uint32_t i)
{
	if (insn[0] == (BPF_JMP32 | BPF_JA))
		return (int64_t)i + 1 + get_imm(insn);
	return (int64_t)i + 1 + get_off(insn);
}

/* Code sections, their relocations and the symbol table. */
static int collect_secs(struct dead_code *dc)
{
	struct bpfsk_elf *elf = &dc->elf;
	const Elf64_Shdr *sh;
	struct code_sec *cs;
	size_t i, r;
	int err;

	dc->secs = calloc(elf->shnum, sizeof(*dc->secs));
	if (!dc->secs)
		return -ENOMEM;
	for (i = 1; i < elf->shnum; i++) {
		sh = &elf->shdrs[i];
		if (sh->sh_type == SHT_SYMTAB && !elf->symtab_idx) {
			err = bpfsk_elf_symtab(elf, i, "dead code removal");
			if (err)
				return err;
		}
		if (sh->sh_type != SHT_PROGBITS || !(sh->sh_flags & SHF_EXECINSTR))
			continue;
		cs = &dc->secs[dc->sec_cnt++];
		cs->idx = i;
		cs->name = bpfsk_elf_sec_name(elf, i);
		if (sh->sh_size % INSN_SIZE || sh->sh_size / INSN_SIZE > UINT32_MAX / 2) {
			pr_warn("%s: code section %s is %llu bytes, not a whole number of instructions\n",
				dc->obj, cs->name, (unsigned long long)sh->sh_size);
			return -EINVAL;
		}
		cs->n = sh->sh_size / INSN_SIZE;
		cs->code = dc->data + sh->sh_offset;
		cs->state = calloc(cs->n + 1, 1);
		cs->map = calloc(cs->n + 1, sizeof(*cs->map));
		cs->rel_at = calloc(cs->n + 1, sizeof(*cs->rel_at));
		if (!cs->state || !cs->map || !cs->rel_at)
			return -ENOMEM;
	}
	for (i = 1; i < elf->shnum; i++) {
		sh = &elf->shdrs[i];
		if (sh->sh_type != SHT_REL && sh->sh_type != SHT_RELA)
			continue;
		cs = code_sec_of(dc, sh->sh_info);
		if (!cs)
			continue;
		if (sh->sh_type == SHT_RELA || cs->rel_idx ||
		    sh->sh_entsize != sizeof(Elf64_Rel) ||
		    sh->sh_size % sizeof(Elf64_Rel)) {
			pr_warn("%s: %s: want one REL section of %zu-byte entries for %s\n",
				dc->obj, bpfsk_elf_sec_name(elf, i),
				sizeof(Elf64_Rel), cs->name);
			return -EINVAL;
		}
		err = bpfsk_elf_symtab(elf, sh->sh_link, bpfsk_elf_sec_name(elf, i));
		if (err)
			return err;
		cs->rel_idx = i;
		cs->rels = dc->data + sh->sh_offset;
		cs->rel_cnt = sh->sh_size / sizeof(Elf64_Rel);
		for (r = 0; r < cs->rel_cnt; r++) {
			Elf64_Rel rel = get_rel(cs, r);

			if (rel.r_offset % INSN_SIZE || rel.r_offset / INSN_SIZE >= cs->n ||
			    cs->rel_at[rel.r_offset / INSN_SIZE] ||
			    ELF64_R_SYM(rel.r_info) >= elf->sym_cnt) {
				pr_warn("%s: %s: relocation %zu (offset 0x%llx, symbol %llu) is not one per instruction of %s\n",
					dc->obj, bpfsk_elf_sec_name(elf, i), r,
					(unsigned long long)rel.r_offset,
					(unsigned long long)ELF64_R_SYM(rel.r_info),
					cs->name);
				return -EINVAL;
			}
			cs->rel_at[rel.r_offset / INSN_SIZE] = r + 1;
		}
	}
	return 0;
}

/* The jump tables the code refers to (ld_imm64 of a BPF.JT.* symbol). */
static int collect_tables(struct dead_code *dc)
{
	const Elf64_Shdr *jt;
	struct code_sec *cs;
	size_t i, r, t;
	int err;

	err = bpfsk_elf_find_sec(&dc->elf, ".jumptables", &dc->jt_sec);
	if (err || !dc->jt_sec)
		return err;
	jt = &dc->elf.shdrs[dc->jt_sec];
	for (i = 0; i < dc->sec_cnt; i++) {
		cs = &dc->secs[i];
		for (r = 0; r < cs->rel_cnt; r++) {
			Elf64_Sym s = get_sym(dc, ELF64_R_SYM(get_rel(cs, r).r_info));

			if (s.st_shndx != dc->jt_sec)
				continue;
			if (s.st_value % 8 || s.st_size % 8 ||
			    !bpfsk_in_range(s.st_value, s.st_size, jt->sh_size)) {
				pr_warn("%s: %s: jump table at 0x%llx (%llu bytes) is not 8-byte entries within .jumptables\n",
					dc->obj, cs->name,
					(unsigned long long)s.st_value,
					(unsigned long long)s.st_size);
				return -EINVAL;
			}
			for (t = 0; t < dc->table_cnt; t++)
				if (dc->tables[t].off == s.st_value)
					break;
			if (t < dc->table_cnt) {
				if (dc->tables[t].sec != i) {
					pr_warn("%s: jump table at .jumptables+0x%llx used by %s and %s\n",
						dc->obj, (unsigned long long)s.st_value,
						dc->secs[dc->tables[t].sec].name, cs->name);
					return -EINVAL;
				}
				continue;
			}
			dc->tables = realloc(dc->tables, (dc->table_cnt + 1) *
					     sizeof(*dc->tables));
			if (!dc->tables)
				return -ENOMEM;
			dc->tables[dc->table_cnt++] = (struct jump_table){
				.sec = i, .off = s.st_value, .size = s.st_size,
			};
		}
	}
	return 0;
}

/* [*lo, *hi): the instructions of the function holding insn i. */
static void func_range(struct dead_code *dc, const struct code_sec *cs,
		       uint32_t i, uint64_t *lo, uint64_t *hi)
{
	size_t k;

	*lo = 0;
	*hi = cs->n;
	for (k = 1; k < dc->elf.sym_cnt; k++) {
		Elf64_Sym s = get_sym(dc, k);
		uint64_t a = s.st_value / INSN_SIZE, b = a + s.st_size / INSN_SIZE;

		if (s.st_shndx != cs->idx || ELF64_ST_TYPE(s.st_info) != STT_FUNC)
			continue;
		if (a <= i && i < b) {
			*lo = a;
			*hi = b;
			return;
		}
	}
}

static int push(struct dead_code *dc, struct code_sec *cs, uint32_t *stack,
		size_t *top, int64_t t, uint32_t from)
{
	if (t < 0 || t >= cs->n) {
		pr_warn("%s: %s insn %u: jump to insn %lld, outside the section's %u instructions\n",
			dc->obj, cs->name, from, (long long)t, cs->n);
		return -EINVAL;
	}
	if (cs->state[t] == UNREACHED) {
		cs->state[t] = REACHED;
		stack[(*top)++] = t;
	}
	return 0;
}

/* Marks what a path from an entry reaches; nops at sites pass through. */
static int walk(struct dead_code *dc, struct code_sec *cs, const bool *nop)
{
	uint32_t *stack, i;
	size_t top = 0, k, t, e;
	uint64_t lo, hi;
	int err = 0;

	stack = malloc((cs->n + 1) * sizeof(*stack));
	if (!stack)
		return -ENOMEM;
	if (cs->n)
		err = push(dc, cs, stack, &top, 0, 0);
	for (k = 1; !err && k < dc->elf.sym_cnt; k++) {
		Elf64_Sym s = get_sym(dc, k);

		if (s.st_shndx == cs->idx && ELF64_ST_TYPE(s.st_info) == STT_FUNC)
			err = push(dc, cs, stack, &top, s.st_value / INSN_SIZE, 0);
	}
	while (!err && top) {
		const uint8_t *insn;

		i = stack[--top];
		insn = cs->code + (size_t)i * INSN_SIZE;
		if (insn[0] == CODE_LD_IMM64) {
			if (i + 1 >= cs->n) {
				pr_warn("%s: %s insn %u: ld_imm64 without its second half\n",
					dc->obj, cs->name, i);
				err = -EINVAL;
				break;
			}
			/*
			 * As the kernel, want a zero opcode there: anything
			 * else would later be taken for an instruction.
			 */
			if (insn[INSN_SIZE]) {
				pr_warn("%s: %s insn %u: ld_imm64 whose second half has opcode 0x%02x, not 0\n",
					dc->obj, cs->name, i, insn[INSN_SIZE]);
				err = -EINVAL;
				break;
			}
			cs->state[i + 1] = REACHED;
			err = push(dc, cs, stack, &top, i + 2, i);
			continue;
		}
		if (is_gotox(insn[0])) {
			/* Its targets: the entries of tables in its function. */
			func_range(dc, cs, i, &lo, &hi);
			for (t = 0; !err && t < dc->table_cnt; t++) {
				const uint8_t *ent;

				if (&dc->secs[dc->tables[t].sec] != cs)
					continue;
				ent = bpfsk_elf_sec_data(&dc->elf, dc->jt_sec) +
				      dc->tables[t].off;
				for (e = 0; !err && e < dc->tables[t].size / 8; e++) {
					uint64_t v;

					memcpy(&v, ent + e * 8, 8);
					if (v % INSN_SIZE == 0 &&
					    v / INSN_SIZE >= lo && v / INSN_SIZE < hi)
						err = push(dc, cs, stack, &top,
							   v / INSN_SIZE, i);
				}
			}
			continue;
		}
		if (nop[i]) {			/* a rewritten site: ja +0 */
			cs->state[i] = REMOVED;
			err = push(dc, cs, stack, &top, (int64_t)i + 1, i);
			continue;
		}
		if (BPF_OP(insn[0]) == BPF_EXIT && BPF_CLASS(insn[0]) == BPF_JMP)
			continue;
		if (is_jump(insn[0])) {
			err = push(dc, cs, stack, &top, jump_target(insn, i), i);
			/* ja has no fall through, unless a site not rewritten */
			if (err || (BPF_OP(insn[0]) == BPF_JA &&
				    !((insn[1] >> 4) & SRC_STATIC)))
				continue;
		}
		err = push(dc, cs, stack, &top, (int64_t)i + 1, i);
	}
	free(stack);
	return err;
}

static bool kept(const struct code_sec *cs, uint32_t i)
{
	return cs->state[i] == REACHED;
}

static void build_map(struct code_sec *cs)
{
	uint32_t i, k = 0;

	for (i = 0; i < cs->n; i++) {
		cs->map[i] = k;
		k += kept(cs, i);
	}
	cs->map[cs->n] = k;
	cs->changed = k != cs->n;
}

/*
 * A kept ja whose target is the next kept instruction is a nop now (its
 * body was removed): remove it too, until none is left.
 */
static void remove_empty_jumps(struct code_sec *cs)
{
	bool again = true;
	uint32_t i;

	while (again) {
		again = false;
		build_map(cs);
		for (i = 0; i < cs->n; i++) {
			const uint8_t *insn = cs->code + (size_t)i * INSN_SIZE;
			int64_t t;

			if (!kept(cs, i) || !is_jump(insn[0]) ||
			    BPF_OP(insn[0]) != BPF_JA || is_gotox(insn[0]) ||
			    (insn[0] == CODE_JA && insn[1]))
				continue;
			t = jump_target(insn, i);
			/* walk() checked every jump it reached; stay safe anyway. */
			if (t > i && t <= cs->n && cs->map[t] == cs->map[i] + 1) {
				cs->state[i] = REMOVED;
				again = true;
			}
		}
	}
}

/* New code offset (bytes) of old offset off in cs. */
static uint64_t map_off(const struct code_sec *cs, uint64_t off)
{
	return (uint64_t)cs->map[off / INSN_SIZE] * INSN_SIZE;
}

static bool valid_off(const struct code_sec *cs, uint64_t off)
{
	return off % INSN_SIZE == 0 && off / INSN_SIZE <= cs->n;
}

/*
 * The call or callback-address insn i of cs, relocated against a symbol
 * in code section ts: its imm, recomputed as libbpf reads it.
 */
static int fix_code_ref(struct dead_code *dc, struct code_sec *cs, uint32_t i,
			uint8_t *insn, const Elf64_Sym *s, struct code_sec *ts)
{
	bool call = BPF_CLASS(insn[0]) == BPF_JMP && BPF_OP(insn[0]) == BPF_CALL;
	int64_t tgt, val = s->st_value;

	if (call && insn[1] >> 4 == BPF_PSEUDO_CALL)	/* insns after the symbol, -1 */
		tgt = val + ((int64_t)get_imm(insn) + 1) * INSN_SIZE;
	else if (insn[0] == CODE_LD_IMM64)	/* libbpf makes it BPF_PSEUDO_FUNC */
		tgt = val + get_imm(insn);		/* bytes after the symbol */
	else
		tgt = -1;
	if (tgt < 0 || !valid_off(ts, tgt) || !valid_off(ts, val)) {
		pr_warn("%s: %s insn %u: a relocation against code in %s that is neither a BPF-to-BPF call nor a callback address\n",
			dc->obj, cs->name, i, ts->name);
		return -EINVAL;
	}
	if (call)
		set_imm(insn, (int32_t)((int64_t)(map_off(ts, tgt) - map_off(ts, val)) /
					INSN_SIZE - 1));
	else
		set_imm(insn, (int32_t)(map_off(ts, tgt) - map_off(ts, val)));
	return 0;
}

/* The kept instructions of cs with fixed offsets, into out. */
static int fix_code(struct dead_code *dc, struct code_sec *cs, uint8_t *out)
{
	uint32_t i, k = 0;
	int err;

	for (i = 0; i < cs->n; i++) {
		uint8_t *insn = out + (size_t)k * INSN_SIZE;
		int64_t t, d;

		if (!kept(cs, i))
			continue;
		memcpy(insn, cs->code + (size_t)i * INSN_SIZE, INSN_SIZE);
		k++;
		if (cs->rel_at[i]) {
			Elf64_Rel rel = get_rel(cs, cs->rel_at[i] - 1);
			Elf64_Sym s = get_sym(dc, ELF64_R_SYM(rel.r_info));
			struct code_sec *ts = code_sec_of(dc, s.st_shndx);

			if (ts) {
				err = fix_code_ref(dc, cs, i, insn, &s, ts);
				if (err)
					return err;
			}
			continue;
		}
		if (BPF_CLASS(insn[0]) == BPF_JMP && BPF_OP(insn[0]) == BPF_CALL &&
		    insn[1] >> 4 == BPF_PSEUDO_CALL) {
			t = (int64_t)i + 1 + get_imm(insn);
			if (t < 0 || t >= cs->n)
				goto bad_target;
			set_imm(insn, (int32_t)cs->map[t] - (int32_t)cs->map[i] - 1);
			continue;
		}
		if (insn[0] == CODE_LD_IMM64 && insn[1] >> 4 == BPF_PSEUDO_FUNC) {
			pr_warn("%s: %s insn %u: callback address without a relocation\n",
				dc->obj, cs->name, i);
			return -EINVAL;
		}
		if (!is_jump(insn[0]) || is_gotox(insn[0]))
			continue;
		t = jump_target(insn, i);
		if (t < 0 || t > cs->n)
			goto bad_target;
		d = (int64_t)cs->map[t] - cs->map[i] - 1;
		if (insn[0] == (BPF_JMP32 | BPF_JA))
			set_imm(insn, (int32_t)d);
		else
			set_off(insn, (int16_t)d);	/* |d| only shrank */
		continue;
bad_target:
		pr_warn("%s: %s insn %u: target outside the section's %u instructions\n",
			dc->obj, cs->name, i, cs->n);
		return -EINVAL;
	}
	return 0;
}

/* Relocations of removed instructions go; the others move. */
static size_t fix_rels(struct code_sec *cs)
{
	size_t r, k = 0;

	for (r = 0; r < cs->rel_cnt; r++) {
		Elf64_Rel rel = get_rel(cs, r);

		if (!kept(cs, rel.r_offset / INSN_SIZE))
			continue;
		rel.r_offset = map_off(cs, rel.r_offset);
		set_rel(cs, k++, &rel);
	}
	memset(cs->rels + k * sizeof(Elf64_Rel), 0,
	       (cs->rel_cnt - k) * sizeof(Elf64_Rel));
	return k;
}

static int fix_tables(struct dead_code *dc)
{
	uint8_t *jt;
	size_t t, e;

	if (!dc->jt_sec)
		return 0;
	jt = dc->data + dc->elf.shdrs[dc->jt_sec].sh_offset;
	for (t = 0; t < dc->table_cnt; t++) {
		const struct code_sec *cs = &dc->secs[dc->tables[t].sec];

		for (e = 0; e < dc->tables[t].size / 8; e++) {
			uint8_t *p = jt + dc->tables[t].off + e * 8;
			uint64_t v;

			memcpy(&v, p, 8);
			if (!valid_off(cs, v)) {
				pr_warn("%s: jump table at .jumptables+0x%llx entry %zu: 0x%llx is not an instruction of %s\n",
					dc->obj, (unsigned long long)dc->tables[t].off,
					e, (unsigned long long)v, cs->name);
				return -EINVAL;
			}
			v = map_off(cs, v);
			memcpy(p, &v, 8);
		}
	}
	return 0;
}

/*
 * One .BTF.ext info block ({rec_size, {sec_name_off, num_info, recs}...}),
 * rewritten into out, each record's insn_off (its first u32) mapped.  A
 * function starting with a removed nop starts at the next instruction; a
 * line of a removed instruction moves to the next kept one unless that has
 * its own (so each function keeps a first line); a CO-RE record of a
 * removed instruction goes.
 */
enum ext_block { EXT_FUNC, EXT_LINE, EXT_CORE };

static int fix_ext_block(struct dead_code *dc, const uint8_t *in, uint32_t len,
			 uint8_t *out, uint32_t *out_len, const char *strs,
			 uint32_t strs_len, enum ext_block kind, const char *what)
{
	bool lines = kind == EXT_LINE;

	uint32_t rec, pos = 4, o = 4, num, j;

	*out_len = 0;
	if (!len)
		return 0;
	if (len < 4 || (rec = bpfsk_get_u32(in)) < 8 || rec % 4)
		goto bad;
	memcpy(out, in, 4);
	while (pos < len) {
		const struct code_sec *cs = NULL;
		uint32_t name_off, hdr_o = o, cnt = 0, last = UINT32_MAX;
		size_t s;

		if (len - pos < 8)
			goto bad;
		name_off = bpfsk_get_u32(in + pos);
		num = bpfsk_get_u32(in + pos + 4);
		pos += 8;
		if (num > (len - pos) / rec || name_off >= strs_len)
			goto bad;
		for (s = 0; s < dc->sec_cnt; s++)
			if (!strcmp(dc->secs[s].name, strs + name_off))
				cs = &dc->secs[s];
		memcpy(out + o, in + pos - 8, 8);
		o += 8;
		for (j = 0; j < num; j++, pos += rec) {
			uint32_t off = bpfsk_get_u32(in + pos), n;

			if (!cs || !cs->changed) {
				memcpy(out + o, in + pos, rec);
				o += rec;
				cnt++;
				continue;
			}
			if (!valid_off(cs, off) || off / INSN_SIZE == cs->n)
				goto bad;
			if (kind == EXT_CORE && !kept(cs, off / INSN_SIZE))
				continue;
			n = map_off(cs, off);
			if (n / INSN_SIZE >= cs->map[cs->n])
				continue;
			if (lines && cnt && last == n) {
				o -= rec;	/* the later record describes n */
				cnt--;
			}
			memcpy(out + o, in + pos, rec);
			wr32(out + o, n);
			o += rec;
			cnt++;
			last = n;
		}
		wr32(out + hdr_o + 4, cnt);
	}
	*out_len = o;
	return 0;
bad:
	pr_warn("%s: .BTF.ext: malformed %s\n", dc->obj, what);
	return -EINVAL;
}

static int fix_btf_ext(struct dead_code *dc, size_t *new_size)
{
	uint32_t hdr_len, off[3], len[3], out_len[3], strs_len, k, o;
	static const char *const what[3] = { "func_info", "line_info",
					     "core_relo" };
	const Elf64_Shdr *sh;
	const char *strs;
	uint8_t *data, *out;
	size_t sec;
	int err;

	*new_size = 0;
	err = bpfsk_elf_find_sec(&dc->elf, ".BTF.ext", &sec);
	if (err || !sec)
		return err;
	sh = &dc->elf.shdrs[sec];
	data = dc->data + sh->sh_offset;
	err = bpfsk_btf_strs(&dc->elf, &strs, &strs_len);
	if (err)
		return err;
	if (sh->sh_size < 24 || (bpfsk_get_u32(data) & 0xffff) != BTF_EXT_MAGIC ||
	    !strs)
		goto bad;
	hdr_len = bpfsk_get_u32(data + 4);
	if ((hdr_len != 24 && hdr_len != 32) || hdr_len > sh->sh_size)
		goto bad;
	for (k = 0; k < 3; k++) {
		off[k] = k < 2 || hdr_len == 32 ? bpfsk_get_u32(data + 8 + 8 * k) : 0;
		len[k] = k < 2 || hdr_len == 32 ? bpfsk_get_u32(data + 12 + 8 * k) : 0;
		if (!bpfsk_in_range(off[k], len[k], sh->sh_size - hdr_len))
			goto bad;
	}
	/*
	 * Each block is rewritten no longer than it was, one after the other:
	 * blocks that overlap (or share bytes) would not fit in out.
	 */
	if ((uint64_t)len[0] + len[1] + len[2] > sh->sh_size - hdr_len)
		goto bad;
	out = calloc(1, sh->sh_size);
	if (!out)
		return -ENOMEM;
	memcpy(out, data, hdr_len);
	o = hdr_len;
	for (k = 0; k < 3 && !err; k++) {
		err = fix_ext_block(dc, data + hdr_len + off[k], len[k], out + o,
				    &out_len[k], strs, strs_len, k, what[k]);
		if (k < 2 || hdr_len == 32) {
			wr32(out + 8 + 8 * k, o - hdr_len);
			wr32(out + 12 + 8 * k, out_len[k]);
		}
		o += out_len[k];
	}
	if (!err) {
		memcpy(data, out, sh->sh_size);
		*new_size = o;
	}
	free(out);
	return err;
bad:
	pr_warn("%s: .BTF.ext: bad header\n", dc->obj);
	return -EINVAL;
}

static void set_sh_size(struct dead_code *dc, size_t idx, uint64_t size)
{
	Elf64_Ehdr eh;

	/* Byte arithmetic: e_shoff need not be aligned. */
	memcpy(&eh, dc->data, sizeof(eh));
	memcpy(dc->data + eh.e_shoff + idx * sizeof(Elf64_Shdr) +
	       offsetof(Elf64_Shdr, sh_size), &size, sizeof(size));
	dc->elf.shdrs[idx].sh_size = size;
}

/* Symbols in changed code sections: values and function sizes. */
static int fix_syms(struct dead_code *dc)
{
	size_t k;

	for (k = 1; k < dc->elf.sym_cnt; k++) {
		Elf64_Sym s = get_sym(dc, k);
		struct code_sec *cs = code_sec_of(dc, s.st_shndx);
		uint64_t end;

		if (!cs || !cs->changed)
			continue;
		end = s.st_value + s.st_size;
		if (!valid_off(cs, s.st_value) || !valid_off(cs, end)) {
			pr_warn("%s: symbol %zu in %s: 0x%llx+%llu is not a range of instructions\n",
				dc->obj, k, cs->name,
				(unsigned long long)s.st_value,
				(unsigned long long)s.st_size);
			return -EINVAL;
		}
		s.st_size = map_off(cs, end) - map_off(cs, s.st_value);
		s.st_value = map_off(cs, s.st_value);
		memcpy(sym_ptr(dc, k), &s, sizeof(s));
	}
	return 0;
}

/* Which instructions of cs are rewritten sites holding the nop ja +0. */
static int site_nops(const struct bpfsk_object *obj, const struct code_sec *cs,
		     bool **nop)
{
	static const uint8_t insn_nop[INSN_SIZE] = { CODE_JA };
	size_t i;

	*nop = calloc(cs->n + 1, sizeof(**nop));
	if (!*nop)
		return -ENOMEM;
	for (i = 0; i < obj->site_cnt; i++) {
		const struct bpfsk_site *s = &obj->sites[i];

		if (s->sec_idx == cs->idx && s->insn_idx < cs->n &&
		    !memcmp(cs->code + (size_t)s->insn_idx * INSN_SIZE, insn_nop,
			    INSN_SIZE))
			(*nop)[s->insn_idx] = true;
	}
	return 0;
}

static int remove_dead_code(struct dead_code *dc, const struct bpfsk_object *obj)
{
	uint8_t **code;
	size_t i, btf_ext_size;
	bool any = false;
	int err;

	err = collect_secs(dc);
	if (!err && !dc->elf.symtab_idx && dc->sec_cnt) {
		pr_warn("%s: no symbol table\n", dc->obj);
		err = -EINVAL;
	}
	if (!err)
		err = collect_tables(dc);
	for (i = 0; !err && i < dc->sec_cnt; i++) {
		bool *nop;

		err = site_nops(obj, &dc->secs[i], &nop);
		if (!err)
			err = walk(dc, &dc->secs[i], nop);
		free(nop);
		if (!err)
			remove_empty_jumps(&dc->secs[i]);
		any |= dc->secs[i].changed;
	}
	if (err || !any)
		return err;

	/* Everything is computed from the old layout before it changes. */
	code = calloc(dc->sec_cnt, sizeof(*code));
	if (!code)
		return -ENOMEM;
	for (i = 0; !err && i < dc->sec_cnt; i++) {
		code[i] = calloc(dc->secs[i].n + 1, INSN_SIZE);
		err = code[i] ? fix_code(dc, &dc->secs[i], code[i]) : -ENOMEM;
	}
	if (!err)
		err = fix_tables(dc);
	if (!err)
		err = fix_btf_ext(dc, &btf_ext_size);
	if (!err)
		err = fix_syms(dc);
	for (i = 0; !err && i < dc->sec_cnt; i++) {
		struct code_sec *cs = &dc->secs[i];
		uint32_t n = cs->map[cs->n];

		/* Unchanged sections still get their calls into others fixed. */
		memcpy(cs->code, code[i], (size_t)n * INSN_SIZE);
		if (!cs->changed)
			continue;
		memset(cs->code + (size_t)n * INSN_SIZE, 0,
		       (size_t)(cs->n - n) * INSN_SIZE);
		set_sh_size(dc, cs->idx, (uint64_t)n * INSN_SIZE);
		if (cs->rel_idx)
			set_sh_size(dc, cs->rel_idx,
				    fix_rels(cs) * sizeof(Elf64_Rel));
	}
	if (!err && btf_ext_size) {
		size_t sec;

		bpfsk_elf_find_sec(&dc->elf, ".BTF.ext", &sec);
		set_sh_size(dc, sec, btf_ext_size);
	}
	for (i = 0; i < dc->sec_cnt; i++)
		free(code[i]);
	free(code);
	return err;
}

/*
 * The sites are plain instructions now, or gone: empty .static_branches
 * and its relocations, so the object reads as one without sites.
 */
static int forget_sites(struct dead_code *dc)
{
	size_t sb, i;
	int err;

	err = bpfsk_elf_find_sec(&dc->elf, BPFSK_SITES_SEC, &sb);
	if (err || !sb)
		return err;
	for (i = 1; i < dc->elf.shnum; i++)
		if (dc->elf.shdrs[i].sh_type == SHT_REL &&
		    dc->elf.shdrs[i].sh_info == sb)
			set_sh_size(dc, i, 0);
	set_sh_size(dc, sb, 0);
	return 0;
}

int bpfsk_object__remove_dead_code(const struct bpfsk_object *obj, void *buf,
				    size_t size)
{
	struct dead_code dc = {0};
	size_t i;
	int err;

	if (!obj || !buf)
		return -EINVAL;
	if (size != obj->size) {
		pr_warn("%s: remove dead code: buffer of %zu bytes, but the object parsed had %zu\n",
			obj->name, size, obj->size);
		return -EINVAL;
	}
	dc.obj = obj->name;
	dc.data = malloc(size);
	if (!dc.data)
		return -ENOMEM;
	memcpy(dc.data, buf, size);
	err = bpfsk_elf_init(&dc.elf, dc.data, size, obj->name);
	if (!err) {
		err = remove_dead_code(&dc, obj);
		if (!err)
			err = forget_sites(&dc);
		if (!err)
			memcpy(buf, dc.data, size);
		bpfsk_elf_release(&dc.elf);
	}
	for (i = 0; i < dc.sec_cnt; i++) {
		free(dc.secs[i].state);
		free(dc.secs[i].map);
		free(dc.secs[i].rel_at);
	}
	free(dc.secs);
	free(dc.tables);
	free(dc.data);
	return err;
}
