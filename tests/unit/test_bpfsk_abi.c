// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The static-key ABI has three writers that cannot share a header: clang's
 * <bpf_static_key.h> (what a program declares), the BPF backend
 * (BPFStaticBranch.h, what llc emits) and libbpfsk (bpfsk.h, what the
 * loader reads).  Their constants must agree: the key map's type and flag,
 * the key value's layout and the sites' section.  Both headers are read
 * from the patched work tree (UNIT_CLANG_KEY_H, UNIT_BACKEND_BRANCH_H);
 * the kernel's own names are checked against the UAPI in
 * test_bpfsk_loader.c, which builds with it.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfsk.h"
#include "unit.h"

/* clang's header admits only BPF targets; its macros are plain C. */
#define __bpf__ 1
#include UNIT_CLANG_KEY_H
#undef __bpf__

/* The string literal assigned to `name` in a C++ header, or NULL. */
static char *cxx_string_constant(const char *path, const char *name)
{
	char pattern[128], *text, *p, *end;
	size_t size;

	text = bpfsk_read_file(path, &size);
	if (!text)
		return NULL;
	text = realloc(text, size + 1);
	if (!text)
		return NULL;
	text[size] = '\0';
	snprintf(pattern, sizeof(pattern), "%s = \"", name);
	p = strstr(text, pattern);
	end = p ? strchr(p + strlen(pattern), '"') : NULL;
	if (!end) {
		free(text);
		return NULL;
	}
	*end = '\0';
	memmove(text, p + strlen(pattern), end - (p + strlen(pattern)) + 1);
	return text;
}

int main(void)
{
	char *section;

	/* clang's header and libbpfsk. */
	EXPECT(BPF_STATIC_KEY_MAP_TYPE == BPFSK_MAP_TYPE_INSN_ARRAY);
	EXPECT(BPF_F_STATIC_KEY == BPFSK_F_STATIC_KEY);
	/* The kernel's struct bpf_insn_array_value: 4 x u32. */
	EXPECT(sizeof(struct bpf_static_key_value) == 16);

	/* The backend's section and libbpfsk's. */
	section = cxx_string_constant(UNIT_BACKEND_BRANCH_H, "SectionName");
	EXPECT(section != NULL);
	EXPECT(section && !strcmp(section, BPFSK_SITES_SEC));
	free(section);

	return unit_report("unit/bpfsk_abi");
}
