// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The harness's input-line parser, shared by the guest runner and host_ref. */
#include <stdint.h>
#include <string.h>
#include "harness_input.h"
#include "unit.h"

static int parse(const char *text, __u64 arg[HARNESS_NARGS])
{
	char buf[256];

	strncpy(buf, text, sizeof(buf) - 1);
	buf[sizeof(buf) - 1] = '\0';
	return harness_parse_line(buf, arg);
}

int main(void)
{
	__u64 a[HARNESS_NARGS];

	EXPECT(parse("", a) == 0);
	EXPECT(parse("   # only a comment", a) == 0);

	EXPECT(parse("1 2 3", a) == 3);
	EXPECT(a[0] == 1 && a[1] == 2 && a[2] == 3 && a[3] == 0);

	/* Hex, and decimal with a leading zero is still decimal. */
	EXPECT(parse("0x10 010 0XfF", a) == 3);
	EXPECT(a[0] == 16 && a[1] == 10 && a[2] == 255);

	/* Negative numbers wrap modulo 2^64, as a __u64 argument would. */
	EXPECT(parse("-1 -2", a) == 2);
	EXPECT(a[0] == UINT64_MAX && a[1] == (__u64)-2);

	EXPECT(parse("0xffffffffffffffff", a) == 1);
	EXPECT(a[0] == UINT64_MAX);

	/* A trailing comment ends the line. */
	EXPECT(parse("7 8 # 9", a) == 2);
	EXPECT(a[1] == 8 && a[2] == 0);

	/* Exactly HARNESS_NARGS values fit; one more is an error. */
	EXPECT(parse("1 2 3 4 5 6 7 8", a) == HARNESS_NARGS);
	EXPECT(a[7] == 8);
	EXPECT(parse("1 2 3 4 5 6 7 8 9", a) == -1);

	/* Bad syntax: junk, a value glued to text, overflow. */
	EXPECT(parse("abc", a) == -1);
	EXPECT(parse("12abc", a) == -1);
	EXPECT(parse("0x", a) == -1);
	EXPECT(parse("99999999999999999999", a) == -1);

	/* Arguments from a previous line never leak into the next. */
	EXPECT(parse("5 6 7", a) == 3);
	EXPECT(parse("9", a) == 1);
	EXPECT(a[0] == 9 && a[1] == 0 && a[2] == 0);

	return unit_report("unit/harness_input");
}
