// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * `bpfsk run OBJ [--key KEY=on|off]... [--input FILE] [--arch ...]
 * [--repeat N] [--timeout S]`: OBJ on Debian's stock kernels under QEMU.
 * Checks on the host what it can (keys, input), then boots each
 * architecture through harness/run.sh (the guest runner with -k) and turns
 * the console's HARNESS lines into a table per program and input line.
 * The harness is found through $BPFSK_HARNESS (the repository's harness/
 * directory) or two directories above the binary (build/bin/bpfsk).  See
 * loader/README.md.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include "bpfsk.h"
#include "harness_input.h"
#include "harness_run.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: bpfsk run OBJ [--key KEY=on|off]... [--input FILE] [--arch x86_64|aarch64|all]\n"
		   "                 [--repeat N] [--timeout SECONDS]\n");
}

#define RUN_MAX_ARCHES	2
#define RUN_TAIL_LINES	15	/* console lines shown when a guest fails */

static const char *const run_arches[RUN_MAX_ARCHES] = { "x86_64", "aarch64" };

/* harness/run.sh: $BPFSK_HARNESS, else ../../harness from the binary. */
static int find_run_script(char *path, size_t size)
{
	const char *env = getenv("BPFSK_HARNESS");
	char exe[PATH_MAX];
	ssize_t n;

	if (env && *env) {
		snprintf(path, size, "%s/run.sh", env);
	} else {
		n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
		if (n < 0) {
			fprintf(stderr, "bpfsk run: cannot find this binary (/proc/self/exe: %s); set BPFSK_HARNESS to the repository's harness/ directory\n",
				strerror(errno));
			return -1;
		}
		exe[n] = '\0';
		snprintf(path, size, "%s/../../harness/run.sh", dirname(exe));
	}
	if (access(path, R_OK)) {
		fprintf(stderr, "bpfsk run: no kernel harness at %s (%s); set BPFSK_HARNESS to the repository's harness/ directory\n",
			path, strerror(errno));
		return -1;
	}
	return 0;
}

/* The input must parse as the guest will parse it; the runs it holds. */
static int check_input(const char *path)
{
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, runs = 0, k;
	__u64 arg[HARNESS_NARGS];
	FILE *f = fopen(path, "r");

	if (!f) {
		fprintf(stderr, "bpfsk run: cannot read %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		k = harness_parse_line(line, arg);
		if (k < 0) {
			fprintf(stderr, "bpfsk run: %s:%d: want up to %d integers (decimal or 0x hex), '#' comments\n",
				path, lineno, HARNESS_NARGS);
			runs = -1;
			break;
		}
		runs += k > 0;
	}
	free(line);
	fclose(f);
	if (!runs)
		fprintf(stderr, "bpfsk run: %s: no input line\n", path);
	return runs > 0 ? runs : -1;
}

/*
 * The rest of a console line "... HARNESS <what> [<case> ]<rest>" (the case
 * skipped, START and FATAL have none), or NULL if the line is not one.
 */
static const char *harness_field(const char *line, const char *what)
{
	const char *p = strstr(line, "HARNESS ");
	size_t n = strlen(what);

	if (!p || strncmp(p + 8, what, n) || (p[8 + n] && p[8 + n] != ' '))
		return NULL;
	p += 8 + n;
	if (*p)
		p++;
	if (*p && strcmp(what, "START") && strcmp(what, "FATAL")) {
		p = strchr(p, ' ');		/* the case name */
		p = p ? p + 1 : "";
	}
	return p;
}

/*
 * Prints one architecture's results from its console log; returns the
 * number of failures (load, run, boot).
 */
static int report_arch(const char *arch, const char *log_path, int qemu_rc,
		       bool timed)
{
	char *line = NULL, prog[256], tail[RUN_TAIL_LINES][160];
	bool started = false, ended = false, header = false;
	unsigned int tail_n = 0, t;
	int fails = 0, runs = 0, lineno, n;
	unsigned int ret, jited, xlated, verified, ns, repeat;
	const char *p;
	size_t cap = 0, len, i;
	ssize_t got;
	FILE *f = fopen(log_path, "r");

	if (!f) {
		printf("%s: no console log (%s)\n", arch, strerror(errno));
		return 1;
	}
	while ((got = getline(&line, &cap, f)) > 0) {
		/* The serial console may carry NUL bytes: drop them. */
		for (len = 0, i = 0; i < (size_t)got; i++)
			if (line[i])
				line[len++] = line[i];
		line[len] = '\0';
		len = strcspn(line, "\r\n");
		line[len] = '\0';
		snprintf(tail[tail_n++ % RUN_TAIL_LINES], sizeof(tail[0]), "%s",
			 line);
		/*
		 * Any runner line shows that it started: a kernel message
		 * printed in the middle of the START line can hide that one.
		 */
		if (!started && strstr(line, "HARNESS ") &&
		    !harness_field(line, "START")) {
			printf("%s: Linux (release not seen: no START line), QEMU TCG\n",
			       arch);
			started = true;
		}
		if ((p = harness_field(line, "START"))) {
			const char *rel = strchr(p, ' ');

			printf("%s: Linux %s, QEMU TCG\n", arch, rel ? rel + 1 : p);
			started = true;
		} else if ((p = harness_field(line, "END"))) {
			ended = true;
		} else if ((p = harness_field(line, "FATAL"))) {
			printf("  error: %s\n", p);
			fails++;
		} else if ((p = harness_field(line, "LOADFAIL"))) {
			/* "<program or -> <error>" */
			const char *err = strchr(p, ' ');

			err = err ? err + 1 : p;
			if (p[0] == '-' && p[1] == ' ')
				printf("  load failed: %s\n", err);
			else
				printf("  load failed: program %.*s: %s\n",
				       (int)(strcspn(p, " ")), p, err);
			fails++;
		} else if ((p = harness_field(line, "LOAD"))) {
			/* "<@combination or -> ns=<load time>" */
			const char *ns_s = strstr(p, " ns=");

			if (ns_s)
				printf("  loaded in %.1f ms (rewrite, verifier, JIT)\n",
				       strtod(ns_s + 4, NULL) / 1e6);
		} else if ((p = harness_field(line, "LOG"))) {
			printf("  %s%s\n", p[0] == '|' ? "verifier " : "", p);
		} else if ((p = harness_field(line, "RUNFAIL"))) {
			/* Loaded and verified, but the runner has no input for it. */
			bool other_type = strstr(p, "unsupported program type");

			printf("  %s: %s\n", other_type ? "not run" : "run failed", p);
			fails += !other_type;
			runs += other_type;
		} else if ((p = harness_field(line, "RUN"))) {
			repeat = ns = 0;
			n = sscanf(p, "%255s %d ret=%u jited=%u xlated=%u verified=%u repeat=%u ns=%u",
				   prog, &lineno, &ret, &jited, &xlated,
				   &verified, &repeat, &ns);
			if (n < 6) {
				printf("  unparsed: %s\n", line);
				fails++;
				continue;
			}
			prog[strcspn(prog, "@")] = '\0';	/* keys shown above */
			if (!header) {
				printf("  %-24s %5s %10s %10s %8s %7s %6s%s\n",
				       "program", "line", "ret", "ret(hex)",
				       "verified", "xlated", "jited",
				       timed ? "  ns/run (XDP, tc)" : "");
				header = true;
			}
			printf("  %-24s %5d %10u 0x%08x %8u %5u B %4u B", prog,
			       lineno, ret, ret, verified, xlated, jited);
			if (n == 8)
				printf("  %u (%u runs)", ns, repeat);
			printf("\n");
			runs++;
		}
	}
	free(line);
	fclose(f);
	if (!started || !ended) {
		printf("%s: the guest %s (QEMU status %d%s); console log: %s\n",
		       arch, !started ? "did not start the runner" :
				       "stopped before the end",
		       qemu_rc, qemu_rc == 124 ? ", timed out" : "", log_path);
		for (t = tail_n > RUN_TAIL_LINES ? tail_n - RUN_TAIL_LINES : 0;
		     t < tail_n; t++)
			printf("  console | %s\n", tail[t % RUN_TAIL_LINES]);
		fails++;
	} else if (!runs && !fails) {
		printf("  no program ran\n");
		fails++;
	}
	return fails;
}

int harness_run_object(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "key", required_argument, NULL, 'k' },
		{ "input", required_argument, NULL, 'i' },
		{ "arch", required_argument, NULL, 'a' },
		{ "repeat", required_argument, NULL, 'r' },
		{ "timeout", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char script[PATH_MAX + 32], logdir[PATH_MAX];
	char arches[32] = "x86_64 aarch64", timeout_s[16], repeat_s[16];
	char **keys = calloc(argc + 1, sizeof(*keys)), **args = NULL;
	char log_path[PATH_MAX + 32], rc_s[16], *end;
	const char *input = "", *obj_path, *tmp = getenv("TMPDIR");
	bool on[BPFSK_MAX_KEYS], asked[BPFSK_MAX_KEYS] = { false };
	struct bpfsk_object *obj = NULL;
	long repeat = 0, timeout = 300;
	int nkeys = 0, opt, i, k, fails = 0, status, rc = 2, qemu_rc;
	size_t size = 0, a;
	void *buf = NULL;
	pid_t pid;
	FILE *f;

	if (!keys) {
		fprintf(stderr, "bpfsk run: out of memory\n");
		return 1;
	}
	optind = 1;
	while ((opt = getopt_long(argc, argv, "k:i:a:r:t:h", longopts,
				  NULL)) != -1) {
		switch (opt) {
		case 'k':
			keys[nkeys++] = optarg;
			break;
		case 'i':
			input = optarg;
			break;
		case 'a':
			if (!strcmp(optarg, "all"))
				snprintf(arches, sizeof(arches), "x86_64 aarch64");
			else if (!strcmp(optarg, "x86_64") ||
				 !strcmp(optarg, "aarch64"))
				snprintf(arches, sizeof(arches), "%s", optarg);
			else {
				fprintf(stderr, "bpfsk run: --arch %s: want x86_64, aarch64 or all\n",
					optarg);
				goto out;
			}
			break;
		case 'r':
		case 't':
			errno = 0;
			*(opt == 'r' ? &repeat : &timeout) = strtol(optarg, &end, 10);
			if (errno || *end || end == optarg ||
			    (opt == 'r' ? repeat < 0 || repeat > 1000000 :
					  timeout < 1 || timeout > 86400)) {
				fprintf(stderr, "bpfsk run: --%s %s: want %s\n",
					opt == 'r' ? "repeat" : "timeout", optarg,
					opt == 'r' ? "0 to 1000000 runs" :
						     "1 to 86400 seconds");
				goto out;
			}
			break;
		case 'h':
			usage(stdout);
			rc = 0;
			goto out;
		default:
			usage(stderr);
			goto out;
		}
	}
	if (optind != argc - 1) {
		usage(stderr);
		goto out;
	}
	obj_path = argv[optind];

	/* Everything that can be checked on the host is, before booting. */
	rc = 1;
	buf = bpfsk_read_file(obj_path, &size);
	if (!buf) {
		fprintf(stderr, "bpfsk run: cannot read %s: %s\n", obj_path,
			strerror(errno));
		goto out;
	}
	if (bpfsk_object__parse(buf, size, obj_path, &obj))
		goto out;		/* libbpfsk said why */
	for (a = 0; a < bpfsk_object__key_cnt(obj); a++)
		on[a] = bpfsk_object__key(obj, a)->initial_on;
	for (i = 0; i < nkeys; i++) {
		k = bpfsk_object__parse_key_arg(obj, keys[i], on);
		if (k < 0) {
			rc = 2;
			goto out;
		}
		asked[k] = true;
	}
	if (*input && check_input(input) < 0) {
		rc = 2;
		goto out;
	}
	if (find_run_script(script, sizeof(script)))
		goto out;

	printf("%s: ", obj_path);
	if (!bpfsk_object__key_cnt(obj))
		printf("no static keys");
	for (a = 0; a < bpfsk_object__key_cnt(obj); a++)
		printf("%s%s=%s%s", a ? ", " : "keys ",
		       bpfsk_object__key(obj, a)->name, on[a] ? "on" : "off",
		       asked[a] ? "" : " (initial)");
	printf("; input %s\n", *input ? input : "one line of zeros");
	fflush(stdout);

	snprintf(logdir, sizeof(logdir), "%s/bpfsk-run.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(logdir)) {
		fprintf(stderr, "bpfsk run: mkdtemp %s: %s\n", logdir,
			strerror(errno));
		goto out;
	}
	/* sh run.sh LOGDIR ARCHES TIMEOUT REPEAT INPUT OBJ KEY=on|off... */
	args = calloc(9 + nkeys, sizeof(*args));
	if (!args) {
		fprintf(stderr, "bpfsk run: out of memory\n");
		goto out;
	}
	snprintf(timeout_s, sizeof(timeout_s), "%ld", timeout);
	snprintf(repeat_s, sizeof(repeat_s), "%ld", repeat);
	i = 0;
	args[i++] = "sh";
	args[i++] = script;
	args[i++] = logdir;
	args[i++] = arches;
	args[i++] = timeout_s;
	args[i++] = repeat_s;
	args[i++] = (char *)input;
	args[i++] = (char *)obj_path;
	for (k = 0; k < nkeys; k++)
		args[i++] = keys[k];
	args[i] = NULL;
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "bpfsk run: fork: %s\n", strerror(errno));
		goto out_dir;
	}
	if (!pid) {
		execvp("sh", args);
		fprintf(stderr, "bpfsk run: exec sh %s: %s\n", script,
			strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			fprintf(stderr, "bpfsk run: waitpid: %s\n",
				strerror(errno));
			goto out_dir;
		}
	/* 3: the harness cache or a tool is missing (run.sh said what to run). */
	if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
		rc = WIFEXITED(status) && WEXITSTATUS(status) == 3 ? 3 : 1;
		goto out_dir;
	}
	for (a = 0; a < RUN_MAX_ARCHES; a++) {
		if (!strstr(arches, run_arches[a]))
			continue;
		snprintf(log_path, sizeof(log_path), "%s/%s.rc", logdir,
			 run_arches[a]);
		qemu_rc = -1;
		f = fopen(log_path, "r");
		if (f) {
			if (fgets(rc_s, sizeof(rc_s), f))
				qemu_rc = atoi(rc_s);
			fclose(f);
		}
		snprintf(log_path, sizeof(log_path), "%s/%s.log", logdir,
			 run_arches[a]);
		fails += report_arch(run_arches[a], log_path, qemu_rc,
				     repeat > 0);
	}
	rc = fails ? 1 : 0;
out_dir:
	/* Keep what a failed guest left; an empty directory goes. */
	if (rc && rmdir(logdir)) {
		printf("bpfsk run: console logs kept in %s\n", logdir);
	} else if (!rc) {
		for (a = 0; a < RUN_MAX_ARCHES; a++) {
			snprintf(log_path, sizeof(log_path), "%s/%s.log",
				 logdir, run_arches[a]);
			unlink(log_path);
			snprintf(log_path, sizeof(log_path), "%s/%s.rc",
				 logdir, run_arches[a]);
			unlink(log_path);
		}
		rmdir(logdir);
	}
out:
	bpfsk_object__free(obj);
	free(buf);
	free(args);
	free(keys);
	return rc;
}
