/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * One test case source, two builds:
 *  - BPF (clang --target=bpf): every HARNESS_* program becomes a BPF program
 *    that the guest runner loads and runs with BPF_PROG_TEST_RUN;
 *  - host (gcc): the same body is registered for host_ref, which computes
 *    the expected value of every run.
 *
 *	HARNESS_SYSCALL(name) { return a->arg[0] + 1; }
 *
 * defines __u32 name_body(const struct harness_args *a) and a program
 * "name".  HARNESS_XDP(name) reads the arguments from the packet instead;
 * HARNESS_BOTH(name) makes both, "name_sc" and "name_xdp" (XDP accepts
 * repeat > 1, so it is the one to time).  The program's return value is the
 * result; keep bodies free of undefined behaviour so both builds agree.
 *
 * Static keys: a case includes <bpf_static_key.h> and uses its vocabulary
 * (DEFINE_STATIC_KEY_FALSE/TRUE, bpf_static_branch_likely/unlikely).  The
 * BPF build gets clang's header; the host build gets include/host/
 * bpf_static_key.h, i.e. the definitions below: every key registers itself
 * with host_ref, which runs each program once per combination of key states
 * and sets each key's state before each run.
 */
#ifndef HARNESS_CASE_H
#define HARNESS_CASE_H

#include "harness_args.h"

typedef __u32 (*harness_fn)(const struct harness_args *a);

#ifdef __bpf__

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* Returned when the XDP packet is too short; the runner always sends 64 B. */
#define HARNESS_BAD_INPUT 0xbad1a9u

/* From the kernel's bpf_experimental.h: a may_goto-bounded loop condition. */
#ifndef can_loop
#define can_loop							\
	({ __label__ l_break, l_continue;				\
	   int ret = 1;							\
	   asm volatile goto("may_goto %l[l_break]" :::: l_break);	\
	   goto l_continue;						\
	   l_break: ret = 0;						\
	   l_continue:;							\
	   ret;								\
	})
#endif

#define HARNESS_SC_PROG(prog, name)					\
SEC("syscall") int prog(struct harness_args *ctx)			\
{									\
	struct harness_args a = *ctx;					\
									\
	return name##_body(&a);						\
}

#define HARNESS_XDP_PROG(prog, name)					\
SEC("xdp") int prog(struct xdp_md *ctx)					\
{									\
	void *data = (void *)(long)ctx->data;				\
	void *data_end = (void *)(long)ctx->data_end;			\
	const struct harness_args *in = data;	/* 8-aligned in test_run */ \
	struct harness_args a;						\
									\
	if (data + sizeof(a) > data_end)				\
		return HARNESS_BAD_INPUT;				\
	a = *in;							\
	return name##_body(&a);						\
}

#define HARNESS_DECL(name)						\
static __always_inline __u32 name##_body(const struct harness_args *a)

#define HARNESS_SYSCALL(name)						\
	HARNESS_DECL(name);						\
	HARNESS_SC_PROG(name, name)					\
	HARNESS_DECL(name)

#define HARNESS_XDP(name)						\
	HARNESS_DECL(name);						\
	HARNESS_XDP_PROG(name, name)					\
	HARNESS_DECL(name)

#define HARNESS_BOTH(name)						\
	HARNESS_DECL(name);						\
	HARNESS_SC_PROG(name##_sc, name)				\
	HARNESS_XDP_PROG(name##_xdp, name)				\
	HARNESS_DECL(name)

char _license[] SEC("license") = "GPL";

#else /* host reference build */

#define SEC(s)
#define __noinline __attribute__((noinline))
#ifndef __always_inline
#define __always_inline inline __attribute__((always_inline))
#endif
#define can_loop 1
#define bpf_printk(fmt, ...) ((void)0)

void harness_register(const char *prog, harness_fn fn);

/* <bpf_static_key.h> for the host: a key is its name and current state. */
struct harness_static_key {
	const char *name;
	int initial;		/* DEFINE_STATIC_KEY_TRUE: 1 */
	int on;			/* set by host_ref for each combination */
};

void harness_register_key(struct harness_static_key *key);

#define HARNESS_STATIC_KEY(key, init)					\
	struct harness_static_key key;					\
	static void __attribute__((constructor)) key##_key_register(void) \
	{								\
		harness_register_key(&key);				\
	}								\
	struct harness_static_key key = { #key, init, init }

#define DEFINE_STATIC_KEY_FALSE(key) HARNESS_STATIC_KEY(key, 0)
#define DEFINE_STATIC_KEY_TRUE(key) HARNESS_STATIC_KEY(key, 1)
/* likely/unlikely only choose the BPF code layout; both read the state. */
#define bpf_static_branch_likely(key) (!!(key)->on)
#define bpf_static_branch_unlikely(key) (!!(key)->on)

#define HARNESS_REG(prog, name)						\
static void __attribute__((constructor)) prog##_register(void)		\
{									\
	harness_register(#prog, name##_body);				\
}

#define HARNESS_DECL(name)						\
static __u32 name##_body(const struct harness_args *a)

#define HARNESS_SYSCALL(name)						\
	HARNESS_DECL(name);						\
	HARNESS_REG(name, name)						\
	HARNESS_DECL(name)

#define HARNESS_XDP(name) HARNESS_SYSCALL(name)

#define HARNESS_BOTH(name)						\
	HARNESS_DECL(name);						\
	HARNESS_REG(name##_sc, name)					\
	HARNESS_REG(name##_xdp, name)					\
	HARNESS_DECL(name)

#endif /* __bpf__ */
#endif /* HARNESS_CASE_H */
