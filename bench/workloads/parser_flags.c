// Packet parser, debug branches behind global .data flags (bench_parser.h).
#define PARSER_FLAGS 1
#include "bench_parser.h"
