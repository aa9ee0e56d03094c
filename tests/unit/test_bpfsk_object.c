// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpfsk on ELF objects built here byte by byte: a good object with all
 * four site encodings in two code sections, the exact bytes of every
 * rewrite, objects without sites, and every kind of malformed input (each
 * must fail with the right errno, a message naming the culprit, and no
 * write).  Buffers are malloc'ed to their exact size, so ASan sees any read
 * past the end.
 */
#include <elf.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfsk.h"
#include "unit.h"

/* ---- messages ---------------------------------------------------------- */

static char last_msg[1024];
static int nr_warn;

static int capture(enum bpfsk_print_level level, const char *fmt, va_list ap)
{
	if (level != BPFSK_WARN)
		return 0;
	vsnprintf(last_msg, sizeof(last_msg), fmt, ap);
	nr_warn++;
	return 0;
}

static bool msg_has(const char *s)
{
	if (strstr(last_msg, s))
		return true;
	fprintf(stderr, "  message \"%.*s\" lacks \"%s\"\n",
		(int)strcspn(last_msg, "\n"), last_msg, s);
	return false;
}

/* ---- BTF builder ------------------------------------------------------- */

#define BTF_KIND_INT		1
#define BTF_KIND_PTR		2
#define BTF_KIND_ARRAY		3
#define BTF_KIND_STRUCT		4
#define BTF_KIND_TYPEDEF	8
#define BTF_KIND_CONST		10
#define BTF_KIND_FUNC_PROTO	13
#define BTF_KIND_VAR		14
#define BTF_KIND_DATASEC	15
#define BTF_KIND_DECL_TAG	17

struct btfb {
	uint8_t types[32768];
	uint32_t tlen;
	char strs[8192];
	uint32_t slen;
	uint32_t nr;
};

static uint32_t btf_s(struct btfb *b, const char *s)
{
	uint32_t off = b->slen;

	if (!s || !*s)
		return 0;
	memcpy(b->strs + off, s, strlen(s) + 1);
	b->slen += strlen(s) + 1;
	return off;
}

static void btf_u32(struct btfb *b, uint32_t v)
{
	memcpy(b->types + b->tlen, &v, 4);
	b->tlen += 4;
}

static uint32_t btf_t(struct btfb *b, const char *name, uint32_t kind,
		      uint32_t vlen, uint32_t size_or_type)
{
	btf_u32(b, btf_s(b, name));
	btf_u32(b, kind << 24 | vlen);
	btf_u32(b, size_or_type);
	return ++b->nr;
}

/* __uint(x, val): int (*x)[val] */
static uint32_t btf_uint_attr(struct btfb *b, uint32_t int_id, uint32_t val)
{
	uint32_t arr = btf_t(b, NULL, BTF_KIND_ARRAY, 0, 0);

	btf_u32(b, int_id);
	btf_u32(b, int_id);
	btf_u32(b, val);
	return btf_t(b, NULL, BTF_KIND_PTR, 0, arr);
}

struct map_def {
	const char *name;
	uint32_t type, flags, extra;
	bool typedef_wrap;	/* reach the struct through a typedef + const */
};

/* A BTF-defined map: struct { type, key, max_entries, map_flags, map_extra }. */
static uint32_t btf_map(struct btfb *b, uint32_t int_id, const struct map_def *m)
{
	uint32_t t = btf_uint_attr(b, int_id, m->type);
	uint32_t key = btf_t(b, NULL, BTF_KIND_PTR, 0, int_id);
	uint32_t max = btf_uint_attr(b, int_id, 1);
	uint32_t flags = btf_uint_attr(b, int_id, m->flags);
	uint32_t extra = btf_uint_attr(b, int_id, m->extra);
	uint32_t st, var;

	if (m->typedef_wrap)	/* const-qualified map_flags, as a header might */
		flags = btf_t(b, NULL, BTF_KIND_CONST, 0, flags);
	st = btf_t(b, NULL, BTF_KIND_STRUCT, 5, 40);
	btf_u32(b, btf_s(b, "type"));		btf_u32(b, t);		btf_u32(b, 0);
	btf_u32(b, btf_s(b, "key"));		btf_u32(b, key);	btf_u32(b, 64);
	btf_u32(b, btf_s(b, "max_entries"));	btf_u32(b, max);	btf_u32(b, 128);
	btf_u32(b, btf_s(b, "map_flags"));	btf_u32(b, flags);	btf_u32(b, 192);
	btf_u32(b, btf_s(b, "map_extra"));	btf_u32(b, extra);	btf_u32(b, 256);
	if (m->typedef_wrap)
		st = btf_t(b, "key_t", BTF_KIND_TYPEDEF, 0, st);
	var = btf_t(b, m->name, BTF_KIND_VAR, 0, st);
	btf_u32(b, 1);		/* global */
	return var;
}

/* ---- ELF builder ------------------------------------------------------- */

#define MAX_SECS	16
#define MAP_SIZE	48

struct bsec {
	const char *name;
	uint32_t type, link, info;
	uint64_t flags, entsize;
	const void *data;
	size_t size;
};

struct img {
	uint8_t *buf;
	size_t size;
	size_t shoff;
	int text, xdp, maps, sb, rel, btf, symtab, strtab, shstrtab;
	size_t sec_off[MAX_SECS];
	size_t btf_type_off;	/* file offset of the first BTF type */
	size_t sym_cnt;
};

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* Lays out ehdr, section data, .shstrtab, section headers. */
static void build_elf(struct bsec *secs, int n, struct img *img)
{
	char shstr[512] = "";
	size_t shstr_len = 1, name_off[MAX_SECS], off, i;
	Elf64_Ehdr eh = {0};
	Elf64_Shdr sh;

	for (i = 1; i < (size_t)n; i++) {
		name_off[i] = shstr_len;
		strcpy(shstr + shstr_len, secs[i].name);
		shstr_len += strlen(secs[i].name) + 1;
	}
	name_off[n] = shstr_len;
	strcpy(shstr + shstr_len, ".shstrtab");
	shstr_len += strlen(".shstrtab") + 1;

	off = sizeof(eh);
	for (i = 1; i < (size_t)n; i++) {
		img->sec_off[i] = off;
		off = align8(off + secs[i].size);
	}
	img->sec_off[n] = off;
	off = align8(off + shstr_len);
	img->shoff = off;
	img->size = off + (n + 1) * sizeof(Elf64_Shdr);
	img->buf = calloc(1, img->size);
	img->shstrtab = n;

	memcpy(eh.e_ident, ELFMAG, SELFMAG);
	eh.e_ident[EI_CLASS] = ELFCLASS64;
	eh.e_ident[EI_DATA] = ELFDATA2LSB;
	eh.e_ident[EI_VERSION] = EV_CURRENT;
	eh.e_type = ET_REL;
	eh.e_machine = EM_BPF;
	eh.e_version = EV_CURRENT;
	eh.e_shoff = img->shoff;
	eh.e_ehsize = sizeof(eh);
	eh.e_shentsize = sizeof(Elf64_Shdr);
	eh.e_shnum = n + 1;
	eh.e_shstrndx = n;
	memcpy(img->buf, &eh, sizeof(eh));

	for (i = 1; i <= (size_t)n; i++) {
		memset(&sh, 0, sizeof(sh));
		sh.sh_name = name_off[i];
		sh.sh_offset = img->sec_off[i];
		sh.sh_addralign = 8;
		if (i == (size_t)n) {
			sh.sh_type = SHT_STRTAB;
			sh.sh_size = shstr_len;
			sh.sh_addralign = 1;
			memcpy(img->buf + sh.sh_offset, shstr, shstr_len);
		} else {
			sh.sh_type = secs[i].type;
			sh.sh_flags = secs[i].flags;
			sh.sh_size = secs[i].size;
			sh.sh_link = secs[i].link;
			sh.sh_info = secs[i].info;
			sh.sh_entsize = secs[i].entsize;
			if (secs[i].size)
				memcpy(img->buf + sh.sh_offset, secs[i].data,
				       secs[i].size);
		}
		memcpy(img->buf + img->shoff + i * sizeof(sh), &sh, sizeof(sh));
	}
}

static Elf64_Ehdr *ehdr(struct img *img)
{
	return (Elf64_Ehdr *)img->buf;
}

static Elf64_Shdr *shdr(struct img *img, int idx)
{
	return (Elf64_Shdr *)(img->buf + img->shoff) + idx;
}

static uint8_t *sec(struct img *img, int idx)
{
	return img->buf + shdr(img, idx)->sh_offset;
}

static Elf64_Rel *rel(struct img *img, int i)
{
	return (Elf64_Rel *)sec(img, img->rel) + i;
}

static Elf64_Sym *sym(struct img *img, int i)
{
	return (Elf64_Sym *)sec(img, img->symtab) + i;
}

static uint8_t *insn(struct img *img, int s, int idx)
{
	return sec(img, s) + idx * 8;
}

/* Record r's site (field 0) or key (field 1) addend. */
static void set_addend(struct img *img, int r, int field, uint64_t v)
{
	memcpy(sec(img, img->sb) + r * 16 + field * 8, &v, 8);
}

struct fx_opts {
	bool no_sites;		/* no .static_branches, no .rel.static_branches */
	bool empty_sites;	/* .static_branches of size 0 */
	bool no_btf;
	bool no_maps;		/* no .maps, no keys, no sites */
	int extra_keys;		/* static keys k00.. after fast_path (no sites) */
	uint32_t debug_type;	/* map type of debug_key (0: 34) */
	uint32_t fast_extra;	/* map_extra of fast_path (0: 1) */
	bool dup_key;		/* debug_key twice in the DATASEC */
};

/* Symbol indices. */
enum { SYM_TEXT = 1, SYM_XDP, SYM_PROG, SYM_TAIL, SYM_LABEL, SYM_DEBUG,
       SYM_FAST, SYM_COUNTS, SYM_EXTRA };

static const uint8_t text_code[] = {
	0x05, 0x30, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 0: nop_or_goto +2 (debug_key) */
	0xb4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 1: w0 = 0 */
	0x95, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 2: exit */
	0x05, 0x00, 0xfd, 0xff, 0x00, 0x00, 0x00, 0x00,	/* 3: goto -3 */
};

static const uint8_t xdp_code[] = {
	0x05, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 0: goto_or_nop +1 (fast_path) */
	0xb4, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,	/* 1: w0 = 1 */
	0x06, 0x30, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00,	/* 2: nop_or_gotol +2 (debug_key) */
	0x06, 0x10, 0x00, 0x00, 0xfc, 0xff, 0xff, 0xff,	/* 3: gotol_or_nop -4 (fast_path) */
	0x95, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 4: exit */
	0xb4, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00,	/* 5: w0 = 2 */
	0x95, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 6: exit */
};

/*
 * The good object: keys debug_key (off) and fast_path (on), a plain map
 * "counts", four records in no particular order, one per encoding:
 *   record 0: xdp section symbol + 0x10  -> xdp insn 2, nop_or_gotol, debug_key
 *   record 1: .text section symbol + 0   -> .text insn 0, nop_or_goto, debug_key
 *   record 2: function "tail" (xdp+0x10) + 8 -> xdp insn 3, gotol_or_nop, fast_path
 *   record 3: function "prog" (xdp+0) + 0 -> xdp insn 0, goto_or_nop, fast_path
 */
static void build_fixture(const struct fx_opts *o, struct img *img)
{
	static struct btfb b;
	struct bsec secs[MAX_SECS] = {{0}};
	char strtab[2048] = "", name[16];
	size_t strtab_len = 1;
	Elf64_Sym syms[SYM_EXTRA + 80];
	Elf64_Rel rels[8];
	uint64_t records[8] = { 0x10, 0, 0, 0, 8, 0, 0, 0 };
	uint8_t maps[MAP_SIZE * 80] = {0}, btf_blob[sizeof(b.types) + sizeof(b.strs) + 24];
	uint32_t vars[80], nvars = 0, int_id, ds, i;
	uint32_t nkeys = 2 + o->extra_keys;
	int n = 1, nsyms = SYM_EXTRA;
	struct map_def m;

	memset(img, 0, sizeof(*img));
	memset(syms, 0, sizeof(syms));
#define SYM(idx, nm, type, bind, shndx, value) do {			\
		syms[idx].st_name = strtab_len;				\
		strcpy(strtab + strtab_len, nm);			\
		strtab_len += strlen(nm) + 1;				\
		syms[idx].st_info = ELF64_ST_INFO(bind, type);		\
		syms[idx].st_shndx = shndx;				\
		syms[idx].st_value = value;				\
	} while (0)

	img->text = n;
	secs[n++] = (struct bsec){ ".text", SHT_PROGBITS, 0, 0,
		SHF_ALLOC | SHF_EXECINSTR, 0, text_code, sizeof(text_code) };
	img->xdp = n;
	secs[n++] = (struct bsec){ "xdp", SHT_PROGBITS, 0, 0,
		SHF_ALLOC | SHF_EXECINSTR, 0, xdp_code, sizeof(xdp_code) };
	if (!o->no_maps) {
		img->maps = n;
		secs[n++] = (struct bsec){ ".maps", SHT_PROGBITS, 0, 0,
			SHF_ALLOC | SHF_WRITE, 0, maps,
			MAP_SIZE * (nkeys + 1) };
	}
	if (!o->no_sites && !o->no_maps) {
		img->sb = n;
		secs[n++] = (struct bsec){ ".static_branches", SHT_PROGBITS,
			0, 0, 0, 0, records, o->empty_sites ? 0 : sizeof(records) };
		if (!o->empty_sites) {
			img->rel = n;
			secs[n++] = (struct bsec){ ".rel.static_branches",
				SHT_REL, 0, img->sb, 0, sizeof(Elf64_Rel),
				rels, sizeof(rels) };
		}
	}
	if (!o->no_btf && !o->no_maps) {
		memset(&b, 0, sizeof(b));
		b.slen = 1;
		int_id = btf_t(&b, "int", BTF_KIND_INT, 0, 4);
		btf_u32(&b, 32);
		/* kinds a real object has that the reader must step over */
		btf_t(&b, NULL, BTF_KIND_FUNC_PROTO, 2, int_id);
		btf_u32(&b, 0); btf_u32(&b, int_id);
		btf_u32(&b, btf_s(&b, "x")); btf_u32(&b, int_id);
		m = (struct map_def){ "debug_key",
			o->debug_type ? o->debug_type : 34, 1U << 30, 0, false };
		vars[nvars++] = btf_map(&b, int_id, &m);
		m = (struct map_def){ "fast_path", 34, 1U << 30,
			o->fast_extra ? o->fast_extra : 1, true };
		vars[nvars++] = btf_map(&b, int_id, &m);
		btf_t(&b, "bpf_static_key", BTF_KIND_DECL_TAG, 0, vars[1]);
		btf_u32(&b, -1);
		m = (struct map_def){ "counts", 2, 1 /* BPF_F_NO_PREALLOC */, 0, false };
		vars[nvars++] = btf_map(&b, int_id, &m);
		for (i = 0; i < (uint32_t)o->extra_keys; i++) {
			snprintf(name, sizeof(name), "k%02u", i);
			m = (struct map_def){ name, 34, 1U << 30, i & 1, false };
			vars[nvars++] = btf_map(&b, int_id, &m);
		}
		if (o->dup_key) {
			m = (struct map_def){ "debug_key", 34, 1U << 30, 0, false };
			vars[nvars++] = btf_map(&b, int_id, &m);
		}
		ds = btf_t(&b, ".maps", BTF_KIND_DATASEC, nvars, MAP_SIZE * nvars);
		for (i = 0; i < nvars; i++) {
			btf_u32(&b, vars[i]);
			btf_u32(&b, i * MAP_SIZE);
			btf_u32(&b, MAP_SIZE);
		}
		(void)ds;
		{
			uint32_t hdr[6] = { 0x0001eb9f, 24, 0, b.tlen, b.tlen, b.slen };

			memcpy(btf_blob, hdr, 24);
			memcpy(btf_blob + 24, b.types, b.tlen);
			memcpy(btf_blob + 24 + b.tlen, b.strs, b.slen);
		}
		img->btf = n;
		secs[n++] = (struct bsec){ ".BTF", SHT_PROGBITS, 0, 0, 0, 0,
			btf_blob, 24 + b.tlen + b.slen };
	}
	img->symtab = n++;
	img->strtab = n++;
	if (img->rel)
		secs[img->rel].link = img->symtab;

	SYM(SYM_TEXT, "", STT_SECTION, STB_LOCAL, img->text, 0);
	SYM(SYM_XDP, "", STT_SECTION, STB_LOCAL, img->xdp, 0);
	SYM(SYM_LABEL, "LBB0_1", STT_NOTYPE, STB_LOCAL, img->text, 8);
	SYM(SYM_PROG, "prog", STT_FUNC, STB_GLOBAL, img->xdp, 0);
	SYM(SYM_TAIL, "tail", STT_FUNC, STB_GLOBAL, img->xdp, 0x10);
	SYM(SYM_DEBUG, "debug_key", STT_OBJECT, STB_GLOBAL, img->maps, 0);
	SYM(SYM_FAST, "fast_path", STT_OBJECT, STB_GLOBAL, img->maps, MAP_SIZE);
	SYM(SYM_COUNTS, "counts", STT_OBJECT, STB_GLOBAL, img->maps, 2 * MAP_SIZE);
	for (i = 0; i < (uint32_t)o->extra_keys; i++) {
		snprintf(name, sizeof(name), "k%02u", i);
		SYM(SYM_EXTRA + i, name, STT_OBJECT, STB_GLOBAL, img->maps,
		    (3 + i) * MAP_SIZE);
		nsyms++;
	}
#undef SYM
	img->sym_cnt = nsyms;
	secs[img->symtab] = (struct bsec){ ".symtab", SHT_SYMTAB, img->strtab,
		SYM_PROG, 0, sizeof(Elf64_Sym), syms, nsyms * sizeof(Elf64_Sym) };
	secs[img->strtab] = (struct bsec){ ".strtab", SHT_STRTAB, 0, 0, 0, 0,
		strtab, strtab_len };

	/* Relocations, keys and sites interleaved, records out of order. */
	rels[0] = (Elf64_Rel){ 0x18, ELF64_R_INFO(SYM_DEBUG, 2) };	/* rec 1 key */
	rels[1] = (Elf64_Rel){ 0x00, ELF64_R_INFO(SYM_XDP, 2) };	/* rec 0 site */
	rels[2] = (Elf64_Rel){ 0x08, ELF64_R_INFO(SYM_DEBUG, 2) };	/* rec 0 key */
	rels[3] = (Elf64_Rel){ 0x10, ELF64_R_INFO(SYM_TEXT, 2) };	/* rec 1 site */
	rels[4] = (Elf64_Rel){ 0x20, ELF64_R_INFO(SYM_TAIL, 2) };	/* rec 2 site */
	rels[5] = (Elf64_Rel){ 0x28, ELF64_R_INFO(SYM_FAST, 2) };	/* rec 2 key */
	rels[6] = (Elf64_Rel){ 0x30, ELF64_R_INFO(SYM_PROG, 2) };	/* rec 3 site */
	rels[7] = (Elf64_Rel){ 0x38, ELF64_R_INFO(SYM_FAST, 2) };	/* rec 3 key */

	build_elf(secs, n, img);
	if (img->btf)
		img->btf_type_off = img->sec_off[img->btf] + 24;
}

static void good(struct img *img)
{
	struct fx_opts o = {0};

	build_fixture(&o, img);
}

/* Parses a copy of exactly img->size bytes (or `size`, if smaller). */
static int parse_size(const struct img *img, size_t size,
		      struct bpfsk_object **obj)
{
	uint8_t *copy = malloc(size ? size : 1);
	int err;

	memcpy(copy, img->buf, size);
	last_msg[0] = '\0';
	err = bpfsk_object__parse(copy, size, "fx.bpf.o", obj);
	free(copy);	/* the object must not keep pointers into the buffer */
	return err;
}

static int parse(const struct img *img, struct bpfsk_object **obj)
{
	return parse_size(img, img->size, obj);
}

/* A malformed image: parse fails with err, *objp NULL, message has s1, s2. */
#define EXPECT_BAD(img, err_, s1, s2) do {				\
		struct bpfsk_object *o_ = (void *)1;			\
		int e_ = parse(img, &o_);				\
		EXPECT(e_ == (err_));					\
		EXPECT(o_ == NULL);					\
		EXPECT(msg_has(s1));					\
		EXPECT(msg_has(s2));					\
		if (e_ != (err_))					\
			fprintf(stderr, "  got %d, message: %s", e_,	\
				last_msg);				\
		bpfsk_object__free(o_ == (void *)1 ? NULL : o_);	\
		free((img)->buf);					\
	} while (0)

/* ---- tests ------------------------------------------------------------- */

static void test_good_parse(void)
{
	struct bpfsk_object *obj;
	const struct bpfsk_site *s;
	const struct bpfsk_key *k;
	struct img img;

	good(&img);
	nr_warn = 0;
	EXPECT(parse(&img, &obj) == 0);
	EXPECT(nr_warn == 0);
	EXPECT(bpfsk_object__key_cnt(obj) == 2);
	k = bpfsk_object__key(obj, 0);
	EXPECT(k && !strcmp(k->name, "debug_key") && !k->initial_on &&
	       k->site_cnt == 2);
	k = bpfsk_object__key(obj, 1);
	EXPECT(k && !strcmp(k->name, "fast_path") && k->initial_on &&
	       k->site_cnt == 2);
	EXPECT(bpfsk_object__key(obj, 2) == NULL);
	EXPECT(bpfsk_object__find_key(obj, "fast_path") == 1);
	EXPECT(bpfsk_object__find_key(obj, "counts") == -ENOENT);

	EXPECT(bpfsk_object__site_cnt(obj) == 4);
	s = bpfsk_object__site(obj, 0);
	EXPECT(s && !strcmp(s->sec_name, ".text") && s->sec_idx == (uint32_t)img.text &&
	       s->insn_idx == 0 && s->kind == BPFSK_NOP_OR_GOTO &&
	       s->jump == 2 && s->key == 0 && s->record == 1 &&
	       s->file_off == img.sec_off[img.text]);
	s = bpfsk_object__site(obj, 1);
	EXPECT(s && !strcmp(s->sec_name, "xdp") && s->insn_idx == 0 &&
	       s->kind == BPFSK_GOTO_OR_NOP && s->jump == 1 && s->key == 1 &&
	       s->record == 3);
	s = bpfsk_object__site(obj, 2);
	EXPECT(s && !strcmp(s->sec_name, "xdp") && s->insn_idx == 2 &&
	       s->kind == BPFSK_NOP_OR_GOTOL && s->jump == 2 && s->key == 0 &&
	       s->record == 0 && s->file_off == img.sec_off[img.xdp] + 16);
	s = bpfsk_object__site(obj, 3);
	EXPECT(s && !strcmp(s->sec_name, "xdp") && s->insn_idx == 3 &&
	       s->kind == BPFSK_GOTOL_OR_NOP && s->jump == -4 && s->key == 1 &&
	       s->record == 2);
	EXPECT(bpfsk_object__site(obj, 4) == NULL);
	bpfsk_object__free(obj);
	free(img.buf);

	EXPECT(!strcmp(bpfsk_site_kind_str(BPFSK_GOTOL_OR_NOP), "gotol_or_nop"));
	EXPECT(!strcmp(bpfsk_site_kind_str((enum bpfsk_site_kind)9), "?"));
	EXPECT(bpfsk_site_jumps(BPFSK_GOTO_OR_NOP, false));
	EXPECT(!bpfsk_site_jumps(BPFSK_GOTO_OR_NOP, true));
	EXPECT(!bpfsk_site_jumps(BPFSK_NOP_OR_GOTOL, false));
	EXPECT(bpfsk_site_jumps(BPFSK_NOP_OR_GOTOL, true));
}

/* "KEY=on|off" as the CLI and the harness runner take it. */
static void test_parse_key_arg(void)
{
	static const char *const bad[] = { "debug_key", "=on", "debug_key=",
					   "debug_key=yes", "debug_key=on ",
					   "debug_key=ON", "debug_key=2" };
	struct bpfsk_object *obj;
	bool on[2] = { false, true };
	struct img img;
	size_t i;

	good(&img);
	EXPECT(parse(&img, &obj) == 0);
	EXPECT(bpfsk_object__parse_key_arg(obj, "debug_key=on", on) == 0);
	EXPECT(on[0] && on[1]);
	EXPECT(bpfsk_object__parse_key_arg(obj, "fast_path=0", on) == 1);
	EXPECT(on[0] && !on[1]);
	EXPECT(bpfsk_object__parse_key_arg(obj, "debug_key=off", on) == 0);
	EXPECT(bpfsk_object__parse_key_arg(obj, "fast_path=1", on) == 1);
	EXPECT(!on[0] && on[1]);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		last_msg[0] = '\0';
		EXPECT(bpfsk_object__parse_key_arg(obj, bad[i], on) == -EINVAL);
		EXPECT(msg_has("fx.bpf.o: ") && msg_has("want"));
		EXPECT(!on[0] && on[1]);
	}
	/* A prefix or an extension of a key's name is no key. */
	EXPECT(bpfsk_object__parse_key_arg(obj, "debug=on", on) == -ENOENT);
	EXPECT(msg_has("fx.bpf.o: no static key 'debug'"));
	EXPECT(bpfsk_object__parse_key_arg(obj, "debug_keys=on", on) == -ENOENT);
	EXPECT(msg_has("no static key 'debug_keys'"));
	EXPECT(bpfsk_object__parse_key_arg(obj, "counts=off", on) == -ENOENT);
	EXPECT(!on[0] && on[1]);
	EXPECT(bpfsk_object__parse_key_arg(obj, NULL, on) == -EINVAL);
	EXPECT(bpfsk_object__parse_key_arg(NULL, "debug_key=on", on) == -EINVAL);
	EXPECT(bpfsk_object__parse_key_arg(obj, "debug_key=on", NULL) == -EINVAL);
	bpfsk_object__free(obj);
	free(img.buf);
}

/* Exact bytes after each rewrite; every other byte unchanged. */
static void test_rewrite_bytes(void)
{
	static const struct {
		bool state[2];		/* debug_key, fast_path */
		uint8_t text0[8], xdp0[8], xdp2[8], xdp3[8];
	} want[] = {
		{ { false, false },
		  { 0x05, 0, 0, 0, 0, 0, 0, 0 },
		  { 0x05, 0x00, 0x01, 0x00, 0, 0, 0, 0 },
		  { 0x05, 0, 0, 0, 0, 0, 0, 0 },
		  { 0x06, 0x00, 0x00, 0x00, 0xfc, 0xff, 0xff, 0xff } },
		{ { false, true },
		  { 0x05, 0, 0, 0, 0, 0, 0, 0 },
		  { 0x05, 0, 0, 0, 0, 0, 0, 0 },
		  { 0x05, 0, 0, 0, 0, 0, 0, 0 },
		  { 0x05, 0, 0, 0, 0, 0, 0, 0 } },
		{ { true, false },
		  { 0x05, 0x00, 0x02, 0x00, 0, 0, 0, 0 },
		  { 0x05, 0x00, 0x01, 0x00, 0, 0, 0, 0 },
		  { 0x06, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00 },
		  { 0x06, 0x00, 0x00, 0x00, 0xfc, 0xff, 0xff, 0xff } },
		{ { true, true },
		  { 0x05, 0x00, 0x02, 0x00, 0, 0, 0, 0 },
		  { 0x05, 0, 0, 0, 0, 0, 0, 0 },
		  { 0x06, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00 },
		  { 0x05, 0, 0, 0, 0, 0, 0, 0 } },
	};
	struct bpfsk_object *obj;
	struct img img;
	uint8_t *copy, *expect;
	size_t c;

	good(&img);
	EXPECT(parse(&img, &obj) == 0);
	copy = malloc(img.size);
	expect = malloc(img.size);
	for (c = 0; c <= sizeof(want) / sizeof(want[0]); c++) {
		/* the last pass: NULL, the initial states (off, on) */
		size_t w = c < 4 ? c : 1;
		const bool *st = c < 4 ? want[c].state : NULL;

		memcpy(copy, img.buf, img.size);
		memcpy(expect, img.buf, img.size);
		memcpy(expect + img.sec_off[img.text], want[w].text0, 8);
		memcpy(expect + img.sec_off[img.xdp], want[w].xdp0, 8);
		memcpy(expect + img.sec_off[img.xdp] + 16, want[w].xdp2, 8);
		memcpy(expect + img.sec_off[img.xdp] + 24, want[w].xdp3, 8);
		EXPECT(bpfsk_object__rewrite(obj, copy, img.size, st) == 0);
		EXPECT(!memcmp(copy, expect, img.size));
	}
	/* The copy is rewritten now: a second rewrite must refuse, unchanged. */
	memcpy(expect, copy, img.size);
	EXPECT(bpfsk_object__rewrite(obj, copy, img.size, NULL) == -EINVAL);
	EXPECT(msg_has("site .text insn 0 (key debug_key)"));
	EXPECT(!memcmp(copy, expect, img.size));

	/* Wrong size: refused, nothing written. */
	memcpy(copy, img.buf, img.size);
	EXPECT(bpfsk_object__rewrite(obj, copy, img.size - 8, NULL) == -EINVAL);
	EXPECT(msg_has("fx.bpf.o: rewrite: buffer of"));
	EXPECT(!memcmp(copy, img.buf, img.size));

	/*
	 * Only the last site (in sorted order) differs: all-or-nothing, so
	 * the three good sites before it stay as they were.
	 */
	memcpy(copy, img.buf, img.size);
	copy[img.sec_off[img.xdp] + 24 + 4] = 0xfb;	/* gotol_or_nop -5 */
	memcpy(expect, copy, img.size);
	EXPECT(bpfsk_object__rewrite(obj, copy, img.size, want[0].state) == -EINVAL);
	EXPECT(msg_has("site xdp insn 3 (key fast_path)"));
	EXPECT(msg_has("gotol_or_nop"));
	EXPECT(!memcmp(copy, expect, img.size));

	EXPECT(bpfsk_object__rewrite(NULL, copy, img.size, NULL) == -EINVAL);
	EXPECT(bpfsk_object__rewrite(obj, NULL, img.size, NULL) == -EINVAL);
	free(copy);
	free(expect);
	bpfsk_object__free(obj);
	free(img.buf);
}

/* Objects without sites pass through untouched. */
static void test_no_sites(void)
{
	struct fx_opts o = {0};
	struct bpfsk_object *obj;
	struct img img;
	uint8_t *copy;

	/* keys but no .static_branches: keys listed, no sites */
	o.no_sites = true;
	build_fixture(&o, &img);
	EXPECT(parse(&img, &obj) == 0);
	EXPECT(bpfsk_object__key_cnt(obj) == 2);
	EXPECT(bpfsk_object__key(obj, 0)->site_cnt == 0);
	EXPECT(bpfsk_object__site_cnt(obj) == 0);
	copy = malloc(img.size);
	memcpy(copy, img.buf, img.size);
	EXPECT(bpfsk_object__rewrite(obj, copy, img.size, NULL) == 0);
	EXPECT(!memcmp(copy, img.buf, img.size));
	free(copy);
	bpfsk_object__free(obj);
	free(img.buf);

	/* an empty .static_branches, no relocation section */
	o = (struct fx_opts){ .empty_sites = true };
	build_fixture(&o, &img);
	EXPECT(parse(&img, &obj) == 0);
	EXPECT(bpfsk_object__site_cnt(obj) == 0);
	EXPECT(bpfsk_object__key_cnt(obj) == 2);
	bpfsk_object__free(obj);
	free(img.buf);

	/* no .maps at all: nothing; BTF is not even looked at */
	o = (struct fx_opts){ .no_maps = true };
	build_fixture(&o, &img);
	EXPECT(parse(&img, &obj) == 0);
	EXPECT(bpfsk_object__key_cnt(obj) == 0);
	EXPECT(bpfsk_object__site_cnt(obj) == 0);
	copy = malloc(img.size);
	memcpy(copy, img.buf, img.size);
	EXPECT(bpfsk_object__rewrite(obj, copy, img.size, NULL) == 0);
	EXPECT(!memcmp(copy, img.buf, img.size));
	free(copy);
	bpfsk_object__free(obj);
	free(img.buf);

	/* 64 keys is the limit, and fine */
	o = (struct fx_opts){ .extra_keys = BPFSK_MAX_KEYS - 2 };
	build_fixture(&o, &img);
	EXPECT(parse(&img, &obj) == 0);
	EXPECT(bpfsk_object__key_cnt(obj) == BPFSK_MAX_KEYS);
	EXPECT(!strcmp(bpfsk_object__key(obj, 63)->name, "k61"));
	EXPECT(bpfsk_object__key(obj, 63)->initial_on);
	EXPECT(!bpfsk_object__key(obj, 62)->initial_on);
	bpfsk_object__free(obj);
	free(img.buf);
}

static void test_bad_elf(void)
{
	struct bpfsk_object *obj = (void *)1;
	struct img img;
	size_t len;
	int bad = 0;

	EXPECT(bpfsk_object__parse(NULL, 0, "nil", &obj) == -EINVAL);
	EXPECT(obj == NULL);
	EXPECT(msg_has("nil: not an ELF object"));
	EXPECT(bpfsk_object__parse("x", 1, NULL, NULL) == -EINVAL);

	good(&img); img.buf[1] = 'X';
	EXPECT_BAD(&img, -EINVAL, "not an ELF object", "bad magic");
	good(&img); img.buf[EI_CLASS] = ELFCLASS32;
	EXPECT_BAD(&img, -EINVAL, "not an ELF64 little-endian", "class 1");
	good(&img); img.buf[EI_DATA] = ELFDATA2MSB;
	EXPECT_BAD(&img, -EINVAL, "not an ELF64 little-endian", "data 2");
	good(&img); ehdr(&img)->e_machine = EM_X86_64;
	EXPECT_BAD(&img, -EINVAL, "not a BPF object", "e_machine 62");
	good(&img); ehdr(&img)->e_type = ET_EXEC;
	EXPECT_BAD(&img, -EINVAL, "not a relocatable object", "e_type 2");
	good(&img); ehdr(&img)->e_shentsize = 32;
	EXPECT_BAD(&img, -EINVAL, "section header size 32", "fx.bpf.o");
	good(&img); ehdr(&img)->e_shoff = 0;
	EXPECT_BAD(&img, -EINVAL, "no section header table", "fx.bpf.o");
	good(&img); ehdr(&img)->e_shoff = img.size - 8;
	EXPECT_BAD(&img, -EINVAL, "section header table", "outside the object");
	good(&img); ehdr(&img)->e_shnum = 60000;
	EXPECT_BAD(&img, -EINVAL, "section header table", "60000 entries");
	good(&img); shdr(&img, img.xdp)->sh_offset = img.size - 8;
	EXPECT_BAD(&img, -EINVAL, "section 2: data at", "outside the object");
	good(&img); shdr(&img, img.btf)->sh_size = (uint64_t)-8;
	EXPECT_BAD(&img, -EINVAL, "section 6: data at", "outside the object");
	good(&img); ehdr(&img)->e_shstrndx = 0;
	EXPECT_BAD(&img, -EINVAL, "bad section name table", "section 0");
	good(&img); ehdr(&img)->e_shstrndx = img.text;
	EXPECT_BAD(&img, -EINVAL, "bad section name table", "section 1");
	good(&img); shdr(&img, img.xdp)->sh_name = 5000;
	EXPECT_BAD(&img, -EINVAL, "section 2: name offset 5000", "name table");
	/* a second .static_branches (rename xdp's header to point at its name) */
	good(&img); shdr(&img, img.xdp)->sh_name = shdr(&img, img.sb)->sh_name;
	EXPECT_BAD(&img, -EINVAL, "two sections called .static_branches", "fx.bpf.o");

	/* Every truncation fails cleanly (the section headers come last). */
	good(&img);
	for (len = 0; len < img.size; len++) {
		obj = (void *)1;
		if (parse_size(&img, len, &obj) != -EINVAL || obj)
			bad++;
	}
	EXPECT(bad == 0);
	free(img.buf);
}

static void test_bad_static_branches(void)
{
	struct img img;

	good(&img); shdr(&img, img.sb)->sh_size = 24;
	EXPECT_BAD(&img, -EINVAL, ".static_branches is 24 bytes", "16-byte records");
	good(&img); shdr(&img, img.sb)->sh_type = SHT_NOBITS;
	EXPECT_BAD(&img, -EINVAL, ".static_branches has type 8", "SHT_PROGBITS");
	good(&img); shdr(&img, img.rel)->sh_info = img.maps;
	EXPECT_BAD(&img, -ENOENT, ".static_branches has 4 records", "no relocation section");
	good(&img); shdr(&img, img.rel)->sh_type = SHT_RELA;
	EXPECT_BAD(&img, -EINVAL, ".rel.static_branches: RELA", "want REL");
	good(&img); shdr(&img, img.rel)->sh_size = 7 * 16 + 8;
	EXPECT_BAD(&img, -EINVAL, ".rel.static_branches: entry size 16, size 120", "multiples of 16");
	good(&img); shdr(&img, img.rel)->sh_entsize = 24;
	EXPECT_BAD(&img, -EINVAL, ".rel.static_branches: entry size 24", "multiples of 16");
	/* another REL section for .static_branches (.maps turned into one) */
	good(&img); shdr(&img, img.maps)->sh_type = SHT_REL;
	shdr(&img, img.maps)->sh_info = img.sb;
	EXPECT_BAD(&img, -EINVAL, "two relocation sections for .static_branches", "(.maps and .rel.static_branches)");
	good(&img); shdr(&img, img.rel)->sh_link = img.strtab;
	EXPECT_BAD(&img, -EINVAL, ".rel.static_branches: sh_link 8 is not a symbol table", "fx.bpf.o");
	good(&img); shdr(&img, img.rel)->sh_link = 99;
	EXPECT_BAD(&img, -EINVAL, ".rel.static_branches: sh_link 99 is not a symbol table", "fx.bpf.o");
	good(&img); shdr(&img, img.symtab)->sh_entsize = 16;
	EXPECT_BAD(&img, -EINVAL, "symbol table .symtab: entry size 16", "multiples of 24");
	good(&img); shdr(&img, img.symtab)->sh_link = img.text;
	EXPECT_BAD(&img, -EINVAL, "symbol table .symtab: bad string table", "section 1");

	/* relocation types other than R_BPF_64_ABS64 */
	good(&img); rel(&img, 1)->r_info = ELF64_R_INFO(SYM_XDP, R_BPF_64_64);
	EXPECT_BAD(&img, -EINVAL, "relocation 1 (offset 0x0) has type 1", "R_BPF_64_ABS64 (2)");
	good(&img); rel(&img, 5)->r_info = ELF64_R_INFO(SYM_FAST, R_BPF_64_32);
	EXPECT_BAD(&img, -EINVAL, "relocation 5 (offset 0x28) has type 10", "R_BPF_64_ABS64");
	/* relocations at odd places */
	good(&img); rel(&img, 1)->r_offset = 4;
	EXPECT_BAD(&img, -EINVAL, "relocation 1 at offset 0x4", "not a site or key field");
	good(&img); rel(&img, 7)->r_offset = 0x40;
	EXPECT_BAD(&img, -EINVAL, "relocation 7 at offset 0x40", "of the 4 records");
	good(&img); rel(&img, 2)->r_offset = 0x18;
	EXPECT_BAD(&img, -EINVAL, "record 1 has two key relocations (0 and 2)", ".rel.static_branches");
	good(&img); shdr(&img, img.rel)->sh_size -= 16;
	EXPECT_BAD(&img, -EINVAL, ".static_branches record 3 has no key relocation", "fx.bpf.o");
	good(&img); rel(&img, 6)->r_offset = 0x38; rel(&img, 7)->r_offset = 0x20;
	EXPECT_BAD(&img, -EINVAL, "record 2 has two site relocations", "(4 and 7)");
	/* symbols out of range */
	good(&img); rel(&img, 3)->r_info = ELF64_R_INFO(0, 2);
	EXPECT_BAD(&img, -EINVAL, "relocation 3 refers to symbol 0 of", "fx.bpf.o");
	good(&img); rel(&img, 3)->r_info = ELF64_R_INFO(img.sym_cnt, 2);
	EXPECT_BAD(&img, -EINVAL, "relocation 3 refers to symbol 9 of 9", "fx.bpf.o");
	good(&img); sym(&img, SYM_PROG)->st_name = 9999;
	EXPECT_BAD(&img, -EINVAL, "record 3: site symbol 3 has a bad name", ".static_branches");
}

static void test_bad_sites(void)
{
	struct img img;

	/* site symbol outside any code section */
	good(&img); sym(&img, SYM_TAIL)->st_shndx = img.maps;
	EXPECT_BAD(&img, -EINVAL, "record 2: site symbol tail is in .maps", "not a code section");
	good(&img); sym(&img, SYM_PROG)->st_shndx = SHN_UNDEF;
	EXPECT_BAD(&img, -EINVAL, "record 3: site symbol prog is not defined", "st_shndx 0");
	good(&img); sym(&img, SYM_PROG)->st_shndx = SHN_ABS;
	EXPECT_BAD(&img, -EINVAL, "site symbol prog is not defined", "st_shndx 65521");
	good(&img); sym(&img, SYM_PROG)->st_shndx = 40;
	EXPECT_BAD(&img, -EINVAL, "site symbol prog is not defined", "st_shndx 40");
	good(&img); sym(&img, SYM_PROG)->st_info = ELF64_ST_INFO(STB_GLOBAL, STT_OBJECT);
	EXPECT_BAD(&img, -EINVAL, "site symbol prog has type 1", "function or label");
	good(&img); shdr(&img, img.xdp)->sh_flags = SHF_ALLOC;
	EXPECT_BAD(&img, -EINVAL, "site symbol xdp is in xdp", "not a code section");
	/* a label is a fine site symbol: LBB0_1 (.text+8) - 8 is .text insn 0 */
	{
		struct bpfsk_object *obj;

		good(&img); rel(&img, 3)->r_info = ELF64_R_INFO(SYM_LABEL, 2);
		set_addend(&img, 1, 0, (uint64_t)-8);
		EXPECT(parse(&img, &obj) == 0);
		EXPECT(bpfsk_object__site(obj, 0)->insn_idx == 0);
		bpfsk_object__free(obj);
		free(img.buf);
	}

	/* offsets: unaligned, past the end, wrapping */
	good(&img); set_addend(&img, 0, 0, 0x14);
	EXPECT_BAD(&img, -EINVAL, "record 0: site xdp+0x14 (xdp + 0x14)", "not an instruction boundary of section xdp");
	good(&img); set_addend(&img, 2, 0, 0x28);
	EXPECT_BAD(&img, -EINVAL, "record 2: site xdp+0x38 (tail + 0x28) is outside section xdp (56 bytes)", "fx.bpf.o");
	good(&img); set_addend(&img, 1, 0, (uint64_t)-8);
	EXPECT_BAD(&img, -EINVAL, "record 1: site .text+0xfffffffffffffff8", "outside section .text");
	good(&img); shdr(&img, img.text)->sh_size = 4;
	EXPECT_BAD(&img, -EINVAL, "site .text+0x0", "outside section .text (4 bytes)");

	/* instructions that are not one of the four encodings */
	good(&img); insn(&img, img.xdp, 2)[1] = 0x00;		/* plain gotol */
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 2 (record 0): 06 00 00 00 02 00 00 00 is not a static branch", "nop_or_gotol");
	good(&img); insn(&img, img.text, 0)[1] = 0x20;		/* src_reg 2 */
	EXPECT_BAD(&img, -EINVAL, "site .text insn 0 (record 1): 05 20", "is not a static branch");
	good(&img); insn(&img, img.text, 0)[1] = 0x31;		/* dst_reg 1 */
	EXPECT_BAD(&img, -EINVAL, "site .text insn 0 (record 1): 05 31", "is not a static branch");
	good(&img); insn(&img, img.xdp, 0)[4] = 1;		/* goto with imm */
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 0 (record 3): 05 10 01 00 01", "is not a static branch");
	good(&img); insn(&img, img.xdp, 3)[2] = 1;		/* gotol with off */
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 3 (record 2): 06 10 01 00", "is not a static branch");
	good(&img); set_addend(&img, 1, 0, 8);			/* w0 = 0 */
	EXPECT_BAD(&img, -EINVAL, "site .text insn 1 (record 1): b4 00", "is not a static branch");
	good(&img); insn(&img, img.xdp, 0)[0] = 0x15;		/* if r0 == 0 */
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 0 (record 3): 15 10", "is not a static branch");
	/* jump targets outside the section */
	good(&img); insn(&img, img.text, 0)[2] = 3;
	EXPECT_BAD(&img, -EINVAL, "site .text insn 0 (record 1): nop_or_goto +3 jumps to insn 4", "section's 4 instructions");
	good(&img); insn(&img, img.xdp, 3)[4] = 0xfb;
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 3 (record 2): gotol_or_nop -5 jumps to insn -1", "fx.bpf.o");
	/* two records for one instruction */
	good(&img); set_addend(&img, 2, 0, (uint64_t)-0x10);
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 0 is listed twice (records 2 and 3, keys fast_path and fast_path)", "fx.bpf.o");
	good(&img); set_addend(&img, 0, 0, 0);
	rel(&img, 1)->r_info = ELF64_R_INFO(SYM_PROG, 2);
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 0 is listed twice (records 0 and 3, keys debug_key and fast_path)", "fx.bpf.o");
}

static void test_bad_keys(void)
{
	struct fx_opts o = {0};
	struct img img;

	/* the key is not in .maps, or not an object */
	good(&img); rel(&img, 5)->r_info = ELF64_R_INFO(SYM_PROG, 2);
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 3 (record 2): key prog is not a map", "in .maps");
	good(&img); sym(&img, SYM_DEBUG)->st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
	EXPECT_BAD(&img, -EINVAL, "key debug_key is not a map", "fx.bpf.o");
	good(&img); rel(&img, 5)->r_info = ELF64_R_INFO(SYM_XDP, 2);
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 3 (record 2): key symbol 2 has no name", "fx.bpf.o");
	/* a map, but not a static key; a symbol no BTF variable describes */
	good(&img); rel(&img, 7)->r_info = ELF64_R_INFO(SYM_COUNTS, 2);
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 0 (record 3): unknown key counts", "BPF_F_STATIC_KEY");
	good(&img); memcpy(img.buf + shdr(&img, img.strtab)->sh_offset +
			   sym(&img, SYM_FAST)->st_name, "slow", 4);
	EXPECT_BAD(&img, -EINVAL, "unknown key slow_path", "record 2");
	good(&img); set_addend(&img, 3, 1, 8);
	EXPECT_BAD(&img, -EINVAL, "site xdp insn 0 (record 3): key fast_path + 0x8", "addend 0");
	/* no BTF: keys cannot be known */
	o = (struct fx_opts){ .no_btf = true };
	build_fixture(&o, &img);
	EXPECT_BAD(&img, -EINVAL, "unknown key debug_key", "no map in BTF's .maps");
	/* key maps of the wrong shape */
	o = (struct fx_opts){ .debug_type = 2 };
	build_fixture(&o, &img);
	EXPECT_BAD(&img, -EINVAL, "static key debug_key: map type 2", "want 34");
	o = (struct fx_opts){ .fast_extra = 2 };
	build_fixture(&o, &img);
	EXPECT_BAD(&img, -EINVAL, "static key fast_path: map_extra 2", "0 (off) or 1 (on)");
	o = (struct fx_opts){ .dup_key = true };
	build_fixture(&o, &img);
	EXPECT_BAD(&img, -EINVAL, "static key debug_key defined twice", ".maps");
	/* more keys than supported */
	o = (struct fx_opts){ .extra_keys = BPFSK_MAX_KEYS - 1 };
	build_fixture(&o, &img);
	EXPECT_BAD(&img, -E2BIG, "more than 64 static keys (at k62)", "not supported");
}

static void test_bad_btf(void)
{
	struct img img;
	uint8_t *b;

#define BTF(img) ((img)->buf + (img)->sec_off[(img)->btf])
	good(&img); BTF(&img)[0] = 0xeb; BTF(&img)[1] = 0x9f;	/* big-endian magic */
	EXPECT_BAD(&img, -EINVAL, ".BTF: bad magic or version", "little-endian");
	good(&img); BTF(&img)[2] = 2;
	EXPECT_BAD(&img, -EINVAL, ".BTF: bad magic or version", "version 1");
	good(&img); shdr(&img, img.btf)->sh_size = 20;
	EXPECT_BAD(&img, -EINVAL, ".BTF: not a BTF section", "20 bytes");
	good(&img); b = BTF(&img); b[4] = 0xff; b[5] = 0xff;	/* hdr_len */
	EXPECT_BAD(&img, -EINVAL, ".BTF: header length 65535", "outside the section");
	good(&img); b = BTF(&img); b[13] = 0x7f;			/* type_len */
	EXPECT_BAD(&img, -EINVAL, ".BTF: type (0, +", "outside the");
	good(&img); b = BTF(&img); b[16] = 0xfc; b[17] = 0xff; b[18] = 0xff; b[19] = 0xff;
	EXPECT_BAD(&img, -EINVAL, ".BTF: type (0, +", "string (4294967292");
	good(&img); b = BTF(&img); b[8] = 2;			/* type_off 2 */
	EXPECT_BAD(&img, -EINVAL, ".BTF: type (2, +", "outside the");
	good(&img); img.buf[img.sec_off[img.btf] + shdr(&img, img.btf)->sh_size - 1] = 'x';
	EXPECT_BAD(&img, -EINVAL, ".BTF: string section does not end with NUL", "fx.bpf.o");
	good(&img); img.buf[img.btf_type_off + 7] = 25;		/* kind of type 1 */
	EXPECT_BAD(&img, -EINVAL, ".BTF: type 1 has unknown kind 25", "fx.bpf.o");
	good(&img); img.buf[img.btf_type_off + 16 + 5] = 0x10;	/* func_proto vlen */
	EXPECT_BAD(&img, -EINVAL, ".BTF: type 2 (kind 13, vlen 4098) truncated", "fx.bpf.o");
	good(&img); b = BTF(&img);				/* type_len: cut a type */
	memcpy(b + 12, &(uint32_t){ *(uint32_t *)(b + 12) - 4 }, 4);
	EXPECT_BAD(&img, -EINVAL, "truncated", ".BTF: type");
	/* a .maps entry that is not a variable */
	{
		uint32_t tlen, nvars_off;

		good(&img);
		b = BTF(&img);
		memcpy(&tlen, b + 12, 4);
		/* DATASEC is the last type; its first var_secinfo follows it */
		nvars_off = 24 + tlen - 3 * 12;
		memcpy(b + nvars_off, &(uint32_t){ 1 }, 4);	/* type 1: int */
		EXPECT_BAD(&img, -EINVAL, ".BTF: .maps entry type 1 is not a named variable", "fx.bpf.o");
	}
#undef BTF
}

/* Random damage anywhere: never a crash or an out-of-bounds access. */
static void test_bit_flips(void)
{
	struct bpfsk_object *obj;
	size_t pos, ok = 0, failed = 0;
	struct img img;
	uint8_t *copy;
	int bit, err;
	bpfsk_print_fn_t old = bpfsk_set_print(NULL);

	good(&img);
	copy = malloc(img.size);
	for (pos = 0; pos < img.size; pos++) {
		for (bit = 0; bit < 8; bit++) {
			img.buf[pos] ^= 1u << bit;
			err = parse(&img, &obj);
			if (!err) {
				memcpy(copy, img.buf, img.size);
				err = bpfsk_object__rewrite(obj, copy, img.size, NULL);
				if (!err)
					err = bpfsk_object__remove_dead_code(obj, copy,
									     img.size);
				ok += !err;
				bpfsk_object__free(obj);
			} else {
				failed++;
			}
			img.buf[pos] ^= 1u << bit;
		}
	}
	/* Both outcomes happen; the point is that ASan/UBSan stayed quiet. */
	EXPECT(ok > 0 && failed > 0);
	free(copy);
	free(img.buf);
	bpfsk_set_print(old);
}

static void test_print(void)
{
	struct bpfsk_object *obj;
	bpfsk_print_fn_t old;

	old = bpfsk_set_print(NULL);		/* silence: no crash, no message */
	last_msg[0] = '\0';
	EXPECT(bpfsk_object__parse("junk", 4, "q", &obj) == -EINVAL);
	EXPECT(last_msg[0] == '\0');
	EXPECT(bpfsk_set_print(old) == NULL);
	EXPECT(bpfsk_object__parse("junk", 4, NULL, &obj) == -EINVAL);
	EXPECT(msg_has("libbpfsk: <memory>: not an ELF object"));
	EXPECT(last_msg[strlen(last_msg) - 1] == '\n');
}

int main(void)
{
	bpfsk_set_print(capture);
	test_good_parse();
	test_parse_key_arg();
	test_rewrite_bytes();
	test_no_sites();
	test_bad_elf();
	test_bad_static_branches();
	test_bad_sites();
	test_bad_keys();
	test_bad_btf();
	test_bit_flips();
	test_print();
	return unit_report("unit/bpfsk_object");
}
