// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * flipper flip: each case is loaded once through bpfsk_loader, in its
 * initial states, then brought to every combination of key states in
 * bpfsk_combination's order (the runner's) by bpfsk_loader__set_key() when
 * one key changes and by a transaction when several do.  After each step
 * every program runs on every input line (BPF_PROG_TEST_RUN) and prints the
 * runner's RUN line under case "NAME.flip", which host_ref expects with the
 * host's values.  Check "reloads": one reload per step that changes a key,
 * none otherwise.  A case without keys is loaded through the same API once
 * (its object passes through unchanged, jump tables and all) and runs the
 * same way.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "bpfsk.h"
#include "bpfsk_loader.h"
#include "flipper.h"
#include "guest.h"

/* Brings l to key states want[] (indexed as the object's keys). */
static int flip_to(struct bpfsk_loader *l, const struct bpfsk_object *sk,
		   const bool *want, int *changed)
{
	BPFSK_OPTS(bpfsk_apply_opts, opts, .log_buf = flipper_log_buf,
		   .log_size = FLIPPER_LOG_SIZE);
	size_t i, n = bpfsk_object__key_cnt(sk), last = 0;
	struct bpfsk_txn *t;
	int err = 0;

	*changed = 0;
	for (i = 0; i < n; i++)
		if (bpfsk_loader__key(l, bpfsk_object__key(sk, i)->name) !=
		    want[i]) {
			(*changed)++;
			last = i;
		}
	if (*changed == 1)
		return bpfsk_loader__set_key(l, bpfsk_object__key(sk, last)->name,
					     want[last]);
	t = bpfsk_txn__new(l);
	if (!t)
		return -errno;
	for (i = 0; i < n && !err; i++)
		err = bpfsk_txn__set_key(t, bpfsk_object__key(sk, i)->name,
					 want[i]);
	if (!err)
		err = bpfsk_txn__apply(t, &opts);
	if (err)
		guest_print_log_tail(flipper_log_buf, FLIPPER_LOG_TAIL_LINES);
	bpfsk_txn__free(t);
	return err;
}

void flipper_flip(const char *obj_path)
{
	char in_path[4096];
	const char *base = strrchr(obj_path, '/');
	size_t nkeys, len = strlen(obj_path), i;
	unsigned long gen, reloads = 0, want_reloads = 0;
	BPFSK_OPTS(bpfsk_loader_opts, lopts);
	struct bpfsk_combination comb;
	struct bpfsk_loader *l = NULL;
	const struct bpfsk_object *sk;
	struct bpf_program *prog;
	struct run_input *in = NULL;
	int n, err, changed;
	uint64_t c;

	base = base ? base + 1 : obj_path;
	if (len < 6 || strcmp(obj_path + len - 6, ".bpf.o"))
		return;
	snprintf(flipper_case, sizeof(flipper_case), "%.*s.flip",
		 (int)(strlen(base) - 6), base);
	snprintf(in_path, sizeof(in_path), "%.*s.in", (int)(len - 6), obj_path);
	lopts.object_name = flipper_case;
	l = bpfsk_loader__open_file(obj_path, &lopts);
	if (!l) {
		printf("HARNESS LOADFAIL %s - open: %s\n", flipper_case,
		       strerror(errno));
		goto out;
	}
	sk = bpfsk_loader__sk_object(l);
	if (guest_key_combinations(sk, &comb, true))
		goto out;
	nkeys = comb.key_cnt;
	n = guest_read_inputs(in_path, &in);
	if (n < 0) {
		printf("HARNESS LOADFAIL %s - cannot read %s: %s\n", flipper_case,
		       in_path, strerror(-n));
		goto out;
	}
	guest_btf_rejected = false;
	err = bpfsk_loader__load(l);
	if (err) {
		printf("HARNESS LOADFAIL %s - load: %s\n", flipper_case,
		       strerror(-err));
		goto out;
	}
	if (guest_btf_rejected) {
		printf("HARNESS LOADFAIL %s - the kernel rejected the object's BTF (see the BTF load log above)\n",
		       flipper_case);
		goto out;
	}
	for (c = 0; c < bpfsk_combination__cnt(&comb); c++) {
		bpfsk_combination__set(&comb, c);
		gen = bpfsk_loader__generation(l);
		err = flip_to(l, sk, comb.key_on, &changed);
		if (err) {
			printf("HARNESS LOADFAIL %s - flip to %s: %s\n",
			       flipper_case, comb.suffix, strerror(-err));
			continue;
		}
		want_reloads += changed > 0;
		reloads += bpfsk_loader__generation(l) - gen;
		bpf_object__for_each_program(prog, bpfsk_loader__object(l))
			for (i = 0; i < (size_t)n; i++)
				guest_run_prog(prog, comb.suffix, &in[i], 0);
		fflush(stdout);
	}
	if (nkeys)
		flipper_check("reloads", reloads == want_reloads,
			      "%lu reloads for %lu steps that changed keys, %u steps",
			      reloads, want_reloads, 1u << nkeys);
out:
	bpfsk_loader__close(l);
	free(in);
	fflush(stdout);
	snprintf(flipper_case, sizeof(flipper_case), "-");
}
