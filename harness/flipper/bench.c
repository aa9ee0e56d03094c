// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * flipper bench: flip latency of static keys against a reload of a
 * recompiled object (bench/flip.sh, docs/static-keys.md "Flip latency").
 */
#include <errno.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "bpfsk_loader.h"
#include "flipper.h"
#include "guest.h"


static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* "min=... med=..." of ms[0..n), sorted in place. */
static void print_min_med(const char *what, double *ms, int n)
{
	qsort(ms, n, sizeof(*ms), cmp_double);
	printf(" %s_min=%.3f %s_med=%.3f", what, n ? ms[0] : 0.0, what,
	       n ? (n & 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2) : 0.0);
}

static __u32 prog_xlated_insns(int fd)
{
	struct bpf_prog_info info = {};
	__u32 len = sizeof(info);

	return bpf_prog_get_info_by_fd(fd, &info, &len) ? 0 :
							  info.xlated_prog_len / 8;
}

/*
 * What a user does today to change a compile-time switch of an attached
 * program: open the object built for the new state (path), or the .rodata
 * object with the new values written before load (rodata_on >= 0), reuse
 * the running object's map, load (verify, JIT), swap the link's program.
 * On success *objp becomes the new object and the old one is closed.
 */
static int reload_swap(struct bpf_object **objp, const char *path,
		       int rodata_on, struct bpf_link *link)
{
	struct bpf_object *obj = bpf_object__open_file(path, NULL);
	struct bpf_map *map, *old_map;
	__u32 *vals;
	size_t sz;
	int err;

	if (!obj)
		return -errno;
	map = flipper_map(obj, "bench_stats");
	old_map = flipper_map(*objp, "bench_stats");
	err = map && old_map ? bpf_map__reuse_fd(map, bpf_map__fd(old_map)) :
			       -ENOENT;
	if (!err && rodata_on >= 0) {
		map = flipper_map(obj, ".rodata");
		vals = map ? bpf_map__initial_value(map, &sz) : NULL;
		if (!vals || sz < 2 * sizeof(*vals))
			err = -ENOENT;
		else
			vals[0] = vals[1] = rodata_on;
	}
	if (!err)
		err = bpf_object__load(obj);
	if (!err)
		err = bpf_link__update_program(link,
			bpf_object__find_program_by_name(obj, "xdp_bench"));
	if (err) {
		bpf_object__close(obj);
		return err;
	}
	bpf_object__close(*objp);
	*objp = obj;
	return 0;
}

/* The program id the link runs must be the one just loaded. */
static bool link_runs(struct bpf_link *link, struct bpf_object *obj)
{
	int fd = bpf_program__fd(bpf_object__find_program_by_name(obj,
								  "xdp_bench"));

	return flipper_link_prog_id(link) == flipper_prog_id(fd);
}

/*
 * One size: DIR/flip_N.bpf.o (static keys key_a, key_b), flip_N_d0.bpf.o
 * and flip_N_d1.bpf.o (the keys as #defines, both off / both on: the
 * recompiled objects) and flip_N_ro.bpf.o (the keys in .rodata), each
 * attached in turn by an XDP link to lo.  Timed, reps times each, the
 * state alternating on, off, on...:
 *	flip	bpfsk_txn__apply() of both keys: build, load with the map
 *		reused, link swapped
 *	load	reload_swap() of the recompiled object for the new state
 *	rodata	reload_swap() of the .rodata object with the new values
 * Prints BENCH <case> insns_off= insns_on= (xlated, of the static-key
 * programs) insns_d0= insns_d1= and min/median of each, and swaps_ok=
 * (swaps after which the link ran the new program).
 */
void flipper_bench(const char *obj_path, int reps)
{
	BPFSK_OPTS(bpfsk_loader_opts, lopts);
	BPFSK_OPTS(bpfsk_apply_opts, aopts, .log_buf = flipper_log_buf,
		   .log_size = FLIPPER_LOG_SIZE);
	double flip_ms[FLIPPER_BENCH_MAX_REPS], load_ms[FLIPPER_BENCH_MAX_REPS],
	       ro_ms[FLIPPER_BENCH_MAX_REPS], t;
	char base[4096], path[4200];
	struct bpf_object *obj = NULL;
	struct bpf_link *link = NULL;
	struct bpfsk_loader *l = NULL;
	struct bpfsk_txn *txn = NULL;
	__u32 insns_off = 0, insns_on = 0, insns_d[2] = {};
	int ifindex, err, i, ok = 0, total = 0, on;
	size_t len = strlen(obj_path);
	const char *slash = strrchr(obj_path, '/');

	if (len < 6 || strcmp(obj_path + len - 6, ".bpf.o"))
		return;
	snprintf(base, sizeof(base), "%.*s", (int)(len - 6), obj_path);
	snprintf(flipper_case, sizeof(flipper_case), "%.*s",
		 (int)(len - 6 - (slash ? slash + 1 - obj_path : 0)),
		 slash ? slash + 1 : obj_path);
	lopts.object_name = flipper_case;
	err = flipper_lo_up();
	ifindex = if_nametoindex("lo");
	if (err || !ifindex) {
		printf("HARNESS FATAL %s: lo: %s\n", flipper_case,
		       strerror(err ? -err : errno));
		return;
	}

	/* Static keys: one loader, flipped by transactions. */
	l = bpfsk_loader__open_file(obj_path, &lopts);
	err = l ? bpfsk_loader__load(l) : -errno;
	if (!err) {
		link = bpf_program__attach_xdp(bpf_object__find_program_by_name(
			bpfsk_loader__object(l), "xdp_bench"), ifindex);
		err = link ? bpfsk_loader__track_link(l, "xdp_bench", link) :
			     -errno;
	}
	txn = err ? NULL : bpfsk_txn__new(l);
	if (!err && !txn)
		err = -errno;
	if (!err)
		insns_off = prog_xlated_insns(bpf_program__fd(
			bpf_object__find_program_by_name(
				bpfsk_loader__object(l), "xdp_bench")));
	for (i = 0; !err && i < reps; i++) {
		on = !(i & 1);
		bpfsk_txn__set_key(txn, "key_a", on);
		bpfsk_txn__set_key(txn, "key_b", on);
		t = flipper_now_ms();
		err = bpfsk_txn__apply(txn, &aopts);
		flip_ms[i] = flipper_now_ms() - t;
		if (err) {
			guest_print_log_tail(flipper_log_buf,
						     FLIPPER_LOG_TAIL_LINES);
			break;
		}
		total++;
		ok += link_runs(link, bpfsk_loader__object(l));
		if (on)
			insns_on = prog_xlated_insns(bpf_program__fd(
				bpf_object__find_program_by_name(
					bpfsk_loader__object(l), "xdp_bench")));
	}
	bpfsk_txn__free(txn);
	if (link) {
		bpfsk_loader__untrack_link(l, link);
		bpf_link__destroy(link);
		link = NULL;
	}
	bpfsk_loader__close(l);
	if (err) {
		printf("HARNESS FATAL %s: static-key flip: %s\n", flipper_case,
		       strerror(-err));
		return;
	}

	/* Today: an object per state (recompiled), or one with .rodata. */
	for (int ro = 0; ro < 2; ro++) {
		double *ms = ro ? ro_ms : load_ms;

		snprintf(path, sizeof(path), "%s_%s.bpf.o", base,
			 ro ? "ro" : "d0");
		obj = bpf_object__open_file(path, NULL);
		err = obj ? bpf_object__load(obj) : -errno;
		if (!err) {
			link = bpf_program__attach_xdp(
				bpf_object__find_program_by_name(obj, "xdp_bench"),
				ifindex);
			err = link ? 0 : -errno;
		}
		if (!err && !ro)
			insns_d[0] = prog_xlated_insns(bpf_program__fd(
				bpf_object__find_program_by_name(obj,
								 "xdp_bench")));
		for (i = 0; !err && i < reps; i++) {
			on = !(i & 1);
			if (!ro)
				snprintf(path, sizeof(path), "%s_d%d.bpf.o",
					 base, on);
			t = flipper_now_ms();
			err = reload_swap(&obj, path, ro ? on : -1, link);
			ms[i] = flipper_now_ms() - t;
			if (err)
				break;
			total++;
			ok += link_runs(link, obj);
			if (!ro && on)
				insns_d[1] = prog_xlated_insns(bpf_program__fd(
					bpf_object__find_program_by_name(
						obj, "xdp_bench")));
		}
		bpf_link__destroy(link);
		link = NULL;
		bpf_object__close(obj);
		obj = NULL;
		if (err) {
			printf("HARNESS FATAL %s: reload of %s: %s\n", flipper_case,
			       path, strerror(-err));
			return;
		}
	}
	printf("HARNESS BENCH %s reps=%d insns_off=%u insns_on=%u insns_d0=%u insns_d1=%u",
	       flipper_case, reps, insns_off, insns_on, insns_d[0], insns_d[1]);
	print_min_med("flip", flip_ms, reps);
	print_min_med("load", load_ms, reps);
	print_min_med("rodata", ro_ms, reps);
	printf(" swaps_ok=%d/%d\n", ok, total);
	fflush(stdout);
}
