//===-- BPFRepeatedSwitch.cpp - Switches the verifier walks repeatedly ----===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The kernel's verifier walks a loop body once per iteration. A switch lowered
// to a compare tree inside a loop is cheap to verify, but the same switch as a
// jump table (gotox) defeats state pruning once it has a few dozen targets: a
// 32-case switch in a 16-iteration loop verifies in ~16k instructions as a
// compare tree and hits the 1M instruction limit (E2BIG) as a jump table on
// Linux 7.3 (docs/jump-tables.md has the measurements). Whether the program
// loads must not depend on the lowering, so this pass marks every switch the
// verifier may walk more than once with !bpf.repeated, and
// BPFTargetLowering::isSuitableForJumpTable keeps those as compare trees:
//
//   for (i = 0; i < 16; i++)
//     switch (state & 31) { ... }
//
//   before:                              after:
//     r1 <<= 3                             if w1 > 15 goto LBB0_20
//     r2 = BPF.JT.0.0 ll                   if w1 > 7 goto LBB0_12
//     r2 += r1                             if w1 > 3 goto LBB0_8
//     r1 = *(u64 *)(r2 + 0)                ...
//     gotox r1
//
// A switch is walked repeatedly if its block is in a cycle, or if its
// function is a static subprogram (verified at each call, with the caller's
// state) that is called from such a block, from another repeated function, or
// through its address (bpf_loop callbacks are verified until they converge).
// Global functions are verified once on their own. Computed goto (indirectbr)
// is left alone: its tables are what the source asked for.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Pass.h"

#define DEBUG_TYPE "bpf-repeated-switch"

using namespace llvm;

namespace {

class BPFRepeatedSwitch final : public ModulePass {
public:
  static char ID;
  BPFRepeatedSwitch() : ModulePass(ID) {}
  bool runOnModule(Module &M) override;
  StringRef getPassName() const override {
    return "BPF Mark Repeatedly Verified Switches";
  }

private:
  /// Blocks of each function that lie on a cycle of its CFG.
  DenseMap<const Function *, SmallPtrSet<const BasicBlock *, 16>> CycleBlocks;
  /// Whether the verifier may walk a function more than once; absent while
  /// being computed, which makes (invalid) recursion count as repeated.
  DenseMap<const Function *, bool> Repeated;

  const SmallPtrSet<const BasicBlock *, 16> &cycleBlocks(const Function &F);
  bool isRepeated(const Function &F);
  bool isRepeated(const BasicBlock &BB) {
    return cycleBlocks(*BB.getParent()).contains(&BB) ||
           isRepeated(*BB.getParent());
  }
};

} // end anonymous namespace

const SmallPtrSet<const BasicBlock *, 16> &
BPFRepeatedSwitch::cycleBlocks(const Function &F) {
  auto It = CycleBlocks.find(&F);
  if (It != CycleBlocks.end())
    return It->second;
  SmallPtrSet<const BasicBlock *, 16> Blocks;
  for (auto SCC = scc_begin(&F); !SCC.isAtEnd(); ++SCC)
    if (SCC.hasCycle())
      Blocks.insert(SCC->begin(), SCC->end());
  return CycleBlocks[&F] = std::move(Blocks);
}

bool BPFRepeatedSwitch::isRepeated(const Function &F) {
  if (!F.hasLocalLinkage())
    return false;
  auto It = Repeated.find(&F);
  if (It != Repeated.end())
    return It->second;
  Repeated[&F] = true; // A call cycle reaching F again is repeated.
  bool Result = false;
  for (const Use &U : F.uses()) {
    const auto *Call = dyn_cast<CallBase>(U.getUser());
    if (!Call || !Call->isCallee(&U) || isRepeated(*Call->getParent())) {
      Result = true;
      break;
    }
  }
  Repeated[&F] = Result;
  return Result;
}

bool BPFRepeatedSwitch::runOnModule(Module &M) {
  bool Changed = false;
  unsigned Kind = M.getContext().getMDKindID(BPF::RepeatedSwitchMD);
  for (Function &F : M)
    for (BasicBlock &BB : F)
      if (auto *SI = dyn_cast<SwitchInst>(BB.getTerminator()))
        if (isRepeated(BB)) {
          SI->setMetadata(Kind, MDNode::get(M.getContext(), {}));
          Changed = true;
        }
  CycleBlocks.clear();
  Repeated.clear();
  return Changed;
}

char BPFRepeatedSwitch::ID = 0;
INITIALIZE_PASS(BPFRepeatedSwitch, DEBUG_TYPE,
                "BPF Mark Repeatedly Verified Switches", false, false)

ModulePass *llvm::createBPFRepeatedSwitch() { return new BPFRepeatedSwitch(); }
