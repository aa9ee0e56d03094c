/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The seam between the bpfsk CLI (loader/bpfsk.c) and the kernel harness:
 * `bpfsk run` is harness code (run_object.c) the CLI links.
 */
#ifndef HARNESS_RUN_H
#define HARNESS_RUN_H

/*
 * `bpfsk run`'s arguments, argv[0] "run": loads and runs the object on the
 * stock kernels and prints the results.  Returns the exit status: 0, 1 (a
 * load or run failed, or a guest did not finish), 2 (bad arguments or
 * input), 3 (no harness cache).
 */
int harness_run_object(int argc, char **argv);

#endif
