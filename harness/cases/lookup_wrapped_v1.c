// lookup_wrapped at -mcpu=v1, which has no `<`: the range checks compare
// the other way round (r2 = -6; if r2 > r1 goto), and the index must still
// start from the check's bound.
// HARNESS-CFLAGS: -mcpu=v1
// HARNESS-EXPECT-NO-ASM: gotox
#include "lookup_wrapped.c"
