# Patched Clang/LLVM 22.1.8 BPF toolchain: build, patch workflow and tests.
# `make` builds the toolchain and runs the example in the kernel harness;
# `make check` runs every test. See README.md.

TOP       := $(abspath .)
CACHE     := $(TOP)/cache
BUILD     := $(TOP)/build
TREE      := $(TOP)/src/llvm-project
TOOLS     := $(BUILD)/bin
TARBALL   := $(CACHE)/llvm-toolchain-22_22.1.8.orig.tar.xz
RESOURCE  := $(BUILD)/lib/clang/22
LLVM_DIR  := /usr/lib/llvm-22
JOBS      ?= $(shell nproc)

SHELL     := /bin/bash
export PATH := $(TOOLS):$(PATH)

.PHONY: all toolchain deps tree example check check-lit lit-baseline \
	check-series check-resource-dir check-series-steps check-unit unit-run check-harness check-run check-btf patches patches-status clean \
	bench check-bench bench-flip fuzz fuzz-tally check-fuzz

all: toolchain $(TOOLS)/bpfsk example

# The static-key CLI (loader/bpfsk.c on libbpfsk); needs no libbpf.
# `bpfsk run` is the harness's (harness/run_object.c), linked in.
$(TOOLS)/bpfsk: loader/bpfsk.c harness/run_object.c $(wildcard loader/src/*.c loader/src/*.h \
		loader/include/*.h) harness/include/harness_input.h harness/include/harness_run.h
	@mkdir -p $(@D)
	@gcc -std=c11 -O2 -g -Wall -Wextra -Werror -Iloader/include -Iharness/include \
		loader/bpfsk.c harness/run_object.c $(wildcard loader/src/*.c) -o $@

deps:
	@toolchain/deps.sh

$(TARBALL): | deps
	@toolchain/fetch-source.sh $(CACHE)

# The tree is pristine 22.1.8 with patches/ applied; it is recreated when
# patches/ changes (a pull) and it holds no work of its own.
tree: deps $(TARBALL)
	@toolchain/prepare-tree.sh $(TARBALL) $(TREE)

$(BUILD)/cmake/build.ninja: toolchain/CMakeLists.txt | tree
	@cmake -S toolchain -B $(BUILD)/cmake -G Ninja -Wno-dev \
		-DCMAKE_BUILD_TYPE=Release \
		-DCMAKE_C_COMPILER=/usr/bin/clang-22 -DCMAKE_CXX_COMPILER=/usr/bin/clang++-22 \
		-DCMAKE_PREFIX_PATH=$(LLVM_DIR) -DLLVM_SRC=$(TREE) \
		-DCMAKE_RUNTIME_OUTPUT_DIRECTORY=$(TOOLS) >/dev/null

toolchain: tree $(BUILD)/cmake/build.ninja
	@ninja -C $(BUILD)/cmake -j$(JOBS) --quiet | { grep -v "^ninja: no work to do" || true; }; exit $${PIPESTATUS[0]}
	@toolchain/resource-dir.sh $(LLVM_DIR)/lib/clang/22 $(TREE) $(RESOURCE)
	@ln -sf clang $(TOOLS)/clang++

# The main job: our clang compiles examples/, the harness runs them on
# Debian's stock kernels (x86-64 and arm64) against the host build.
example: toolchain
	@$(MAKE) -s -C harness check BPF_CLANG=$(TOOLS)/clang CASES=$(TOP)/examples \
		OUT=$(BUILD)/harness-examples

patches:
	@toolchain/patches.sh export $(TREE)

patches-status:
	@toolchain/patches.sh status $(TREE)

# Every test; the last line is "N passed, N failed".
check: toolchain
	@tests/check-all.sh \
		'series $(MAKE) -s check-series' \
		'resdir $(MAKE) -s check-resource-dir' \
		'lit $(MAKE) -s check-lit' \
		'unit $(MAKE) -s check-unit' \
		'harness $(MAKE) -s check-harness' \
		'run $(MAKE) -s check-run' \
		'btf $(MAKE) -s check-btf' \
		'bench $(MAKE) -s check-bench' \
		'fuzz $(MAKE) -s check-fuzz'

# patches/ alone, applied to a fresh pristine copy, gives the tree the tools
# were built from; fails naming the files that differ.
check-series: toolchain
	@toolchain/patches.sh verify $(TREE) $(TARBALL)

# Compiles while the resource directory is refreshed: none may miss a header.
check-resource-dir: toolchain
	@tests/resource-dir-race.sh $(TOOLS)/clang

# Each patch in turn (SERIES_ALONE=K: each of the first K alone on pristine
# 22.1.8) builds and passes the BPF lit suites; about 2 minutes a step, so
# not part of check.
SERIES_ALONE ?= 0
check-series-steps: deps $(TARBALL)
	@toolchain/series-steps.sh $(TARBALL) $(BUILD)/series-steps \
		$(if $(filter-out 0,$(SERIES_ALONE)),--alone $(SERIES_ALONE))

check-lit: toolchain
	@lit/run.sh $(TREE) $(TOOLS) $(BUILD)/lit

# Re-records upstream's results with Debian's own tools (the baseline).
lit-baseline: tree
	@lit/run.sh $(TREE) $(LLVM_DIR)/bin $(BUILD)/lit-debian --update

# C unit tests: every tests/unit/test_*.c, under ASan and UBSan, each linked
# with libbpfsk (loader/src); UNIT_LLC and UNIT_CLANG build their fixtures.
UNIT_SRCS  := $(wildcard tests/unit/test_*.c)
UNIT_BINS  := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%)
UNIT_LIB   := $(wildcard loader/src/*.c)
# The static-key ABI as clang's header and the backend write it, from the
# patched work tree (test_bpfsk_abi.c).
UNIT_CLANG_KEY_H      := $(TREE)/clang/lib/Headers/bpf_static_key.h
UNIT_BACKEND_BRANCH_H := $(TREE)/llvm/lib/Target/BPF/BPFStaticBranch.h
UNIT_FLAGS := -std=c11 -g -O1 -Wall -Wextra -Werror \
	-fsanitize=address,undefined -fno-sanitize-recover=all \
	-Iharness/include -Itests/unit -Iloader/include \
	-DUNIT_LLC='"$(TOOLS)/llc"' -DUNIT_CLANG='"$(TOOLS)/clang"' \
	-DUNIT_CLANG_KEY_H='"$(UNIT_CLANG_KEY_H)"' \
	-DUNIT_BACKEND_BRANCH_H='"$(UNIT_BACKEND_BRANCH_H)"'

$(BUILD)/unit/%: tests/unit/%.c $(UNIT_LIB) $(wildcard tests/unit/*.h \
		harness/include/*.h loader/include/*.h loader/src/*.h)
	@mkdir -p $(@D)
	@gcc $(UNIT_FLAGS) $< $(UNIT_LIB) -o $@

# The libbpf layer (loader/libbpf) and its test link sid's static libbpf from
# the harness cache (make -C harness fetch); without it the test says skipped.
UNIT_ARCH    := $(shell uname -m)
UNIT_SYSROOT := $(CACHE)/harness/$(if $(filter aarch64,$(UNIT_ARCH)),arm64,amd64)/sysroot
UNIT_BPFLIBS := $(wildcard $(addprefix $(UNIT_SYSROOT)/usr/lib/$(UNIT_ARCH)-linux-gnu/, \
	libbpf.a libelf.a libz.a libzstd.a))
UNIT_UAPI    := $(CACHE)/harness/uapi/usr/include

$(BUILD)/unit/test_bpfsk_abi: $(wildcard $(UNIT_CLANG_KEY_H) $(UNIT_BACKEND_BRANCH_H))

$(BUILD)/unit/test_bpfsk_loader: tests/unit/test_bpfsk_loader.c $(UNIT_LIB) \
		$(wildcard loader/libbpf/*.c) harness/glibc238.c $(UNIT_BPFLIBS) \
		$(wildcard tests/unit/*.h loader/include/*.h loader/src/*.h)
	@mkdir -p $(@D)
ifeq ($(words $(UNIT_BPFLIBS)),4)
	@gcc $(UNIT_FLAGS) -isystem $(UNIT_SYSROOT)/usr/include \
		-isystem $(UNIT_UAPI) -isystem $(UNIT_UAPI)/$(UNIT_ARCH)-linux-gnu \
		$< $(UNIT_LIB) $(wildcard loader/libbpf/*.c) harness/glibc238.c \
		$(UNIT_BPFLIBS) -o $@
else
	@gcc $(UNIT_FLAGS) -DUNIT_NO_LIBBPF $< -o $@
endif

# The harness cache first (libbpf for the loader test), then a fresh make
# that sees it.
check-unit:
	@$(MAKE) -s -C harness fetch
	@$(MAKE) -s unit-run

unit-run: $(UNIT_BINS)
	@rc=0; for t in $(UNIT_BINS); do $$t || rc=1; done; exit $$rc

# BTF of every harness object, read by Debian's bpftool and pahole.
check-btf: toolchain
	@$(MAKE) -s -C harness all BPF_CLANG=$(TOOLS)/clang
	@tests/btf-check.sh $(BUILD)/harness/cases/*.bpf.o

# Stock clang-22 against ours on the harness kernels, and the flip latency of
# static keys against recompiling: tables on stdout,
# build/bench/results.json; see docs/performance.md.  BENCH_CONFIGS takes
# LABEL=CLANG words; configurations with flags: call bench/run.sh.
BENCH_CONFIGS ?= stock=/usr/bin/clang-22 ours=$(TOOLS)/clang
BENCH_REPEAT  ?= 2000
# Flip latency first: run.sh folds build/bench/flip.json into results.json.
bench: bench-flip
	@bench/run.sh -r $(BENCH_REPEAT) $(BENCH_CONFIGS)

# bpfcount, the bench's instruction counter, against exact counts and the
# host build's values.
check-bench: toolchain
	@$(MAKE) -s -C harness fetch
	@bench/test-bpfcount.sh $(TOP)

check-harness: toolchain
	@$(MAKE) -s -C harness check BPF_CLANG=$(TOOLS)/clang

# `bpfsk run` on both kernels, its values against the host build's.
check-run: toolchain $(TOOLS)/bpfsk
	@$(MAKE) -s -C harness BPF_CLANG=$(TOOLS)/clang $(BUILD)/harness/cases/sk_multi.bpf.o \
		$(BUILD)/harness/expected/sk_multi.exp $(BUILD)/harness/live/live_xdp.bpf.o
	@tests/run-check.sh $(TOOLS)/bpfsk $(BUILD)/harness

# Flip latency of static keys against recompiling (docs/static-keys.md):
# build/bench/flip.json and a table.  ARCHES, REPS, COMPILE_REPS, TIMEOUT.
bench-flip: toolchain
	@bench/flip.sh $(TOOLS)/clang $(BUILD)/bench
# Differential fuzzing (fuzz/run.py, docs/reliability.md): SEEDS generated
# programs from SEED_BASE, each at FUZZ_OPTS x -mcpu=v1..v4, run on both
# architectures and compared with the host build.  Seeds from 20000 are
# generator 2's programs (with issue 18's narrow switches); the seeds below
# it keep generator 1's (fuzz/gen.py, GEN2_FROM).
SEEDS     ?= 100
SEED_BASE ?= 20001
FUZZ_OPTS ?= O0 O1 O2
# Start no batch after FUZZ_MINUTES minutes (0: no limit).
FUZZ_MINUTES ?= 0
# FUZZ_LEDGER=fuzz/ledger.txt: append each batch's seeds there; fuzz-tally
# counts the programs that passed with this tree's compiler and generator.
FUZZ_LEDGER ?=

fuzz: toolchain
	@python3 fuzz/run.py --seeds $(SEEDS) --base $(SEED_BASE) --opts "$(FUZZ_OPTS)" \
		--minutes $(FUZZ_MINUTES) $(if $(FUZZ_LEDGER),--ledger $(FUZZ_LEDGER))

fuzz-tally:
	@python3 fuzz/run.py --tally

# The kept seeds (fuzz/seeds.txt), then every libFuzzer corpus input once.
check-fuzz: toolchain
	@python3 fuzz/run.py --seed-file fuzz/seeds.txt --opts "$(FUZZ_OPTS)" \
		--out $(BUILD)/fuzz-check
	@$(MAKE) -s -C fuzz/targets replay

clean:
	rm -rf $(BUILD)
