// 256 cases covering every value of an 8-bit switch: the biggest table, and
// no range check is needed.  Syscall and XDP twins.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

#define C4(n)								\
	case (n): return y * ((n) + 3);					\
	case (n) + 1: return y ^ (((n) + 1) * 0x01010101u);		\
	case (n) + 2: return (y >> (((n) + 2) & 7)) + (n);		\
	case (n) + 3: return (y << (((n) + 3) & 15)) | (n);
#define C16(n) C4(n) C4((n) + 4) C4((n) + 8) C4((n) + 12)
#define C64(n) C16(n) C16((n) + 16) C16((n) + 32) C16((n) + 48)

HARNESS_BOTH(sw256)
{
	__u8 x = a->arg[0];
	__u32 y = a->arg[1];

	switch (x) {
	C64(0) C64(64) C64(128) C64(192)
	}
	return 0;	/* unreachable: all 256 values are cases */
}
