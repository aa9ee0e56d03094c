// Issue 18's neighbours: a switch of 16 dense cases (a jump table at
// -mcpu=v4) on a byte read from memory in a __noinline function, and a
// lookup-table switch on a __u16 read the same way in a global function,
// both called from two places.  In the XDP program the memory is the
// packet (bounds-checked once for the 64 bytes), in the syscall program
// the arguments on the stack.  The byte's offset is variable (masked),
// then tested against the end of the memory (the packet's end: the
// verifier forgets a packet pointer's range once a variable is added).
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

union pkt {
	struct harness_args a;
	__u8 b[64];
	__u16 h[32];
};

static __noinline __u64 op_at(const union pkt *p, const void *end, __u64 off,
				 __u64 acc)
{
	const __u8 *q = &p->b[off & 63];

	if ((const void *)(q + 1) > end)
		return acc ^ 0x99;
	switch (*q) {
	case 32: acc += 0x101; break;
	case 33: acc ^= acc >> 3; break;
	case 34: acc = acc * 13 + off; break;
	case 35: acc -= 0x77777; break;
	case 36: acc |= 0x40; break;
	case 37: acc = (acc << 11 | acc >> 53) + 5; break;
	case 38: acc = ~acc; break;
	case 39: acc = acc / 7 + 9; break;
	case 40: acc &= 0xffffffffff00ULL; break;
	case 41: acc += off * 3; break;
	case 42: acc ^= 0x5a5a5a5a5aULL; break;
	case 43: acc = acc % 4099 + 1; break;
	case 44: acc -= off; break;
	case 45: acc = acc * acc + 1; break;
	case 46: acc += 0x6161; break;
	case 47: acc ^= off << 40; break;
	default: return acc + 0xbeef;
	}
	return acc + 1;
}

__noinline __u32 cls_at(const union pkt *p, __u64 off)
{
	if (!p)
		return 0;
	switch (p->h[off & 31]) {
	case 0x0800: return 0x10001;
	case 0x0801: return 0x20002;
	case 0x0802: return 0xfffffff3;
	case 0x0803: return 0x40004;
	case 0x0804: return 0x5;
	case 0x0805: return 0x60606;
	}
	return 0x77;
}

static __always_inline __u32 run(const struct harness_args *a, const union pkt *p,
				 const void *end)
{
	__u64 x = a->arg[0], acc = a->arg[1];

	if (x & 0x10000)
		acc = op_at(p, end, x, acc);
	else
		acc = op_at(p, end, x >> 6, acc ^ 0x33) * 3;
	acc += cls_at(p, x >> 20);
	if (acc & 1)
		acc ^= cls_at(p, x >> 30) << 7;
	return (__u32)(acc ^ (acc >> 32));
}

HARNESS_DECL(jpb_sc)
{
	union pkt p = { .a = *a };

	return run(a, &p, &p + 1);
}

#ifdef __bpf__
HARNESS_SC_PROG(jpb_sc, jpb_sc)

SEC("xdp") int jpb_xdp(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	const union pkt *p = data;
	struct harness_args a;

	if (data + sizeof(*p) > data_end)
		return HARNESS_BAD_INPUT;
	a = p->a;
	return run(&a, p, data_end);
}
#else
HARNESS_REG(jpb_sc, jpb_sc)
HARNESS_REG(jpb_xdp, jpb_sc)
#endif
