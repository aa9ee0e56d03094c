/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the guest programs (runner, flipper) share: console output (libbpf's
 * and libbpfsk's warnings and verifier log tails as "HARNESS LOG <case>"
 * lines, which compare.awk prints for a case that fails), reading a case's
 * input file and running a program on it.
 */
#ifndef GUEST_H
#define GUEST_H

#include <stdarg.h>
#include <stdbool.h>

#include <bpf/libbpf.h>

#include "bpfsk.h"
#include "harness_args.h"

/* The case the lines belong to ("-" between cases). */
extern const char *guest_case;

/*
 * Set when libbpf reports that the kernel rejected an object's BTF: libbpf
 * then loads without BTF, which hides the problem until a program needs it.
 * The caller clears it before a load and fails the case if it is set after.
 */
extern bool guest_btf_rejected;

/* For libbpf_set_print() and bpfsk_set_print(). */
int guest_libbpf_print(enum libbpf_print_level level, const char *fmt,
		       va_list ap);
int guest_bpfsk_print(enum bpfsk_print_level level, const char *fmt,
		      va_list ap);

/* The last `lines` lines of a verifier log, as "HARNESS LOG <case> | ...". */
void guest_print_log_tail(const char *log, int lines);

/* One input line of a case: its line number and the program's arguments. */
struct run_input {
	int line;
	struct harness_args args;
};

/*
 * The input lines of the file at path into *out (malloc'ed); their number,
 * or a negative errno (a malformed line also prints a LOADFAIL naming it).
 */
int guest_read_inputs(const char *path, struct run_input **out);

/*
 * The combinations of sk's key states into *comb; `every`: the caller runs
 * them all, so at most HARNESS_MAX_KEYS keys.  0, or a negative errno after
 * a LOADFAIL line for guest_case.
 */
int guest_key_combinations(const struct bpfsk_object *sk,
			   struct bpfsk_combination *comb, bool every);

/*
 * Runs prog (loaded) on one input with BPF_PROG_TEST_RUN and prints its RUN
 * line, or RUNFAIL; its name gets the combination's suffix ("" or
 * "@key=1,..."). Syscall programs get the arguments as their context, XDP
 * and tc (SCHED_CLS) programs as their packet; repeat (XDP and tc only)
 * adds "repeat=N ns=AVG".
 */
void guest_run_prog(struct bpf_program *prog, const char *combination,
		    const struct run_input *in, int repeat);

#endif
