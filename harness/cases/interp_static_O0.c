// interp_static at -O0: BTF names the arguments of every function (the kernel
// rejects anonymous ones), local label tables become jump tables, and
// each small local has an 8-byte stack slot of its own, so that the
// verifier keeps the bounds of pc and len across their spills.
// HARNESS-CFLAGS: -mcpu=v4 -O0
// HARNESS-EXPECT-ASM: gotox
#include "interp_static.c"
