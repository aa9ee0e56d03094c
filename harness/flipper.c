// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Guest flipper: static keys flipped at run time through the loader API
 * (loader/include/bpfsk_loader.h), run by /init after the runner.
 *
 *	flipper flip DIR/NAME.bpf.o...	(inputs: DIR/NAME.in)
 *	flipper live DIR/live_xdp.bpf.o DIR/live_tcx.bpf.o
 *	flipper bench DIR/flip_N.bpf.o...	(bench/flip.sh; see bench())
 *
 * flip: each case with static keys is loaded once, in its initial states,
 * then brought to every combination of key states in the runner's order
 * (keys sorted by name, the first the most significant bit, all off first)
 * by bpfsk_loader__set_key() when one key changes and by a transaction
 * when several do.  After each step every program runs on every input line
 * (BPF_PROG_TEST_RUN) and prints the runner's RUN line under case
 * "NAME.flip", which host_ref expects with the host's values.  Check
 * "reloads": one reload per step that changes a key, none otherwise.  A
 * case without keys is loaded through the same API once (its object passes
 * through unchanged, jump tables and all) and runs the same way.
 *
 * live: live_xdp.c (see its header) attached by an XDP link to lo while a
 * thread sends UDP packets over lo; the keys pair_a and pair_b flip
 * together FLIPS times, then a flip the verifier rejects; then the link
 * goes and the program, attached the legacy way (netlink, generic mode),
 * flips LEGACY_FLIPS times through bpfsk_loader__track_fn() and
 * XDP_FLAGS_REPLACE.  live_tcx.c: the same pair on a tcx link at lo's
 * ingress (bpf_program__attach_tcx(), Linux >= 6.6), flipped FLIPS times
 * under traffic.  One CHECK line per property, one INFO line with the
 * figures.
 *
 * bench: flip latency against a reload of a recompiled object, see
 * bench() and bench/flip.sh.
 *
 * Output lines (compare.awk): those of the runner, plus
 *	CHECK <case> <name> ok|fail [detail]
 *	INFO <case> <text>
 *	BENCH <case> key=value...	(bench only, read by bench/flip.sh)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <linux/if_link.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "bpfsk_loader.h"
#include "guest.h"
#include "live_xdp.h"

#define LOG_SIZE	(1u << 20)
#define LOG_TAIL_LINES	30
#define FLIPS		40
#define LEGACY_FLIPS	6

static char *log_buf;
static char cur_case[300] = "-";

static void check(const char *name, bool ok, const char *fmt, ...)
{
	va_list ap;

	printf("HARNESS CHECK %s %s %s", cur_case, name, ok ? "ok" : "fail");
	if (fmt) {
		putchar(' ');
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
	}
	putchar('\n');
}

/* ---- flip: every combination through the API ------------------------- */

/* Brings l to key states want[] (indexed as the object's keys). */
static int flip_to(struct bpfsk_loader *l, const struct bpfsk_object *sk,
		   const bool *want, int *changed)
{
	BPFSK_OPTS(bpfsk_apply_opts, opts, .log_buf = log_buf,
		   .log_size = LOG_SIZE);
	size_t i, n = bpfsk_object__key_cnt(sk), last = 0;
	struct bpfsk_txn *t;
	int err = 0;

	*changed = 0;
	for (i = 0; i < n; i++)
		if (bpfsk_loader__key(l, bpfsk_object__key(sk, i)->name) !=
		    want[i]) {
			(*changed)++;
			last = i;
		}
	if (*changed == 1)
		return bpfsk_loader__set_key(l, bpfsk_object__key(sk, last)->name,
					     want[last]);
	t = bpfsk_txn__new(l);
	if (!t)
		return -errno;
	for (i = 0; i < n && !err; i++)
		err = bpfsk_txn__set_key(t, bpfsk_object__key(sk, i)->name,
					 want[i]);
	if (!err)
		err = bpfsk_txn__apply(t, &opts);
	if (err)
		guest_print_log_tail(log_buf, LOG_TAIL_LINES);
	bpfsk_txn__free(t);
	return err;
}

static void flip_case(const char *obj_path)
{
	char in_path[4096];
	const char *base = strrchr(obj_path, '/');
	size_t nkeys, len = strlen(obj_path), i;
	unsigned long gen, reloads = 0, want_reloads = 0;
	BPFSK_OPTS(bpfsk_loader_opts, lopts);
	struct bpfsk_combination comb;
	struct bpfsk_loader *l = NULL;
	const struct bpfsk_object *sk;
	struct bpf_program *prog;
	struct run_input *in = NULL;
	int n, err, changed;
	uint64_t c;

	base = base ? base + 1 : obj_path;
	if (len < 6 || strcmp(obj_path + len - 6, ".bpf.o"))
		return;
	snprintf(cur_case, sizeof(cur_case), "%.*s.flip",
		 (int)(strlen(base) - 6), base);
	snprintf(in_path, sizeof(in_path), "%.*s.in", (int)(len - 6), obj_path);
	lopts.object_name = cur_case;
	l = bpfsk_loader__open_file(obj_path, &lopts);
	if (!l) {
		printf("HARNESS LOADFAIL %s - open: %s\n", cur_case,
		       strerror(errno));
		goto out;
	}
	sk = bpfsk_loader__sk_object(l);
	nkeys = bpfsk_object__key_cnt(sk);
	if (nkeys > HARNESS_MAX_KEYS) {
		printf("HARNESS LOADFAIL %s - %zu keys\n", cur_case, nkeys);
		goto out;
	}
	err = bpfsk_object__init_combination(sk, &comb);
	if (err) {
		printf("HARNESS LOADFAIL %s - key names: %s\n", cur_case,
		       strerror(-err));
		goto out;
	}
	n = guest_read_inputs(in_path, &in);
	if (n < 0) {
		printf("HARNESS LOADFAIL %s - cannot read %s: %s\n", cur_case,
		       in_path, strerror(-n));
		goto out;
	}
	guest_btf_rejected = false;
	err = bpfsk_loader__load(l);
	if (err) {
		printf("HARNESS LOADFAIL %s - load: %s\n", cur_case,
		       strerror(-err));
		goto out;
	}
	if (guest_btf_rejected) {
		printf("HARNESS LOADFAIL %s - the kernel rejected the object's BTF (see the BTF load log above)\n",
		       cur_case);
		goto out;
	}
	for (c = 0; c < bpfsk_combination__cnt(&comb); c++) {
		bpfsk_combination__set(&comb, c);
		gen = bpfsk_loader__generation(l);
		err = flip_to(l, sk, comb.key_on, &changed);
		if (err) {
			printf("HARNESS LOADFAIL %s - flip to %s: %s\n",
			       cur_case, comb.suffix, strerror(-err));
			continue;
		}
		want_reloads += changed > 0;
		reloads += bpfsk_loader__generation(l) - gen;
		bpf_object__for_each_program(prog, bpfsk_loader__object(l))
			for (i = 0; i < (size_t)n; i++)
				guest_run_prog(prog, comb.suffix, &in[i], 0);
		fflush(stdout);
	}
	if (nkeys)
		check("reloads", reloads == want_reloads,
		      "%lu reloads for %lu steps that changed keys, %u steps",
		      reloads, want_reloads, 1u << nkeys);
out:
	bpfsk_loader__close(l);
	free(in);
	fflush(stdout);
	snprintf(cur_case, sizeof(cur_case), "-");
}

/* ---- live: an XDP link on lo, keys flipped under traffic --------------- */

static atomic_ulong sent;
static atomic_bool stop;

static int udp_socket(int port, bool bind_it)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(port),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	if (fd < 0)
		return -errno;
	if (bind_it ? bind(fd, (void *)&a, sizeof(a)) :
		      connect(fd, (void *)&a, sizeof(a))) {
		close(fd);
		return -errno;
	}
	return fd;
}

static void *sender(void *arg)
{
	int fd = *(int *)arg;
	char payload[32] = "static keys under traffic";
	unsigned long i = 0;

	while (!atomic_load(&stop)) {
		if (send(fd, payload, sizeof(payload), 0) == sizeof(payload))
			atomic_fetch_add(&sent, 1);
		if (!(++i & 15))
			sched_yield();
	}
	return NULL;
}

static int lo_up(void)
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

/* Column 2 of /proc/net/softnet_stat: packets the backlog dropped. */
static unsigned long softnet_dropped(void)
{
	unsigned long total = 0;
	unsigned int processed, dropped;
	char line[512];
	FILE *f = fopen("/proc/net/softnet_stat", "r");

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "%x %x", &processed, &dropped) == 2)
			total += dropped;
	fclose(f);
	return total;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static struct bpf_map *map_of(struct bpfsk_loader *l, const char *suffix)
{
	struct bpf_map *map;
	size_t n = strlen(suffix), m;

	bpf_object__for_each_map(map, bpfsk_loader__object(l)) {
		m = strlen(bpf_map__name(map));
		if (m >= n && !strcmp(bpf_map__name(map) + m - n, suffix))
			return map;
	}
	return NULL;
}

static __u64 stat_get(struct bpfsk_loader *l, __u32 idx)
{
	__u64 v = 0;

	bpf_map__lookup_elem(map_of(l, "stats"), &idx, sizeof(idx), &v,
			     sizeof(v), 0);
	return v;
}

/*
 * Stops the sender and waits for the backlog to drain (the runs stop
 * changing); returns the runs counted by the old and new versions, stores
 * the packets sent in *n_sent, and checks that both versions ran and that
 * none saw a mixed state.  The check names get `prefix` ("" or "tcx-").
 */
static __u64 drain_and_check_versions(struct bpfsk_loader *l, pthread_t th,
				      const char *prefix, unsigned long *n_sent)
{
	char name[64];
	__u64 v;

	atomic_store(&stop, true);
	pthread_join(th, NULL);
	/* Only now: the sender may send one more packet until it stops. */
	*n_sent = atomic_load(&sent);
	do {
		v = stat_get(l, 0) + stat_get(l, 3);
		usleep(20000);
	} while (stat_get(l, 0) + stat_get(l, 3) != v);

	snprintf(name, sizeof(name), "%sruns-both-versions", prefix);
	check(name, stat_get(l, 0) > 0 && stat_get(l, 3) > 0,
	      "off %llu, on %llu", (unsigned long long)stat_get(l, 0),
	      (unsigned long long)stat_get(l, 3));
	snprintf(name, sizeof(name), "%sno-mixed-state", prefix);
	check(name, !stat_get(l, 1) && !stat_get(l, 2),
	      "mixed %llu + %llu", (unsigned long long)stat_get(l, 1),
	      (unsigned long long)stat_get(l, 2));
	return stat_get(l, 0) + stat_get(l, 3);
}

/*
 * The end of a live test: stops the sender if it runs (th), detaches the
 * link, closes the four sockets/maps (-1: not open) and the loader.
 */
static void live_teardown(struct bpfsk_loader *l, struct bpf_link *link,
			  pthread_t *th, const int fds[4])
{
	int i;

	if (th) {
		atomic_store(&stop, true);
		pthread_join(*th, NULL);
	}
	if (link) {
		bpfsk_loader__untrack_link(l, link);
		bpf_link__destroy(link);
	}
	for (i = 0; i < 4; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	bpfsk_loader__close(l);
	fflush(stdout);
}

static __u64 u64_get(struct bpfsk_loader *l, const char *map, __u32 key)
{
	__u64 v = ~0ull;

	bpf_map__lookup_elem(map_of(l, map), &key, sizeof(key), &v,
			     sizeof(v), 0);
	return v;
}

/* Sends a probe and waits until the XDP program has seen it. */
static int probe(struct bpfsk_loader *l, int fd)
{
	__u64 before = stat_get(l, STAT_PROBES);
	double t0 = now_ms();
	char c = 'p';

	if (send(fd, &c, 1, 0) != 1)
		return -1;
	while (stat_get(l, STAT_PROBES) == before)
		if (now_ms() - t0 > 2000)
			return -1;
		else
			usleep(200);
	return stat_get(l, STAT_PROBE);
}

static int entry_run(struct bpfsk_loader *l)
{
	struct bpf_program *p = bpf_object__find_program_by_name(
		bpfsk_loader__object(l), "xdp_entry");
	char pkt[64] = {};
	LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = pkt,
		    .data_size_in = sizeof(pkt));

	if (!p || bpf_prog_test_run_opts(bpf_program__fd(p), &o))
		return -1;
	return o.retval;
}

static __u32 map_id(struct bpf_map *map)
{
	struct bpf_map_info info = {};
	__u32 len = sizeof(info);

	if (!map || bpf_map_get_info_by_fd(bpf_map__fd(map), &info, &len))
		return 0;
	return info.id;
}

static __u32 link_prog_id(struct bpf_link *link)
{
	struct bpf_link_info info = {};
	__u32 len = sizeof(info);

	if (bpf_link_get_info_by_fd(bpf_link__fd(link), &info, &len))
		return 0;
	return info.prog_id;
}

/* track_fn for a legacy (netlink) XDP attachment: replace, atomically. */
static int xdp_replace(void *ctx, int old_fd, int new_fd)
{
	LIBBPF_OPTS(bpf_xdp_attach_opts, o, .old_prog_fd = old_fd);

	return bpf_xdp_attach(*(int *)ctx, new_fd,
			      XDP_FLAGS_SKB_MODE | XDP_FLAGS_REPLACE, &o);
}

static __u32 prog_id(int fd)
{
	struct bpf_prog_info info = {};
	__u32 len = sizeof(info);

	return bpf_prog_get_info_by_fd(fd, &info, &len) ? 0 : info.id;
}

/* The same flips with the program attached the legacy way. */
static void live_legacy(struct bpfsk_loader *l, int ifindex, int probe_fd,
			int state)
{
	struct bpfsk_txn *t = bpfsk_txn__new(l);
	int i, err, ok = 0, got, fd;
	__u32 id = 0;

	fd = bpf_program__fd(bpf_object__find_program_by_name(
		bpfsk_loader__object(l), "xdp_live"));
	err = !t ? -ENOMEM : bpf_xdp_attach(ifindex, fd, XDP_FLAGS_SKB_MODE,
					    NULL);
	if (!err)
		err = bpfsk_loader__track_fn(l, "xdp_live", xdp_replace,
					     &ifindex);
	for (i = 0; !err && i < LEGACY_FLIPS; i++) {
		state = 3 - state;
		bpfsk_txn__set_key(t, "pair_a", state & 2);
		bpfsk_txn__set_key(t, "pair_b", state & 1);
		err = bpfsk_txn__apply(t, NULL);
		if (err)
			break;
		got = probe(l, probe_fd);
		fd = bpf_program__fd(bpf_object__find_program_by_name(
			bpfsk_loader__object(l), "xdp_live"));
		bpf_xdp_query_id(ifindex, XDP_FLAGS_SKB_MODE, &id);
		ok += got == state && id == prog_id(fd);
	}
	check("legacy-xdp-replace", !err && ok == LEGACY_FLIPS,
	      "netlink XDP, XDP_FLAGS_REPLACE via track_fn: %d of %d flips seen by the next packet%s%s",
	      ok, LEGACY_FLIPS, err ? ": " : "", err ? strerror(-err) : "");
	bpfsk_loader__untrack_fn(l, &ifindex);
	bpf_xdp_detach(ifindex, XDP_FLAGS_SKB_MODE, NULL);
	bpfsk_txn__free(t);
}

static const char *const live_maps[] = { "stats", "per_state", "jmp",
					 ".data", ".bss" };
#define NLIVE_MAPS (sizeof(live_maps) / sizeof(live_maps[0]))

static void live(const char *obj_path)
{
	BPFSK_OPTS(bpfsk_loader_opts, lopts, .object_name = "live_xdp");
	BPFSK_OPTS(bpfsk_apply_opts, aopts, .log_buf = log_buf,
		   .log_size = LOG_SIZE);
	unsigned long gen, drops0, drops, probes_ok = 0, slot_ok = 0,
		      flips_ok = 0, sent_at, n_sent, sent_during = 0;
	int data_fd = -1, probe_fd = -1, rx_fd = -1, rx2_fd = -1, ifindex, err,
	    state = 0, got, i;
	__u32 ids[NLIVE_MAPS], key;
	__u64 runs, cookie = 0x5eed, magic = 0xfeedface;
	double t, ms_min = 1e9, ms_max = 0, ms_sum = 0;
	struct bpf_link *link = NULL;
	struct bpfsk_loader *l;
	struct bpf_program *p;
	struct bpfsk_txn *t_pair, *t_bad;
	pthread_t th;
	bool started = false, ids_ok = true;
	__u32 prog_before;

	snprintf(cur_case, sizeof(cur_case), "live_xdp");
	l = bpfsk_loader__open_file(obj_path, &lopts);
	err = l ? bpfsk_loader__load(l) : -errno;
	check("loaded", !err, "%s", err ? strerror(-err) : "");
	if (err)
		goto out;
	for (i = 0; i < (int)NLIVE_MAPS; i++)
		ids[i] = map_id(map_of(l, live_maps[i]));

	/* What user space writes must still be there after every flip. */
	key = 0;
	bpf_map__update_elem(map_of(l, ".data"), &key, sizeof(key), &cookie,
			     sizeof(cookie), 0);
	key = 1000;
	bpf_map__update_elem(map_of(l, "per_state"), &key, sizeof(key), &magic,
			     sizeof(magic), 0);

	err = lo_up();
	ifindex = if_nametoindex("lo");
	p = bpf_object__find_program_by_name(bpfsk_loader__object(l), "xdp_live");
	link = !err && ifindex ? bpf_program__attach_xdp(p, ifindex) : NULL;
	if (!err && !link)
		err = -errno;
	if (!err)
		err = bpfsk_loader__track_link(l, "xdp_live", link);
	/* The prog-array slot: xdp_entry tail-calls xdp_tail through it. */
	if (!err) {
		int tail_fd = bpf_program__fd(bpf_object__find_program_by_name(
			bpfsk_loader__object(l), "xdp_tail"));
		int jmp_fd = bpf_map__fd(map_of(l, "jmp"));

		key = 0;
		err = bpf_map_update_elem(jmp_fd, &key, &tail_fd, BPF_ANY);
		if (!err)
			err = bpfsk_loader__track_prog_array(l, "xdp_tail",
							     jmp_fd, 0);
	}
	check("link-attached", !err, "ifindex %d: %s", ifindex,
	      err ? strerror(-err) : "XDP link, generic mode");
	if (err)
		goto out;
	/* Bad input that needs a loaded object. */
	{
		int e1 = bpfsk_loader__load(l),
		    e2 = bpfsk_loader__track_link(l, "no_such_prog", link),
		    e3 = bpfsk_loader__track_link(l, "xdp_live", link),
		    e4 = bpfsk_loader__track_prog_array(l, "xdp_tail",
				bpf_map__fd(map_of(l, "stats")), 0),
		    e5 = bpfsk_loader__track_prog_array(l, "xdp_tail",
				bpf_map__fd(map_of(l, "jmp")), 0),
		    e6 = bpfsk_loader__track_fn(l, "xdp_live", NULL, NULL),
		    e7 = bpfsk_loader__untrack_prog_array(l,
				bpf_map__fd(map_of(l, "stats")));

		check("track-bad-input",
		      e1 == -EBUSY && e2 == -ENOENT && e3 == -EEXIST &&
		      e4 == -EINVAL && e5 == -EEXIST && e6 == -EINVAL &&
		      e7 == -ENOENT,
		      "load again %d, unknown program %d, link twice %d, not a prog array %d, slot twice %d, no fn %d, untrack untracked map %d",
		      e1, e2, e3, e4, e5, e6, e7);
	}

	rx_fd = udp_socket(LIVE_PORT, true);
	rx2_fd = udp_socket(LIVE_PORT + 1, true);
	data_fd = udp_socket(LIVE_PORT, false);
	probe_fd = udp_socket(LIVE_PORT + 1, false);
	if (rx_fd < 0 || rx2_fd < 0 || data_fd < 0 || probe_fd < 0) {
		check("all-packets-run", false, "sockets: %s",
		      strerror(errno));
		goto out;
	}
	drops0 = softnet_dropped();
	atomic_store(&stop, false);	/* live_tcx ran first, perhaps */
	atomic_store(&sent, 0);
	if (pthread_create(&th, NULL, sender, &data_fd)) {
		check("all-packets-run", false, "no sender thread");
		goto out;
	}
	started = true;

	t_pair = bpfsk_txn__new(l);
	for (i = 0; t_pair && i < FLIPS; i++) {
		/* Let the current version run some packets first. */
		sent_at = atomic_load(&sent);
		t = now_ms();
		while (atomic_load(&sent) < sent_at + 20 && now_ms() - t < 2000)
			usleep(500);
		state = (i & 1) ? 0 : 3;
		bpfsk_txn__set_key(t_pair, "pair_a", state & 2);
		bpfsk_txn__set_key(t_pair, "pair_b", state & 1);
		t = now_ms();
		sent_at = atomic_load(&sent);
		err = bpfsk_txn__apply(t_pair, &aopts);
		sent_during += atomic_load(&sent) - sent_at;
		t = now_ms() - t;
		if (err) {
			printf("HARNESS LOG %s flip %d: %s\n", cur_case, i,
			       strerror(-err));
			guest_print_log_tail(log_buf, LOG_TAIL_LINES);
			state = 3 - state;
			continue;
		}
		flips_ok++;
		ms_sum += t;
		ms_min = t < ms_min ? t : ms_min;
		ms_max = t > ms_max ? t : ms_max;
		got = probe(l, probe_fd);
		probes_ok += got == state;
		if (got != state)
			printf("HARNESS LOG %s flip %d: probe saw %d, want %d\n",
			       cur_case, i, got, state);
		got = entry_run(l);
		slot_ok += got == 10 + state;
		if (got != 10 + state)
			printf("HARNESS LOG %s flip %d: tail call returned %d, want %d\n",
			       cur_case, i, got, 10 + state);
		for (int m = 0; m < (int)NLIVE_MAPS; m++)
			if (map_id(map_of(l, live_maps[m])) != ids[m])
				ids_ok = false;
	}
	bpfsk_txn__free(t_pair);

	/* A flip the verifier rejects: nothing may change. */
	gen = bpfsk_loader__generation(l);
	prog_before = link_prog_id(link);
	t_bad = bpfsk_txn__new(l);
	err = !t_bad ? -ENOMEM : bpfsk_txn__set_key(t_bad, "bad_key", true);
	if (!err)
		err = bpfsk_txn__set_key(t_bad, "pair_a", !(state & 2));
	if (!err)
		err = bpfsk_txn__set_key(t_bad, "pair_b", !(state & 1));
	if (!err)
		err = bpfsk_txn__apply(t_bad, &aopts);
	bpfsk_txn__free(t_bad);
	check("bad-flip-fails", err < 0, "%s", err ? strerror(-err) : "applied");
	{
		const char *m = strstr(log_buf, "invalid access to packet");

		check("bad-flip-log", m != NULL, "verifier: %.*s",
		      (int)strcspn(m ? m : log_buf, "\n"), m ? m : log_buf);
	}
	check("bad-flip-state-kept",
	      bpfsk_loader__generation(l) == gen &&
	      bpfsk_loader__key(l, "bad_key") == 0 &&
	      bpfsk_loader__key(l, "pair_a") == !!(state & 2) &&
	      bpfsk_loader__key(l, "pair_b") == !!(state & 1),
	      "generation %lu -> %lu", gen, bpfsk_loader__generation(l));
	got = probe(l, probe_fd);
	check("bad-flip-still-running",
	      got == state && link_prog_id(link) == prog_before &&
	      entry_run(l) == 10 + state,
	      "probe saw %d (want %d), link prog id %u -> %u", got, state,
	      prog_before, link_prog_id(link));

	runs = drain_and_check_versions(l, th, "", &n_sent);
	started = false;
	drops = softnet_dropped() - drops0;
	check("probe-sees-new-version", probes_ok == FLIPS && flips_ok == FLIPS,
	      "%lu of %d flips applied, %lu probes saw the new version",
	      flips_ok, FLIPS, probes_ok);
	check("prog-array-slot", slot_ok == FLIPS,
	      "%lu of %d tail calls reached the new version", slot_ok, FLIPS);
	check("all-packets-run", runs + drops == n_sent && runs > 0,
	      "sent %lu, runs %llu, backlog drops %lu", n_sent,
	      (unsigned long long)runs, drops);
	check("counters-kept",
	      u64_get(l, "per_state", 0) + u64_get(l, "per_state", 3) == runs,
	      "hash per_state %llu + %llu, stats %llu",
	      (unsigned long long)u64_get(l, "per_state", 0),
	      (unsigned long long)u64_get(l, "per_state", 3),
	      (unsigned long long)runs);
	check("data-kept",
	      u64_get(l, ".data", 0) == cookie &&
	      stat_get(l, STAT_COOKIE) == cookie,
	      ".data %#llx, seen by the program %#llx",
	      (unsigned long long)u64_get(l, ".data", 0),
	      (unsigned long long)stat_get(l, STAT_COOKIE));
	check("bss-kept", u64_get(l, ".bss", 0) == runs,
	      ".bss runs %llu", (unsigned long long)u64_get(l, ".bss", 0));
	check("hash-kept", u64_get(l, "per_state", 1000) == magic, "%#llx",
	      (unsigned long long)u64_get(l, "per_state", 1000));
	check("map-ids-kept", ids_ok, "%zu maps over %lu generations",
	      NLIVE_MAPS, bpfsk_loader__generation(l));
	printf("HARNESS INFO %s %d flips (XDP link on lo, generic): %lu packets sent, %llu runs (off version %llu, on version %llu, mixed %llu), %lu backlog drops; apply %.1f/%.1f/%.1f ms min/avg/max, %lu packets sent while applying\n",
	       cur_case, FLIPS, n_sent, (unsigned long long)runs,
	       (unsigned long long)stat_get(l, 0),
	       (unsigned long long)stat_get(l, 3),
	       (unsigned long long)(stat_get(l, 1) + stat_get(l, 2)), drops,
	       flips_ok ? ms_min : 0, flips_ok ? ms_sum / flips_ok : 0, ms_max,
	       sent_during);
	/* The link goes; the same program attached the legacy way. */
	bpfsk_loader__untrack_link(l, link);
	bpf_link__destroy(link);
	link = NULL;
	live_legacy(l, ifindex, probe_fd, state);
out:
	live_teardown(l, link, started ? &th : NULL,
		      (int[]){ rx_fd, rx2_fd, data_fd, probe_fd });
}

/*
 * live_tcx.c: the same pair of keys on a tcx link at lo's ingress, flipped
 * FLIPS times under traffic.
 */
static void live_tcx(const char *obj_path)
{
	BPFSK_OPTS(bpfsk_loader_opts, lopts, .object_name = "live_tcx");
	BPFSK_OPTS(bpfsk_apply_opts, aopts, .log_buf = log_buf,
		   .log_size = LOG_SIZE);
	unsigned long drops0, drops, probes_ok = 0, flips_ok = 0, sent_at,
		      n_sent;
	int data_fd = -1, probe_fd = -1, rx_fd = -1, rx2_fd = -1, ifindex,
	    err, state, got, i;
	struct bpf_link *link = NULL;
	struct bpfsk_loader *l;
	struct bpfsk_txn *txn = NULL;
	double t, ms_min = 1e9, ms_max = 0, ms_sum = 0;
	__u64 runs;
	pthread_t th;
	bool started = false;

	snprintf(cur_case, sizeof(cur_case), "live_tcx");
	l = bpfsk_loader__open_file(obj_path, &lopts);
	err = l ? bpfsk_loader__load(l) : -errno;
	if (!err)
		err = lo_up();
	ifindex = if_nametoindex("lo");
	if (!err) {
		link = bpf_program__attach_tcx(bpf_object__find_program_by_name(
			bpfsk_loader__object(l), "tcx_live"), ifindex, NULL);
		err = link ? bpfsk_loader__track_link(l, "tcx_live", link) :
			     -errno;
	}
	check("tcx-attached", !err, "%s", err ? strerror(-err) :
						"tcx link, lo ingress");
	if (err)
		goto out;
	rx_fd = udp_socket(LIVE_PORT, true);
	rx2_fd = udp_socket(LIVE_PORT + 1, true);
	data_fd = udp_socket(LIVE_PORT, false);
	probe_fd = udp_socket(LIVE_PORT + 1, false);
	txn = bpfsk_txn__new(l);
	drops0 = softnet_dropped();
	atomic_store(&stop, false);
	atomic_store(&sent, 0);
	if (rx_fd < 0 || rx2_fd < 0 || data_fd < 0 || probe_fd < 0 || !txn ||
	    pthread_create(&th, NULL, sender, &data_fd)) {
		check("tcx-all-packets-run", false, "sockets or sender thread");
		goto out;
	}
	started = true;
	for (i = 0; i < FLIPS; i++) {
		sent_at = atomic_load(&sent);
		t = now_ms();
		while (atomic_load(&sent) < sent_at + 20 && now_ms() - t < 2000)
			usleep(500);
		state = (i & 1) ? 0 : 3;
		bpfsk_txn__set_key(txn, "pair_a", state & 2);
		bpfsk_txn__set_key(txn, "pair_b", state & 1);
		t = now_ms();
		err = bpfsk_txn__apply(txn, &aopts);
		t = now_ms() - t;
		if (err) {
			printf("HARNESS LOG %s flip %d: %s\n", cur_case, i,
			       strerror(-err));
			guest_print_log_tail(log_buf, LOG_TAIL_LINES);
			continue;
		}
		flips_ok++;
		ms_sum += t;
		ms_min = t < ms_min ? t : ms_min;
		ms_max = t > ms_max ? t : ms_max;
		got = probe(l, probe_fd);
		probes_ok += got == state;
		if (got != state)
			printf("HARNESS LOG %s flip %d: probe saw %d, want %d\n",
			       cur_case, i, got, state);
	}
	runs = drain_and_check_versions(l, th, "tcx-", &n_sent);
	started = false;
	drops = softnet_dropped() - drops0;
	check("tcx-probe-sees-new-version",
	      probes_ok == FLIPS && flips_ok == FLIPS,
	      "%lu of %d flips applied, %lu probes saw the new version",
	      flips_ok, FLIPS, probes_ok);
	check("tcx-all-packets-run", runs + drops == n_sent && runs > 0,
	      "sent %lu, runs %llu, backlog drops %lu", n_sent,
	      (unsigned long long)runs, drops);
	printf("HARNESS INFO %s %d flips (tcx link, lo ingress): %lu packets sent, %llu runs (off version %llu, on version %llu, mixed %llu), %lu backlog drops; apply %.1f/%.1f/%.1f ms min/avg/max\n",
	       cur_case, FLIPS, n_sent, (unsigned long long)runs,
	       (unsigned long long)stat_get(l, 0),
	       (unsigned long long)stat_get(l, 3),
	       (unsigned long long)(stat_get(l, 1) + stat_get(l, 2)), drops,
	       flips_ok ? ms_min : 0, flips_ok ? ms_sum / flips_ok : 0, ms_max);
out:
	bpfsk_txn__free(txn);
	live_teardown(l, link, started ? &th : NULL,
		      (int[]){ rx_fd, rx2_fd, data_fd, probe_fd });
}

/* ---- bench: flip latency against a reload ------------------------------ */

#define BENCH_REPS	10	/* timed swaps per path (HARNESS_BENCH_REPS) */
#define BENCH_MAX_REPS	100

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

static struct bpf_map *obj_map(struct bpf_object *obj, const char *suffix)
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
	map = obj_map(obj, "bench_stats");
	old_map = obj_map(*objp, "bench_stats");
	err = map && old_map ? bpf_map__reuse_fd(map, bpf_map__fd(old_map)) :
			       -ENOENT;
	if (!err && rodata_on >= 0) {
		map = obj_map(obj, ".rodata");
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

	return link_prog_id(link) == prog_id(fd);
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
static void bench(const char *obj_path, int reps)
{
	BPFSK_OPTS(bpfsk_loader_opts, lopts);
	BPFSK_OPTS(bpfsk_apply_opts, aopts, .log_buf = log_buf,
		   .log_size = LOG_SIZE);
	double flip_ms[BENCH_MAX_REPS], load_ms[BENCH_MAX_REPS],
	       ro_ms[BENCH_MAX_REPS], t;
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
	snprintf(cur_case, sizeof(cur_case), "%.*s",
		 (int)(len - 6 - (slash ? slash + 1 - obj_path : 0)),
		 slash ? slash + 1 : obj_path);
	lopts.object_name = cur_case;
	err = lo_up();
	ifindex = if_nametoindex("lo");
	if (err || !ifindex) {
		printf("HARNESS FATAL %s: lo: %s\n", cur_case,
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
		t = now_ms();
		err = bpfsk_txn__apply(txn, &aopts);
		flip_ms[i] = now_ms() - t;
		if (err) {
			guest_print_log_tail(log_buf, LOG_TAIL_LINES);
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
		printf("HARNESS FATAL %s: static-key flip: %s\n", cur_case,
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
			t = now_ms();
			err = reload_swap(&obj, path, ro ? on : -1, link);
			ms[i] = now_ms() - t;
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
			printf("HARNESS FATAL %s: reload of %s: %s\n", cur_case,
			       path, strerror(-err));
			return;
		}
	}
	printf("HARNESS BENCH %s reps=%d insns_off=%u insns_on=%u insns_d0=%u insns_d1=%u",
	       cur_case, reps, insns_off, insns_on, insns_d[0], insns_d[1]);
	print_min_med("flip", flip_ms, reps);
	print_min_med("load", load_ms, reps);
	print_min_med("rodata", ro_ms, reps);
	printf(" swaps_ok=%d/%d\n", ok, total);
	fflush(stdout);
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
	if (reps < 1 || reps > BENCH_MAX_REPS)
		reps = BENCH_REPS;
	guest_case = cur_case;	/* the buffer each case writes its name to */
	libbpf_set_print(guest_libbpf_print);
	bpfsk_set_print(guest_bpfsk_print);
	log_buf = calloc(1, LOG_SIZE);
	if (!log_buf) {
		printf("HARNESS FATAL out of memory\n");
		return 1;
	}
	for (i = 2; i < argc; i++)
		if (!strcmp(argv[1], "flip"))
			flip_case(argv[i]);
		else if (!strcmp(argv[1], "live") && strstr(argv[i], "live_tcx"))
			live_tcx(argv[i]);
		else if (!strcmp(argv[1], "live"))
			live(argv[i]);
		else
			bench(argv[i], reps);
	return 0;
}
