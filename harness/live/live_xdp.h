/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Shared by live_xdp.c (BPF) and the flipper (guest user space). */
#ifndef LIVE_XDP_H
#define LIVE_XDP_H

#define LIVE_PORT		40404	/* data packets; LIVE_PORT + 1: probes */
#define LIVE_COOKIE_INIT	7

/* Indexes of the `stats` array; 0..3: runs that saw pair state a*2+b. */
#define STAT_PROBE	4	/* the state the last probe saw */
#define STAT_PROBES	5	/* probes seen */
#define STAT_OTHER	6	/* other packets on lo */
#define STAT_COOKIE	7	/* data_cookie as the last run read it */
#define STAT_MAX	8

#endif /* LIVE_XDP_H */
