// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libFuzzer target: libbpfsk on arbitrary bytes, as `bpfsk list` and
 * `bpfsk rewrite` see an object: parse (ELF, BTF, keys, sites, jump tables),
 * then rewrite with every key off, every key on, and remove the dead code.
 * Every error path must return an error and leak nothing (ASan/UBSan).
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bpfsk.h"

static int quiet(enum bpfsk_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool on[BPFSK_MAX_KEYS];
	struct bpfsk_object *obj;
	void *copy;
	int pass;

	bpfsk_set_print(quiet);
	if (bpfsk_object__parse(data, size, "fuzz", &obj))
		return 0;
	copy = malloc(size ? size : 1);
	if (!copy)
		abort();
	/* Initial states, then every key on; each on a fresh copy. */
	for (pass = 0; pass < 2; pass++) {
		memcpy(copy, data, size);
		memset(on, pass, sizeof(on));
		if (!bpfsk_object__rewrite(obj, copy, size, pass ? on : NULL))
			bpfsk_object__remove_dead_code(obj, copy, size);
	}
	free(copy);
	bpfsk_object__free(obj);
	return 0;
}
