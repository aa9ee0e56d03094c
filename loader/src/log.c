// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* libbpfsk messages: one print callback, as libbpf_set_print(). */
#include <stdarg.h>
#include <stdio.h>

#include "bpfsk_internal.h"

static int default_print(enum bpfsk_print_level level, const char *fmt,
			 va_list ap)
{
	if (level == BPFSK_DEBUG)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static bpfsk_print_fn_t print_fn = default_print;

bpfsk_print_fn_t bpfsk_set_print(bpfsk_print_fn_t fn)
{
	bpfsk_print_fn_t old = print_fn;

	print_fn = fn;
	return old;
}

void bpfsk_print(enum bpfsk_print_level level, const char *fmt, ...)
{
	bpfsk_print_fn_t fn = print_fn;
	va_list ap;

	if (!fn)
		return;
	va_start(ap, fmt);
	fn(level, fmt, ap);
	va_end(ap);
}
