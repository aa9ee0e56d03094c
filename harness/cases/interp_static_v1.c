// The interp_static interpreter built with -mcpu=v1, which has no gotox:
// its computed gotos become compare-and-branch dispatch over the label
// indices (stock clang-22 crashes: "Cannot select: brind").
// HARNESS-CFLAGS: -mcpu=v1
#include "interp_static.c"
