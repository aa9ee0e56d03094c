// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The libbpf layer (bpfsk_loader.h) on the host, without a kernel: a
 * seccomp filter makes every bpf() fail with EPERM, so whatever reaches the
 * kernel fails the way an unprivileged or BPF-less machine would.  Checks
 * every bad input (NULL, bad opts, unknown key, calls in the wrong state),
 * that a failed call changes no key state and leaves the loader usable,
 * that staged states before load are what the load uses, and that
 * bpfsk_loader__build() is the core's rewrite plus dead-code removal (and
 * the identity for an object without sites).  What needs a kernel (load,
 * apply, links, maps surviving a flip, a failed apply) is the harness's
 * flipper (harness/flipper/).
 *
 * Built only when sid's static libbpf is in cache/harness (make -C harness
 * fetch) and the fixtures need our clang (UNIT_CLANG); otherwise skipped.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"

#ifdef UNIT_NO_LIBBPF
int main(void)
{
	printf("unit/bpfsk_loader: skipped, no libbpf in cache/harness (make -C harness fetch)\n");
	return unit_report("unit/bpfsk_loader");
}
#else

#include <stddef.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "bpfsk_loader.h"

#ifndef UNIT_CLANG
#define UNIT_CLANG "build/bin/clang"
#endif

static const char keys_c[] =
"#include <bpf_static_key.h>\n"
"DEFINE_STATIC_KEY_FALSE(debug_key);\n"
"DEFINE_STATIC_KEY_TRUE(fast_path);\n"
"struct { int (*type)[2]; int (*max_entries)[4]; unsigned int *key;\n"
"	 unsigned long long *value; } counts __attribute__((section(\".maps\")));\n"
"unsigned long long hits;\n"
"int bias = 3;\n"
"__attribute__((section(\"xdp\"))) int prog(void *ctx)\n"
"{\n"
"	int r = bias;\n"
"	if (__builtin_static_branch(&debug_key, 0))\n"
"		r += 100;\n"
"	if (__builtin_static_branch(&fast_path, 1))\n"
"		r *= 2;\n"
"	hits++;\n"
"	return r;\n"
"}\n"
"char _license[] __attribute__((section(\"license\"))) = \"GPL\";\n";

static const char plain_c[] =
"__attribute__((section(\"xdp\"))) int prog(unsigned int *ctx)\n"
"{\n"
"	switch (ctx[0] & 7) {\n"
"	case 0: return 11; case 1: return 7; case 2: return 93;\n"
"	case 3: return 4; case 4: return 61; case 5: return 2;\n"
"	default: return 1;\n"
"	}\n"
"}\n"
"char _license[] __attribute__((section(\"license\"))) = \"GPL\";\n";

static char last_msg[4096];
static int msg_cnt;

static int capture(enum bpfsk_print_level level, const char *fmt, va_list ap)
{
	if (level != BPFSK_WARN)
		return 0;
	vsnprintf(last_msg, sizeof(last_msg), fmt, ap);
	msg_cnt++;
	return 0;
}

static bool msg_has(const char *a, const char *b)
{
	return strstr(last_msg, a) && (!b || strstr(last_msg, b));
}

/* Every bpf() from now on fails with EPERM. */
static int deny_bpf(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_bpf, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(f) / sizeof(f[0]),
				   .filter = f };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return -errno;
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
		return -errno;
	return 0;
}

static int compile(const char *dir, const char *name, const char *src,
		   char *obj, size_t obj_size)
{
	char path[512], cmd[1400];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s.c", dir, name);
	snprintf(obj, obj_size, "%s/%s.o", dir, name);
	f = fopen(path, "w");
	if (!f || fputs(src, f) < 0 || fclose(f))
		return -1;
	snprintf(cmd, sizeof(cmd), "%s --target=bpf -O2 -g -mcpu=v4 -c %s -o %s",
		 UNIT_CLANG, path, obj);
	return system(cmd) ? -1 : 0;
}

static int prepare_calls;
static bool prepare_reload;

static int failing_prepare(struct bpf_object *obj, bool reload, void *ctx)
{
	prepare_calls++;
	prepare_reload = reload;
	EXPECT(obj != NULL);
	EXPECT(ctx == &prepare_calls);
	return -E2BIG;
}

static int replace(void *ctx, int old_fd, int new_fd)
{
	(void)ctx; (void)old_fd; (void)new_fd;
	return 0;
}

static void test_open(const char *obj_path, const void *buf, size_t size,
		      const char *dir)
{
	BPFSK_OPTS(bpfsk_loader_opts, opts);
	struct {
		struct bpfsk_loader_opts o;
		long extra;
	} big = { .o.sz = sizeof(big) };
	char path[600];
	struct bpfsk_loader *l;
	FILE *f;

	errno = 0;
	EXPECT(!bpfsk_loader__open_mem(NULL, 10, NULL) && errno == EINVAL);
	errno = 0;
	EXPECT(!bpfsk_loader__open_mem(buf, 0, NULL) && errno == EINVAL);
	errno = 0;
	EXPECT(!bpfsk_loader__open_mem("not an ELF object", 17, NULL) &&
	       errno == EINVAL);
	errno = 0;
	EXPECT(!bpfsk_loader__open_file(NULL, NULL) && errno == EINVAL);
	snprintf(path, sizeof(path), "%s/missing.o", dir);
	errno = 0;
	EXPECT(!bpfsk_loader__open_file(path, NULL) && errno == ENOENT);
	EXPECT(msg_has(path, "cannot open"));
	snprintf(path, sizeof(path), "%s/empty.o", dir);
	f = fopen(path, "w");
	EXPECT(f && !fclose(f));
	errno = 0;
	EXPECT(!bpfsk_loader__open_file(path, NULL) && errno == EINVAL);
	EXPECT(msg_has(path, "empty"));
	/* A truncated object: the core's parse error. */
	errno = 0;
	EXPECT(!bpfsk_loader__open_mem(buf, size / 2, NULL) && errno == EINVAL);

	/* opts: sz too small; larger than known with a non-zero tail. */
	opts.sz = 1;
	errno = 0;
	EXPECT(!bpfsk_loader__open_mem(buf, size, &opts) && errno == EINVAL);
	EXPECT(msg_has("bpfsk_loader_opts", "sz"));
	big.extra = 1;
	errno = 0;
	EXPECT(!bpfsk_loader__open_mem(buf, size, &big.o) && errno == EINVAL);
	big.extra = 0;
	big.o.object_name = "bigopts";
	l = bpfsk_loader__open_mem(buf, size, &big.o);
	EXPECT(l && !strcmp(bpfsk_loader__name(l), "bigopts"));
	bpfsk_loader__close(l);
	/* An older caller's smaller opts: the fields it has. */
	opts.sz = offsetof(struct bpfsk_loader_opts, kconfig);
	opts.object_name = "small";
	l = bpfsk_loader__open_mem(buf, size, &opts);
	EXPECT(l && !strcmp(bpfsk_loader__name(l), "small"));
	bpfsk_loader__close(l);

	l = bpfsk_loader__open_file(obj_path, NULL);
	EXPECT(l && !strcmp(bpfsk_loader__name(l), "keys.o"));
	bpfsk_loader__close(l);
	l = bpfsk_loader__open_mem(buf, size, NULL);
	EXPECT(l && !strcmp(bpfsk_loader__name(l), "mem"));
	bpfsk_loader__close(l);
	bpfsk_loader__close(NULL);
}

static void test_keys(const void *buf, size_t size)
{
	LIBBPF_OPTS(bpf_object_open_opts, unused);
	BPFSK_OPTS(bpfsk_loader_opts, opts, .object_name = "unit_obj");
	struct bpfsk_loader *l;
	struct bpfsk_txn *t, *t2;

	(void)unused;
	l = bpfsk_loader__open_mem(buf, size, &opts);
	EXPECT(l != NULL);
	if (!l)
		return;
	EXPECT(bpfsk_object__key_cnt(bpfsk_loader__sk_object(l)) == 2);
	EXPECT(bpfsk_loader__key(l, "debug_key") == 0);
	EXPECT(bpfsk_loader__key(l, "fast_path") == 1);
	EXPECT(bpfsk_loader__key(l, "nope") == -ENOENT);
	EXPECT(msg_has("unit_obj", "'nope'"));
	EXPECT(bpfsk_loader__key(l, NULL) == -EINVAL);
	EXPECT(bpfsk_loader__key(NULL, "debug_key") == -EINVAL);
	EXPECT(!bpfsk_loader__object(l) && bpfsk_loader__generation(l) == 0);

	/* set_key before load: staged; unknown key: nothing changes. */
	EXPECT(bpfsk_loader__set_key(l, "nope", true) == -ENOENT);
	EXPECT(msg_has("unit_obj", "nope"));
	EXPECT(bpfsk_loader__set_key(NULL, "debug_key", true) == -EINVAL);
	EXPECT(bpfsk_loader__set_key(l, NULL, true) == -EINVAL);
	EXPECT(bpfsk_loader__key(l, "debug_key") == 0 &&
	       bpfsk_loader__key(l, "fast_path") == 1);
	EXPECT(bpfsk_loader__set_key(l, "debug_key", true) == 0);
	EXPECT(bpfsk_loader__key(l, "debug_key") == 1);
	EXPECT(bpfsk_loader__set_key(l, "debug_key", true) == 0);
	EXPECT(!bpfsk_loader__object(l) && bpfsk_loader__generation(l) == 0);

	/* Transactions: bad input; an unknown key leaves the rest staged. */
	errno = 0;
	EXPECT(!bpfsk_txn__new(NULL) && errno == EINVAL);
	EXPECT(bpfsk_txn__set_key(NULL, "debug_key", true) == -EINVAL);
	EXPECT(bpfsk_txn__apply(NULL, NULL) == -EINVAL);
	bpfsk_txn__free(NULL);
	bpfsk_txn__reset(NULL);
	t = bpfsk_txn__new(l);
	t2 = bpfsk_txn__new(l);
	EXPECT(t && t2);
	if (!t || !t2)
		goto out;
	EXPECT(bpfsk_txn__set_key(t, "fast_path", false) == 0);
	EXPECT(bpfsk_txn__set_key(t, "no_such_key", true) == -ENOENT);
	EXPECT(msg_has("unit_obj", "no_such_key"));
	EXPECT(bpfsk_txn__set_key(t, NULL, true) == -EINVAL);
	EXPECT(bpfsk_txn__set_key(t, "debug_key", true) == 0);
	EXPECT(bpfsk_txn__set_key(t, "debug_key", false) == 0); /* last wins */
	/* Staging changes nothing until apply. */
	EXPECT(bpfsk_loader__key(l, "debug_key") == 1 &&
	       bpfsk_loader__key(l, "fast_path") == 1);
	{
		BPFSK_OPTS(bpfsk_apply_opts, ao);
		char log[16];

		ao.log_buf = log;	/* without log_size */
		EXPECT(bpfsk_txn__apply(t, &ao) == -EINVAL);
		ao.log_buf = NULL;
		ao.log_size = sizeof(log);
		EXPECT(bpfsk_txn__apply(t, &ao) == -EINVAL);
		ao.log_size = 0;
		ao.sz = 2;
		EXPECT(bpfsk_txn__apply(t, &ao) == -EINVAL);
		EXPECT(bpfsk_loader__key(l, "debug_key") == 1 &&
		       bpfsk_loader__key(l, "fast_path") == 1);
	}
	EXPECT(bpfsk_txn__apply(t, NULL) == 0);
	EXPECT(bpfsk_loader__key(l, "debug_key") == 0 &&
	       bpfsk_loader__key(l, "fast_path") == 0);
	EXPECT(!bpfsk_loader__object(l) && bpfsk_loader__generation(l) == 0);
	/* A second transaction applies against the states at apply time. */
	EXPECT(bpfsk_txn__set_key(t2, "debug_key", true) == 0);
	EXPECT(bpfsk_txn__apply(t2, NULL) == 0);
	EXPECT(bpfsk_loader__key(l, "debug_key") == 1 &&
	       bpfsk_loader__key(l, "fast_path") == 0);
	bpfsk_txn__reset(t);
	EXPECT(bpfsk_txn__apply(t, NULL) == 0);
	EXPECT(bpfsk_loader__key(l, "debug_key") == 1 &&
	       bpfsk_loader__key(l, "fast_path") == 0);
out:
	bpfsk_txn__free(t);
	bpfsk_txn__free(t2);
	bpfsk_loader__close(l);
}

/* build() is rewrite + remove_dead_code for the given states. */
static void test_build(const void *buf, size_t size, const void *plain,
		       size_t plain_size)
{
	struct bpfsk_object *sk = NULL;
	struct bpfsk_loader *l;
	void *out = NULL, *ref;
	size_t out_size = 0;
	unsigned int c;

	l = bpfsk_loader__open_mem(buf, size, NULL);
	EXPECT(l && !bpfsk_object__parse(buf, size, "ref", &sk));
	if (!l || !sk)
		goto out;
	EXPECT(bpfsk_loader__build(NULL, NULL, &out, &out_size) == -EINVAL);
	EXPECT(bpfsk_loader__build(l, NULL, NULL, &out_size) == -EINVAL);
	EXPECT(bpfsk_loader__build(l, NULL, &out, NULL) == -EINVAL);
	for (c = 0; c < 4; c++) {
		bool on[2];

		on[bpfsk_object__find_key(sk, "debug_key")] = c & 1;
		on[bpfsk_object__find_key(sk, "fast_path")] = c >> 1;
		ref = malloc(size);
		memcpy(ref, buf, size);
		EXPECT(!bpfsk_object__rewrite(sk, ref, size, on));
		EXPECT(!bpfsk_object__remove_dead_code(sk, ref, size));
		EXPECT(bpfsk_loader__build(l, on, &out, &out_size) == 0);
		EXPECT(out_size == size && !memcmp(out, ref, size));
		/* The pristine copy is untouched: build again, same bytes. */
		free(out);
		EXPECT(bpfsk_loader__build(l, on, &out, &out_size) == 0);
		EXPECT(out_size == size && !memcmp(out, ref, size));
		free(out);
		free(ref);
	}
	/* NULL states: the loader's current ones (initial: off, on). */
	EXPECT(bpfsk_loader__build(l, NULL, &out, &out_size) == 0);
	{
		bool on[2];
		void *ref2 = malloc(size);

		on[bpfsk_object__find_key(sk, "debug_key")] = false;
		on[bpfsk_object__find_key(sk, "fast_path")] = true;
		memcpy(ref2, buf, size);
		EXPECT(!bpfsk_object__rewrite(sk, ref2, size, on) &&
		       !bpfsk_object__remove_dead_code(sk, ref2, size));
		EXPECT(!memcmp(out, ref2, size));
		free(ref2);
	}
	free(out);
	bpfsk_loader__close(l);
	/* No sites: byte for byte what was given (.jumptables included). */
	l = bpfsk_loader__open_mem(plain, plain_size, NULL);
	EXPECT(l && bpfsk_object__site_cnt(bpfsk_loader__sk_object(l)) == 0);
	if (l) {
		EXPECT(bpfsk_loader__build(l, NULL, &out, &out_size) == 0);
		EXPECT(out_size == plain_size && !memcmp(out, plain, plain_size));
		free(out);
	}
out:
	bpfsk_object__free(sk);
	bpfsk_loader__close(l);
}

/* Without a kernel: a failed load, and calls that need a loaded object. */
static void test_no_kernel(const void *buf, size_t size)
{
	BPFSK_OPTS(bpfsk_loader_opts, opts, .object_name = "nokernel",
		   .prepare = failing_prepare, .prepare_ctx = &prepare_calls);
	BPFSK_OPTS(bpfsk_load_opts, lo);
	struct bpfsk_loader *l;
	struct bpfsk_txn *t;
	char log[256];

	l = bpfsk_loader__open_mem(buf, size, NULL);
	EXPECT(l != NULL);
	if (!l)
		return;
	EXPECT(bpfsk_loader__set_key(l, "debug_key", true) == 0);
	EXPECT(bpfsk_loader__load(NULL) == -EINVAL);
	EXPECT(bpfsk_loader__load(l) < 0);
	EXPECT(msg_has("mem", "load failed"));
	/* Unchanged: not loaded, states as before, may be retried. */
	EXPECT(!bpfsk_loader__object(l) && bpfsk_loader__generation(l) == 0);
	EXPECT(bpfsk_loader__key(l, "debug_key") == 1 &&
	       bpfsk_loader__key(l, "fast_path") == 1);
	lo.log_buf = log;
	lo.log_size = sizeof(log);
	EXPECT(bpfsk_loader__load_opts(l, &lo) < 0);
	EXPECT(!bpfsk_loader__object(l) && bpfsk_loader__generation(l) == 0);
	lo.log_size = 0;
	EXPECT(bpfsk_loader__load_opts(l, &lo) == -EINVAL);
	lo.sz = 3;
	EXPECT(bpfsk_loader__load_opts(l, &lo) == -EINVAL);
	/* Still unloaded: set_key and apply only stage. */
	t = bpfsk_txn__new(l);
	EXPECT(t && !bpfsk_txn__set_key(t, "fast_path", false));
	EXPECT(t && !bpfsk_txn__apply(t, NULL));
	EXPECT(bpfsk_loader__key(l, "fast_path") == 0);
	bpfsk_txn__free(t);

	/* Tracking needs a loaded object; untracking what is not tracked. */
	EXPECT(bpfsk_loader__track_link(l, "prog", (struct bpf_link *)8) == -EINVAL);
	EXPECT(msg_has("mem", "not loaded"));
	EXPECT(bpfsk_loader__track_prog_array(l, "prog", 0, 0) == -EINVAL);
	EXPECT(bpfsk_loader__track_fn(l, "prog", replace, NULL) == -EINVAL);
	EXPECT(bpfsk_loader__track_link(NULL, "prog", NULL) == -EINVAL);
	EXPECT(bpfsk_loader__track_prog_array(NULL, "prog", 0, 0) == -EINVAL);
	EXPECT(bpfsk_loader__track_fn(NULL, "prog", replace, NULL) == -EINVAL);
	EXPECT(bpfsk_loader__untrack_link(l, (struct bpf_link *)8) == -ENOENT);
	EXPECT(bpfsk_loader__untrack_link(l, NULL) == -EINVAL);
	EXPECT(bpfsk_loader__untrack_prog_array(l, -1) == -EBADF);
	EXPECT(bpfsk_loader__untrack_fn(l, NULL) == -ENOENT);
	bpfsk_loader__close(l);

	/* The prepare callback's error fails the load, before the kernel. */
	l = bpfsk_loader__open_mem(buf, size, &opts);
	EXPECT(l != NULL);
	if (!l)
		return;
	EXPECT(bpfsk_loader__load(l) == -E2BIG);
	EXPECT(prepare_calls == 1 && !prepare_reload);
	EXPECT(msg_has("nokernel", "prepare"));
	EXPECT(!bpfsk_loader__object(l));
	EXPECT(bpfsk_loader__key(l, "debug_key") == 0 &&
	       bpfsk_loader__key(l, "fast_path") == 1);
	bpfsk_loader__close(l);
}

int main(void)
{
	char dir[] = "/tmp/bpfsk-loader-XXXXXX", keys_o[600], plain_o[600],
	     cmd[700];
	size_t size = 0, plain_size = 0;
	void *buf = NULL, *plain = NULL;

	if (access(UNIT_CLANG, X_OK)) {
		printf("unit/bpfsk_loader: skipped, no %s (build the toolchain)\n",
		       UNIT_CLANG);
		return unit_report("unit/bpfsk_loader");
	}
	/* libbpfsk's copy of the kernel's names (test_bpfsk_abi: clang's). */
	EXPECT(BPFSK_MAP_TYPE_INSN_ARRAY == BPF_MAP_TYPE_INSN_ARRAY);
	EXPECT(sizeof(struct bpf_insn_array_value) == 16);
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	EXPECT(!compile(dir, "keys", keys_c, keys_o, sizeof(keys_o)));
	EXPECT(!compile(dir, "plain", plain_c, plain_o, sizeof(plain_o)));
	buf = bpfsk_read_file(keys_o, &size);
	plain = bpfsk_read_file(plain_o, &plain_size);
	EXPECT(buf && plain);
	/* After the compiler ran: from here on the kernel says no. */
	EXPECT(deny_bpf() == 0);
	bpfsk_set_print(capture);
	libbpf_set_print(NULL);
	if (buf && plain) {
		test_open(keys_o, buf, size, dir);
		test_keys(buf, size);
		test_build(buf, size, plain, plain_size);
		test_no_kernel(buf, size);
	}
	EXPECT(msg_cnt > 0);
	free(buf);
	free(plain);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	EXPECT(system(cmd) == 0);
	return unit_report("unit/bpfsk_loader");
}
#endif /* UNIT_NO_LIBBPF */
