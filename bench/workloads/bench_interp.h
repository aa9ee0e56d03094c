/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A bytecode interpreter running one fixed program, in the dispatch style
 * INTERP_STYLE selects:
 *
 *	INTERP_SWITCH	switch (op) in a loop
 *	INTERP_LOCAL	goto *tbl[op], tbl a local array of label addresses
 *	INTERP_STATIC	goto *tbl[op], tbl a function-static const array (the
 *			GCC idiom; stock clang-22's object does not load)
 *
 * The bytecode is a const volatile global (a frozen .rodata map), so the
 * verifier knows each opcode and follows one dispatch target per step,
 * as it would for a program loaded with its bytecode.  Its 10 opcodes are
 * fewer than the 13 cases from which LLVM makes a switch into a table.
 */
#include "harness_case.h"

#define INTERP_SWITCH	0
#define INTERP_LOCAL	1
#define INTERP_STATIC	2

enum { OP_HALT, OP_LDI, OP_ARG, OP_ADD, OP_MUL, OP_XOR, OP_SHR, OP_DEC,
       OP_JNZ, OP_MOV, OP_NR };

struct insn {
	__u8 op, dst, src, pad;
	__s32 imm;	/* constant, argument index, shift or jump target */
};

#define I(o, d, s, i) { OP_##o, d, s, 0, i }

/*
 * r0 = fib(24) ^ arg0, then 16 rounds of r0 = (r0 * 31 + arg1) ^ (r0 >> 7):
 * 171 steps, every opcode used.
 */
const volatile struct insn bytecode[] = {
	I(LDI, 0, 0, 0), I(LDI, 1, 0, 1), I(LDI, 2, 0, 24), I(MOV, 3, 0, 0),
	I(ADD, 3, 1, 0), I(MOV, 0, 1, 0), I(MOV, 1, 3, 0), I(DEC, 2, 0, 0),
	I(JNZ, 2, 0, 3), I(ARG, 1, 0, 0), I(XOR, 0, 1, 0),
	/* 11: */
	I(LDI, 2, 0, 16), I(LDI, 3, 0, 31), I(MUL, 0, 3, 0), I(ARG, 1, 0, 1),
	I(ADD, 0, 1, 0), I(MOV, 1, 0, 0), I(SHR, 1, 0, 7), I(XOR, 0, 1, 0),
	I(DEC, 2, 0, 0), I(JNZ, 2, 0, 12), I(HALT, 0, 0, 0),
};

#define CODE_LEN (sizeof(bytecode) / sizeof(bytecode[0]))
#define MAX_STEPS 512

static __noinline __u32 run_bytecode(const struct harness_args *a)
{
#if INTERP_STYLE == INTERP_LOCAL
	const void *tbl[OP_NR] = {
#elif INTERP_STYLE == INTERP_STATIC
	static const void *const tbl[OP_NR] = {
#endif
#if INTERP_STYLE != INTERP_SWITCH
		&&do_halt, &&do_ldi, &&do_arg, &&do_add, &&do_mul,
		&&do_xor, &&do_shr, &&do_dec, &&do_jnz, &&do_mov,
	};
#endif
	const volatile struct insn *i;
	__u64 r[4] = {};
	__u32 pc = 0, steps = 0;

#define D r[i->dst & 3]
#define S r[i->src & 3]
#define FETCH								\
	do {								\
		if (pc >= CODE_LEN || ++steps > MAX_STEPS)		\
			return 0xeeee;					\
		i = &bytecode[pc++];					\
		if (i->op >= OP_NR)					\
			return 0xbad;					\
	} while (0)

#if INTERP_STYLE == INTERP_SWITCH
	for (;;) {
		FETCH;
		switch (i->op) {
		case OP_HALT: return r[0] ^ r[0] >> 32;
		case OP_LDI: D = i->imm; break;
		case OP_ARG: D = a->arg[i->imm & 7]; break;
		case OP_ADD: D += S; break;
		case OP_MUL: D *= S; break;
		case OP_XOR: D ^= S; break;
		case OP_SHR: D >>= i->imm & 63; break;
		case OP_DEC: D--; break;
		case OP_JNZ: if (D) pc = i->imm; break;
		case OP_MOV: D = S; break;
		}
	}
#else
#define NEXT do { FETCH; goto *tbl[i->op]; } while (0)
	NEXT;
do_halt:
	return r[0] ^ r[0] >> 32;
do_ldi:
	D = i->imm;
	NEXT;
do_arg:
	D = a->arg[i->imm & 7];
	NEXT;
do_add:
	D += S;
	NEXT;
do_mul:
	D *= S;
	NEXT;
do_xor:
	D ^= S;
	NEXT;
do_shr:
	D >>= i->imm & 63;
	NEXT;
do_dec:
	D--;
	NEXT;
do_jnz:
	if (D)
		pc = i->imm;
	NEXT;
do_mov:
	D = S;
	NEXT;
#endif
}

HARNESS_XDP(interp)
{
	return run_bytecode(a);
}
