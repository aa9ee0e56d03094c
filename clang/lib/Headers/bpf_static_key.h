/*===---- bpf_static_key.h - Static keys for BPF programs -----------------===
 *
 * Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
 * See https://llvm.org/LICENSE.txt for license information.
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 *
 *===-----------------------------------------------------------------------===
 *
 * Static keys, with the Linux kernel's vocabulary:
 *
 *   DEFINE_STATIC_KEY_FALSE(debug_key);    // starts off
 *   DEFINE_STATIC_KEY_TRUE(fast_path);     // starts on
 *
 *   if (bpf_static_branch_unlikely(&debug_key)) ...
 *   if (bpf_static_branch_likely(&fast_path)) ...
 *
 * A branch is true while its key is on; "likely" and "unlikely" only choose
 * the code layout. A key's state does not change while the program runs:
 * switching a key patches the program's branches on it.
 *
 * Each key is a BTF-defined map in section ".maps", of the kernel's type
 * BPF_MAP_TYPE_INSN_ARRAY, with one entry per branch on the key: a loader
 * sets max_entries to their number. map_extra holds the initial state, 0
 * (off) or 1 (on).
 */

#ifndef __BPF_STATIC_KEY_H
#define __BPF_STATIC_KEY_H

#if !defined(__bpf__)
#error "<bpf_static_key.h> is only available when compiling for BPF"
#endif

/* The kernel's BPF_MAP_TYPE_INSN_ARRAY. */
#define BPF_STATIC_KEY_MAP_TYPE 34

/* Marks an instruction array map as a static key. A provisional flag of
 * this compiler, not (yet) part of the kernel's UAPI: loaders must not
 * pass it on to the kernel. */
#ifndef BPF_F_STATIC_KEY
#define BPF_F_STATIC_KEY (1U << 30)
#endif

/* An entry of a static key's map: one branch. The layout of the kernel's
 * struct bpf_insn_array_value. */
struct bpf_static_key_value {
  unsigned int orig_off;
  unsigned int xlated_off;
  unsigned int jitted_off;
  unsigned int __reserved;
};

/* Members of a BTF-defined map, as libbpf's __uint() and __type().  The
 * array's elements are chars, not libbpf's ints: the kernel rejects a BTF
 * whose array is 4 GiB (int[1U << 30] for map_flags), and libbpf reads only
 * the element count. */
#define __BPF_STATIC_KEY_UINT(name, val) char (*name)[val]
#define __BPF_STATIC_KEY_TYPE(name, val) __typeof__(val) *name

/* map_extra 0 makes a zero-length array, a GNU extension: __extension__
 * keeps -pedantic quiet. */
#define __BPF_DEFINE_STATIC_KEY(name, initial)                                 \
  struct {                                                                     \
    __BPF_STATIC_KEY_UINT(type, BPF_STATIC_KEY_MAP_TYPE);                      \
    __BPF_STATIC_KEY_TYPE(key, unsigned int);                                  \
    __BPF_STATIC_KEY_TYPE(value, struct bpf_static_key_value);                 \
    __BPF_STATIC_KEY_UINT(max_entries, 1);                                     \
    __BPF_STATIC_KEY_UINT(map_flags, BPF_F_STATIC_KEY);                        \
    __extension__ __BPF_STATIC_KEY_UINT(map_extra, initial);                   \
  } name __attribute__((section(".maps"), used, annotate("bpf_static_key")))

/* Defines a static key that starts off or on. */
#define DEFINE_STATIC_KEY_FALSE(name) __BPF_DEFINE_STATIC_KEY(name, 0)
#define DEFINE_STATIC_KEY_TRUE(name) __BPF_DEFINE_STATIC_KEY(name, 1)

/* Whether the static key at KEY (&name) is on. */
#define bpf_static_branch_unlikely(key) __builtin_static_branch((key), 0)
#define bpf_static_branch_likely(key) __builtin_static_branch((key), 1)

/* The kernel's names. */
#define static_branch_unlikely(key) bpf_static_branch_unlikely(key)
#define static_branch_likely(key) bpf_static_branch_likely(key)

#endif /* __BPF_STATIC_KEY_H */
