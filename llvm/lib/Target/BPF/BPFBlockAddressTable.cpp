//===-- BPFBlockAddressTable.cpp - Tables of label addresses --------------===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "BPFBlockAddressTable.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

bool BPF::isOnlyRead(const Value *Ptr, bool AllowCopyToStack) {
  for (const User *U : Ptr->users()) {
    if (isa<LoadInst>(U))
      continue;
    if (isa<GEPOperator>(U) || isa<BitCastOperator>(U) ||
        isa<AddrSpaceCastOperator>(U)) {
      if (!isOnlyRead(U, AllowCopyToStack))
        return false;
      continue;
    }
    if (const auto *MT = dyn_cast<MemTransferInst>(U))
      if (AllowCopyToStack && MT->getRawSource() == Ptr &&
          MT->getRawDest() != Ptr &&
          isa<AllocaInst>(getUnderlyingObject(MT->getRawDest())))
        continue;
    return false;
  }
  return true;
}

bool BPF::isReadOnlyBlockAddressTable(const GlobalVariable &GV) {
  if (!GV.hasLocalLinkage() || !GV.hasDefinitiveInitializer())
    return false;
  const auto *CA = dyn_cast<ConstantArray>(GV.getInitializer());
  if (!CA || !all_of(CA->operands(),
                     [](const Use &Op) { return isa<BlockAddress>(Op); }))
    return false;
  return GV.isConstant() || isOnlyRead(&GV);
}

static bool isOnlyUsedByInstructions(const Constant *C) {
  for (const User *U : C->users()) {
    if (isa<Instruction>(U))
      continue;
    const auto *CE = dyn_cast<ConstantExpr>(U);
    if (!CE || !isOnlyUsedByInstructions(CE))
      return false;
  }
  return true;
}

bool BPF::isOnlyUsedByInstructions(const GlobalVariable &GV) {
  return ::isOnlyUsedByInstructions(cast<Constant>(&GV));
}
