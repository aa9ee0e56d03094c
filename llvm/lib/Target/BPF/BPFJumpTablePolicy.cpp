//===-- BPFJumpTablePolicy.cpp - Switches that must stay compare trees ----===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A jump table (gotox) is cheaper to verify than a compare tree for a switch
// the kernel's verifier walks once, but two things make it turn a program
// that loads into one that does not (docs/jump-tables.md has the data):
//
// 1. The verifier walks a loop body once per iteration, and a static
//    subprogram once per call. After a gotox it keeps few states to prune
//    against: a 32-case switch in a 16-iteration loop verifies in ~16k
//    instructions as a compare tree and hits the 1M limit (E2BIG) as a jump
//    table on Linux 7.3; with larger case bodies 16 cases already fail.
// 2. Every jump table is a map of the program, and a program may use at
//    most 64 maps ("The total number of maps per program has reached the
//    limit of 64").
//
// This pass marks the switches that must stay compare trees with
// !bpf.no.jump.table (its operand says why), which
// BPFTargetLowering::isSuitableForJumpTable honours:
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
// Rule 1: a switch is walked repeatedly if its block is in a cycle, or its
// function is a static subprogram (verified at each call, with the caller's
// state) called from such a block, from another repeated function, or
// through its address (bpf_loop callbacks are verified until they
// converge). Global functions are verified once on their own.
//
// Rule 2: the switches that may become tables (enough cases, not marked by
// rule 1) in a program's entry function and every function it calls are
// counted; beyond MaxJumpTablesPerProgram, the ones with fewest cases stay
// compare trees. The budget leaves room for the program's own maps.
//
// Computed goto (indirectbr) is left alone: its tables are what the source
// asked for.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Pass.h"
#include "llvm/Support/CommandLine.h"
#include <algorithm>

#define DEBUG_TYPE "bpf-jump-table-policy"

using namespace llvm;

static cl::opt<bool> BPFJumpTablesInLoops(
    "bpf-jump-tables-in-loops", cl::init(false), cl::Hidden,
    cl::desc("Also make jump tables of switches that the verifier walks "
             "repeatedly (in loops; may exceed its 1M instruction limit)"));

static cl::opt<unsigned> MaxJumpTablesPerProgram(
    "bpf-max-jump-tables-per-program", cl::init(32), cl::Hidden,
    cl::desc("Switches of one BPF program that may become jump tables (the "
             "kernel allows 64 maps per program, tables included)"));

namespace {

class BPFJumpTablePolicy final : public ModulePass {
public:
  static char ID;
  explicit BPFJumpTablePolicy(unsigned MinEntries = 0)
      : ModulePass(ID), MinEntries(MinEntries) {}
  bool runOnModule(Module &M) override;
  StringRef getPassName() const override { return "BPF Jump Table Policy"; }

private:
  /// The fewest cases that make a jump table (TargetLowering's minimum).
  unsigned MinEntries;
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
BPFJumpTablePolicy::cycleBlocks(const Function &F) {
  auto It = CycleBlocks.find(&F);
  if (It != CycleBlocks.end())
    return It->second;
  SmallPtrSet<const BasicBlock *, 16> Blocks;
  for (auto SCC = scc_begin(&F); !SCC.isAtEnd(); ++SCC)
    if (SCC.hasCycle())
      Blocks.insert(SCC->begin(), SCC->end());
  return CycleBlocks[&F] = std::move(Blocks);
}

bool BPFJumpTablePolicy::isRepeated(const Function &F) {
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

static void markCompareTree(SwitchInst *SI, StringRef Why) {
  LLVMContext &Ctx = SI->getContext();
  SI->setMetadata(BPF::NoJumpTableMD,
                  MDNode::get(Ctx, MDString::get(Ctx, Why)));
}

/// The defined functions a program starting at Entry consists of.
static SetVector<Function *> programFunctions(Function &Entry) {
  SetVector<Function *> Funcs;
  Funcs.insert(&Entry);
  for (unsigned I = 0; I < Funcs.size(); ++I)
    for (BasicBlock &BB : *Funcs[I])
      for (Instruction &Inst : BB)
        if (auto *Call = dyn_cast<CallBase>(&Inst))
          if (Function *Callee = Call->getCalledFunction())
            if (!Callee->isDeclaration())
              Funcs.insert(Callee);
  return Funcs;
}

bool BPFJumpTablePolicy::runOnModule(Module &M) {
  bool Changed = false;
  DenseMap<Function *, SmallVector<SwitchInst *, 4>> Candidates;
  for (Function &F : M)
    for (BasicBlock &BB : F) {
      auto *SI = dyn_cast<SwitchInst>(BB.getTerminator());
      if (!SI)
        continue;
      if (!BPFJumpTablesInLoops && isRepeated(BB)) {
        markCompareTree(SI, "verified repeatedly");
        Changed = true;
      } else if (MinEntries && SI->getNumCases() >= MinEntries) {
        Candidates[&F].push_back(SI);
      }
    }

  // Programs are the functions outside .text; what .text holds is linked
  // into the programs that call it.
  for (Function &Entry : M) {
    if (Entry.isDeclaration() || !Entry.hasSection() ||
        Entry.getSection() == ".text")
      continue;
    SmallVector<SwitchInst *, 16> Switches;
    for (Function *F : programFunctions(Entry))
      for (SwitchInst *SI : Candidates.lookup(F))
        if (!SI->getMetadata(BPF::NoJumpTableMD))
          Switches.push_back(SI);
    if (Switches.size() <= MaxJumpTablesPerProgram)
      continue;
    // Keep the tables that save the most: the switches with most cases.
    std::stable_sort(Switches.begin(), Switches.end(),
                     [](const SwitchInst *A, const SwitchInst *B) {
                       return A->getNumCases() > B->getNumCases();
                     });
    for (SwitchInst *SI : ArrayRef(Switches).drop_front(MaxJumpTablesPerProgram))
      markCompareTree(SI, "map limit");
    Changed = true;
  }
  CycleBlocks.clear();
  Repeated.clear();
  return Changed;
}

char BPFJumpTablePolicy::ID = 0;
INITIALIZE_PASS(BPFJumpTablePolicy, DEBUG_TYPE, "BPF Jump Table Policy", false,
                false)

ModulePass *llvm::createBPFJumpTablePolicy(unsigned MinJumpTableEntries) {
  return new BPFJumpTablePolicy(MinJumpTableEntries);
}
