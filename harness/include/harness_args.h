/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The argument block every case program gets: one line of NAME.in. */
#ifndef HARNESS_ARGS_H
#define HARNESS_ARGS_H

#include <linux/types.h>

#define HARNESS_NARGS 8

struct harness_args {
	__u64 arg[HARNESS_NARGS];
};

#endif
