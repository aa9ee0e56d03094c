// SPDX-License-Identifier: GPL-2.0
/* What the guest programs share; see include/guest.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>

#include "guest.h"
#include "harness_input.h"

const char *guest_case = "-";
bool guest_btf_rejected;

int guest_libbpf_print(enum libbpf_print_level level, const char *fmt,
		       va_list ap)
{
	static char buf[1 << 16];	/* a BTF load log comes in one piece */
	char *line, *save;

	if (level != LIBBPF_WARN)
		return 0;
	vsnprintf(buf, sizeof(buf), fmt, ap);
	if (strstr(buf, "BTF loading error"))
		guest_btf_rejected = true;
	for (line = strtok_r(buf, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save))
		printf("HARNESS LOG %s %s\n", guest_case, line);
	return 0;
}

/* libbpfsk's messages already start with "libbpfsk: ". */
int guest_bpfsk_print(enum bpfsk_print_level level, const char *fmt,
		      va_list ap)
{
	return guest_libbpf_print(level == BPFSK_WARN ? LIBBPF_WARN :
							LIBBPF_DEBUG, fmt, ap);
}

void guest_print_log_tail(const char *log, int lines)
{
	const char *p = log + strlen(log);
	size_t len;
	int n = 0;

	while (p > log && n <= lines)
		if (*--p == '\n')
			n++;
	if (p > log)
		p++;
	while (*p) {
		len = strcspn(p, "\n");
		printf("HARNESS LOG %s | %.*s\n", guest_case, (int)len, p);
		p += len + (p[len] != '\0');
	}
}

void guest_run_prog(struct bpf_program *prog, const char *combination,
		    const struct run_input *in, int repeat)
{
	char name[256 + BPFSK_COMBINATION_SUFFIX_MAX];
	struct bpf_prog_info info = {};
	__u32 info_len = sizeof(info);
	int fd = bpf_program__fd(prog), err;
	LIBBPF_OPTS(bpf_test_run_opts, opts);

	snprintf(name, sizeof(name), "%s%s", bpf_program__name(prog),
		 combination);
	switch (bpf_program__type(prog)) {
	case BPF_PROG_TYPE_SYSCALL:	/* ctx is the argument block */
		opts.ctx_in = &in->args;
		opts.ctx_size_in = sizeof(in->args);
		repeat = 0;		/* the kernel refuses any repeat */
		break;
	case BPF_PROG_TYPE_XDP:		/* packet data is the argument block */
	case BPF_PROG_TYPE_SCHED_CLS:	/* tc, tcx (bpfsk run): the same */
		opts.data_in = &in->args;
		opts.data_size_in = sizeof(in->args);
		opts.repeat = repeat;
		break;
	default:
		printf("HARNESS RUNFAIL %s %s %d unsupported program type %d\n",
		       guest_case, name, in->line, bpf_program__type(prog));
		return;
	}
	err = bpf_prog_test_run_opts(fd, &opts);
	if (err) {
		printf("HARNESS RUNFAIL %s %s %d test_run: %s\n",
		       guest_case, name, in->line, strerror(-err));
		return;
	}
	err = bpf_prog_get_info_by_fd(fd, &info, &info_len);
	if (err) {
		printf("HARNESS RUNFAIL %s %s %d prog_info: %s\n",
		       guest_case, name, in->line, strerror(-err));
		return;
	}
	printf("HARNESS RUN %s %s %d ret=%u jited=%u xlated=%u verified=%u",
	       guest_case, name, in->line, opts.retval, info.jited_prog_len,
	       info.xlated_prog_len, info.verified_insns);
	if (repeat)
		printf(" repeat=%d ns=%u", repeat, opts.duration);
	printf("\n");
}

int guest_key_combinations(const struct bpfsk_object *sk,
			   struct bpfsk_combination *comb, bool every)
{
	size_t nkeys = bpfsk_object__key_cnt(sk);
	int err;

	if (every && nkeys > HARNESS_MAX_KEYS) {
		printf("HARNESS LOADFAIL %s - %zu static keys; the harness runs every combination of at most %d\n",
		       guest_case, nkeys, HARNESS_MAX_KEYS);
		return -E2BIG;
	}
	err = bpfsk_object__init_combination(sk, comb);
	if (err)
		printf("HARNESS LOADFAIL %s - key names: %s\n", guest_case,
		       strerror(-err));
	return err;
}

int guest_read_inputs(const char *path, struct run_input **out)
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
			       guest_case, path, lineno);
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
