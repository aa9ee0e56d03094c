// A switch on a __u32 nested in a case (fn0, case -2) whose cases select
// constants over 0 to 6 with holes becomes a 7-entry lookup table plus
// SimplifyCFG's bitmap of the cases present.  At -O1 the range check and
// the bitmap test are folded into one condition that a second branch also
// reads, so instruction selection keeps it whole: `if w2 < 7 goto +1` only
// sets a flag, the one branch tests the flag and the bitmap bit, and the
// verifier learns no bound on the index: "access beyond object_size 56"
// for the table load, with every key state.  BPFLookupTableRangeCheck
// branches on the range check first.  Found by the differential fuzzer
// (seed 14909, -O1 -mcpu=v4; docs/reliability.md, finding 21); the
// program is the seed's, unchanged.
// HARNESS-CFLAGS: -mcpu=v4 -O1
#include "harness_case.h"
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(key0);
DEFINE_STATIC_KEY_TRUE(key1);

/* fn0: switch */
static __noinline __u64 fn0(__u64 x, __u64 acc)
{
	{
		__s16 v = (__s16)(x >> 0);

		switch (v) {
		case -4:
			acc = ~acc + 0x4a2c57644168ce01ULL;
			__attribute__((fallthrough));
		case -3:
			if (bpf_static_branch_likely(&key1))
				acc -= 0xa523ULL;
			break;
		case -2:
			{
				__u32 vn = (__u32)(x >> 0);

				switch (vn) {
				case 0:
					acc = acc / 94 + 0x3bULL;
					break;
				case 1:
					if (bpf_static_branch_likely(&key1))
						acc = (acc << 44 | acc >> 20) + 0x6ULL;
					__attribute__((fallthrough));
				case 2:
					if (bpf_static_branch_unlikely(&key1))
						acc ^= 0xf82d51cbULL;
					else
						acc += 0x4b9fd73ULL ^ (x >> 39);
					break;
				case 3:
					acc = acc % 3359 + 0xd6edf356ULL;
					__attribute__((fallthrough));
				case 4:
					if (acc > 0x9a680a6a53e0dc5aULL && (x & 0x20000000000ULL))
						acc += x * 10;
					__attribute__((fallthrough));
				case 6:
					if (!bpf_static_branch_likely(&key1))
						acc -= 0xc6ab1b23738cf89cULL;
					return acc ^ 0xb6b2ULL;
				case 7:
					acc = (acc << 41 | acc >> 23) + 0x3bULL;
					break;
				default:
					acc = acc * 633 + 0x62ULL;
					break;
				}
			}
			break;
		case -1:
			acc = (acc & 0xeb759d8cULL) | 250;
			break;
		case 0:
			if (bpf_static_branch_unlikely(&key0))
				acc += 0x957cfe05ULL ^ (x >> 47);
			break;
		case 2:
			acc = (acc & 0x3f6aULL) | 214;
			break;
		case 3:
			if (bpf_static_branch_unlikely(&key1))
				acc = ~acc + 0xd8ULL;
			break;
		case 4:
			{
				__u32 vn = (__u32)(x >> 0);

				switch (vn) {
				case 0:
					acc ^= 0x1d217160074337bdULL;
					__attribute__((fallthrough));
				case 1:
					acc ^= 0xf4ULL;
					__attribute__((fallthrough));
				case 4:
					acc = acc * 985 + 0x1d6f22fcULL;
					__attribute__((fallthrough));
				case 5:
					acc = acc % 7852 + 0xef36ULL;
					__attribute__((fallthrough));
				case 6:
					acc = ~acc + 0xeULL;
					return acc ^ 0xe8c5ULL;
				default:
					acc = acc % 1927 + 0x1dULL;
					break;
				}
			}
			break;
		}
	}
	return acc;
}

HARNESS_BOTH(p)
{
	__u64 acc = 0x7eULL;

	acc = fn0(a->arg[3], acc);
	return (__u32)(acc ^ (acc >> 32));
}
