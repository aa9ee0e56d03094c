// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Guest flipper: static keys flipped at run time through the loader API
 * (loader/include/bpfsk_loader.h), run by /init after the runner.
 *
 *	flipper flip DIR/NAME.bpf.o...	(inputs: DIR/NAME.in; flip.c)
 *	flipper live DIR/live_xdp.bpf.o DIR/live_tcx.bpf.o	(live.c)
 *	flipper bench DIR/flip_N.bpf.o...	(bench/flip.sh; bench.c)
 *
 * Output lines (compare.awk): those of the runner, plus
 *	CHECK <case> <name> ok|fail [detail]
 *	INFO <case> <text>
 *	BENCH <case> key=value...	(bench only, read by bench/flip.sh)
 *
 * This file: the tool's choice and what the tools share (flipper.h).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <net/if.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "bpfsk.h"
#include "flipper.h"
#include "guest.h"

char flipper_case[300] = "-";
char *flipper_log_buf;

void flipper_check(const char *name, bool ok, const char *fmt, ...)
{
	va_list ap;

	printf("HARNESS CHECK %s %s %s", flipper_case, name, ok ? "ok" : "fail");
	if (fmt) {
		putchar(' ');
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
	}
	putchar('\n');
}

double flipper_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int flipper_lo_up(void)
{
	struct ifreq ifr = {};
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), err = 0;

	if (fd < 0)
		return -errno;
	strcpy(ifr.ifr_name, "lo");
	if (ioctl(fd, SIOCGIFFLAGS, &ifr))
		err = -errno;
	ifr.ifr_flags |= IFF_UP;
	if (!err && ioctl(fd, SIOCSIFFLAGS, &ifr))
		err = -errno;
	close(fd);
	return err;
}

__u32 flipper_prog_id(int fd)
{
	struct bpf_prog_info info = {};
	__u32 len = sizeof(info);

	return bpf_prog_get_info_by_fd(fd, &info, &len) ? 0 : info.id;
}

__u32 flipper_link_prog_id(struct bpf_link *link)
{
	struct bpf_link_info info = {};
	__u32 len = sizeof(info);

	if (bpf_link_get_info_by_fd(bpf_link__fd(link), &info, &len))
		return 0;
	return info.prog_id;
}

struct bpf_map *flipper_map(struct bpf_object *obj, const char *suffix)
{
	struct bpf_map *map;
	size_t n = strlen(suffix), m;

	bpf_object__for_each_map(map, obj) {
		m = strlen(bpf_map__name(map));
		if (m >= n && !strcmp(bpf_map__name(map) + m - n, suffix))
			return map;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	int i, reps = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc < 2 || (strcmp(argv[1], "flip") && strcmp(argv[1], "live") &&
			 strcmp(argv[1], "bench"))) {
		fprintf(stderr, "usage: %s flip|live|bench OBJ...\n", argv[0]);
		return 2;
	}
	/* HARNESS_BENCH_REPS=N on the kernel command line: bench's reps. */
	if (getenv("HARNESS_BENCH_REPS"))
		reps = atoi(getenv("HARNESS_BENCH_REPS"));
	if (reps < 1 || reps > FLIPPER_BENCH_MAX_REPS)
		reps = FLIPPER_BENCH_REPS;
	/* The buffer each tool writes its case name to. */
	guest_case = flipper_case;
	libbpf_set_print(guest_libbpf_print);
	bpfsk_set_print(guest_bpfsk_print);
	flipper_log_buf = calloc(1, FLIPPER_LOG_SIZE);
	if (!flipper_log_buf) {
		printf("HARNESS FATAL out of memory\n");
		return 1;
	}
	for (i = 2; i < argc; i++)
		if (!strcmp(argv[1], "flip"))
			flipper_flip(argv[i]);
		else if (!strcmp(argv[1], "live") && strstr(argv[i], "live_tcx"))
			flipper_live_tcx(argv[i]);
		else if (!strcmp(argv[1], "live"))
			flipper_live_xdp(argv[i]);
		else
			flipper_bench(argv[i], reps);
	return 0;
}
