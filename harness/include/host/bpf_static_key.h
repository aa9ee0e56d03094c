/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Host build only (host_ref): stands in for clang's <bpf_static_key.h>.
 * The vocabulary lives in harness_case.h; see there.
 */
#ifndef HARNESS_HOST_BPF_STATIC_KEY_H
#define HARNESS_HOST_BPF_STATIC_KEY_H

#include "harness_case.h"

#endif
