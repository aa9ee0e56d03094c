//===-- BPFBlockAddressTable.h - Tables of label addresses ------*- C++ -*-===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A table of label addresses (`tbl[] = {&&a, &&b}`) that code only reads is
// lowered to a jump table: ISel loads its entries from the jump table, and
// the global itself is deleted before emission.  The kernel accepts `gotox`
// only through a jump table (an INSN_ARRAY map); the same table in .rodata
// or .data is "Missing jump table".
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_BPF_BPFBLOCKADDRESSTABLE_H
#define LLVM_LIB_TARGET_BPF_BPFBLOCKADDRESSTABLE_H

namespace llvm {
class GlobalVariable;
class Value;

namespace BPF {

/// Returns true if the memory at \p Ptr is only read: loaded from, or
/// offset or cast by an operator whose result is only read.  With
/// \p AllowCopyToStack, copying it to a stack object counts as a read too
/// (fine for label indices, not for a jump table, which is not data).
bool isOnlyRead(const Value *Ptr, bool AllowCopyToStack = false);

/// Returns true if \p GV is a module-local array of block addresses whose
/// contents never change: a constant, or (at -O0, where a function-static
/// `static const void *tbl[]` is not yet marked constant) a global that is
/// only ever loaded from.  Local tables, function-static tables and tables
/// shared by several `goto *` sites all qualify.
bool isReadOnlyBlockAddressTable(const GlobalVariable &GV);

/// Returns true if every use of \p GV, through constant expressions, is an
/// instruction, so that lowering every load of it to a jump table leaves
/// nothing referring to it.
bool isOnlyUsedByInstructions(const GlobalVariable &GV);

} // namespace BPF
} // namespace llvm

#endif
