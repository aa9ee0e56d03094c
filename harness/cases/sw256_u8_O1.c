// sw256_u8 at -O1 (jump tables must work at every optimisation level).
// HARNESS-CFLAGS: -mcpu=v4 -O1
// HARNESS-EXPECT-ASM: gotox
#include "sw256_u8.c"
