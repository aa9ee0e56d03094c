// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Combinations of key states in the one order the harness, the flipper,
 * host_ref and bpfcount share, and their names.  Needs nothing else of the
 * library: host_ref, built with each case's host source, links this file
 * alone.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "bpfsk.h"

int bpfsk_combination__init(struct bpfsk_combination *comb,
			    const char *const *names, size_t key_cnt)
{
	size_t i, j, k, suffix_len = 1;

	if (!comb || (key_cnt && !names))
		return -EINVAL;
	if (key_cnt > BPFSK_MAX_KEYS)
		return -E2BIG;
	memset(comb, 0, sizeof(*comb));
	for (i = 0; i < key_cnt; i++) {
		if (!names[i])
			return -EINVAL;
		/* "@name=0" or ",name=0" */
		suffix_len += strlen(names[i]) + 3;
		if (suffix_len > sizeof(comb->suffix))
			return -ENAMETOOLONG;
		comb->names[i] = names[i];
	}
	comb->key_cnt = key_cnt;
	/* Insertion sort: stable, no comparator state, at most 64 keys. */
	for (i = 0; i < key_cnt; i++) {
		k = i;
		for (j = i; j > 0 &&
		     strcmp(names[comb->order[j - 1]], names[k]) > 0; j--)
			comb->order[j] = comb->order[j - 1];
		comb->order[j] = k;
	}
	bpfsk_combination__set(comb, 0);
	return 0;
}

uint64_t bpfsk_combination__cnt(const struct bpfsk_combination *comb)
{
	return comb->key_cnt < 64 ? 1ull << comb->key_cnt : 0;
}

/* The suffix for the states in comb->key_on; init checked that it fits. */
static void name_states(struct bpfsk_combination *comb)
{
	size_t i, pos = 0;
	size_t k;

	comb->suffix[0] = '\0';
	for (i = 0; i < comb->key_cnt; i++) {
		k = comb->order[i];
		pos += snprintf(comb->suffix + pos, sizeof(comb->suffix) - pos,
				"%c%s=%d", i ? ',' : '@', comb->names[k],
				comb->key_on[k]);
	}
}

void bpfsk_combination__set(struct bpfsk_combination *comb, uint64_t idx)
{
	size_t i, n = comb->key_cnt;

	comb->idx = idx;
	for (i = 0; i < n; i++)
		comb->key_on[comb->order[i]] = (idx >> (n - 1 - i)) & 1;
	name_states(comb);
}

void bpfsk_combination__set_states(struct bpfsk_combination *comb,
				   const bool *key_on)
{
	size_t i, n = comb->key_cnt;

	comb->idx = 0;
	for (i = 0; i < n; i++) {
		comb->key_on[comb->order[i]] = key_on[comb->order[i]];
		comb->idx |= (uint64_t)key_on[comb->order[i]] << (n - 1 - i);
	}
	name_states(comb);
}

int bpfsk_combination__find_key(const struct bpfsk_combination *comb,
				const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < comb->key_cnt; i++)
		if (!strncmp(comb->names[i], name, len) &&
		    !comb->names[i][len])
			return i;
	return -ENOENT;
}
