/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What the flipper's tools (flip.c, live.c, bench.c) share: the case their
 * lines belong to, CHECK lines, a verifier log buffer and a few kernel
 * queries.  main.c picks the tool.
 */
#ifndef FLIPPER_H
#define FLIPPER_H

#include <stdbool.h>

#include <bpf/libbpf.h>

#define FLIPPER_LOG_SIZE	(1u << 20)
#define FLIPPER_LOG_TAIL_LINES	30

/* The case of the lines printed now ("-" between cases); guest_case. */
extern char flipper_case[300];
/* FLIPPER_LOG_SIZE bytes for verifier logs. */
extern char *flipper_log_buf;

/* "HARNESS CHECK <case> <name> ok|fail [detail]", which compare.awk
 * matches with host_ref's @check lines. */
__attribute__((format(printf, 3, 4)))
void flipper_check(const char *name, bool ok, const char *fmt, ...);

double flipper_now_ms(void);
/* Brings lo up (the guest starts with it down); 0 or a negative errno. */
int flipper_lo_up(void);
/* The id of a loaded program, of the one a link runs (0: error). */
__u32 flipper_prog_id(int fd);
__u32 flipper_link_prog_id(struct bpf_link *link);
/* The map of obj whose name ends in suffix (libbpf prefixes .data ...). */
struct bpf_map *flipper_map(struct bpf_object *obj, const char *suffix);

/* The tools: one object each. */
void flipper_flip(const char *obj_path);
void flipper_live_xdp(const char *obj_path);
void flipper_live_tcx(const char *obj_path);
void flipper_bench(const char *obj_path, int reps);

/* bench's timed swaps per path: HARNESS_BENCH_REPS, 1 to the maximum. */
#define FLIPPER_BENCH_REPS	10
#define FLIPPER_BENCH_MAX_REPS	100

#endif
