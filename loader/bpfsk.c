// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpfsk: static keys of BPF objects built by our clang, from the shell.
 *
 *	bpfsk list OBJ				keys, sites, jump tables
 *	bpfsk rewrite OBJ -o OUT [KEY=on|off]...
 *		the object a loader would hand to libbpf: sites rewritten
 *		for the key states (default: each key's initial state) and
 *		the dead code removed
 *	bpfsk run OBJ [--key KEY=on|off]... [--input FILE]
 *		  [--arch x86_64|aarch64|all] [--repeat N] [--timeout S]
 *		loads OBJ with those key states (the others in their initial
 *		state) on Debian's stock kernels under QEMU (the kernel
 *		harness, harness/run.sh) and runs every program on every
 *		input line (BPF_PROG_TEST_RUN); prints the load time, each
 *		run's return value, verified instructions, xlated and JITed
 *		bytes, and the verifier log of a failed load.  Exit status 1 if a load
 *		or run failed.
 *
 * run is the kernel harness's (harness/run_object.c), linked in: this file
 * knows libbpfsk, that one the guest and its console.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfsk.h"
#include "harness_run.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: bpfsk list OBJ\n"
		   "       bpfsk rewrite OBJ -o OUT [KEY=on|off]...\n"
		   "       bpfsk run OBJ [--key KEY=on|off]... [--input FILE] [--arch x86_64|aarch64|all]\n"
		   "                     [--repeat N] [--timeout SECONDS]\n");
}

static void list(const struct bpfsk_object *obj)
{
	size_t i;

	printf("keys: %zu\n", bpfsk_object__key_cnt(obj));
	for (i = 0; i < bpfsk_object__key_cnt(obj); i++) {
		const struct bpfsk_key *k = bpfsk_object__key(obj, i);

		printf("  %-24s %-3s %u sites\n", k->name,
		       k->initial_on ? "on" : "off", k->site_cnt);
	}
	printf("sites: %zu\n", bpfsk_object__site_cnt(obj));
	for (i = 0; i < bpfsk_object__site_cnt(obj); i++) {
		const struct bpfsk_site *s = bpfsk_object__site(obj, i);
		char where[256];

		snprintf(where, sizeof(where), "%s:%s+%u", s->sec_name, s->func,
			 s->func_insn);
		printf("  %-32s insn %-5u %-12s %+6d  %s\n", where, s->insn_idx,
		       bpfsk_site_kind_str(s->kind), s->jump,
		       bpfsk_object__key(obj, s->key)->name);
	}
	printf("jump tables: %zu\n", bpfsk_object__jump_table_cnt(obj));
	for (i = 0; i < bpfsk_object__jump_table_cnt(obj); i++) {
		const struct bpfsk_jump_table *t = bpfsk_object__jump_table(obj, i);

		printf("  %-32s %-12s %u entries\n", t->name, t->sec_name,
		       t->entries);
	}
}

/* KEY=on|off arguments into on[]; -1 on a bad one (libbpfsk says why). */
static int parse_states(const struct bpfsk_object *obj, char **args, int n,
			bool *on)
{
	size_t i;
	int a;

	for (i = 0; i < bpfsk_object__key_cnt(obj); i++)
		on[i] = bpfsk_object__key(obj, i)->initial_on;
	for (a = 0; a < n; a++)
		if (bpfsk_object__parse_key_arg(obj, args[a], on) < 0)
			return -1;
	return 0;
}

static int rewrite(struct bpfsk_object *obj, void *buf, size_t size,
		   const char *out, char **args, int n)
{
	bool on[BPFSK_MAX_KEYS];
	FILE *f;
	int err;

	if (parse_states(obj, args, n, on))
		return 2;
	err = bpfsk_object__rewrite(obj, buf, size, on);
	if (!err)
		err = bpfsk_object__remove_dead_code(obj, buf, size);
	if (err) {
		fprintf(stderr, "bpfsk: rewrite failed: %s\n", strerror(-err));
		return 1;
	}
	f = fopen(out, "wb");
	if (!f || fwrite(buf, 1, size, f) != size || fclose(f)) {
		fprintf(stderr, "bpfsk: cannot write %s: %s\n", out,
			strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct bpfsk_object *obj;
	const char *path;
	size_t size = 0;
	void *buf;
	int err, rc;

	if (argc >= 2 && !strcmp(argv[1], "run"))
		return harness_run_object(argc - 1, argv + 1);
	if (argc < 3 || (strcmp(argv[1], "list") && strcmp(argv[1], "rewrite")) ||
	    (!strcmp(argv[1], "list") && argc != 3) ||
	    (!strcmp(argv[1], "rewrite") && (argc < 5 || strcmp(argv[3], "-o")))) {
		usage(stderr);
		return 2;
	}
	path = argv[2];
	buf = bpfsk_read_file(path, &size);
	if (!buf) {
		fprintf(stderr, "bpfsk: cannot read %s: %s\n", path,
			strerror(errno));
		return 1;
	}
	err = bpfsk_object__parse(buf, size, path, &obj);
	if (err) {
		fprintf(stderr, "bpfsk: %s: %s\n", path, strerror(-err));
		free(buf);
		return 1;
	}
	if (!strcmp(argv[1], "list")) {
		list(obj);
		rc = 0;
	} else {
		rc = rewrite(obj, buf, size, argv[4], argv + 5, argc - 5);
	}
	bpfsk_object__free(obj);
	free(buf);
	return rc;
}
