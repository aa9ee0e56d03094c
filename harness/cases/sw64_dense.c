// 64 dense cases, four kinds of body so the compiler cannot fold the switch
// into a table of constants.  Syscall and XDP twins.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

#define C4(n)								\
	case (n): return y * ((n) + 3);					\
	case (n) + 1: return y ^ (((n) + 1) * 0x01010101u);		\
	case (n) + 2: return (y >> (((n) + 2) & 7)) + (n);		\
	case (n) + 3: return (y << (((n) + 3) & 15)) | (n);
#define C16(n) C4(n) C4((n) + 4) C4((n) + 8) C4((n) + 12)

HARNESS_BOTH(sw64)
{
	__u32 x = a->arg[0], y = a->arg[1];

	switch (x) {
	C16(0) C16(16) C16(32) C16(48)
	default: return y + 0x64646464;
	}
}
