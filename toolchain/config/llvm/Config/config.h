/* llvm/Config/config.h is not installed by Debian, but BPFMCTargetDesc.h and
 * llvm-objdump include it. Nothing they compile depends on its macros. */
#ifndef BPF_TOOLCHAIN_LLVM_CONFIG_H
#define BPF_TOOLCHAIN_LLVM_CONFIG_H
#include "llvm/Config/llvm-config.h"
#endif
