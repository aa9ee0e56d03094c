// sw_loop at -O1 (jump tables must work at every optimisation level).
// HARNESS-CFLAGS: -mcpu=v4 -O1 -mllvm -bpf-jump-tables-in-loops
// HARNESS-EXPECT-ASM: gotox
#include "sw_loop.c"
