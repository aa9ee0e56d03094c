/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Building a fixture object with our tools and parsing it with libbpfsk,
 * for the unit tests that check real compiler output.
 */
#ifndef UNIT_OBJECT_H
#define UNIT_OBJECT_H

#include <stdint.h>
#include <stdlib.h>

#include "bpfsk.h"
#include "unit.h"

/*
 * Runs `cmd`, which writes the object `path`, reads it into *buf (*size
 * bytes) and parses it as `name`.  Returns the object, or NULL after a
 * failed check (nothing left to free).
 */
static inline struct bpfsk_object *unit_build_object(const char *cmd,
						     const char *path,
						     const char *name,
						     uint8_t **buf,
						     size_t *size)
{
	struct bpfsk_object *obj = NULL;

	*size = 0;
	EXPECT(system(cmd) == 0);
	*buf = bpfsk_read_file(path, size);
	EXPECT(*buf != NULL);
	if (!*buf)
		return NULL;
	EXPECT(bpfsk_object__parse(*buf, *size, name, &obj) == 0);
	if (!obj) {
		free(*buf);
		*buf = NULL;
	}
	return obj;
}

#endif
