/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What bench workloads need on top of harness_case.h: an array map that
 * the host build (host_ref) can use too.
 *
 *	BENCH_ARRAY(cfg, __u32, 1);
 *	__u32 *v = bench_lookup(&cfg, &zero);
 */
#ifndef BENCH_H
#define BENCH_H

#include "harness_case.h"

#ifdef __bpf__
#define BENCH_ARRAY(name, vtype, n)					\
	struct {							\
		__uint(type, BPF_MAP_TYPE_ARRAY);			\
		__uint(max_entries, n);					\
		__type(key, __u32);					\
		__type(value, vtype);					\
	} name SEC(".maps")
#define bench_lookup(map, key) bpf_map_lookup_elem(map, key)
#else
/* The host's map: a zeroed array, looked up with the kernel's bounds check. */
#define BENCH_ARRAY(name, vtype, n) vtype name[n]
#define bench_lookup(map, key)						\
	(*(key) < sizeof(*(map)) / sizeof((*(map))[0]) ?		\
	 (void *)&(*(map))[*(key)] : (void *)0)
#endif

#endif
