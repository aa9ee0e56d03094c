// sw_canloop at -O1 (jump tables must work at every optimisation level).
// HARNESS-CFLAGS: -mcpu=v4 -O1
// HARNESS-EXPECT-ASM: gotox
// HARNESS-EXPECT-ASM: may_goto
#include "sw_canloop.c"
