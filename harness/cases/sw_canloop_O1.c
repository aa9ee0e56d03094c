// sw_canloop at -O1 (jump tables must work at every optimisation level).
// HARNESS-CFLAGS: -mcpu=v4 -O1 -mllvm -bpf-jump-tables-in-loops
// HARNESS-EXPECT-ASM: gotox
// HARNESS-EXPECT-ASM: may_goto
#include "sw_canloop.c"
