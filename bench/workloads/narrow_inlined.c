// Issue 18's class: an 18-case __u8 switch in an __always_inline helper,
// a jump table inlined at two arms of a __u16 switch (the harness case
// jt_narrow_inlined); the dispatch cost of a table index bounded where it
// is loaded.
#include "../../harness/cases/jt_narrow_inlined.c"
