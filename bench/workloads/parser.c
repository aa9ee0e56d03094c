// Packet parser, debug branches behind static keys (bench_parser.h).
#define PARSER_FLAGS 0
#include "bench_parser.h"
