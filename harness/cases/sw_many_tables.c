// 70 switches of 16 cases in one program.  As 70 jump tables the program
// needs 70 maps and the kernel allows 64 ("The total number of maps per
// program has reached the limit of 64", stock 22.1.8); by default 32 become
// tables and the rest compare trees (BPFJumpTablePolicy.cpp), and it loads.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

#define SW16(v, k)							\
	switch ((v) & 15) {						\
	case 0: acc = acc * 3 + (k); break;				\
	case 1: acc ^= 0x5a5a + (k); break;				\
	case 2: acc += 77 * (k); break;					\
	case 3: acc = (acc >> 3) + (k); break;				\
	case 4: acc = (acc << 2) ^ (k); break;				\
	case 5: acc -= 1000 + (k); break;				\
	case 6: acc = ~acc + (k); break;				\
	case 7: acc |= 0xf0f0 + (k); break;				\
	case 8: acc &= 0xffffff - (k); break;				\
	case 9: acc = acc * 7 + 7 * (k); break;				\
	case 10: acc += 0x1234567 ^ (k); break;				\
	case 11: acc ^= (acc >> 7) + (k); break;			\
	case 12: acc = acc % 100003 + (k); break;			\
	case 13: acc = acc / 5 + (k); break;				\
	case 14: acc = ((acc << 9) | (acc >> 23)) + (k); break;		\
	case 15: acc = acc * 17 + 5 + (k); break;			\
	}
#define SW10(v, k)							\
	SW16((v) >> 0, (k) + 0) SW16((v) >> 4, (k) + 1)			\
	SW16((v) >> 8, (k) + 2) SW16((v) >> 12, (k) + 3)		\
	SW16((v) >> 16, (k) + 4) SW16((v) >> 20, (k) + 5)		\
	SW16((v) >> 24, (k) + 6) SW16((v) >> 28, (k) + 7)		\
	SW16((v) >> 32, (k) + 8) SW16((v) >> 36, (k) + 9)

HARNESS_SYSCALL(many)
{
	__u32 acc = a->arg[7];

	SW10(a->arg[0], 0)
	SW10(a->arg[1], 10)
	SW10(a->arg[2], 20)
	SW10(a->arg[3], 30)
	SW10(a->arg[4], 40)
	SW10(a->arg[5], 50)
	SW10(a->arg[6], 60)
	return acc;
}
