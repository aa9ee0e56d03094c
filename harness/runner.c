// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Guest runner: loads each case object with libbpf, runs every program on
 * every line of the case's .in file with BPF_PROG_TEST_RUN and prints one
 * machine-readable line per event on the console; the host compares.
 *
 *	runner [-r REPEAT] [-f] [-k KEY=on|off]... DIR/NAME.bpf.o...
 *						(inputs: DIR/NAME.in)
 *
 * Static keys: libbpfsk (loader/) lists the object's keys (maps with
 * BPFSK_F_STATIC_KEY) and sites.  The object is loaded once per combination
 * of key states in bpfsk_combination's order (at most HARNESS_MAX_KEYS
 * keys), each time by a new bpfsk_loader (rewrite, dead code removed, key
 * maps not created).  Program
 * names then carry the combination: "prog@debug_key=1,fast_path=0".  An
 * object without keys is loaded once, program names bare.  -f (implied by
 * -k) loads each object once instead, every key in its initial state or
 * as a -k names it (bpfsk run); a -k key the object lacks fails its load.
 *
 * Output lines, all starting with "HARNESS ":
 *	START <machine> <kernel release>
 *	FATAL <message>
 *	KEY <case> <key> initial=<0|1> sites=<n>
 *	LOAD <case> <@combination or -> ns=<bpfsk_loader__load_opts time>
 *	LOADFAIL <case> <program or -> <error>
 *	LOG <case> <text>		libbpf/libbpfsk warnings, verifier log tail
 *	RUN <case> <prog> <line> ret=<u32> jited=<bytes> xlated=<bytes>
 *	    verified=<insns> [repeat=<n> ns=<avg duration>]
 *	RUNFAIL <case> <prog> <line> <error>
 *	END
 * REPEAT > 1 applies to program types that accept it (XDP, not syscall).
 * tc programs (BPF_PROG_TYPE_SCHED_CLS) get the argument block as their
 * packet, as XDP programs do; no harness case has one, bpfsk run may.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/utsname.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "bpfsk.h"
#include "bpfsk_loader.h"
#include "guest.h"

#define LOG_SIZE	(4u << 20)
#define LOG_TAIL_LINES	60

static char *log_buf;
/* -f: one combination, the initial states changed by the -k arguments. */
static bool fixed_states;
static char **key_args;
static int key_arg_cnt;

/*
 * Load the object for one combination of key states, freshly (the flipper
 * reaches the same states by reloading), and run everything.
 */
static void run_combination(const void *elf, size_t size,
			    const struct bpfsk_object *sk, const bool *key_on,
			    const char *combination, const struct run_input *in,
			    int n, int repeat)
{
	BPFSK_OPTS(bpfsk_loader_opts, open_opts, .object_name = guest_case);
	/* log_level stays 0: libbpf retries a failed load with a log here. */
	BPFSK_OPTS(bpfsk_load_opts, load_opts, .log_buf = log_buf,
		   .log_size = LOG_SIZE);
	struct bpf_program *prog;
	struct bpfsk_loader *l;
	struct timespec t0, t1;
	size_t k;
	int i, err = 0;

	l = bpfsk_loader__open_mem(elf, size, &open_opts);
	if (!l) {
		printf("HARNESS LOADFAIL %s - open%s%s: %s\n", guest_case,
		       *combination ? " " : "", combination, strerror(errno));
		return;
	}
	for (k = 0; !err && k < bpfsk_object__key_cnt(sk); k++)
		err = bpfsk_loader__set_key(l, bpfsk_object__key(sk, k)->name,
					    key_on[k]);
	guest_btf_rejected = false;
	if (!err) {
		/* What a user waits for: rewrite, maps, BTF, verifier, JIT. */
		clock_gettime(CLOCK_MONOTONIC, &t0);
		err = bpfsk_loader__load_opts(l, &load_opts);
		clock_gettime(CLOCK_MONOTONIC, &t1);
	}
	if (err) {
		/* libbpfsk's message (a LOG line) names the failed program. */
		printf("HARNESS LOADFAIL %s - %s%s%s\n", guest_case,
		       combination, *combination ? ": " : "", strerror(-err));
		guest_print_log_tail(log_buf, LOG_TAIL_LINES);
	} else if (guest_btf_rejected) {
		printf("HARNESS LOADFAIL %s - %sthe kernel rejected the object's BTF (see the BTF load log above)\n",
		       guest_case, combination);
	} else {
		printf("HARNESS LOAD %s %s ns=%lld\n", guest_case,
		       *combination ? combination : "-",
		       (t1.tv_sec - t0.tv_sec) * 1000000000LL +
		       (t1.tv_nsec - t0.tv_nsec));
		bpf_object__for_each_program(prog, bpfsk_loader__object(l))
			for (i = 0; i < n; i++)
				guest_run_prog(prog, combination, &in[i],
					       repeat);
	}
	bpfsk_loader__close(l);
}

static void run_case(const char *obj_path, int repeat)
{
	char case_name[256], in_path[4096];
	const char *base = strrchr(obj_path, '/');
	struct bpfsk_combination comb;
	size_t nkeys, len, size = 0, i;
	bool key_on[BPFSK_MAX_KEYS];
	struct bpfsk_object *sk = NULL;
	struct run_input *in = NULL;
	const struct bpfsk_key *key;
	void *elf = NULL;
	uint64_t c;
	int n, err;

	base = base ? base + 1 : obj_path;
	len = strlen(obj_path);
	if (len < 6 || strcmp(obj_path + len - 6, ".bpf.o") ||
	    snprintf(case_name, sizeof(case_name), "%.*s",
		     (int)(strlen(base) - 6), base) >= (int)sizeof(case_name) ||
	    snprintf(in_path, sizeof(in_path), "%.*s.in",
		     (int)(len - 6), obj_path) >= (int)sizeof(in_path)) {
		printf("HARNESS LOADFAIL %s - not a NAME.bpf.o path\n", obj_path);
		return;
	}
	guest_case = case_name;

	n = guest_read_inputs(in_path, &in);
	if (n < 0) {
		if (n != -EINVAL)
			printf("HARNESS LOADFAIL %s - cannot read %s: %s\n",
			       case_name, in_path, strerror(-n));
		goto out;
	}
	elf = bpfsk_read_file(obj_path, &size);
	if (!elf) {
		printf("HARNESS LOADFAIL %s - cannot read %s: %s\n", case_name,
		       obj_path, strerror(errno));
		goto out;
	}
	err = bpfsk_object__parse(elf, size, case_name, &sk);
	if (err) {
		printf("HARNESS LOADFAIL %s - libbpfsk: %s\n", case_name,
		       strerror(-err));
		goto out;
	}
	if (guest_key_combinations(sk, &comb, !fixed_states))
		goto out;
	nkeys = comb.key_cnt;
	for (i = 0; i < nkeys; i++) {
		key = bpfsk_object__key(sk, comb.order[i]);
		printf("HARNESS KEY %s %s initial=%d sites=%u\n", case_name,
		       key->name, key->initial_on, key->site_cnt);
	}
	for (i = 0; i < nkeys; i++)
		key_on[i] = bpfsk_object__key(sk, i)->initial_on;
	for (i = 0; i < (size_t)key_arg_cnt; i++) {
		err = bpfsk_object__parse_key_arg(sk, key_args[i], key_on);
		if (err < 0) {
			printf("HARNESS LOADFAIL %s - -k %s: %s\n", case_name,
			       key_args[i], strerror(-err));
			goto out;
		}
	}
	for (c = 0; c < (fixed_states ? 1 : bpfsk_combination__cnt(&comb));
	     c++) {
		if (fixed_states)
			bpfsk_combination__set_states(&comb, key_on);
		else
			bpfsk_combination__set(&comb, c);
		run_combination(elf, size, sk, comb.key_on, comb.suffix, in, n,
				repeat);
		fflush(stdout);
	}
out:
	bpfsk_object__free(sk);
	free(elf);
	free(in);
	fflush(stdout);
	guest_case = "-";
}

/* The kernel must know BPF_MAP_TYPE_INSN_ARRAY (jump tables, gotox). */
static int probe_insn_array(void)
{
	int fd;

	fd = bpf_map_create(BPF_MAP_TYPE_INSN_ARRAY, "probe", 4,
			    sizeof(struct bpf_insn_array_value), 1, NULL);
	if (fd >= 0) {
		close(fd);
		return 0;
	}
	if (fd == -EINVAL)
		printf("HARNESS FATAL kernel lacks BPF_MAP_TYPE_INSN_ARRAY support (need Linux >= 7.x)\n");
	else
		printf("HARNESS FATAL cannot create a BPF map: %s\n",
		       strerror(-fd));
	return -1;
}

int main(int argc, char **argv)
{
	struct utsname u;
	int repeat = 0, opt, i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	key_args = calloc(argc, sizeof(*key_args));
	if (!key_args)
		return 1;
	while ((opt = getopt(argc, argv, "r:fk:")) != -1) {
		switch (opt) {
		case 'r':
			repeat = atoi(optarg);
			break;
		case 'k':
			key_args[key_arg_cnt++] = optarg;
			/* fall through */
		case 'f':
			fixed_states = true;
			break;
		default:
			fprintf(stderr, "usage: %s [-r REPEAT] [-f] [-k KEY=on|off]... CASE.bpf.o...\n",
				argv[0]);
			return 2;
		}
	}
	uname(&u);
	printf("HARNESS START %s %s\n", u.machine, u.release);
	libbpf_set_print(guest_libbpf_print);
	bpfsk_set_print(guest_bpfsk_print);
	log_buf = malloc(LOG_SIZE);
	if (!log_buf) {
		printf("HARNESS FATAL out of memory\n");
		return 1;
	}
	if (probe_insn_array())
		return 1;
	for (i = optind; i < argc; i++)
		run_case(argv[i], repeat);
	printf("HARNESS END\n");
	return 0;
}
