/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpfsk's libbpf layer: load an object built by our clang on a stock
 * kernel with its static keys in given states, and flip keys while its
 * programs stay attached.  Needs libbpf (>= 1.0; tested with 1.7); the core
 * (bpfsk.h) does not.
 *
 *	struct bpfsk_loader *l = bpfsk_loader__open_file("prog.bpf.o", NULL);
 *	if (!l) return -errno;
 *	bpfsk_loader__set_key(l, "debug_key", true);	// not loaded yet: staged
 *	err = bpfsk_loader__load(l);			// rewrite, load
 *	prog = bpf_object__find_program_by_name(bpfsk_loader__object(l), "xdp_main");
 *	link = bpf_program__attach_xdp(prog, ifindex);
 *	err = bpfsk_loader__track_link(l, "xdp_main", link);
 *
 *	err = bpfsk_loader__set_key(l, "debug_key", false);	// one key, now
 *
 *	struct bpfsk_txn *t = bpfsk_txn__new(l);		// several keys, one swap
 *	bpfsk_txn__set_key(t, "a", true);
 *	bpfsk_txn__set_key(t, "b", true);
 *	err = bpfsk_txn__apply(t, NULL);
 *	bpfsk_txn__free(t);
 *	...
 *	bpf_link__destroy(link);
 *	bpfsk_loader__close(l);
 *
 * Flipping on a stock kernel is a reload: the sites are rewritten in a copy
 * of the pristine ELF, a new bpf_object is opened and loaded with every map
 * of the running one reused (bpf_map__reuse_fd(): .data, .bss, .rodata and
 * every BTF-defined map keep their contents), then each tracked attachment
 * is switched to the new program and the old object is closed.  Each
 * attachment switches atomically (a link or a prog-array slot is one
 * pointer in the kernel): a run sees either every key of the old program's
 * states or every key of the new one's.  See docs/static-keys.md, "Flipping
 * keys at run time".
 *
 * Errors: functions returning int return 0 or a negative errno; those
 * returning a pointer return NULL and set errno.  The reason, naming the
 * object and key, goes to bpfsk_set_print()'s callback; libbpf's own
 * messages (verifier log included, unless a log_buf is given) to
 * libbpf_set_print()'s.  A failed call changes nothing: no key state, no
 * program, no attachment.  Not thread-safe: one loader, one thread at a time.
 */
#ifndef BPFSK_LOADER_H
#define BPFSK_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "bpfsk.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bpfsk_loader;
struct bpfsk_txn;

/*
 * Declares NAME, an options struct TYPE with sz set, every other field and
 * the padding zeroed (what the library checks to accept a smaller or larger
 * caller's struct), then the given fields, as libbpf's LIBBPF_OPTS():
 *
 *	BPFSK_OPTS(bpfsk_load_opts, opts, .log_buf = buf, .log_size = size);
 */
#define BPFSK_OPTS(TYPE, NAME, ...)					\
	struct TYPE NAME = ({						\
		memset(&NAME, 0, sizeof(struct TYPE));			\
		(struct TYPE){						\
			.sz = sizeof(struct TYPE),			\
			__VA_ARGS__					\
		};							\
	})

/*
 * Called on every bpf_object the loader opens (the first load and every
 * reload), before it is loaded: the place for what one would do between
 * bpf_object__open() and bpf_object__load() (autoload, attach targets,
 * map sizes of a first load, ...).  Returns 0 or a negative errno, which
 * fails the load or apply.
 */
typedef int (*bpfsk_prepare_fn_t)(struct bpf_object *obj, bool reload,
				  void *ctx);

struct bpfsk_loader_opts {
	size_t sz;		/* sizeof(struct bpfsk_loader_opts) */
	/* Object name for messages and bpf_object (default: file name or "mem"). */
	const char *object_name;
	/* Passed to bpf_object__open_mem() on every (re)load. */
	const char *kconfig;
	const char *btf_custom_path;
	bpfsk_prepare_fn_t prepare;
	void *prepare_ctx;
	size_t :0;
};
#define bpfsk_loader_opts__last_field prepare_ctx

/*
 * Opens an object (a copy of buf[0..size) is kept, pristine, for every later
 * rewrite) and reads its keys, each in its initial state.  Nothing touches
 * the kernel until bpfsk_loader__load().  NULL and errno on error (EINVAL,
 * ENOENT, E2BIG, ENOMEM, as bpfsk_object__parse(); or the file's errno).
 */
struct bpfsk_loader *bpfsk_loader__open_mem(const void *buf, size_t size,
					    const struct bpfsk_loader_opts *opts);
struct bpfsk_loader *bpfsk_loader__open_file(const char *path,
					     const struct bpfsk_loader_opts *opts);

/*
 * Closes the object (its programs and maps; maps stay alive while anything
 * else holds them).  Tracked links are not destroyed: they keep the last
 * program attached.  NULL is a no-op.
 */
void bpfsk_loader__close(struct bpfsk_loader *l);

/* The libbpfsk view of the pristine object (keys, sites). */
const struct bpfsk_object *bpfsk_loader__sk_object(const struct bpfsk_loader *l);
const char *bpfsk_loader__name(const struct bpfsk_loader *l);

struct bpfsk_load_opts {
	size_t sz;		/* sizeof(struct bpfsk_load_opts) */
	/*
	 * Verifier log of every program (bpf_program__set_log_buf()); with
	 * log_level 0, libbpf loads without a log and only retries a failed
	 * load with one.  Without log_buf, libbpf prints a failed load's log
	 * through its print callback.
	 */
	char *log_buf;
	size_t log_size;
	__u32 log_level;
	size_t :0;
};
#define bpfsk_load_opts__last_field log_level

/*
 * Rewrites the sites for the current key states, removes the dead code,
 * opens the result with libbpf (key maps not created), loads it.  An object
 * without sites is loaded byte for byte as given.  -EBUSY if already loaded;
 * on error the loader stays unloaded and may be loaded again.
 */
int bpfsk_loader__load(struct bpfsk_loader *l);
int bpfsk_loader__load_opts(struct bpfsk_loader *l,
			    const struct bpfsk_load_opts *opts);

/*
 * The loaded libbpf object (NULL before a successful load).  It is replaced
 * by every apply that changes a key: pointers to it, its programs and maps
 * and their fds are valid until the next bpfsk_loader__set_key() or
 * bpfsk_txn__apply() only (map fds are dup()s of the same kernel maps).
 */
struct bpf_object *bpfsk_loader__object(const struct bpfsk_loader *l);
/* How many times the object was loaded (1 after load, +1 per reload). */
unsigned long bpfsk_loader__generation(const struct bpfsk_loader *l);

/* 1 if the key is on, 0 if off, -ENOENT if the object has no such key. */
int bpfsk_loader__key(const struct bpfsk_loader *l, const char *name);

/*
 * Sets one key: before load, only the state the load will use; after load,
 * a reload and swap as bpfsk_txn__apply() (which see).  Setting a key to its
 * current state does nothing and returns 0.
 */
int bpfsk_loader__set_key(struct bpfsk_loader *l, const char *name, bool on);

/*
 * Attachments switched to the new program on every reload, in the order
 * tracked.  The program is named as in the object (bpf_program__name()).
 * The loader does not own what it tracks: untrack before destroying a link
 * or deleting a map.  -ENOENT: no such program, -EEXIST: already tracked.
 *
 *	link	bpf_link__update_program(): XDP, tcx, netkit, cgroup, ...
 *		links (BPF_LINK_UPDATE, one atomic pointer swap in the kernel)
 *	slot	bpf_map_update_elem(map_fd, &index, &new_prog_fd): a
 *		BPF_MAP_TYPE_PROG_ARRAY slot (tail calls), atomic per slot
 *	fn	anything else: fn(ctx, old_prog_fd, new_prog_fd) must make the
 *		new program run where the old one ran (e.g. bpf_xdp_attach()
 *		with XDP_FLAGS_REPLACE, bpf_tc_attach() with BPF_TC_F_REPLACE,
 *		or attach new then detach old) and return 0 or a negative errno
 */
typedef int (*bpfsk_replace_fn_t)(void *ctx, int old_prog_fd, int new_prog_fd);

int bpfsk_loader__track_link(struct bpfsk_loader *l, const char *prog,
			     struct bpf_link *link);
int bpfsk_loader__track_prog_array(struct bpfsk_loader *l, const char *prog,
				   int map_fd, __u32 index);
int bpfsk_loader__track_fn(struct bpfsk_loader *l, const char *prog,
			   bpfsk_replace_fn_t fn, void *ctx);
/* Stops tracking a link, or every slot of map_fd, or every fn with ctx. */
int bpfsk_loader__untrack_link(struct bpfsk_loader *l, struct bpf_link *link);
int bpfsk_loader__untrack_prog_array(struct bpfsk_loader *l, int map_fd);
int bpfsk_loader__untrack_fn(struct bpfsk_loader *l, void *ctx);

/*
 * A transaction: key states staged on a loader, applied together with one
 * reload and one swap per attachment.  bpfsk_txn__new() returns NULL and
 * sets errno (ENOMEM); one loader may have several transactions, each
 * applied against the loader's states at apply time.
 */
struct bpfsk_txn *bpfsk_txn__new(struct bpfsk_loader *l);
void bpfsk_txn__free(struct bpfsk_txn *t);
/* Stages a key state (-ENOENT: no such key); the last one for a key wins. */
int bpfsk_txn__set_key(struct bpfsk_txn *t, const char *name, bool on);
/* Forgets every staged state. */
void bpfsk_txn__reset(struct bpfsk_txn *t);

struct bpfsk_apply_opts {
	size_t sz;		/* sizeof(struct bpfsk_apply_opts) */
	char *log_buf;		/* as struct bpfsk_load_opts */
	size_t log_size;
	__u32 log_level;
	size_t :0;
};
#define bpfsk_apply_opts__last_field log_level

/*
 * Applies the staged states.  Not loaded: they become the states the load
 * will use.  Loaded and nothing changes: 0, no reload.  Otherwise: the new
 * program is built from the pristine object (bpfsk_loader__build()), opened,
 * every map of the current object reused, loaded, every tracked attachment
 * switched, then the old object closed.  If the load fails (the verifier's
 * log in log_buf, or printed by libbpf) or an attachment cannot be switched
 * (those already switched are switched back), the running programs, the
 * loader's object and every key state stay as they were.  The transaction
 * keeps its staged states either way.
 */
int bpfsk_txn__apply(struct bpfsk_txn *t, const struct bpfsk_apply_opts *opts);

/*
 * The kernel-facing step on its own: the loadable ELF for key states key_on
 * (indexed as bpfsk_object__key(); NULL: the loader's current states), in a
 * malloc()ed buffer of *size bytes the caller frees.  On a stock kernel the
 * sites are rewritten and the dead code removed; an object without sites
 * comes back unchanged.  A kernel with native static keys would keep the
 * sites and set its INSN_ARRAY maps instead (see docs/static-keys.md).
 */
int bpfsk_loader__build(const struct bpfsk_loader *l, const bool *key_on,
			void **buf, size_t *size);

#ifdef __cplusplus
}
#endif

#endif /* BPFSK_LOADER_H */
