// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Host reference: linked with one case source built natively, it runs every
 * registered program body on every run of NAME.in and prints the expected
 * values, one line per run:
 *
 *	<case> <prog> <line> <value> <input as written>
 *
 *	host_ref CASE NAME.in
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness_case.h"
#include "harness_input.h"

#define MAX_PROGS 64

static struct {
	const char *name;
	harness_fn fn;
} progs[MAX_PROGS];
static int nprogs;

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

static int cmp_prog(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(int argc, char **argv)
{
	struct harness_args args;
	char *line = NULL, *text;
	int lineno = 0, runs = 0, k, i;
	size_t cap = 0;
	FILE *f;

	if (argc != 3) {
		fprintf(stderr, "usage: %s CASE NAME.in\n", argv[0]);
		return 2;
	}
	if (!nprogs) {
		fprintf(stderr, "host_ref: case %s defines no HARNESS_* program\n",
			argv[1]);
		return 1;
	}
	qsort(progs, nprogs, sizeof(progs[0]), cmp_prog);
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
		for (i = 0; k && i < nprogs; i++, runs++)
			printf("%s %s %d %u %s\n", argv[1], progs[i].name,
			       lineno, progs[i].fn(&args), text);
		free(text);
	}
	if (!runs) {
		fprintf(stderr, "%s: no runs\n", argv[2]);
		return 1;
	}
	return 0;
}
