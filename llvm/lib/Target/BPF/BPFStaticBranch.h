//===-- BPFStaticBranch.h - Static branch names shared by passes -*- C++ -*-===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Clang lowers __builtin_static_branch(&key, likely) to a call of
// BPF_STATIC_BRANCH_FN; BPFLowerStaticBranch turns each branch on it into an
// inline-asm callbr marker that BPFStaticBranchSelect replaces by a
// nop_or_goto / goto_or_nop instruction, and BPFAsmPrinter records every
// emitted site in BPF_STATIC_BRANCH_SECTION.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_BPF_BPFSTATICBRANCH_H
#define LLVM_LIB_TARGET_BPF_BPFSTATICBRANCH_H

namespace llvm {
namespace BPFStaticBranch {

/// The function clang calls: i1 @__bpf_static_branch(ptr @key, i32 likely).
inline constexpr const char *CalleeName = "__bpf_static_branch";

/// Inline-asm markers of the callbr that carries a site from IR to MIR. The
/// indirect destination is where the site jumps: while the key is on for
/// nop_or_goto, while it is off for goto_or_nop.
inline constexpr const char *NopOrGotoMarker = "# bpf static branch: nop_or_goto";
inline constexpr const char *GotoOrNopMarker = "# bpf static branch: goto_or_nop";

/// The section listing every site (see docs/static-keys.md).
inline constexpr const char *SectionName = ".static_branches";

} // namespace BPFStaticBranch
} // namespace llvm

#endif
