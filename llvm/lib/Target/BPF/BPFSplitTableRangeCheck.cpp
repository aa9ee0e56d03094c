//===-- BPFSplitTableRangeCheck.cpp - Branch on a table's range check -----===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// SimplifyCFG turns a switch that selects constants over cases with holes
// into a lookup table plus a bitmap of the cases present. The range check
// and the bitmap test start as two branches, but a later SimplifyCFG folds
// them into one condition, `select i1 %inrange, i1 %bit, i1 false`. The
// verifier learns a register's bounds only from a branch on that register;
// a branch on the combined bit tells it nothing about the index, so it
// refuses the table load as possibly out of bounds:
//
//   w2 = w1
//   w3 = 1
//   if w2 < 7 goto +1             ; sets w3, not a bound on w2
//   w3 = 0
//   w2 &= 0xff
//   w4 = 0x73
//   w4 >>= w2                     ; bitmap of the cases present
//   w3 &= w4
//   if w3 != 1 goto LBB0_2        ; the only branch
//   r1 &= 7
//   r1 <<= 3                      ; 0..56 into a 56-byte table
//   r2 = switch.table ll
//   r2 += r1
//   r0 = *(u64 *)(r2 + 0)         ; "access_size 8, beyond object_size 56"
//
// This pass runs right before instruction selection and splits a
// conditional branch on such a conjunction, when its taken side loads from a
// constant global at a variable index, into a branch on the range check
// followed by a branch on the other condition:
//
//   if w1 > 6 goto LBB0_2         ; bounds w1, and so the index
//   w2 = w1
//   w2 &= 0xff
//   w3 = 0x73
//   w3 >>= w2
//   w3 &= 1
//   if w3 == 0 goto LBB0_2
//   r1 &= 7
//   ...
//
// It costs one branch where it applies.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Pass.h"
#include "llvm/Transforms/Utils/Local.h"

#define DEBUG_TYPE "bpf-split-table-range-check"

using namespace llvm;
using namespace llvm::PatternMatch;

namespace {

class BPFSplitTableRangeCheck final : public FunctionPass {
public:
  static char ID;
  BPFSplitTableRangeCheck() : FunctionPass(ID) {}
  bool runOnFunction(Function &F) override;
  StringRef getPassName() const override {
    return "BPF Split Table Range Check";
  }
};

} // namespace

char BPFSplitTableRangeCheck::ID = 0;
INITIALIZE_PASS(BPFSplitTableRangeCheck, DEBUG_TYPE,
                "BPF Split Table Range Check", false, false)

FunctionPass *llvm::createBPFSplitTableRangeCheck() {
  return new BPFSplitTableRangeCheck();
}

// An unsigned compare of a value with a constant: the verifier can take a
// bound from a branch on it.
static bool isRangeCheck(Value *V) {
  auto *Cmp = dyn_cast<ICmpInst>(V);
  return Cmp && Cmp->isUnsigned() && isa<ConstantInt>(Cmp->getOperand(1));
}

// Whether BB loads from a constant global at an index known only at run
// time: the load whose bounds the verifier must prove.
static bool loadsFromTable(const BasicBlock &BB) {
  for (const Instruction &I : BB) {
    const auto *Load = dyn_cast<LoadInst>(&I);
    if (!Load)
      continue;
    const auto *GEP = dyn_cast<GetElementPtrInst>(Load->getPointerOperand());
    if (!GEP || GEP->hasAllConstantIndices())
      continue;
    const auto *Table = dyn_cast<GlobalVariable>(GEP->getPointerOperand());
    if (Table && Table->isConstant())
      return true;
  }
  return false;
}

bool BPFSplitTableRangeCheck::runOnFunction(Function &F) {
  SmallVector<BranchInst *, 4> Branches;
  for (BasicBlock &BB : F) {
    auto *Br = dyn_cast<BranchInst>(BB.getTerminator());
    if (Br && Br->isConditional() && Br->getSuccessor(0) != Br->getSuccessor(1) &&
        match(Br->getCondition(), m_LogicalAnd(m_Value(), m_Value())) &&
        loadsFromTable(*Br->getSuccessor(0)))
      Branches.push_back(Br);
  }

  bool Changed = false;
  for (BranchInst *Br : Branches) {
    auto *Cond = cast<Instruction>(Br->getCondition());
    Value *Range, *Other;
    if (!match(Cond, m_LogicalAnd(m_Value(Range), m_Value(Other))))
      continue;
    if (!isRangeCheck(Range))
      std::swap(Range, Other);
    // With `select %a, %b, false`, %b may be poison where %a is false; a
    // branch on %b only where %a holds keeps that.
    if (!isRangeCheck(Range) ||
        (isa<SelectInst>(Cond) && Range != Cond->getOperand(0)))
      continue;

    BasicBlock *BB = Br->getParent();
    BasicBlock *Taken = Br->getSuccessor(0);
    BasicBlock *NotTaken = Br->getSuccessor(1);
    BasicBlock *Test =
        BasicBlock::Create(F.getContext(), BB->getName() + ".test", &F, Taken);
    BranchInst::Create(Taken, NotTaken, Other, Test)
        ->setDebugLoc(Br->getDebugLoc());
    Br->setCondition(Range);
    Br->setSuccessor(0, Test);
    for (PHINode &Phi : Taken->phis())
      Phi.replaceIncomingBlockWith(BB, Test);
    for (PHINode &Phi : NotTaken->phis())
      Phi.addIncoming(Phi.getIncomingValueForBlock(BB), Test);
    RecursivelyDeleteTriviallyDeadInstructions(Cond);
    Changed = true;
  }
  return Changed;
}
