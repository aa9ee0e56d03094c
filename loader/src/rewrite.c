// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Rewriting static-branch sites in place: a site that must jump for its
 * key's state keeps its offset and loses its src_reg (ja +off, gotol +imm),
 * any other becomes the nop ja +0.  Every site is checked before the first
 * byte is written.
 */
#include <errno.h>
#include <string.h>

#include "bpfsk_internal.h"

static const uint8_t insn_nop[INSN_SIZE] = { CODE_JA };

/* The instruction site idx becomes when its key is on (key_on) or off. */
static void site_insn(const struct bpfsk_object *obj, size_t idx, bool key_on,
		     uint8_t insn[INSN_SIZE])
{
	const struct bpfsk_site *s = &obj->sites[idx];

	if (bpfsk_site_jumps(s->kind, key_on)) {
		memcpy(insn, obj->orig[idx], INSN_SIZE);
		insn[1] = 0;	/* dst_reg and src_reg 0: plain ja / gotol */
	} else {
		memcpy(insn, insn_nop, INSN_SIZE);
	}
}

int bpfsk_object__rewrite(const struct bpfsk_object *obj, void *buf,
			  size_t size, const bool *key_on)
{
	uint8_t *data = buf, insn[INSN_SIZE];
	const struct bpfsk_site *s;
	size_t i;
	bool on;

	if (!obj || !buf)
		return -EINVAL;
	if (size != obj->size) {
		pr_warn("%s: rewrite: buffer of %zu bytes, but the object parsed had %zu\n",
			obj->name, size, obj->size);
		return -EINVAL;
	}
	for (i = 0; i < obj->site_cnt; i++) {
		s = &obj->sites[i];
		if (memcmp(data + s->file_off, obj->orig[i], INSN_SIZE)) {
			const uint8_t *p = data + s->file_off;

			pr_warn("%s: rewrite: site %s insn %u (key %s) holds %02x %02x %02x %02x %02x %02x %02x %02x, not the %s parsed there (rewritten already?)\n",
				obj->name, s->sec_name, s->insn_idx,
				obj->keys[s->key].name, p[0], p[1], p[2], p[3],
				p[4], p[5], p[6], p[7],
				bpfsk_site_kind_str(s->kind));
			return -EINVAL;
		}
	}
	for (i = 0; i < obj->site_cnt; i++) {
		s = &obj->sites[i];
		on = key_on ? key_on[s->key] : obj->keys[s->key].initial_on;
		site_insn(obj, i, on, insn);
		memcpy(data + s->file_off, insn, INSN_SIZE);
	}
	return 0;
}
