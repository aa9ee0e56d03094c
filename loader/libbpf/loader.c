// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpfsk's libbpf layer (bpfsk_loader.h): load with key states, flip keys
 * by reloading with every map reused and switching each attachment.
 *
 * Kept out of loader/src/ so that what needs no libbpf (the CLI, the core's
 * unit tests) does not link it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "../src/bpfsk_internal.h"
#include "bpfsk_loader.h"

enum attach_kind {
	ATTACH_LINK,
	ATTACH_SLOT,
	ATTACH_FN,
};

struct attach {
	enum attach_kind kind;
	char *prog;
	struct bpf_link *link;		/* ATTACH_LINK */
	int map_fd;			/* ATTACH_SLOT: our dup() */
	__u32 map_id;
	__u32 index;
	bpfsk_replace_fn_t fn;		/* ATTACH_FN */
	void *ctx;
};

struct bpfsk_loader {
	char *name;
	void *elf;			/* the pristine object */
	size_t size;
	struct bpfsk_object *sk;
	bool *key_on;			/* current states (staged before load) */
	struct bpf_object *obj;		/* NULL until loaded */
	void *obj_buf;			/* the ELF obj was opened from */
	unsigned long generation;
	struct attach *att;
	size_t att_cnt;
	char *kconfig;
	char *btf_custom_path;
	bpfsk_prepare_fn_t prepare;
	void *prepare_ctx;
};

struct bpfsk_txn {
	struct bpfsk_loader *l;
	signed char *staged;		/* per key: -1 not staged, 0, 1 */
};

struct log_opts {
	char *buf;
	size_t size;
	__u32 level;
};

#define offsetofend(t, f) (offsetof(t, f) + sizeof(((t *)0)->f))

/* libbpf's rule: a larger sz than we know is fine if the rest is zero. */
static bool opts_valid(const void *opts, size_t known, const char *what)
{
	const char *p = opts;
	size_t sz, i;

	if (!opts)
		return true;
	sz = *(const size_t *)opts;
	if (sz < sizeof(size_t)) {
		pr_warn("%s: sz %zu is too small\n", what, sz);
		return false;
	}
	for (i = known; i < sz; i++)
		if (p[i]) {
			pr_warn("%s: unknown non-zero field at offset %zu\n",
				what, i);
			return false;
		}
	return true;
}

#define OPTS_HAS(opts, type, field) \
	((opts) && (opts)->sz >= offsetofend(type, field))
#define OPTS_GET(opts, type, field, def) \
	(OPTS_HAS(opts, type, field) ? (opts)->field : (def))

static char *dup_str(const char *s)
{
	return s ? strdup(s) : NULL;
}

static struct bpfsk_loader *open_common(const void *buf, size_t size,
					const char *def_name,
					const struct bpfsk_loader_opts *opts)
{
	const char *name;
	struct bpfsk_loader *l;
	int err = -ENOMEM;

	if (!opts_valid(opts, offsetofend(struct bpfsk_loader_opts,
					  bpfsk_loader_opts__last_field),
			"bpfsk_loader_opts")) {
		errno = EINVAL;
		return NULL;
	}
	name = OPTS_GET(opts, struct bpfsk_loader_opts, object_name, NULL);
	if (!name)
		name = def_name;
	l = calloc(1, sizeof(*l));
	if (!l)
		goto err;
	l->name = strdup(name);
	l->elf = malloc(size ? size : 1);
	if (!l->name || !l->elf)
		goto err;
	memcpy(l->elf, buf, size);
	l->size = size;
	err = bpfsk_object__parse(l->elf, size, l->name, &l->sk);
	if (err)
		goto err;
	l->key_on = calloc(bpfsk_object__key_cnt(l->sk) + 1, sizeof(bool));
	if (!l->key_on) {
		err = -ENOMEM;
		goto err;
	}
	for (size_t i = 0; i < bpfsk_object__key_cnt(l->sk); i++)
		l->key_on[i] = bpfsk_object__key(l->sk, i)->initial_on;
	l->kconfig = dup_str(OPTS_GET(opts, struct bpfsk_loader_opts,
				      kconfig, NULL));
	l->btf_custom_path = dup_str(OPTS_GET(opts, struct bpfsk_loader_opts,
					      btf_custom_path, NULL));
	if ((OPTS_GET(opts, struct bpfsk_loader_opts, kconfig, NULL) &&
	     !l->kconfig) ||
	    (OPTS_GET(opts, struct bpfsk_loader_opts, btf_custom_path, NULL) &&
	     !l->btf_custom_path)) {
		err = -ENOMEM;
		goto err;
	}
	l->prepare = OPTS_GET(opts, struct bpfsk_loader_opts, prepare, NULL);
	l->prepare_ctx = OPTS_GET(opts, struct bpfsk_loader_opts, prepare_ctx,
				  NULL);
	return l;
err:
	if (err == -ENOMEM)
		pr_warn("%s: out of memory\n", name);
	bpfsk_loader__close(l);
	errno = -err;
	return NULL;
}

struct bpfsk_loader *bpfsk_loader__open_mem(const void *buf, size_t size,
					    const struct bpfsk_loader_opts *opts)
{
	if (!buf || !size) {
		pr_warn("bpfsk_loader__open_mem: no object (buf %p, size %zu)\n",
			buf, size);
		errno = EINVAL;
		return NULL;
	}
	return open_common(buf, size, "mem", opts);
}

struct bpfsk_loader *bpfsk_loader__open_file(const char *path,
					     const struct bpfsk_loader_opts *opts)
{
	struct bpfsk_loader *l = NULL;
	const char *base;
	size_t len;
	void *buf;
	int err;

	if (!path) {
		pr_warn("bpfsk_loader__open_file: no path\n");
		errno = EINVAL;
		return NULL;
	}
	buf = bpfsk_read_file(path, &len);
	if (!buf || !len) {
		err = buf ? EINVAL : errno;
		pr_warn("%s: cannot open or read: %s\n", path,
			buf ? "empty file" : strerror(err));
		free(buf);
		errno = err;
		return NULL;
	}
	base = strrchr(path, '/');
	l = open_common(buf, len, base ? base + 1 : path, opts);
	err = errno;
	free(buf);
	errno = err;
	return l;
}

static void close_obj(struct bpf_object *obj, void *buf)
{
	bpf_object__close(obj);
	free(buf);
}

void bpfsk_loader__close(struct bpfsk_loader *l)
{
	size_t i;

	if (!l)
		return;
	close_obj(l->obj, l->obj_buf);
	for (i = 0; i < l->att_cnt; i++) {
		if (l->att[i].kind == ATTACH_SLOT)
			close(l->att[i].map_fd);
		free(l->att[i].prog);
	}
	free(l->att);
	bpfsk_object__free(l->sk);
	free(l->key_on);
	free(l->elf);
	free(l->name);
	free(l->kconfig);
	free(l->btf_custom_path);
	free(l);
}

const struct bpfsk_object *bpfsk_loader__sk_object(const struct bpfsk_loader *l)
{
	return l ? l->sk : NULL;
}

const char *bpfsk_loader__name(const struct bpfsk_loader *l)
{
	return l ? l->name : NULL;
}

struct bpf_object *bpfsk_loader__object(const struct bpfsk_loader *l)
{
	return l ? l->obj : NULL;
}

unsigned long bpfsk_loader__generation(const struct bpfsk_loader *l)
{
	return l ? l->generation : 0;
}

/*
 * The kernel-facing step: key states to a loadable ELF.  Stock kernels
 * cannot patch a loaded program, so the sites are rewritten and the dead
 * code removed here; nothing else in this file depends on how.
 */
int bpfsk_loader__build(const struct bpfsk_loader *l, const bool *key_on,
			void **bufp, size_t *sizep)
{
	void *buf;
	int err;

	if (!l || !bufp || !sizep)
		return -EINVAL;
	buf = malloc(l->size);
	if (!buf) {
		pr_warn("%s: out of memory\n", l->name);
		return -ENOMEM;
	}
	memcpy(buf, l->elf, l->size);
	if (bpfsk_object__site_cnt(l->sk)) {
		err = bpfsk_object__rewrite(l->sk, buf, l->size,
					    key_on ? key_on : l->key_on);
		if (!err)
			err = bpfsk_object__remove_dead_code(l->sk, buf,
							     l->size);
		if (err) {
			free(buf);
			return err;
		}
	}
	*bufp = buf;
	*sizep = l->size;
	return 0;
}

/* libbpf's key maps must be libbpfsk's keys; none of them is created. */
static int disable_key_maps(const struct bpfsk_loader *l,
			    struct bpf_object *obj)
{
	const struct bpfsk_key *key;
	struct bpf_map *map;
	size_t found = 0;
	int k;

	bpf_object__for_each_map(map, obj) {
		if (!(bpf_map__map_flags(map) & BPFSK_F_STATIC_KEY))
			continue;
		k = bpfsk_object__find_key(l->sk, bpf_map__name(map));
		key = k < 0 ? NULL : bpfsk_object__key(l->sk, k);
		if (!key || bpf_map__map_extra(map) != key->initial_on) {
			pr_warn("%s: libbpf's map %s has BPF_F_STATIC_KEY and map_extra %llu, libbpfsk %s\n",
				l->name, bpf_map__name(map),
				(unsigned long long)bpf_map__map_extra(map),
				!key ? "knows no such key" :
				"read another initial state");
			return -EINVAL;
		}
		bpf_map__set_autocreate(map, false);
		found++;
	}
	if (found != bpfsk_object__key_cnt(l->sk)) {
		pr_warn("%s: libbpf sees %zu static key maps, libbpfsk %zu keys\n",
			l->name, found, bpfsk_object__key_cnt(l->sk));
		return -EINVAL;
	}
	return 0;
}

/* Every map of the running object is the new object's map too. */
static int reuse_maps(const struct bpfsk_loader *l, struct bpf_object *obj,
		      struct bpf_object *old)
{
	struct bpf_map *map, *old_map;
	int err, fd;

	bpf_object__for_each_map(map, obj) {
		if (!bpf_map__autocreate(map))
			continue;
		old_map = bpf_object__find_map_by_name(old,
						       bpf_map__name(map));
		fd = old_map ? bpf_map__fd(old_map) : -1;
		if (old_map && fd < 0) {
			/* Not created the first time: not now either. */
			bpf_map__set_autocreate(map, false);
			continue;
		}
		if (!old_map) {
			pr_warn("%s: map %s of the new object is not in the running one\n",
				l->name, bpf_map__name(map));
			return -EINVAL;
		}
		if (bpf_map__type(map) == BPF_MAP_TYPE_STRUCT_OPS) {
			pr_warn("%s: struct_ops map %s cannot be carried over to a reloaded object\n",
				l->name, bpf_map__name(map));
			return -EOPNOTSUPP;
		}
		err = bpf_map__reuse_fd(map, fd);
		if (err) {
			pr_warn("%s: cannot reuse map %s: %s\n", l->name,
				bpf_map__name(map), strerror(-err));
			return err;
		}
	}
	return 0;
}

/*
 * A loaded bpf_object for key states key_on, its maps those of `old` if
 * given.  All or nothing.
 */
static int instantiate(struct bpfsk_loader *l, const bool *key_on,
		       struct bpf_object *old, const struct log_opts *log,
		       struct bpf_object **objp, void **bufp)
{
	LIBBPF_OPTS(bpf_object_open_opts, open_opts,
		    .object_name = l->name,
		    .kconfig = l->kconfig,
		    .btf_custom_path = l->btf_custom_path);
	struct bpf_program *prog;
	struct bpf_object *obj;
	size_t size;
	void *buf;
	int err;

	err = bpfsk_loader__build(l, key_on, &buf, &size);
	if (err)
		return err;
	obj = bpf_object__open_mem(buf, size, &open_opts);
	if (!obj) {
		err = -errno;
		pr_warn("%s: libbpf cannot open the rewritten object: %s\n",
			l->name, strerror(-err));
		free(buf);
		return err;
	}
	err = disable_key_maps(l, obj);
	if (!err && old)
		err = reuse_maps(l, obj, old);
	if (!err && l->prepare) {
		err = l->prepare(obj, old != NULL, l->prepare_ctx);
		if (err)
			pr_warn("%s: prepare callback failed: %s\n", l->name,
				strerror(-err));
	}
	if (!err && log && log->buf) {
		bpf_object__for_each_program(prog, obj) {
			err = bpf_program__set_log_buf(prog, log->buf,
						       log->size);
			if (!err)
				err = bpf_program__set_log_level(prog,
								 log->level);
			if (err)
				break;
		}
		if (log->size)
			log->buf[0] = '\0';
	}
	if (!err) {
		err = bpf_object__load(obj);
		if (err) {
			prog = NULL;
			bpf_object__for_each_program(prog, obj)
				if (bpf_program__autoload(prog) &&
				    bpf_program__fd(prog) < 0)
					break;
			pr_warn("%s: load failed%s%s: %s\n", l->name,
				prog ? " at program " : "",
				prog ? bpf_program__name(prog) : "",
				strerror(-err));
		}
	}
	if (err) {
		close_obj(obj, buf);
		return err;
	}
	*objp = obj;
	*bufp = buf;
	return 0;
}

static int load(struct bpfsk_loader *l, const struct log_opts *log)
{
	struct bpf_object *obj;
	void *buf;
	int err;

	if (!l)
		return -EINVAL;
	if (l->obj) {
		pr_warn("%s: already loaded\n", l->name);
		return -EBUSY;
	}
	err = instantiate(l, NULL, NULL, log, &obj, &buf);
	if (err)
		return err;
	l->obj = obj;
	l->obj_buf = buf;
	l->generation++;
	return 0;
}

int bpfsk_loader__load(struct bpfsk_loader *l)
{
	return load(l, NULL);
}

int bpfsk_loader__load_opts(struct bpfsk_loader *l,
			    const struct bpfsk_load_opts *opts)
{
	struct log_opts log;

	if (!opts_valid(opts, offsetofend(struct bpfsk_load_opts,
					  bpfsk_load_opts__last_field),
			"bpfsk_load_opts"))
		return -EINVAL;
	log.buf = OPTS_GET(opts, struct bpfsk_load_opts, log_buf, NULL);
	log.size = OPTS_GET(opts, struct bpfsk_load_opts, log_size, 0);
	log.level = OPTS_GET(opts, struct bpfsk_load_opts, log_level, 0);
	if (!log.buf != !log.size) {
		pr_warn("%s: log_buf and log_size go together\n",
			l ? l->name : "?");
		return -EINVAL;
	}
	return load(l, &log);
}

static int find_key(const struct bpfsk_loader *l, const char *name)
{
	int k;

	if (!name) {
		pr_warn("%s: no key name\n", l->name);
		return -EINVAL;
	}
	k = bpfsk_object__find_key(l->sk, name);
	if (k < 0)
		pr_warn("%s: no static key '%s'\n", l->name, name);
	return k;
}

int bpfsk_loader__key(const struct bpfsk_loader *l, const char *name)
{
	int k;

	if (!l)
		return -EINVAL;
	k = find_key(l, name);
	return k < 0 ? k : l->key_on[k];
}

/* ---- attachments ------------------------------------------------------ */

static int check_prog(const struct bpfsk_loader *l, const char *prog,
		      const char *what)
{
	struct bpf_program *p;

	if (!l->obj) {
		pr_warn("%s: %s: not loaded\n", l->name, what);
		return -EINVAL;
	}
	if (!prog) {
		pr_warn("%s: %s: no program name\n", l->name, what);
		return -EINVAL;
	}
	p = bpf_object__find_program_by_name(l->obj, prog);
	if (!p) {
		pr_warn("%s: %s: no program '%s'\n", l->name, what, prog);
		return -ENOENT;
	}
	if (bpf_program__fd(p) < 0) {
		pr_warn("%s: %s: program '%s' is not loaded\n", l->name, what,
			prog);
		return -ENOENT;
	}
	return 0;
}

static int add_attach(struct bpfsk_loader *l, const struct attach *a)
{
	struct attach *grown;

	grown = realloc(l->att, sizeof(*grown) * (l->att_cnt + 1));
	if (!grown)
		return -ENOMEM;
	l->att = grown;
	grown[l->att_cnt] = *a;
	grown[l->att_cnt].prog = strdup(a->prog);
	if (!grown[l->att_cnt].prog)
		return -ENOMEM;
	l->att_cnt++;
	return 0;
}

int bpfsk_loader__track_link(struct bpfsk_loader *l, const char *prog,
			     struct bpf_link *link)
{
	struct attach a = { .kind = ATTACH_LINK, .prog = (char *)prog,
			    .link = link, .map_fd = -1 };
	size_t i;
	int err;

	if (!l)
		return -EINVAL;
	err = check_prog(l, prog, "track_link");
	if (err)
		return err;
	if (!link) {
		pr_warn("%s: track_link: no link\n", l->name);
		return -EINVAL;
	}
	for (i = 0; i < l->att_cnt; i++)
		if (l->att[i].kind == ATTACH_LINK && l->att[i].link == link) {
			pr_warn("%s: track_link: link already tracked (program %s)\n",
				l->name, l->att[i].prog);
			return -EEXIST;
		}
	return add_attach(l, &a);
}

static int map_id(int fd, __u32 *id, __u32 *type)
{
	struct bpf_map_info info = {};
	__u32 len = sizeof(info);
	int err;

	err = bpf_map_get_info_by_fd(fd, &info, &len);
	if (err)
		return err;
	*id = info.id;
	*type = info.type;
	return 0;
}

int bpfsk_loader__track_prog_array(struct bpfsk_loader *l, const char *prog,
				   int map_fd, __u32 index)
{
	struct attach a = { .kind = ATTACH_SLOT, .prog = (char *)prog,
			    .index = index };
	__u32 type;
	size_t i;
	int err;

	if (!l)
		return -EINVAL;
	err = check_prog(l, prog, "track_prog_array");
	if (err)
		return err;
	if (map_fd < 0) {
		pr_warn("%s: track_prog_array: bad map fd %d\n", l->name,
			map_fd);
		return -EBADF;
	}
	err = map_id(map_fd, &a.map_id, &type);
	if (err) {
		pr_warn("%s: track_prog_array: map fd %d: %s\n", l->name,
			map_fd, strerror(-err));
		return err;
	}
	if (type != BPF_MAP_TYPE_PROG_ARRAY) {
		pr_warn("%s: track_prog_array: map fd %d is not a prog array (type %u)\n",
			l->name, map_fd, type);
		return -EINVAL;
	}
	for (i = 0; i < l->att_cnt; i++)
		if (l->att[i].kind == ATTACH_SLOT &&
		    l->att[i].map_id == a.map_id && l->att[i].index == index) {
			pr_warn("%s: track_prog_array: slot %u of map id %u already tracked (program %s)\n",
				l->name, index, a.map_id, l->att[i].prog);
			return -EEXIST;
		}
	/* Ours: the caller's fd may be a map of an object a reload closes. */
	a.map_fd = fcntl(map_fd, F_DUPFD_CLOEXEC, 3);
	if (a.map_fd < 0)
		return -errno;
	err = add_attach(l, &a);
	if (err)
		close(a.map_fd);
	return err;
}

int bpfsk_loader__track_fn(struct bpfsk_loader *l, const char *prog,
			   bpfsk_replace_fn_t fn, void *ctx)
{
	struct attach a = { .kind = ATTACH_FN, .prog = (char *)prog,
			    .fn = fn, .ctx = ctx, .map_fd = -1 };
	int err;

	if (!l)
		return -EINVAL;
	err = check_prog(l, prog, "track_fn");
	if (err)
		return err;
	if (!fn) {
		pr_warn("%s: track_fn: no function\n", l->name);
		return -EINVAL;
	}
	return add_attach(l, &a);
}

static void drop_attach(struct bpfsk_loader *l, size_t i)
{
	if (l->att[i].kind == ATTACH_SLOT)
		close(l->att[i].map_fd);
	free(l->att[i].prog);
	memmove(&l->att[i], &l->att[i + 1],
		sizeof(*l->att) * (l->att_cnt - i - 1));
	l->att_cnt--;
}

int bpfsk_loader__untrack_link(struct bpfsk_loader *l, struct bpf_link *link)
{
	size_t i;

	if (!l || !link)
		return -EINVAL;
	for (i = 0; i < l->att_cnt; i++)
		if (l->att[i].kind == ATTACH_LINK && l->att[i].link == link) {
			drop_attach(l, i);
			return 0;
		}
	pr_warn("%s: untrack_link: link not tracked\n", l->name);
	return -ENOENT;
}

int bpfsk_loader__untrack_prog_array(struct bpfsk_loader *l, int map_fd)
{
	__u32 id, type;
	size_t i, n = 0;
	int err;

	if (!l)
		return -EINVAL;
	err = map_fd < 0 ? -EBADF : map_id(map_fd, &id, &type);
	if (err) {
		pr_warn("%s: untrack_prog_array: map fd %d: %s\n", l->name,
			map_fd, strerror(-err));
		return err;
	}
	for (i = 0; i < l->att_cnt;)
		if (l->att[i].kind == ATTACH_SLOT && l->att[i].map_id == id) {
			drop_attach(l, i);
			n++;
		} else {
			i++;
		}
	if (!n) {
		pr_warn("%s: untrack_prog_array: map id %u not tracked\n",
			l->name, id);
		return -ENOENT;
	}
	return 0;
}

int bpfsk_loader__untrack_fn(struct bpfsk_loader *l, void *ctx)
{
	size_t i, n = 0;

	if (!l)
		return -EINVAL;
	for (i = 0; i < l->att_cnt;)
		if (l->att[i].kind == ATTACH_FN && l->att[i].ctx == ctx) {
			drop_attach(l, i);
			n++;
		} else {
			i++;
		}
	if (!n) {
		pr_warn("%s: untrack_fn: no function with that ctx tracked\n",
			l->name);
		return -ENOENT;
	}
	return 0;
}

/* Points attachment a at `to` (from `from`), both objects loaded. */
static int switch_one(const struct bpfsk_loader *l, const struct attach *a,
		      struct bpf_object *from, struct bpf_object *to)
{
	struct bpf_program *old_p, *new_p;
	int old_fd, new_fd, err;

	old_p = bpf_object__find_program_by_name(from, a->prog);
	new_p = bpf_object__find_program_by_name(to, a->prog);
	old_fd = old_p ? bpf_program__fd(old_p) : -1;
	new_fd = new_p ? bpf_program__fd(new_p) : -1;
	if (new_fd < 0) {
		pr_warn("%s: program %s is not loaded in the new object\n",
			l->name, a->prog);
		return -ENOENT;
	}
	switch (a->kind) {
	case ATTACH_LINK:
		err = bpf_link__update_program(a->link, new_p);
		break;
	case ATTACH_SLOT:
		err = bpf_map_update_elem(a->map_fd, &a->index, &new_fd,
					  BPF_ANY);
		break;
	default:
		err = a->fn(a->ctx, old_fd, new_fd);
		break;
	}
	if (err)
		pr_warn("%s: cannot switch %s of program %s: %s\n", l->name,
			a->kind == ATTACH_LINK ? "link" :
			a->kind == ATTACH_SLOT ? "prog array slot" :
			"attachment (callback)", a->prog,
			strerror(err < 0 ? -err : EINVAL));
	return err < 0 ? err : err ? -EINVAL : 0;
}

/* The whole step: build, load with maps reused, switch, close the old one. */
static int reload(struct bpfsk_loader *l, const bool *key_on,
		  const struct log_opts *log)
{
	struct bpf_object *obj;
	size_t i, j;
	void *buf;
	int err;

	err = instantiate(l, key_on, l->obj, log, &obj, &buf);
	if (err)
		return err;
	for (i = 0; i < l->att_cnt; i++) {
		err = switch_one(l, &l->att[i], l->obj, obj);
		if (err)
			break;
	}
	if (err) {
		for (j = i; j-- > 0;)
			if (switch_one(l, &l->att[j], obj, l->obj))
				pr_warn("%s: program %s: could not switch back to the running object: it runs the failed one's keys\n",
					l->name, l->att[j].prog);
		close_obj(obj, buf);
		return err;
	}
	close_obj(l->obj, l->obj_buf);
	l->obj = obj;
	l->obj_buf = buf;
	l->generation++;
	return 0;
}

/* ---- transactions ----------------------------------------------------- */

struct bpfsk_txn *bpfsk_txn__new(struct bpfsk_loader *l)
{
	struct bpfsk_txn *t;
	size_t n;

	if (!l) {
		errno = EINVAL;
		return NULL;
	}
	n = bpfsk_object__key_cnt(l->sk);
	t = calloc(1, sizeof(*t));
	if (t)
		t->staged = malloc(n + 1);
	if (!t || !t->staged) {
		free(t);
		pr_warn("%s: out of memory\n", l->name);
		errno = ENOMEM;
		return NULL;
	}
	t->l = l;
	memset(t->staged, -1, n + 1);
	return t;
}

void bpfsk_txn__free(struct bpfsk_txn *t)
{
	if (!t)
		return;
	free(t->staged);
	free(t);
}

int bpfsk_txn__set_key(struct bpfsk_txn *t, const char *name, bool on)
{
	int k;

	if (!t)
		return -EINVAL;
	k = find_key(t->l, name);
	if (k < 0)
		return k;
	t->staged[k] = on;
	return 0;
}

void bpfsk_txn__reset(struct bpfsk_txn *t)
{
	if (t)
		memset(t->staged, -1, bpfsk_object__key_cnt(t->l->sk) + 1);
}

static int apply(struct bpfsk_loader *l, const signed char *staged,
		 const struct log_opts *log)
{
	size_t i, n = bpfsk_object__key_cnt(l->sk);
	bool changed = false, *next;
	int err;

	next = malloc(n + 1);
	if (!next) {
		pr_warn("%s: out of memory\n", l->name);
		return -ENOMEM;
	}
	for (i = 0; i < n; i++) {
		next[i] = staged[i] < 0 ? l->key_on[i] : staged[i];
		changed |= next[i] != l->key_on[i];
	}
	err = changed && l->obj ? reload(l, next, log) : 0;
	if (!err)
		memcpy(l->key_on, next, n);
	free(next);
	return err;
}

int bpfsk_txn__apply(struct bpfsk_txn *t, const struct bpfsk_apply_opts *opts)
{
	struct log_opts log;

	if (!t)
		return -EINVAL;
	if (!opts_valid(opts, offsetofend(struct bpfsk_apply_opts,
					  bpfsk_apply_opts__last_field),
			"bpfsk_apply_opts"))
		return -EINVAL;
	log.buf = OPTS_GET(opts, struct bpfsk_apply_opts, log_buf, NULL);
	log.size = OPTS_GET(opts, struct bpfsk_apply_opts, log_size, 0);
	log.level = OPTS_GET(opts, struct bpfsk_apply_opts, log_level, 0);
	if (!log.buf != !log.size) {
		pr_warn("%s: log_buf and log_size go together\n", t->l->name);
		return -EINVAL;
	}
	return apply(t->l, t->staged, &log);
}

int bpfsk_loader__set_key(struct bpfsk_loader *l, const char *name, bool on)
{
	signed char staged[BPFSK_MAX_KEYS];
	int k;

	if (!l)
		return -EINVAL;
	k = find_key(l, name);
	if (k < 0)
		return k;
	memset(staged, -1, sizeof(staged));
	staged[k] = on;
	return apply(l, staged, NULL);
}
