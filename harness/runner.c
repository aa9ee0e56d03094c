// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Guest runner: loads each case object with libbpf, runs every program on
 * every line of the case's .in file with BPF_PROG_TEST_RUN and prints one
 * machine-readable line per event on the console; the host compares.
 *
 *	runner [-r REPEAT] DIR/NAME.bpf.o...	(inputs: DIR/NAME.in)
 *
 * Output lines, all starting with "HARNESS ":
 *	START <machine> <kernel release>
 *	FATAL <message>
 *	LOADFAIL <case> <program or -> <error>
 *	LOG <case> <text>		libbpf warnings, verifier log tail
 *	RUN <case> <prog> <line> ret=<u32> jited=<bytes> xlated=<bytes>
 *	    verified=<insns> [repeat=<n> ns=<avg duration>]
 *	RUNFAIL <case> <prog> <line> <error>
 *	END
 * REPEAT > 1 applies to program types that accept it (XDP, not syscall).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/utsname.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "harness_input.h"

#define LOG_SIZE	(4u << 20)
#define LOG_TAIL_LINES	60

struct run_input {
	int line;
	struct harness_args args;
};

static char *log_buf;
static const char *cur_case = "-";

/* libbpf's own warnings (e.g. jump table problems) go to the console too. */
static int print_fn(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	char buf[1024], *line, *save;

	if (level != LIBBPF_WARN)
		return 0;
	vsnprintf(buf, sizeof(buf), fmt, ap);
	for (line = strtok_r(buf, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save))
		printf("HARNESS LOG %s %s\n", cur_case, line);
	return 0;
}

/* Print the last LOG_TAIL_LINES lines of the verifier log. */
static void print_log_tail(const char *log)
{
	const char *p = log + strlen(log);
	size_t len;
	int n = 0;

	while (p > log && n <= LOG_TAIL_LINES)
		if (*--p == '\n')
			n++;
	if (p > log)
		p++;
	while (*p) {
		len = strcspn(p, "\n");
		printf("HARNESS LOG %s | %.*s\n", cur_case, (int)len, p);
		p += len + (p[len] != '\0');
	}
}

static int read_inputs(const char *path, struct run_input **out)
{
	struct run_input *in = NULL, *grown;
	size_t cap = 0;
	char *line = NULL;
	int n = 0, lineno = 0, k;
	FILE *f;

	f = fopen(path, "r");
	if (!f)
		return -errno;
	while (getline(&line, &cap, f) > 0) {
		__u64 arg[HARNESS_NARGS];

		lineno++;
		k = harness_parse_line(line, arg);
		if (k < 0) {
			printf("HARNESS LOADFAIL %s - bad input at %s:%d\n",
			       cur_case, path, lineno);
			n = -EINVAL;
			break;
		}
		if (!k)
			continue;
		grown = realloc(in, sizeof(*in) * (n + 1));
		if (!grown) {
			n = -ENOMEM;
			break;
		}
		in = grown;
		in[n].line = lineno;
		memcpy(in[n].args.arg, arg, sizeof(arg));
		n++;
	}
	free(line);
	fclose(f);
	*out = in;
	return n;
}

static void run_prog(struct bpf_program *prog, const struct run_input *in,
		     int repeat)
{
	const char *name = bpf_program__name(prog);
	struct bpf_prog_info info = {};
	__u32 info_len = sizeof(info);
	int fd = bpf_program__fd(prog), err;
	LIBBPF_OPTS(bpf_test_run_opts, opts);

	switch (bpf_program__type(prog)) {
	case BPF_PROG_TYPE_SYSCALL:	/* ctx is the argument block */
		opts.ctx_in = &in->args;
		opts.ctx_size_in = sizeof(in->args);
		repeat = 0;		/* the kernel refuses any repeat */
		break;
	case BPF_PROG_TYPE_XDP:		/* packet data is the argument block */
		opts.data_in = &in->args;
		opts.data_size_in = sizeof(in->args);
		opts.repeat = repeat;
		break;
	default:
		printf("HARNESS RUNFAIL %s %s %d unsupported program type %d\n",
		       cur_case, name, in->line, bpf_program__type(prog));
		return;
	}
	err = bpf_prog_test_run_opts(fd, &opts);
	if (err) {
		printf("HARNESS RUNFAIL %s %s %d test_run: %s\n",
		       cur_case, name, in->line, strerror(-err));
		return;
	}
	err = bpf_prog_get_info_by_fd(fd, &info, &info_len);
	if (err) {
		printf("HARNESS RUNFAIL %s %s %d prog_info: %s\n",
		       cur_case, name, in->line, strerror(-err));
		return;
	}
	printf("HARNESS RUN %s %s %d ret=%u jited=%u xlated=%u verified=%u",
	       cur_case, name, in->line, opts.retval, info.jited_prog_len,
	       info.xlated_prog_len, info.verified_insns);
	if (repeat)
		printf(" repeat=%d ns=%u", repeat, opts.duration);
	printf("\n");
}

static void run_case(const char *obj_path, int repeat)
{
	char case_name[256], in_path[4096];
	const char *base = strrchr(obj_path, '/');
	struct bpf_program *prog, *failed = NULL;
	struct run_input *in = NULL;
	struct bpf_object *obj;
	size_t len;
	int n, i, err;

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
	cur_case = case_name;

	n = read_inputs(in_path, &in);
	if (n < 0) {
		if (n != -EINVAL)
			printf("HARNESS LOADFAIL %s - cannot read %s: %s\n",
			       case_name, in_path, strerror(-n));
		goto out;
	}

	obj = bpf_object__open_file(obj_path, NULL);
	if (!obj) {
		printf("HARNESS LOADFAIL %s - open: %s\n", case_name,
		       strerror(errno));
		goto out;
	}
	/* log_level stays 0: libbpf retries a failed load with a log here. */
	bpf_object__for_each_program(prog, obj)
		bpf_program__set_log_buf(prog, log_buf, LOG_SIZE);
	log_buf[0] = '\0';
	err = bpf_object__load(obj);
	if (err) {
		/* Programs load in order; the first without an fd failed. */
		bpf_object__for_each_program(prog, obj)
			if (!failed && bpf_program__fd(prog) < 0)
				failed = prog;
		printf("HARNESS LOADFAIL %s %s %s\n", case_name,
		       failed ? bpf_program__name(failed) : "-",
		       strerror(-err));
		print_log_tail(log_buf);
	} else {
		bpf_object__for_each_program(prog, obj)
			for (i = 0; i < n; i++)
				run_prog(prog, &in[i], repeat);
	}
	bpf_object__close(obj);
out:
	free(in);
	fflush(stdout);
	cur_case = "-";
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
	while ((opt = getopt(argc, argv, "r:")) != -1) {
		if (opt != 'r') {
			fprintf(stderr, "usage: %s [-r REPEAT] CASE.bpf.o...\n",
				argv[0]);
			return 2;
		}
		repeat = atoi(optarg);
	}
	uname(&u);
	printf("HARNESS START %s %s\n", u.machine, u.release);
	libbpf_set_print(print_fn);
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
