// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * flipper live: live_xdp.c (see its header) attached by an XDP link to lo
 * while a thread sends UDP packets over lo; the keys pair_a and pair_b flip
 * together FLIPS times, then a flip the verifier rejects; then the link
 * goes and the program, attached the legacy way (netlink, generic mode),
 * flips LEGACY_FLIPS times through bpfsk_loader__track_fn() and
 * XDP_FLAGS_REPLACE.  live_tcx.c: the same pair on a tcx link at lo's
 * ingress (bpf_program__attach_tcx(), Linux >= 6.6), flipped FLIPS times
 * under traffic.  One CHECK line per property, one INFO line with the
 * figures.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <linux/if_link.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "bpfsk_loader.h"
#include "flipper.h"
#include "guest.h"
#include "live_xdp.h"

#define FLIPS		40
#define LEGACY_FLIPS	6

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

static struct bpf_map *map_of(struct bpfsk_loader *l, const char *suffix)
{
	return flipper_map(bpfsk_loader__object(l), suffix);
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
	flipper_check(name, stat_get(l, 0) > 0 && stat_get(l, 3) > 0,
		      "off %llu, on %llu", (unsigned long long)stat_get(l, 0),
		      (unsigned long long)stat_get(l, 3));
	snprintf(name, sizeof(name), "%sno-mixed-state", prefix);
	flipper_check(name, !stat_get(l, 1) && !stat_get(l, 2),
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
	double t0 = flipper_now_ms();
	char c = 'p';

	if (send(fd, &c, 1, 0) != 1)
		return -1;
	while (stat_get(l, STAT_PROBES) == before)
		if (flipper_now_ms() - t0 > 2000)
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

/* track_fn for a legacy (netlink) XDP attachment: replace, atomically. */
static int xdp_replace(void *ctx, int old_fd, int new_fd)
{
	LIBBPF_OPTS(bpf_xdp_attach_opts, o, .old_prog_fd = old_fd);

	return bpf_xdp_attach(*(int *)ctx, new_fd,
			      XDP_FLAGS_SKB_MODE | XDP_FLAGS_REPLACE, &o);
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
		ok += got == state && id == flipper_prog_id(fd);
	}
	flipper_check("legacy-xdp-replace", !err && ok == LEGACY_FLIPS,
		      "netlink XDP, XDP_FLAGS_REPLACE via track_fn: %d of %d flips seen by the next packet%s%s",
		      ok, LEGACY_FLIPS, err ? ": " : "", err ? strerror(-err) : "");
	bpfsk_loader__untrack_fn(l, &ifindex);
	bpf_xdp_detach(ifindex, XDP_FLAGS_SKB_MODE, NULL);
	bpfsk_txn__free(t);
}

static const char *const live_maps[] = { "stats", "per_state", "jmp",
					 ".data", ".bss" };
#define NLIVE_MAPS (sizeof(live_maps) / sizeof(live_maps[0]))

void flipper_live_xdp(const char *obj_path)
{
	BPFSK_OPTS(bpfsk_loader_opts, lopts, .object_name = "live_xdp");
	BPFSK_OPTS(bpfsk_apply_opts, aopts, .log_buf = flipper_log_buf,
		   .log_size = FLIPPER_LOG_SIZE);
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

	snprintf(flipper_case, sizeof(flipper_case), "live_xdp");
	l = bpfsk_loader__open_file(obj_path, &lopts);
	err = l ? bpfsk_loader__load(l) : -errno;
	flipper_check("loaded", !err, "%s", err ? strerror(-err) : "");
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

	err = flipper_lo_up();
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
	flipper_check("link-attached", !err, "ifindex %d: %s", ifindex,
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

		flipper_check("track-bad-input",
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
		flipper_check("all-packets-run", false, "sockets: %s",
			      strerror(errno));
		goto out;
	}
	drops0 = softnet_dropped();
	atomic_store(&stop, false);	/* live_tcx ran first, perhaps */
	atomic_store(&sent, 0);
	if (pthread_create(&th, NULL, sender, &data_fd)) {
		flipper_check("all-packets-run", false, "no sender thread");
		goto out;
	}
	started = true;

	t_pair = bpfsk_txn__new(l);
	for (i = 0; t_pair && i < FLIPS; i++) {
		/* Let the current version run some packets first. */
		sent_at = atomic_load(&sent);
		t = flipper_now_ms();
		while (atomic_load(&sent) < sent_at + 20 &&
		       flipper_now_ms() - t < 2000)
			usleep(500);
		state = (i & 1) ? 0 : 3;
		bpfsk_txn__set_key(t_pair, "pair_a", state & 2);
		bpfsk_txn__set_key(t_pair, "pair_b", state & 1);
		t = flipper_now_ms();
		sent_at = atomic_load(&sent);
		err = bpfsk_txn__apply(t_pair, &aopts);
		sent_during += atomic_load(&sent) - sent_at;
		t = flipper_now_ms() - t;
		if (err) {
			printf("HARNESS LOG %s flip %d: %s\n", flipper_case, i,
			       strerror(-err));
			guest_print_log_tail(flipper_log_buf,
						     FLIPPER_LOG_TAIL_LINES);
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
			       flipper_case, i, got, state);
		got = entry_run(l);
		slot_ok += got == 10 + state;
		if (got != 10 + state)
			printf("HARNESS LOG %s flip %d: tail call returned %d, want %d\n",
			       flipper_case, i, got, 10 + state);
		for (int m = 0; m < (int)NLIVE_MAPS; m++)
			if (map_id(map_of(l, live_maps[m])) != ids[m])
				ids_ok = false;
	}
	bpfsk_txn__free(t_pair);

	/* A flip the verifier rejects: nothing may change. */
	gen = bpfsk_loader__generation(l);
	prog_before = flipper_link_prog_id(link);
	t_bad = bpfsk_txn__new(l);
	err = !t_bad ? -ENOMEM : bpfsk_txn__set_key(t_bad, "bad_key", true);
	if (!err)
		err = bpfsk_txn__set_key(t_bad, "pair_a", !(state & 2));
	if (!err)
		err = bpfsk_txn__set_key(t_bad, "pair_b", !(state & 1));
	if (!err)
		err = bpfsk_txn__apply(t_bad, &aopts);
	bpfsk_txn__free(t_bad);
	flipper_check("bad-flip-fails", err < 0, "%s", err ? strerror(-err) : "applied");
	{
		const char *m = strstr(flipper_log_buf, "invalid access to packet");

		flipper_check("bad-flip-log", m != NULL, "verifier: %.*s",
			      (int)strcspn(m ? m : flipper_log_buf, "\n"), m ? m : flipper_log_buf);
	}
	flipper_check("bad-flip-state-kept",
		      bpfsk_loader__generation(l) == gen &&
		      bpfsk_loader__key(l, "bad_key") == 0 &&
		      bpfsk_loader__key(l, "pair_a") == !!(state & 2) &&
		      bpfsk_loader__key(l, "pair_b") == !!(state & 1),
		      "generation %lu -> %lu", gen, bpfsk_loader__generation(l));
	got = probe(l, probe_fd);
	flipper_check("bad-flip-still-running",
		      got == state &&
		      flipper_link_prog_id(link) == prog_before &&
		      entry_run(l) == 10 + state,
		      "probe saw %d (want %d), link prog id %u -> %u", got, state,
		      prog_before, flipper_link_prog_id(link));

	runs = drain_and_check_versions(l, th, "", &n_sent);
	started = false;
	drops = softnet_dropped() - drops0;
	flipper_check("probe-sees-new-version", probes_ok == FLIPS && flips_ok == FLIPS,
		      "%lu of %d flips applied, %lu probes saw the new version",
		      flips_ok, FLIPS, probes_ok);
	flipper_check("prog-array-slot", slot_ok == FLIPS,
		      "%lu of %d tail calls reached the new version", slot_ok, FLIPS);
	flipper_check("all-packets-run", runs + drops == n_sent && runs > 0,
		      "sent %lu, runs %llu, backlog drops %lu", n_sent,
		      (unsigned long long)runs, drops);
	flipper_check("counters-kept",
		      u64_get(l, "per_state", 0) + u64_get(l, "per_state", 3) == runs,
		      "hash per_state %llu + %llu, stats %llu",
		      (unsigned long long)u64_get(l, "per_state", 0),
		      (unsigned long long)u64_get(l, "per_state", 3),
		      (unsigned long long)runs);
	flipper_check("data-kept",
		      u64_get(l, ".data", 0) == cookie &&
		      stat_get(l, STAT_COOKIE) == cookie,
		      ".data %#llx, seen by the program %#llx",
		      (unsigned long long)u64_get(l, ".data", 0),
		      (unsigned long long)stat_get(l, STAT_COOKIE));
	flipper_check("bss-kept", u64_get(l, ".bss", 0) == runs,
		      ".bss runs %llu", (unsigned long long)u64_get(l, ".bss", 0));
	flipper_check("hash-kept", u64_get(l, "per_state", 1000) == magic, "%#llx",
		      (unsigned long long)u64_get(l, "per_state", 1000));
	flipper_check("map-ids-kept", ids_ok, "%zu maps over %lu generations",
		      NLIVE_MAPS, bpfsk_loader__generation(l));
	printf("HARNESS INFO %s %d flips (XDP link on lo, generic): %lu packets sent, %llu runs (off version %llu, on version %llu, mixed %llu), %lu backlog drops; apply %.1f/%.1f/%.1f ms min/avg/max, %lu packets sent while applying\n",
	       flipper_case, FLIPS, n_sent, (unsigned long long)runs,
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
void flipper_live_tcx(const char *obj_path)
{
	BPFSK_OPTS(bpfsk_loader_opts, lopts, .object_name = "live_tcx");
	BPFSK_OPTS(bpfsk_apply_opts, aopts, .log_buf = flipper_log_buf,
		   .log_size = FLIPPER_LOG_SIZE);
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

	snprintf(flipper_case, sizeof(flipper_case), "live_tcx");
	l = bpfsk_loader__open_file(obj_path, &lopts);
	err = l ? bpfsk_loader__load(l) : -errno;
	if (!err)
		err = flipper_lo_up();
	ifindex = if_nametoindex("lo");
	if (!err) {
		link = bpf_program__attach_tcx(bpf_object__find_program_by_name(
			bpfsk_loader__object(l), "tcx_live"), ifindex, NULL);
		err = link ? bpfsk_loader__track_link(l, "tcx_live", link) :
			     -errno;
	}
	flipper_check("tcx-attached", !err, "%s", err ? strerror(-err) :
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
		flipper_check("tcx-all-packets-run", false,
			      "sockets or sender thread");
		goto out;
	}
	started = true;
	for (i = 0; i < FLIPS; i++) {
		sent_at = atomic_load(&sent);
		t = flipper_now_ms();
		while (atomic_load(&sent) < sent_at + 20 &&
		       flipper_now_ms() - t < 2000)
			usleep(500);
		state = (i & 1) ? 0 : 3;
		bpfsk_txn__set_key(txn, "pair_a", state & 2);
		bpfsk_txn__set_key(txn, "pair_b", state & 1);
		t = flipper_now_ms();
		err = bpfsk_txn__apply(txn, &aopts);
		t = flipper_now_ms() - t;
		if (err) {
			printf("HARNESS LOG %s flip %d: %s\n", flipper_case, i,
			       strerror(-err));
			guest_print_log_tail(flipper_log_buf,
						     FLIPPER_LOG_TAIL_LINES);
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
			       flipper_case, i, got, state);
	}
	runs = drain_and_check_versions(l, th, "tcx-", &n_sent);
	started = false;
	drops = softnet_dropped() - drops0;
	flipper_check("tcx-probe-sees-new-version",
		      probes_ok == FLIPS && flips_ok == FLIPS,
		      "%lu of %d flips applied, %lu probes saw the new version",
		      flips_ok, FLIPS, probes_ok);
	flipper_check("tcx-all-packets-run", runs + drops == n_sent && runs > 0,
		      "sent %lu, runs %llu, backlog drops %lu", n_sent,
		      (unsigned long long)runs, drops);
	printf("HARNESS INFO %s %d flips (tcx link, lo ingress): %lu packets sent, %llu runs (off version %llu, on version %llu, mixed %llu), %lu backlog drops; apply %.1f/%.1f/%.1f ms min/avg/max\n",
	       flipper_case, FLIPS, n_sent, (unsigned long long)runs,
	       (unsigned long long)stat_get(l, 0),
	       (unsigned long long)stat_get(l, 3),
	       (unsigned long long)(stat_get(l, 1) + stat_get(l, 2)), drops,
	       flips_ok ? ms_min : 0, flips_ok ? ms_sum / flips_ok : 0, ms_max);
out:
	bpfsk_txn__free(txn);
	live_teardown(l, link, started ? &th : NULL,
		      (int[]){ rx_fd, rx2_fd, data_fd, probe_fd });
}
