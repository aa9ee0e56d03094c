// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Host reference: linked with one case source built natively, it runs every
 * registered program body on every run of NAME.in and prints the expected
 * values, one line per run:
 *
 *	<case> <prog> <line> <value> <input as written>
 *
 * A case with static keys runs once per combination of key states, keys
 * sorted by name, the first key the most significant bit (all off first);
 * <prog> is then "prog@key1=0,key2=1", exactly as the guest runner names it.
 * Before the runs come the checks that are not runs:
 *
 *	@key <case> <key> <initial state>
 *	@same-jit <case> <progA@combination> <progB@combination>
 *	@check <case>.flip reloads	(a case with keys: see below)
 *
 * the second from each "// HARNESS-SAME-JIT: progA progB [key=0|1...]"
 * line of the case source (keys not named are off).
 *
 * Every case is also run by the flipper (flipper.c), which loads it once
 * through bpfsk_loader.h and, if it has static keys, reaches every
 * combination by flipping them: its runs are expected again under case
 * "<case>.flip".
 *
 *	host_ref CASE NAME.in [NAME.c]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness_case.h"
#include "harness_input.h"

#define MAX_PROGS	64
#define MAX_KEYS	4	/* every combination runs: 2^4 loads at most */
#define SAME_JIT	"// HARNESS-SAME-JIT:"
#define FLIP_SUFFIX	".flip"	/* the flipper's runs, see flipper.c */

static struct {
	const char *name;
	harness_fn fn;
} progs[MAX_PROGS];
static int nprogs;

static struct harness_static_key **keys;
static int nkeys;

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

static int cmp_key(const void *a, const void *b)
{
	const struct harness_static_key *x = *(const void *const *)a;
	const struct harness_static_key *y = *(const void *const *)b;

	return strcmp(x->name, y->name);
}

/* Sets every key for combination c; "@k1=0,k2=1" (or "") into buf. */
static const char *set_combination(unsigned int c, char *buf, size_t size)
{
	size_t len = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < nkeys; i++) {
		keys[i]->on = (c >> (nkeys - 1 - i)) & 1;
		len += snprintf(buf + len, size - len, "%c%s=%d",
				i ? ',' : '@', keys[i]->name, keys[i]->on);
		if (len >= size) {
			fprintf(stderr, "host_ref: key names too long\n");
			exit(1);
		}
	}
	return buf;
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
	char *line = NULL, *tok, *save, *a, *b, suffix[512];
	size_t cap = 0;
	int lineno = 0, i, err = 0;
	unsigned int c;
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
		c = 0;
		while ((tok = strtok_r(NULL, " \t\n", &save))) {
			char *eq = strchr(tok, '=');

			for (i = 0; eq && i < nkeys; i++)
				if (!strncmp(keys[i]->name, tok, eq - tok) &&
				    !keys[i]->name[eq - tok])
					break;
			if (!eq || i == nkeys || (strcmp(eq, "=0") && strcmp(eq, "=1"))) {
				fprintf(stderr, "%s:%d: '%s' is not KEY=0 or KEY=1 for a static key of the case\n",
					src, lineno, tok);
				err = 1;
				break;
			}
			if (eq[1] == '1')
				c |= 1u << (nkeys - 1 - i);
		}
		set_combination(c, suffix, sizeof(suffix));
		printf("@same-jit %s %s%s %s%s\n", case_name, a, suffix, b, suffix);
	}
	free(line);
	fclose(f);
	return err;
}

int main(int argc, char **argv)
{
	struct harness_args args;
	char *line = NULL, *text, suffix[512];
	int lineno = 0, runs = 0, k, i, flip;
	unsigned int c;
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
	if (nkeys > MAX_KEYS) {
		fprintf(stderr, "host_ref: case %s defines %d static keys; the harness runs every combination of at most %d\n",
			argv[1], nkeys, MAX_KEYS);
		return 1;
	}
	qsort(progs, nprogs, sizeof(progs[0]), cmp_prog);
	qsort(keys, nkeys, sizeof(keys[0]), cmp_key);
	for (i = 0; i < nkeys; i++)
		printf("@key %s %s %d\n", argv[1], keys[i]->name,
		       keys[i]->initial);
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
			for (c = 0; k && c < 1u << nkeys; c++) {
				set_combination(c, suffix, sizeof(suffix));
				for (i = 0; i < nprogs; i++, runs++)
					printf("%s%s %s%s %d %u %s\n", argv[1],
					       flip ? FLIP_SUFFIX : "",
					       progs[i].name, suffix, lineno,
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
