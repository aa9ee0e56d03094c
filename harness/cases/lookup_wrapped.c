// Switches that select constants over cases at the top of their type:
// SimplifyCFG indexes the lookup table with x - C, and the middle end
// splits that into table[x] at a positive constant offset, folded into
// the load (r0 = *(u64 *)(r2 + 112)).  x is then negative as signed, the
// shift loses its range, and the verifier refuses the load ("minimal bound
// negative"), with stock clang-22 as well.  Ours puts the offset back into
// the index (BPFJumpTableIndex.cpp).  Found by the differential fuzzer
// (seed 10625, docs/reliability.md).
// HARNESS-EXPECT-NO-ASM: gotox
#include "harness_case.h"

/* u64 entries: cases 2^64 - 6 .. 2^64 - 1. */
static __noinline __u64 top_u64(__u64 x)
{
	switch (x) {
	case 0xfffffffffffffffaULL: return 0x6d;
	case 0xfffffffffffffffbULL: return 0xffffffec9fffffcfULL;
	case 0xfffffffffffffffcULL: return 0x1b2;
	case 0xfffffffffffffffdULL: return 0x83658cf13fde3f9eULL;
	case 0xfffffffffffffffeULL: return 0xbe;
	case 0xffffffffffffffffULL: return 0x2bf763d91ac340fULL;
	}
	return 0x9b;
}

/* u8 entries (no shift): cases 2^64 - 12 .. 2^64 - 1. */
static __noinline __u8 top_u8(__u64 x)
{
	switch (x) {
	case 0xfffffffffffffff4ULL: return 3;
	case 0xfffffffffffffff5ULL: return 1;
	case 0xfffffffffffffff6ULL: return 4;
	case 0xfffffffffffffff7ULL: return 1;
	case 0xfffffffffffffff8ULL: return 5;
	case 0xfffffffffffffff9ULL: return 9;
	case 0xfffffffffffffffaULL: return 2;
	case 0xfffffffffffffffbULL: return 6;
	case 0xfffffffffffffffcULL: return 5;
	case 0xfffffffffffffffdULL: return 3;
	case 0xfffffffffffffffeULL: return 5;
	case 0xffffffffffffffffULL: return 8;
	}
	return 7;
}

/* u32 entries: signed cases just below 0, at the bottom and at the top of
 * __s64. */
static __noinline __u32 neg_s64(__s64 x)
{
	switch (x) {
	case -4: return 0x1000;
	case -3: return 0x2345;
	case -2: return 0x3a3a;
	case -1: return 0x4bcd;
	}
	return 7;
}

static __noinline __u32 min_s64(__s64 x)
{
	switch (x) {
	case -0x7fffffffffffffffLL - 1: return 0x91;
	case -0x7fffffffffffffffLL: return 0x17;
	case -0x7ffffffffffffffeLL: return 0x3c;
	case -0x7ffffffffffffffdLL: return 0xe2;
	case -0x7ffffffffffffffcLL: return 0x08;
	}
	return 0x50;
}

static __noinline __u32 max_s64(__s64 x)
{
	switch (x) {
	case 0x7ffffffffffffffcLL: return 0x2b;
	case 0x7ffffffffffffffdLL: return 0xc4;
	case 0x7ffffffffffffffeLL: return 0x4f;
	case 0x7fffffffffffffffLL: return 0x7d;
	}
	return 0x60;
}

HARNESS_SYSCALL(lut_top)
{
	__u64 v = top_u64(a->arg[0]);

	return (__u32)(v ^ (v >> 32)) + top_u8(a->arg[0]);
}

HARNESS_SYSCALL(lut_signed_ends)
{
	return neg_s64(a->arg[0]) + min_s64(a->arg[0]) + max_s64(a->arg[0]);
}
