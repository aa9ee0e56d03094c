// HARNESS-CFLAGS: -O2 -mcpu=v4
#include "kernel_oops_min.h"
