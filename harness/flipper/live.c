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

/* A live test's traffic over lo: its sockets (-1: not open) and sender. */
struct live_traffic {
	int rx_fd, rx2_fd, data_fd, probe_fd;
	pthread_t sender;
	bool running;
	unsigned long drops0;	/* backlog drops before it started */
};

/* The apply times of the flips that applied. */
struct flip_times {
	unsigned long ok;
	double min, max, sum;
};

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

/*
 * Opens the sockets (data to LIVE_PORT, probes to LIVE_PORT + 1, both
 * received on lo) and starts the sender; 0 or a negative errno.
 */
static int traffic_start(struct live_traffic *tr)
{
	tr->rx_fd = udp_socket(LIVE_PORT, true);
	tr->rx2_fd = udp_socket(LIVE_PORT + 1, true);
	tr->data_fd = udp_socket(LIVE_PORT, false);
	tr->probe_fd = udp_socket(LIVE_PORT + 1, false);
	if (tr->rx_fd < 0 || tr->rx2_fd < 0 || tr->data_fd < 0 ||
	    tr->probe_fd < 0)
		return -EIO;
	tr->drops0 = softnet_dropped();
	atomic_store(&stop, false);	/* another live test ran first, perhaps */
	atomic_store(&sent, 0);
	if (pthread_create(&tr->sender, NULL, sender, &tr->data_fd))
		return -EAGAIN;
	tr->running = true;
	return 0;
}

static void traffic_stop(struct live_traffic *tr)
{
	if (!tr->running)
		return;
	atomic_store(&stop, true);
	pthread_join(tr->sender, NULL);
	tr->running = false;
}

/*
 * Stops the sender and waits for the backlog to drain (the runs stop
 * changing); returns the runs counted by the old and new versions, stores
 * the packets sent in *n_sent, and checks that both versions ran and that
 * none saw a mixed state.  The check names get `prefix` ("" or "tcx-").
 */
static __u64 drain_and_check_versions(struct bpfsk_loader *l,
				      struct live_traffic *tr,
				      const char *prefix, unsigned long *n_sent)
{
	char name[64];
	__u64 v;

	traffic_stop(tr);
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
 * The end of a live test: stops the sender if it runs, detaches the link,
 * closes the sockets and the loader.
 */
static void live_teardown(struct bpfsk_loader *l, struct bpf_link *link,
			  struct live_traffic *tr)
{
	const int fds[] = { tr->rx_fd, tr->rx2_fd, tr->data_fd, tr->probe_fd };
	size_t i;

	traffic_stop(tr);
	if (link) {
		bpfsk_loader__untrack_link(l, link);
		bpf_link__destroy(link);
	}
	for (i = 0; i < sizeof(fds) / sizeof(fds[0]); i++)
		if (fds[i] >= 0)
			close(fds[i]);
	bpfsk_loader__close(l);
	fflush(stdout);
}

/*
 * One flip of the pair under traffic: lets the running version see some
 * packets (20, at most 2 s), then sets pair_a and pair_b to the bits of
 * state (2: pair_a, 1: pair_b) and applies.  Adds the apply time to *times
 * if it applied, the packets sent meanwhile to *sent_during; logs a failure.
 */
static int flip_pair(struct bpfsk_txn *txn, int state, int flip,
		     const struct bpfsk_apply_opts *opts,
		     struct flip_times *times, unsigned long *sent_during)
{
	unsigned long sent_at = atomic_load(&sent);
	double t = flipper_now_ms();
	int err;

	while (atomic_load(&sent) < sent_at + 20 &&
	       flipper_now_ms() - t < 2000)
		usleep(500);
	bpfsk_txn__set_key(txn, "pair_a", state & 2);
	bpfsk_txn__set_key(txn, "pair_b", state & 1);
	t = flipper_now_ms();
	sent_at = atomic_load(&sent);
	err = bpfsk_txn__apply(txn, opts);
	*sent_during += atomic_load(&sent) - sent_at;
	t = flipper_now_ms() - t;
	if (err) {
		printf("HARNESS LOG %s flip %d: %s\n", flipper_case, flip,
		       strerror(-err));
		guest_print_log_tail(flipper_log_buf, FLIPPER_LOG_TAIL_LINES);
		return err;
	}
	times->ok++;
	times->sum += t;
	times->min = t < times->min || times->ok == 1 ? t : times->min;
	times->max = t > times->max ? t : times->max;
	return 0;
}

/* The probe after a flip saw the new state; logs it if not. */
static bool probe_sees(struct bpfsk_loader *l, int probe_fd, int state,
		       int flip)
{
	int got = probe(l, probe_fd);

	if (got != state)
		printf("HARNESS LOG %s flip %d: probe saw %d, want %d\n",
		       flipper_case, flip, got, state);
	return got == state;
}

static const char *const live_maps[] = { "stats", "per_state", "jmp",
					 ".data", ".bss" };
#define NLIVE_MAPS (sizeof(live_maps) / sizeof(live_maps[0]))

/* What user space writes; it must still be there after every flip. */
#define LIVE_COOKIE	0x5eedull	/* .data[0] */
#define LIVE_MAGIC	0xfeedfaceull	/* per_state[1000] */

/*
 * Attaches xdp_live by an XDP link to lo and puts xdp_tail in the jmp
 * prog-array slot xdp_entry tail-calls through, both tracked by l.
 */
static int live_xdp_attach(struct bpfsk_loader *l, int ifindex,
			   struct bpf_link **link)
{
	struct bpf_object *obj = bpfsk_loader__object(l);
	int err, tail_fd, jmp_fd;
	__u32 key = 0;

	*link = bpf_program__attach_xdp(
		bpf_object__find_program_by_name(obj, "xdp_live"), ifindex);
	if (!*link)
		return -errno;
	err = bpfsk_loader__track_link(l, "xdp_live", *link);
	if (err)
		return err;
	tail_fd = bpf_program__fd(bpf_object__find_program_by_name(obj,
								   "xdp_tail"));
	jmp_fd = bpf_map__fd(map_of(l, "jmp"));
	err = bpf_map_update_elem(jmp_fd, &key, &tail_fd, BPF_ANY);
	if (!err)
		err = bpfsk_loader__track_prog_array(l, "xdp_tail", jmp_fd, 0);
	return err;
}

/* Bad input that needs a loaded, attached object. */
static void live_xdp_bad_input(struct bpfsk_loader *l, struct bpf_link *link)
{
	int stats_fd = bpf_map__fd(map_of(l, "stats")),
	    jmp_fd = bpf_map__fd(map_of(l, "jmp")),
	    e1 = bpfsk_loader__load(l),
	    e2 = bpfsk_loader__track_link(l, "no_such_prog", link),
	    e3 = bpfsk_loader__track_link(l, "xdp_live", link),
	    e4 = bpfsk_loader__track_prog_array(l, "xdp_tail", stats_fd, 0),
	    e5 = bpfsk_loader__track_prog_array(l, "xdp_tail", jmp_fd, 0),
	    e6 = bpfsk_loader__track_fn(l, "xdp_live", NULL, NULL),
	    e7 = bpfsk_loader__untrack_prog_array(l, stats_fd);

	flipper_check("track-bad-input",
		      e1 == -EBUSY && e2 == -ENOENT && e3 == -EEXIST &&
		      e4 == -EINVAL && e5 == -EEXIST && e6 == -EINVAL &&
		      e7 == -ENOENT,
		      "load again %d, unknown program %d, link twice %d, not a prog array %d, slot twice %d, no fn %d, untrack untracked map %d",
		      e1, e2, e3, e4, e5, e6, e7);
}

/*
 * A flip the verifier rejects (bad_key on, with the pair away from state):
 * nothing may change, and the running version keeps running.
 */
static void live_xdp_bad_flip(struct bpfsk_loader *l, struct bpf_link *link,
			      int state, int probe_fd,
			      const struct bpfsk_apply_opts *opts)
{
	unsigned long gen = bpfsk_loader__generation(l);
	__u32 prog_before = flipper_link_prog_id(link);
	struct bpfsk_txn *t = bpfsk_txn__new(l);
	const char *m;
	int err, got;

	err = !t ? -ENOMEM : bpfsk_txn__set_key(t, "bad_key", true);
	if (!err)
		err = bpfsk_txn__set_key(t, "pair_a", !(state & 2));
	if (!err)
		err = bpfsk_txn__set_key(t, "pair_b", !(state & 1));
	if (!err)
		err = bpfsk_txn__apply(t, opts);
	bpfsk_txn__free(t);
	flipper_check("bad-flip-fails", err < 0, "%s",
		      err ? strerror(-err) : "applied");
	m = strstr(flipper_log_buf, "invalid access to packet");
	flipper_check("bad-flip-log", m != NULL, "verifier: %.*s",
		      (int)strcspn(m ? m : flipper_log_buf, "\n"),
		      m ? m : flipper_log_buf);
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
}

/* What the flips must have kept: the maps, their ids and contents. */
static void live_xdp_kept(struct bpfsk_loader *l, __u64 runs, bool ids_ok)
{
	flipper_check("counters-kept",
		      u64_get(l, "per_state", 0) + u64_get(l, "per_state", 3) ==
		      runs,
		      "hash per_state %llu + %llu, stats %llu",
		      (unsigned long long)u64_get(l, "per_state", 0),
		      (unsigned long long)u64_get(l, "per_state", 3),
		      (unsigned long long)runs);
	flipper_check("data-kept",
		      u64_get(l, ".data", 0) == LIVE_COOKIE &&
		      stat_get(l, STAT_COOKIE) == LIVE_COOKIE,
		      ".data %#llx, seen by the program %#llx",
		      (unsigned long long)u64_get(l, ".data", 0),
		      (unsigned long long)stat_get(l, STAT_COOKIE));
	flipper_check("bss-kept", u64_get(l, ".bss", 0) == runs,
		      ".bss runs %llu", (unsigned long long)u64_get(l, ".bss", 0));
	flipper_check("hash-kept", u64_get(l, "per_state", 1000) == LIVE_MAGIC,
		      "%#llx",
		      (unsigned long long)u64_get(l, "per_state", 1000));
	flipper_check("map-ids-kept", ids_ok, "%zu maps over %lu generations",
		      NLIVE_MAPS, bpfsk_loader__generation(l));
}

/* "off version N, on version N, mixed N" of the stats map. */
static void print_versions(struct bpfsk_loader *l)
{
	printf("off version %llu, on version %llu, mixed %llu",
	       (unsigned long long)stat_get(l, 0),
	       (unsigned long long)stat_get(l, 3),
	       (unsigned long long)(stat_get(l, 1) + stat_get(l, 2)));
}

void flipper_live_xdp(const char *obj_path)
{
	BPFSK_OPTS(bpfsk_loader_opts, lopts, .object_name = "live_xdp");
	BPFSK_OPTS(bpfsk_apply_opts, aopts, .log_buf = flipper_log_buf,
		   .log_size = FLIPPER_LOG_SIZE);
	struct live_traffic tr = { .rx_fd = -1, .rx2_fd = -1, .data_fd = -1,
				   .probe_fd = -1 };
	unsigned long drops, probes_ok = 0, slot_ok = 0, n_sent,
		      sent_during = 0;
	__u64 runs, cookie = LIVE_COOKIE, magic = LIVE_MAGIC;
	int ifindex, err, state = 0, got, i, m;
	struct flip_times times = {};
	struct bpf_link *link = NULL;
	struct bpfsk_loader *l;
	struct bpfsk_txn *txn;
	__u32 ids[NLIVE_MAPS], key;
	bool ids_ok = true;

	snprintf(flipper_case, sizeof(flipper_case), "live_xdp");
	l = bpfsk_loader__open_file(obj_path, &lopts);
	err = l ? bpfsk_loader__load(l) : -errno;
	flipper_check("loaded", !err, "%s", err ? strerror(-err) : "");
	if (err)
		goto out;
	for (i = 0; i < (int)NLIVE_MAPS; i++)
		ids[i] = map_id(map_of(l, live_maps[i]));
	key = 0;
	bpf_map__update_elem(map_of(l, ".data"), &key, sizeof(key), &cookie,
			     sizeof(cookie), 0);
	key = 1000;
	bpf_map__update_elem(map_of(l, "per_state"), &key, sizeof(key), &magic,
			     sizeof(magic), 0);

	err = flipper_lo_up();
	ifindex = if_nametoindex("lo");
	if (!err && !ifindex)
		err = -errno;
	if (!err)
		err = live_xdp_attach(l, ifindex, &link);
	flipper_check("link-attached", !err, "ifindex %d: %s", ifindex,
		      err ? strerror(-err) : "XDP link, generic mode");
	if (err)
		goto out;
	live_xdp_bad_input(l, link);

	err = traffic_start(&tr);
	if (err) {
		flipper_check("all-packets-run", false, "sockets: %s",
			      strerror(-err));
		goto out;
	}
	txn = bpfsk_txn__new(l);
	for (i = 0; txn && i < FLIPS; i++) {
		state = (i & 1) ? 0 : 3;
		if (flip_pair(txn, state, i, &aopts, &times, &sent_during)) {
			state = 3 - state;	/* still the old one */
			continue;
		}
		probes_ok += probe_sees(l, tr.probe_fd, state, i);
		got = entry_run(l);
		slot_ok += got == 10 + state;
		if (got != 10 + state)
			printf("HARNESS LOG %s flip %d: tail call returned %d, want %d\n",
			       flipper_case, i, got, 10 + state);
		for (m = 0; m < (int)NLIVE_MAPS; m++)
			if (map_id(map_of(l, live_maps[m])) != ids[m])
				ids_ok = false;
	}
	bpfsk_txn__free(txn);
	live_xdp_bad_flip(l, link, state, tr.probe_fd, &aopts);

	runs = drain_and_check_versions(l, &tr, "", &n_sent);
	drops = softnet_dropped() - tr.drops0;
	flipper_check("probe-sees-new-version",
		      probes_ok == FLIPS && times.ok == FLIPS,
		      "%lu of %d flips applied, %lu probes saw the new version",
		      times.ok, FLIPS, probes_ok);
	flipper_check("prog-array-slot", slot_ok == FLIPS,
		      "%lu of %d tail calls reached the new version", slot_ok,
		      FLIPS);
	flipper_check("all-packets-run", runs + drops == n_sent && runs > 0,
		      "sent %lu, runs %llu, backlog drops %lu", n_sent,
		      (unsigned long long)runs, drops);
	live_xdp_kept(l, runs, ids_ok);
	printf("HARNESS INFO %s %d flips (XDP link on lo, generic): %lu packets sent, %llu runs (",
	       flipper_case, FLIPS, n_sent, (unsigned long long)runs);
	print_versions(l);
	printf("), %lu backlog drops; apply %.1f/%.1f/%.1f ms min/avg/max, %lu packets sent while applying\n",
	       drops, times.min, times.ok ? times.sum / times.ok : 0,
	       times.max, sent_during);
	/* The link goes; the same program attached the legacy way. */
	bpfsk_loader__untrack_link(l, link);
	bpf_link__destroy(link);
	link = NULL;
	live_legacy(l, ifindex, tr.probe_fd, state);
out:
	live_teardown(l, link, &tr);
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
	struct live_traffic tr = { .rx_fd = -1, .rx2_fd = -1, .data_fd = -1,
				   .probe_fd = -1 };
	unsigned long drops, probes_ok = 0, n_sent, sent_during = 0;
	struct flip_times times = {};
	struct bpf_link *link = NULL;
	struct bpfsk_txn *txn = NULL;
	struct bpfsk_loader *l;
	int ifindex, err, state, i;
	__u64 runs;

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
	txn = bpfsk_txn__new(l);
	if (!txn || traffic_start(&tr)) {
		flipper_check("tcx-all-packets-run", false,
			      "sockets or sender thread");
		goto out;
	}
	for (i = 0; i < FLIPS; i++) {
		state = (i & 1) ? 0 : 3;
		if (!flip_pair(txn, state, i, &aopts, &times, &sent_during))
			probes_ok += probe_sees(l, tr.probe_fd, state, i);
	}
	runs = drain_and_check_versions(l, &tr, "tcx-", &n_sent);
	drops = softnet_dropped() - tr.drops0;
	flipper_check("tcx-probe-sees-new-version",
		      probes_ok == FLIPS && times.ok == FLIPS,
		      "%lu of %d flips applied, %lu probes saw the new version",
		      times.ok, FLIPS, probes_ok);
	flipper_check("tcx-all-packets-run", runs + drops == n_sent && runs > 0,
		      "sent %lu, runs %llu, backlog drops %lu", n_sent,
		      (unsigned long long)runs, drops);
	printf("HARNESS INFO %s %d flips (tcx link, lo ingress): %lu packets sent, %llu runs (",
	       flipper_case, FLIPS, n_sent, (unsigned long long)runs);
	print_versions(l);
	printf("), %lu backlog drops; apply %.1f/%.1f/%.1f ms min/avg/max\n",
	       drops, times.min, times.ok ? times.sum / times.ok : 0,
	       times.max);
out:
	bpfsk_txn__free(txn);
	live_teardown(l, link, &tr);
}
