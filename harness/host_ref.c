// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Host reference: linked with one case source built natively, it runs every
 * registered program body on every run of NAME.in and prints the expected
 * values, one line per run:
 *
 *	<case> <prog> <line> <value> <input as written>
 *
 * A case with static keys runs once per combination of key states, in
 * libbpfsk's order (bpfsk_combination, loader/src/combination.c, which this
 * program links); <prog> is then "prog@key1=0,key2=1", exactly as the guest
 * runner names it.
 * Before the runs come the checks that are not runs:
 *
 *	@key <case> <key> <initial state>
 *	@same-jit <case> <progA@combination> <progB@combination>
 *	@check <case>.flip reloads	(a case with keys: see below)
 *
 * the second from each "// HARNESS-SAME-JIT: progA progB [key=0|1...]"
 * line of the case source (keys not named are off).
 *
 * Every case is also run by the flipper (flipper/flip.c), which loads it once
 * through bpfsk_loader.h and, if it has static keys, reaches every
 * combination by flipping them: its runs are expected again under case
 * "<case>.flip".
 *
 *	host_ref CASE NAME.in [NAME.c]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfsk.h"
#include "harness_case.h"
#include "harness_input.h"

#define MAX_PROGS	64
#define SAME_JIT	"// HARNESS-SAME-JIT:"
#define FLIP_SUFFIX	".flip"	/* the flipper's runs, see flipper/flip.c */

static struct {
	const char *name;
	harness_fn fn;
} progs[MAX_PROGS];
static int nprogs;

static struct harness_static_key **keys;
static int nkeys;
static struct bpfsk_combination comb;

void harness_register(const char *prog, harness_fn fn)
{
	if (nprogs == MAX_PROGS) {
		fprintf(stderr, "host_ref: more than %d programs\n", MAX_PROGS);
		exit(1);
	}
	progs[nprogs].name = prog;
	progs[nprogs].fn = fn;
	nprogs++;
}

void harness_register_key(struct harness_static_key *key)
{
	struct harness_static_key **grown;

	grown = realloc(keys, sizeof(*keys) * (nkeys + 1));
	if (!grown) {
		fprintf(stderr, "host_ref: out of memory\n");
		exit(1);
	}
	keys = grown;
	keys[nkeys++] = key;
}

static int cmp_prog(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sets every key for combination c; comb.suffix names it. */
static void set_combination(uint64_t c)
{
	int i;

	bpfsk_combination__set(&comb, c);
	for (i = 0; i < nkeys; i++)
		keys[i]->on = comb.key_on[i];
}

static int find_prog(const char *name)
{
	int i;

	for (i = 0; i < nprogs; i++)
		if (!strcmp(progs[i].name, name))
			return i;
	return -1;
}

/* "// HARNESS-SAME-JIT: progA progB [key=0|1...]" lines of the source. */
static int same_jit_checks(const char *case_name, const char *src)
{
	char *line = NULL, *tok, *save, *a, *b;
	bool states[BPFSK_MAX_KEYS];
	size_t cap = 0;
	int lineno = 0, i, err = 0;
	FILE *f;

	f = fopen(src, "r");
	if (!f) {
		perror(src);
		return 1;
	}
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		if (strncmp(line, SAME_JIT, strlen(SAME_JIT)))
			continue;
		a = strtok_r(line + strlen(SAME_JIT), " \t\n", &save);
		b = strtok_r(NULL, " \t\n", &save);
		if (!a || !b || find_prog(a) < 0 || find_prog(b) < 0) {
			fprintf(stderr, "%s:%d: want '%s progA progB [key=0|1...]' naming two programs of the case\n",
				src, lineno, SAME_JIT);
			err = 1;
			continue;
		}
		memset(states, 0, sizeof(states));
		while ((tok = strtok_r(NULL, " \t\n", &save))) {
			char *eq = strchr(tok, '=');

			i = eq ? bpfsk_combination__find_key(&comb, tok,
							    eq - tok) : -1;
			if (i < 0 || (strcmp(eq, "=0") && strcmp(eq, "=1"))) {
				fprintf(stderr, "%s:%d: '%s' is not KEY=0 or KEY=1 for a static key of the case\n",
					src, lineno, tok);
				err = 1;
				break;
			}
			states[i] = eq[1] == '1';
		}
		bpfsk_combination__set_states(&comb, states);
		printf("@same-jit %s %s%s %s%s\n", case_name, a, comb.suffix, b,
		       comb.suffix);
	}
	free(line);
	fclose(f);
	return err;
}

int main(int argc, char **argv)
{
	struct harness_args args;
	const char *names[BPFSK_MAX_KEYS];
	char *line = NULL, *text;
	int lineno = 0, runs = 0, k, i, flip, err;
	uint64_t c;
	size_t cap = 0;
	FILE *f;

	if (argc != 3 && argc != 4) {
		fprintf(stderr, "usage: %s CASE NAME.in [NAME.c]\n", argv[0]);
		return 2;
	}
	if (!nprogs) {
		fprintf(stderr, "host_ref: case %s defines no HARNESS_* program\n",
			argv[1]);
		return 1;
	}
	if (nkeys > HARNESS_MAX_KEYS) {
		fprintf(stderr, "host_ref: case %s defines %d static keys; the harness runs every combination of at most %d\n",
			argv[1], nkeys, HARNESS_MAX_KEYS);
		return 1;
	}
	qsort(progs, nprogs, sizeof(progs[0]), cmp_prog);
	for (i = 0; i < nkeys; i++)
		names[i] = keys[i]->name;
	err = bpfsk_combination__init(&comb, names, nkeys);
	if (err) {
		fprintf(stderr, "host_ref: case %s: key names: %s\n", argv[1],
			strerror(-err));
		return 1;
	}
	for (i = 0; i < nkeys; i++)
		printf("@key %s %s %d\n", argv[1], keys[comb.order[i]]->name,
		       keys[comb.order[i]]->initial);
	if (nkeys)
		printf("@check %s%s reloads\n", argv[1], FLIP_SUFFIX);
	if (argc == 4 && same_jit_checks(argv[1], argv[3]))
		return 1;

	f = fopen(argv[2], "r");
	if (!f) {
		perror(argv[2]);
		return 1;
	}
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		line[strcspn(line, "#\n")] = '\0';
		text = strdup(line);
		k = harness_parse_line(line, args.arg);
		if (k < 0) {
			fprintf(stderr, "%s:%d: bad input line (want up to %d integers, decimal or 0x hex)\n",
				argv[2], lineno, HARNESS_NARGS);
			return 1;
		}
		for (flip = 0; flip < 2; flip++)
			for (c = 0; k && c < bpfsk_combination__cnt(&comb);
			     c++) {
				set_combination(c);
				for (i = 0; i < nprogs; i++, runs++)
					printf("%s%s %s%s %d %u %s\n", argv[1],
					       flip ? FLIP_SUFFIX : "",
					       progs[i].name, comb.suffix, lineno,
					       progs[i].fn(&args), text);
			}
		free(text);
	}
	if (!runs) {
		fprintf(stderr, "%s: no runs\n", argv[2]);
		return 1;
	}
	return 0;
}
