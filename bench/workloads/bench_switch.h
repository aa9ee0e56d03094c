/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A switch of SW_N cases (4, 16, 64, 256 or 1024), included by one
 * workload per shape:
 *
 *	SW_SPARSE 0	case values 0..N-1
 *	SW_SPARSE 1	case n has value 4n + n % 3: 25% dense, holes go to
 *			the default (still a table for LLVM's 10% density rule)
 *	SW_LOOP 0	one switch on arg0 per call
 *	SW_LOOP 1	8 iterations of a rolled loop, each on the next 13-bit
 *			rotation of arg0 (masked to the value range)
 *
 * Four kinds of case body, as in harness/cases/sw64_dense.c, so that the
 * compiler cannot turn the switch into a table of constants.  One XDP
 * program, "sw": XDP because BPF_PROG_TEST_RUN repeats only such programs.
 */
#include "harness_case.h"

#if SW_SPARSE
#define SV(n)		((n) * 4 + (n) % 3)
#define SW_RANGE	(SW_N * 4)
#else
#define SV(n)		(n)
#define SW_RANGE	SW_N
#endif

#define C1(n, k) case SV(n): r = (k);  break;
#define C4(n)								\
	C1((n), y * ((n) + 3))						\
	C1((n) + 1, y ^ (((n) + 1) * 0x01010101u))			\
	C1((n) + 2, (y >> (((n) + 2) & 7)) + (n))			\
	C1((n) + 3, (y << (((n) + 3) & 15)) | (n))
#define C16(n)   C4(n) C4((n) + 4) C4((n) + 8) C4((n) + 12)
#define C64(n)   C16(n) C16((n) + 16) C16((n) + 32) C16((n) + 48)
#define C256(n)  C64(n) C64((n) + 64) C64((n) + 128) C64((n) + 192)
#define C1024(n) C256(n) C256((n) + 256) C256((n) + 512) C256((n) + 768)

#if SW_N == 4
#define CASES C4(0)
#elif SW_N == 16
#define CASES C16(0)
#elif SW_N == 64
#define CASES C64(0)
#elif SW_N == 256
#define CASES C256(0)
#elif SW_N == 1024
#define CASES C1024(0)
#else
#error "SW_N must be 4, 16, 64, 256 or 1024"
#endif

static __always_inline __u32 sw_one(__u32 x, __u32 y)
{
	__u32 r;

	switch (x) {
	CASES
	default: r = y + 0x64646464; break;
	}
	return r;
}

HARNESS_XDP(sw)
{
#if SW_LOOP
	__u64 v = a->arg[0];
	__u32 acc = a->arg[1];
	int i;

#ifdef __clang__
#pragma clang loop unroll(disable)
#endif
	for (i = 0; i < 8; i++) {
		/*
		 * The high half of v makes acc unknown to the verifier on
		 * every path, so the states of all cases at the loop head are
		 * equal and it prunes them: with a range per case it walks
		 * N^8 paths and gives up at 1M instructions from N = 256.
		 */
		acc = (sw_one(v & (SW_RANGE - 1), acc) ^ (__u32)(v >> 32)) * 31 + i;
		v = v >> 13 | v << 51;
	}
	return acc;
#else
	return sw_one(a->arg[0], a->arg[1]);
#endif
}
