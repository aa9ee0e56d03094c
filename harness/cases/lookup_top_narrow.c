// Switches whose cases are the top of an 8- or 16-bit type (121 to 127 of a
// __s8, 249 to 255 of a __u8, and the same for 16 bits) and select
// constants become lookup tables indexed with x - Lo wrapped to the type:
// `w1 += 135; r1 &= 255` from the 64-bit x, while the range check reads the
// sign- or zero-extended low bits (w2 = (s8)w1; if w2 s< 121 goto default).
// The verifier bounds the checked register, not the index, and stock
// clang-22 gets "R2 ... outside of the allowed memory range" (unsigned
// range [0, 2040] into a 56-byte table).  Ours indexes with the checked
// value minus Lo (BPFJumpTableIndex.cpp).  Found by the differential
// fuzzer (seed 13105; docs/reliability.md, finding 19).
// HARNESS-EXPECT-NO-ASM: gotox
#include "harness_case.h"

#define TOP_CASES(name, type, c0, c1, c2, c3, c4, c5, c6)		\
static __noinline __u64 name##_fn(__u64 x)				\
{									\
	switch ((type)x) {						\
	case c0: return 0x4a9c;						\
	case c1: return 0xc81e;						\
	case c2: return 0xd8;						\
	case c3: return 0x7ba0f166;					\
	case c4: return 31;						\
	case c5: return 0x9928422d;					\
	case c6: return 0x894f;						\
	}								\
	return 0xf22;							\
}

TOP_CASES(top_s8, __s8, 121, 122, 123, 124, 125, 126, 127)
TOP_CASES(top_s16, __s16, 32761, 32762, 32763, 32764, 32765, 32766, 32767)
TOP_CASES(top_u8, __u8, 249, 250, 251, 252, 253, 254, 255)
TOP_CASES(top_u16, __u16, 65529, 65530, 65531, 65532, 65533, 65534, 65535)

HARNESS_SYSCALL(lookup_top_s8)
{
	return top_s8_fn(a->arg[0]);
}

HARNESS_SYSCALL(lookup_top_s16)
{
	return top_s16_fn(a->arg[0]);
}

HARNESS_SYSCALL(lookup_top_u8)
{
	return top_u8_fn(a->arg[0]);
}

HARNESS_SYSCALL(lookup_top_u16)
{
	return top_u16_fn(a->arg[0]);
}
