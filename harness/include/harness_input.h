/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Parsing of a case's NAME.in, shared by the guest runner and the host
 * reference so both number and read the runs identically.  One run per
 * line: up to HARNESS_NARGS integers, decimal (optionally negative, taken
 * modulo 2^64) or 0x hex; '#' starts a comment; blank lines are skipped.
 */
#ifndef HARNESS_INPUT_H
#define HARNESS_INPUT_H

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "harness_args.h"

/* Returns the number of values (0: nothing to run), or -1 on bad syntax. */
static inline int harness_parse_line(char *line, __u64 arg[HARNESS_NARGS])
{
	char *p = line, *end;
	int n = 0;

	memset(arg, 0, sizeof(__u64) * HARNESS_NARGS);
	if ((end = strchr(line, '#')))
		*end = '\0';
	for (;;) {
		const char *digits;

		while (isspace((unsigned char)*p))
			p++;
		if (!*p)
			return n;
		if (n == HARNESS_NARGS)
			return -1;
		/* No octal: "010" is ten, as a reader of the file expects. */
		digits = p + (*p == '-');
		errno = 0;
		if (digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
			arg[n] = strtoull(p, &end, 16);
		else
			arg[n] = strtoull(p, &end, 10);
		if (errno || end == p || !(isspace((unsigned char)*end) || !*end))
			return -1;
		n++;
		p = end;
	}
}

#endif
