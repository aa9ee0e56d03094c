/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What a case is given: the argument block every program gets (one line of
 * NAME.in), and the most static keys it may have.
 */
#ifndef HARNESS_ARGS_H
#define HARNESS_ARGS_H

#include <linux/types.h>

#define HARNESS_NARGS 8

struct harness_args {
	__u64 arg[HARNESS_NARGS];
};

/*
 * The runner, the flipper and host_ref each run every combination of a
 * case's key states: 2^4 loads per case at most.
 */
#define HARNESS_MAX_KEYS 4

#endif
