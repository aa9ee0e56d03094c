// sk_multi at -O0: BTF names the arguments of every function (the kernel
// rejects anonymous ones), local label tables become jump tables, and
// switches on narrow signed values index with the checked value.
// HARNESS-CFLAGS: -mcpu=v4 -O0
// HARNESS-EXPECT-ASM: nop_or_goto goto_or_nop may_goto
#include "sk_multi.c"
