// The interp_local interpreter with a STATIC label table (the classic GCC
// idiom).  Stock clang-22 puts the table in .rodata with R_BPF_64_ABS64
// relocations that libbpf skips, and the kernel rejects the program
// ("Missing jump table"); ours lowers it to a .jumptables table.
//
// A computed-goto bytecode interpreter (goto *tbl[op]) with a static label
// table.  The bytecode sits in const volatile globals (a frozen .rodata map),
// so the verifier knows every opcode and follows one gotox target per step.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

enum { OP_HALT, OP_LDI, OP_ARG, OP_ADD, OP_MUL, OP_XOR, OP_SHR, OP_DEC,
       OP_JNZ, OP_MOV, OP_NR };

struct insn {
	__u8 op, dst, src, pad;
	__s32 imm;	/* constant, argument index, shift or jump target */
};

#define I(o, d, s, i) { OP_##o, d, s, 0, i }

/* r0 = (arg0 * 3 + arg1) ^ 0x55 */
const volatile struct insn code_poly[] = {
	I(ARG, 0, 0, 0), I(LDI, 1, 0, 3), I(MUL, 0, 1, 0), I(ARG, 1, 0, 1),
	I(ADD, 0, 1, 0), I(LDI, 1, 0, 0x55), I(XOR, 0, 1, 0), I(HALT, 0, 0, 0),
};

/* 8 rounds of r0 = r0 * 31 + r1; r1 >>= 1 */
const volatile struct insn code_loop[] = {
	I(ARG, 0, 0, 0), I(ARG, 1, 0, 1), I(LDI, 2, 0, 8), I(LDI, 3, 0, 31),
	I(MUL, 0, 3, 0), I(ADD, 0, 1, 0), I(SHR, 1, 0, 1), I(DEC, 2, 0, 0),
	I(JNZ, 2, 0, 4), I(HALT, 0, 0, 0),
};

/* Fibonacci(20) mixed with arg2: the loop count is in the bytecode. */
const volatile struct insn code_fib[] = {
	I(LDI, 0, 0, 0), I(LDI, 1, 0, 1), I(LDI, 2, 0, 20), I(MOV, 3, 0, 0),
	I(ADD, 3, 1, 0), I(MOV, 0, 1, 0), I(MOV, 1, 3, 0), I(DEC, 2, 0, 0),
	I(JNZ, 2, 0, 3), I(ARG, 1, 0, 2), I(XOR, 0, 1, 0), I(HALT, 0, 0, 0),
};

#define LEN(c) (sizeof(c) / sizeof((c)[0]))

static __noinline __u32 interp(const volatile struct insn *code, __u32 len,
			       const struct harness_args *a)
{
	static const void *const tbl[OP_NR] = {
		&&do_halt, &&do_ldi, &&do_arg, &&do_add, &&do_mul,
		&&do_xor, &&do_shr, &&do_dec, &&do_jnz, &&do_mov,
	};
	const volatile struct insn *i;
	__u64 r[4] = {};
	__u32 pc = 0, steps = 0;

#define NEXT								\
	do {								\
		if (pc >= len || ++steps > 256)				\
			return 0xeeee;					\
		i = &code[pc++];					\
		if (i->op >= OP_NR)					\
			return 0xbad;					\
		goto *tbl[i->op];					\
	} while (0)
#define D r[i->dst & 3]
#define S r[i->src & 3]

	NEXT;
do_ldi:	D = i->imm;		NEXT;
do_arg:	D = a->arg[i->imm & 7];	NEXT;
do_add:	D += S;			NEXT;
do_mul:	D *= S;			NEXT;
do_xor:	D ^= S;			NEXT;
do_shr:	D >>= i->imm & 63;	NEXT;
do_dec:	D -= 1;			NEXT;
do_mov:	D = S;			NEXT;
do_jnz:	if (D)
		pc = i->imm;
	NEXT;
do_halt:
	return r[0];
}

HARNESS_SYSCALL(interp_poly)
{
	return interp(code_poly, LEN(code_poly), a);
}

HARNESS_SYSCALL(interp_loop)
{
	return interp(code_loop, LEN(code_loop), a);
}

HARNESS_XDP(interp_fib)
{
	return interp(code_fib, LEN(code_fib), a);
}
