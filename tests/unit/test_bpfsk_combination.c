// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Key combinations (loader/src/combination.c): the order and names the
 * runner, the flipper, host_ref and bpfcount share.
 */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "bpfsk.h"
#include "unit.h"

int main(void)
{
	/* Not sorted: the order comes from the names, not from here. */
	const char *names[] = { "fast_path", "debug_key", "extra_mix" };
	const char *const *none = NULL;
	char long_name[BPFSK_COMBINATION_SUFFIX_MAX];
	const char *too_many[BPFSK_MAX_KEYS + 1];
	const char *one_long[] = { long_name };
	struct bpfsk_combination comb;
	bool states[3];
	size_t i;

	EXPECT(bpfsk_combination__init(&comb, names, 3) == 0);
	EXPECT(bpfsk_combination__cnt(&comb) == 8);
	/* debug_key < extra_mix < fast_path: names[1], names[2], names[0]. */
	EXPECT(comb.order[0] == 1 && comb.order[1] == 2 && comb.order[2] == 0);
	EXPECT(comb.idx == 0);
	EXPECT(!strcmp(comb.suffix, "@debug_key=0,extra_mix=0,fast_path=0"));

	/* The first key by name is the most significant bit. */
	bpfsk_combination__set(&comb, 4);
	EXPECT(!strcmp(comb.suffix, "@debug_key=1,extra_mix=0,fast_path=0"));
	EXPECT(comb.key_on[1] && !comb.key_on[2] && !comb.key_on[0]);
	bpfsk_combination__set(&comb, 1);
	EXPECT(!strcmp(comb.suffix, "@debug_key=0,extra_mix=0,fast_path=1"));
	EXPECT(comb.key_on[0] && !comb.key_on[1] && !comb.key_on[2]);
	bpfsk_combination__set(&comb, 6);
	EXPECT(!strcmp(comb.suffix, "@debug_key=1,extra_mix=1,fast_path=0"));

	/* From states back to the index and the same name. */
	states[0] = true;	/* fast_path */
	states[1] = false;	/* debug_key */
	states[2] = true;	/* extra_mix */
	bpfsk_combination__set_states(&comb, states);
	EXPECT(comb.idx == 3);
	EXPECT(!strcmp(comb.suffix, "@debug_key=0,extra_mix=1,fast_path=1"));
	bpfsk_combination__set(&comb, 3);
	EXPECT(!strcmp(comb.suffix, "@debug_key=0,extra_mix=1,fast_path=1"));

	/* Keys by name, a prefix or a longer name is not one. */
	EXPECT(bpfsk_combination__find_key(&comb, "extra_mix", 9) == 2);
	EXPECT(bpfsk_combination__find_key(&comb, "extra_mix=1", 9) == 2);
	EXPECT(bpfsk_combination__find_key(&comb, "extra", 5) == -ENOENT);
	EXPECT(bpfsk_combination__find_key(&comb, "extra_mixer", 11) == -ENOENT);

	/* No keys: one combination, programs keep their bare names. */
	EXPECT(bpfsk_combination__init(&comb, none, 0) == 0);
	EXPECT(bpfsk_combination__cnt(&comb) == 1);
	EXPECT(comb.suffix[0] == '\0');

	/* Limits: too many keys, a suffix that does not fit, no name. */
	for (i = 0; i < BPFSK_MAX_KEYS + 1; i++)
		too_many[i] = "k";
	EXPECT(bpfsk_combination__init(&comb, too_many, BPFSK_MAX_KEYS + 1) ==
	       -E2BIG);
	EXPECT(bpfsk_combination__init(&comb, too_many, BPFSK_MAX_KEYS) == 0);
	EXPECT(bpfsk_combination__cnt(&comb) == 0);
	memset(long_name, 'k', sizeof(long_name) - 4);
	long_name[sizeof(long_name) - 4] = '\0';
	EXPECT(bpfsk_combination__init(&comb, one_long, 1) == 0);
	long_name[sizeof(long_name) - 4] = 'k';
	long_name[sizeof(long_name) - 3] = '\0';
	EXPECT(bpfsk_combination__init(&comb, one_long, 1) == -ENAMETOOLONG);
	too_many[1] = NULL;
	EXPECT(bpfsk_combination__init(&comb, too_many, 2) == -EINVAL);

	return unit_report("unit/bpfsk_combination");
}
