/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A minimal unit-test helper: EXPECT() counts checks, reports each failure
 * with its location, and unit_report() prints "NAME: N passed, N failed".
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>

static int unit_passed, unit_failed;

#define EXPECT(cond)                                                       \
	do {                                                               \
		if (cond) {                                                \
			unit_passed++;                                     \
		} else {                                                   \
			unit_failed++;                                     \
			fprintf(stderr, "%s:%d: expected %s\n", __FILE__,  \
				__LINE__, #cond);                          \
		}                                                          \
	} while (0)

static inline int unit_report(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, unit_passed, unit_failed);
	return unit_failed ? 1 : 0;
}

#endif
