// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Static keys from the object's BTF: the variables of the ".maps" DATASEC
 * whose map definition has BPFSK_F_STATIC_KEY in map_flags.  A BTF-defined
 * map encodes each integer attribute as a pointer to an array whose element
 * count is the value (libbpf's __uint(name, val): int (*name)[val]), so the
 * initial state (map_extra) is only in BTF; this reads just enough BTF to
 * get it, with the same rules as libbpf 1.7 for the parts it reads.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <linux/btf.h>

#include "bpfsk_internal.h"

#define BTF_MAX_MOD_DEPTH	32

struct btf_view {
	const struct bpfsk_elf *elf;
	const uint8_t *types;		/* type section */
	uint32_t types_len;
	const char *strs;		/* string section */
	uint32_t strs_len;
	uint32_t *type_offs;		/* type_offs[id - 1]: offset in types */
	uint32_t nr_types;
};

/* Bytes following struct btf_type for this kind; -1 for an unknown kind. */
static int64_t btf_extra_size(uint32_t info)
{
	uint32_t vlen = BTF_INFO_VLEN(info);

	switch (BTF_INFO_KIND(info)) {
	case BTF_KIND_INT:
		return sizeof(__u32);
	case BTF_KIND_VAR:
		return sizeof(struct btf_var);
	case BTF_KIND_DECL_TAG:
		return sizeof(struct btf_decl_tag);
	case BTF_KIND_PTR:
	case BTF_KIND_FWD:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_FUNC:
	case BTF_KIND_FLOAT:
	case BTF_KIND_TYPE_TAG:
		return 0;
	case BTF_KIND_ARRAY:
		return sizeof(struct btf_array);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		return (int64_t)vlen * sizeof(struct btf_member);
	case BTF_KIND_ENUM:
		return (int64_t)vlen * sizeof(struct btf_enum);
	case BTF_KIND_FUNC_PROTO:
		return (int64_t)vlen * sizeof(struct btf_param);
	case BTF_KIND_DATASEC:
		return (int64_t)vlen * sizeof(struct btf_var_secinfo);
	case BTF_KIND_ENUM64:
		return (int64_t)vlen * sizeof(struct btf_enum64);
	default:
		return -1;
	}
}

/* Type id's header, and the bytes after it in *extra; -EINVAL if no such id. */
static int btf_type(const struct btf_view *btf, uint32_t id,
		    struct btf_type *t, const uint8_t **extra)
{
	const uint8_t *p;

	if (!id || id > btf->nr_types)
		return -EINVAL;
	p = btf->types + btf->type_offs[id - 1];
	t->name_off = bpfsk_get_u32(p);
	t->info = bpfsk_get_u32(p + 4);
	t->size = bpfsk_get_u32(p + 8);
	if (extra)
		*extra = p + sizeof(struct btf_type);
	return 0;
}

/* NULL for a name offset outside the string section. */
static const char *btf_str(const struct btf_view *btf, uint32_t off)
{
	return off < btf->strs_len ? btf->strs + off : NULL;
}

/* Follows typedefs and modifiers from id; 0 on a loop or a bad id. */
static uint32_t btf_skip_mods(const struct btf_view *btf, uint32_t id,
			      struct btf_type *t, const uint8_t **extra)
{
	int depth;

	for (depth = 0; depth < BTF_MAX_MOD_DEPTH; depth++) {
		if (btf_type(btf, id, t, extra))
			return 0;
		switch (BTF_INFO_KIND(t->info)) {
		case BTF_KIND_TYPEDEF:
		case BTF_KIND_VOLATILE:
		case BTF_KIND_CONST:
		case BTF_KIND_RESTRICT:
		case BTF_KIND_TYPE_TAG:
			id = t->type;
			continue;
		default:
			return id;
		}
	}
	return 0;
}

/* __uint(name, val) is `int (*name)[val]`: val, or -EINVAL for another shape. */
static int64_t btf_map_attr(const struct btf_view *btf, uint32_t member_type)
{
	const uint8_t *extra;
	struct btf_type t;

	if (!btf_skip_mods(btf, member_type, &t, NULL) ||
	    BTF_INFO_KIND(t.info) != BTF_KIND_PTR)
		return -EINVAL;
	if (!btf_skip_mods(btf, t.type, &t, &extra) ||
	    BTF_INFO_KIND(t.info) != BTF_KIND_ARRAY)
		return -EINVAL;
	return bpfsk_get_u32(extra + offsetof(struct btf_array, nelems));
}

static int btf_open(struct btf_view *btf, const struct bpfsk_elf *elf,
		    size_t sec)
{
	const Elf64_Shdr *sh = &elf->shdrs[sec];
	const uint8_t *data = bpfsk_elf_sec_data(elf, sec);
	uint32_t hdr_len, type_off, type_len, str_off, str_len, off, cap = 0;
	const char *name = elf->obj_name;
	uint64_t body_len;
	int64_t extra;

	memset(btf, 0, sizeof(*btf));
	btf->elf = elf;
	if (sh->sh_type != SHT_PROGBITS || sh->sh_size < 24) {
		pr_warn("%s: .BTF: not a BTF section (type %u, %llu bytes)\n",
			name, sh->sh_type, (unsigned long long)sh->sh_size);
		return -EINVAL;
	}
	if ((bpfsk_get_u32(data) & 0xffff) != BTF_MAGIC || data[2] != 1) {
		pr_warn("%s: .BTF: bad magic or version (want little-endian BTF version 1)\n",
			name);
		return -EINVAL;
	}
	hdr_len = bpfsk_get_u32(data + 4);
	type_off = bpfsk_get_u32(data + 8);
	type_len = bpfsk_get_u32(data + 12);
	str_off = bpfsk_get_u32(data + 16);
	str_len = bpfsk_get_u32(data + 20);
	if (hdr_len < 24 || hdr_len > sh->sh_size) {
		pr_warn("%s: .BTF: header length %u outside the section (%llu bytes)\n",
			name, hdr_len, (unsigned long long)sh->sh_size);
		return -EINVAL;
	}
	body_len = sh->sh_size - hdr_len;
	if (!bpfsk_in_range(type_off, type_len, body_len) ||
	    !bpfsk_in_range(str_off, str_len, body_len) || type_off % 4) {
		pr_warn("%s: .BTF: type (%u, +%u) or string (%u, +%u) section outside the %llu bytes of data\n",
			name, type_off, type_len, str_off, str_len,
			(unsigned long long)body_len);
		return -EINVAL;
	}
	btf->types = data + hdr_len + type_off;
	btf->types_len = type_len;
	btf->strs = (const char *)data + hdr_len + str_off;
	btf->strs_len = str_len;
	if (!str_len || btf->strs[str_len - 1] != '\0') {
		pr_warn("%s: .BTF: string section does not end with NUL\n", name);
		return -EINVAL;
	}
	for (off = 0; off < type_len; ) {
		uint32_t info, id = btf->nr_types + 1;

		if (type_len - off < sizeof(struct btf_type)) {
			pr_warn("%s: .BTF: type %u truncated\n", name, id);
			goto inval;
		}
		info = bpfsk_get_u32(btf->types + off + 4);
		extra = btf_extra_size(info);
		if (extra < 0) {
			pr_warn("%s: .BTF: type %u has unknown kind %u\n", name,
				id, BTF_INFO_KIND(info));
			goto inval;
		}
		if ((uint64_t)extra > type_len - off - sizeof(struct btf_type)) {
			pr_warn("%s: .BTF: type %u (kind %u, vlen %u) truncated\n",
				name, id, BTF_INFO_KIND(info), BTF_INFO_VLEN(info));
			goto inval;
		}
		if (btf->nr_types == cap) {
			uint32_t *grown;

			cap = cap ? cap * 2 : 64;
			grown = realloc(btf->type_offs, cap * sizeof(*grown));
			if (!grown) {
				free(btf->type_offs);
				btf->type_offs = NULL;
				return -ENOMEM;
			}
			btf->type_offs = grown;
		}
		btf->type_offs[btf->nr_types++] = off;
		off += sizeof(struct btf_type) + (uint32_t)extra;
	}
	return 0;
inval:
	free(btf->type_offs);
	btf->type_offs = NULL;
	return -EINVAL;
}

/*
 * One variable of the .maps DATASEC: appends it to keys if it is a static
 * key.  Variables that are not structs or lack a well-formed map_flags are
 * not keys (libbpf judges those maps).
 */
static int btf_map_var(const struct btf_view *btf, uint32_t var_id,
		       struct bpfsk_btf_key *keys, size_t *cnt)
{
	int64_t type = -1, flags = -1, extra_val = 0;
	const char *obj = btf->elf->obj_name, *var_name, *m_name;
	struct btf_type t;
	const uint8_t *extra;
	uint32_t i, vlen;
	size_t k;

	if (btf_type(btf, var_id, &t, NULL) ||
	    BTF_INFO_KIND(t.info) != BTF_KIND_VAR ||
	    !(var_name = btf_str(btf, t.name_off)) || !*var_name) {
		pr_warn("%s: .BTF: .maps entry type %u is not a named variable\n",
			obj, var_id);
		return -EINVAL;
	}
	if (!btf_skip_mods(btf, t.type, &t, &extra) ||
	    BTF_INFO_KIND(t.info) != BTF_KIND_STRUCT)
		return 0;
	vlen = BTF_INFO_VLEN(t.info);
	for (i = 0; i < vlen; i++) {
		const uint8_t *m = extra + (size_t)i * sizeof(struct btf_member);

		m_name = btf_str(btf, bpfsk_get_u32(m));
		if (!m_name)
			continue;
		if (!strcmp(m_name, "map_flags"))
			flags = btf_map_attr(btf, bpfsk_get_u32(m + offsetof(struct btf_member, type)));
		else if (!strcmp(m_name, "type"))
			type = btf_map_attr(btf, bpfsk_get_u32(m + offsetof(struct btf_member, type)));
		else if (!strcmp(m_name, "map_extra"))
			extra_val = btf_map_attr(btf, bpfsk_get_u32(m + offsetof(struct btf_member, type)));
	}
	if (flags < 0 || !(flags & BPFSK_F_STATIC_KEY))
		return 0;

	if (type != BPFSK_MAP_TYPE_INSN_ARRAY) {
		pr_warn("%s: static key %s: map type %lld, want %d (BPF_MAP_TYPE_INSN_ARRAY)\n",
			obj, var_name, (long long)type, BPFSK_MAP_TYPE_INSN_ARRAY);
		return -EINVAL;
	}
	if (extra_val != 0 && extra_val != 1) {
		pr_warn("%s: static key %s: map_extra %lld, want 0 (off) or 1 (on)\n",
			obj, var_name, (long long)extra_val);
		return -EINVAL;
	}
	for (k = 0; k < *cnt; k++) {
		if (!strcmp(keys[k].name, var_name)) {
			pr_warn("%s: static key %s defined twice in .maps\n",
				obj, var_name);
			return -EINVAL;
		}
	}
	if (*cnt == BPFSK_MAX_KEYS) {
		pr_warn("%s: more than %d static keys (at %s); not supported\n",
			obj, BPFSK_MAX_KEYS, var_name);
		return -E2BIG;
	}
	keys[*cnt].name = var_name;
	keys[*cnt].name_len = strlen(var_name);
	keys[*cnt].initial_on = extra_val == 1;
	(*cnt)++;
	return 0;
}

int bpfsk_btf_keys(const struct bpfsk_elf *elf,
		   struct bpfsk_btf_key keys[BPFSK_MAX_KEYS], size_t *cnt)
{
	size_t btf_sec, maps_sec;
	struct btf_type t;
	struct btf_view btf;
	const uint8_t *extra;
	const char *name;
	uint32_t id, i;
	int err;

	*cnt = 0;
	err = bpfsk_elf_find_sec(elf, ".maps", &maps_sec);
	if (err || !maps_sec)
		return err;
	err = bpfsk_elf_find_sec(elf, ".BTF", &btf_sec);
	if (err || !btf_sec)
		return err;
	err = btf_open(&btf, elf, btf_sec);
	if (err)
		return err;
	for (id = 1; id <= btf.nr_types; id++) {
		btf_type(&btf, id, &t, &extra);
		if (BTF_INFO_KIND(t.info) != BTF_KIND_DATASEC)
			continue;
		name = btf_str(&btf, t.name_off);
		if (!name || strcmp(name, ".maps"))
			continue;
		for (i = 0; i < BTF_INFO_VLEN(t.info); i++) {
			err = btf_map_var(&btf, bpfsk_get_u32(extra + (size_t)i *
						       sizeof(struct btf_var_secinfo)),
					  keys, cnt);
			if (err)
				goto out;
		}
		break;
	}
out:
	free(btf.type_offs);
	return err;
}

int bpfsk_btf_strs(const struct bpfsk_elf *elf, const char **strs,
		   uint32_t *len)
{
	struct btf_view btf;
	size_t btf_sec;
	int err;

	*strs = NULL;
	*len = 0;
	err = bpfsk_elf_find_sec(elf, ".BTF", &btf_sec);
	if (err || !btf_sec)
		return err;
	err = btf_open(&btf, elf, btf_sec);
	if (err)
		return err;
	free(btf.type_offs);
	*strs = btf.strs;
	*len = btf.strs_len;
	return 0;
}
