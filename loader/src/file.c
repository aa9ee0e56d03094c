// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Reading a whole object file: shared by the CLI, the loader and the harness. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "bpfsk_internal.h"

void *bpfsk_read_file(const char *path, size_t *size)
{
	char *buf = NULL, *grown;
	size_t cap = 0, len = 0, n;
	int err = 0;
	FILE *f;

	*size = 0;
	f = fopen(path, "rb");
	if (!f)
		return NULL;
	do {
		if (len == cap) {
			cap = cap ? cap * 2 : 1 << 16;
			grown = realloc(buf, cap);
			if (!grown) {
				err = ENOMEM;
				break;
			}
			buf = grown;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n);
	if (!err && ferror(f))
		err = EIO;
	fclose(f);
	if (err) {
		free(buf);
		errno = err;
		return NULL;
	}
	*size = len;
	return buf;
}
