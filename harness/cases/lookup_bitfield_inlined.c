// Issue 18's neighbours: switches that only return constants (SimplifyCFG
// makes each a load from a constant table), on bitfields, in
// __always_inline helpers inlined at several call sites: a __u16 bitfield
// of 5 bits with u8 entries, one of 9 bits with u16 entries, a __u32
// bitfield of 12 bits with __s64 entries, taken from a register and from
// a struct in memory.  The range check and the table index must stay on
// one register: the verifier bounds only what the check reads.
// HARNESS-EXPECT-NO-ASM: gotox
#include "harness_case.h"

struct hdr {
	__u16 lo:5, mid:9, hi:2;
	__u16 pad;
	__u32 ver:4, len:12, rest:16;
};

union bits {
	__u64 w;
	struct hdr h;
};

static __always_inline __u8 lut8(__u16 v)
{
	switch (v) {
	case 3: return 0x11;
	case 4: return 0x2f;
	case 5: return 0x3c;
	case 6: return 0x47;
	case 7: return 0x5a;
	case 8: return 0x6e;
	case 9: return 0x71;
	case 10: return 0x8d;
	case 11: return 0x9e;
	case 12: return 0xa2;
	}
	return 0xee;
}

static __always_inline __u16 lut16(__u16 v)
{
	switch (v) {
	case 500: return 0x1234;
	case 501: return 0x2345;
	case 502: return 0x3456;
	case 503: return 0xfedc;
	case 504: return 0x8001;
	case 505: return 0x0002;
	case 506: return 0x7ff3;
	}
	return 0x4444;
}

static __always_inline __s64 lut64(__u32 v)
{
	switch (v) {
	case 4090: return -5;
	case 4091: return 0x123456789aLL;
	case 4092: return -0x7000000000000000LL;
	case 4093: return 77;
	case 4094: return -1;
	case 4095: return 0x7fffffffffffffffLL;
	}
	return 3;
}

HARNESS_BOTH(lbi)
{
	union bits u = { .w = a->arg[0] };
	struct hdr m;
	__u64 acc = a->arg[2];

	__builtin_memcpy(&m, &a->arg[1], sizeof(m));
	switch ((__u16)a->arg[3]) {
	case 0:
		acc += lut8(u.h.lo);
		acc = acc * 7 + lut16(u.h.mid);
		break;
	case 1:
		acc ^= lut8(m.lo) << 8;
		acc += lut64(m.len);
		break;
	case 2:
		acc -= lut16(m.mid);
		acc ^= lut64(u.h.len);
		break;
	case 3:
		acc += lut8(u.h.mid) + lut8(m.hi);
		break;
	default:
		acc = ~acc;
		break;
	}
	return (__u32)(acc ^ (acc >> 32));
}
