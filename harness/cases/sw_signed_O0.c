// sw_signed at -O0: BTF names the arguments of every function (the kernel
// rejects anonymous ones), local label tables become jump tables, and
// switches on narrow signed values index with the checked value.
// HARNESS-CFLAGS: -mcpu=v4 -O0
// HARNESS-EXPECT-ASM: gotox
#include "sw_signed.c"
