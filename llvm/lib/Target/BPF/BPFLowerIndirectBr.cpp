//===-- BPFLowerIndirectBr.cpp - Computed goto without gotox --------------===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Before BPF v4 there is no indirect jump (gotox), so an indirectbr cannot be
// selected. This pass, which only runs when the subtarget lacks gotox, makes
// computed goto a compare-and-branch dispatch instead: the address of the
// N-th address-taken block of a function becomes the integer N (1, 2, ...),
// and every indirectbr becomes a switch on that integer, which instruction
// selection turns into a tree of compares:
//
//   @run.dispatch = internal constant [2 x ptr]
//       [ptr blockaddress(@run, %op_add), ptr blockaddress(@run, %op_halt)]
//   ...
//   %p = getelementptr inbounds ptr, ptr @run.dispatch, i64 %op
//   %dest = load ptr, ptr %p
//   indirectbr ptr %dest, [label %op_add, label %op_halt]
// =>
//   @run.dispatch = internal constant [2 x ptr]
//       [ptr inttoptr (i64 1 to ptr), ptr inttoptr (i64 2 to ptr)]
//   ...
//   %p = getelementptr inbounds ptr, ptr @run.dispatch, i64 %op
//   %dest = load ptr, ptr %p
//   %idx = ptrtoint ptr %dest to i64
//   switch i64 %idx, label %op_halt [
//     i64 1, label %op_add
//   ]
//
// This is only sound while no code but this module's sees a label address:
// it may flow through phis, selects, casts, arithmetic, compares and stack
// slots, and be kept in a local constant table that is only loaded from. A
// label address that escapes anywhere else (a writable or visible global, a
// call, a return, memory other than the stack) is an error which asks for
// -mcpu=v4.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "BPFBlockAddressTable.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/Pass.h"
#include <optional>
#include <string>

#define DEBUG_TYPE "bpf-lower-indirectbr"

using namespace llvm;

namespace {

class BPFLowerIndirectBr final : public ModulePass {
public:
  static char ID;
  BPFLowerIndirectBr() : ModulePass(ID) {}
  bool runOnModule(Module &M) override;
  StringRef getPassName() const override {
    return "BPF Lower Indirect Branches";
  }
};

/// Where a label address leaves the code this pass rewrites.
struct Escape {
  std::string Reason;
  const Instruction *At;
};

} // namespace

char BPFLowerIndirectBr::ID = 0;
INITIALIZE_PASS(BPFLowerIndirectBr, DEBUG_TYPE, "BPF Lower Indirect Branches",
                false, false)

ModulePass *llvm::createBPFLowerIndirectBr() {
  return new BPFLowerIndirectBr();
}

/// Returns true if \p GV is a table that no other module can see and that is
/// only read: a constant, or at -O0 a function-static `static const void
/// *tbl[]` that is not marked constant yet.
static bool isLocalConstantTable(const GlobalVariable &GV) {
  return GV.hasLocalLinkage() && GV.hasDefinitiveInitializer() &&
         BPF::isOnlyRead(&GV, /*AllowCopyToStack=*/true);
}

/// Finds a use of \p BA, or of a value computed from it, that a label index
/// cannot stand for.
static std::optional<Escape> findEscape(const BlockAddress *BA) {
  SmallVector<const Value *, 8> Worklist = {BA};
  SmallPtrSet<const Value *, 8> Visited = {BA};
  auto Derive = [&](const Value *V) {
    if (Visited.insert(V).second)
      Worklist.push_back(V);
  };

  while (!Worklist.empty()) {
    const Value *V = Worklist.pop_back_val();
    for (const Use &U : V->uses()) {
      const User *Usr = U.getUser();
      if (const auto *GV = dyn_cast<GlobalVariable>(Usr)) {
        if (isLocalConstantTable(*GV))
          continue;
        return Escape{("is stored in global '" + GV->getName() +
                       "', which is not a local constant table that is only "
                       "read")
                          .str(),
                      nullptr};
      }
      if (isa<ConstantAggregate>(Usr) || isa<ConstantExpr>(Usr)) {
        Derive(Usr);
        continue;
      }
      const auto *I = dyn_cast<Instruction>(Usr);
      if (!I)
        return Escape{"is used by a constant that cannot be rewritten",
                      nullptr};
      if (isa<IndirectBrInst>(I) || isa<ICmpInst>(I))
        continue;
      if (isa<PHINode>(I) || isa<SelectInst>(I) || isa<CastInst>(I) ||
          isa<FreezeInst>(I) || isa<BinaryOperator>(I) ||
          isa<GetElementPtrInst>(I)) {
        Derive(I);
        continue;
      }
      if (const auto *SI = dyn_cast<StoreInst>(I)) {
        if (U.getOperandNo() == 0 &&
            isa<AllocaInst>(getUnderlyingObject(SI->getPointerOperand())))
          continue;
        return Escape{"is stored to memory other than the stack", I};
      }
      if (isa<CallBase>(I))
        return Escape{"is passed to a call", I};
      if (isa<ReturnInst>(I))
        return Escape{"is returned", I};
      return Escape{
          ("is used by a '" + Twine(I->getOpcodeName()) + "' instruction")
              .str(),
          I};
    }
  }
  return std::nullopt;
}

static void diagnoseEscape(const Function &F, const Escape &E) {
  DiagnosticLocation Loc;
  if (E.At && E.At->getDebugLoc())
    Loc = DiagnosticLocation(E.At->getDebugLoc());
  else if (const DISubprogram *SP = F.getSubprogram())
    Loc = DiagnosticLocation(SP);
  F.getContext().diagnose(
      DiagnosticInfoUnsupported(F,
                                "computed goto in '" + F.getName() +
                                    "' needs gotox: the address of a label " +
                                    E.Reason + "; use -mcpu=v4",
                                Loc));
}

/// Replaces the addresses of the blocks of \p F by indices and its indirect
/// branches by switches on them.
static bool lowerFunction(Function &F) {
  SmallVector<BasicBlock *, 16> Targets;
  for (BasicBlock &BB : F)
    if (BB.hasAddressTaken())
      Targets.push_back(&BB);
  SmallVector<IndirectBrInst *, 4> Branches;
  for (Instruction &I : instructions(F))
    if (auto *IBr = dyn_cast<IndirectBrInst>(&I))
      Branches.push_back(IBr);
  if (Targets.empty() && Branches.empty())
    return false;

  // Report the first label address that leaves the rewritten code, then
  // rewrite everything anyway so that code generation goes on to its end.
  for (BasicBlock *BB : Targets) {
    if (const BlockAddress *BA = BlockAddress::lookup(BB)) {
      if (std::optional<Escape> E = findEscape(BA)) {
        diagnoseEscape(F, *E);
        break;
      }
    }
  }

  const DataLayout &DL = F.getDataLayout();
  IntegerType *IdxTy = DL.getIntPtrType(F.getContext());
  DenseMap<const BasicBlock *, uint64_t> Index;
  for (BasicBlock *BB : Targets) {
    // Index 0 is left for the null pointer.
    uint64_t Idx = Index.size() + 1;
    Index[BB] = Idx;
    if (BlockAddress *BA = BlockAddress::lookup(BB)) {
      BA->replaceAllUsesWith(ConstantExpr::getIntToPtr(
          ConstantInt::get(IdxTy, Idx), BA->getType()));
      BA->destroyConstant();
    }
  }

  for (IndirectBrInst *IBr : Branches) {
    BasicBlock *BB = IBr->getParent();
    SmallVector<std::pair<uint64_t, BasicBlock *>, 16> Cases;
    SmallPtrSet<BasicBlock *, 16> Cased;
    for (BasicBlock *Dest : IBr->successors()) {
      auto It = Index.find(Dest);
      // A destination whose address is not taken cannot be reached, and each
      // destination needs one case: drop the other edges from the phis.
      if (It != Index.end() && Cased.insert(Dest).second)
        Cases.emplace_back(It->second, Dest);
      else
        Dest->removePredecessor(BB);
    }

    // Jumping to anything but a listed label is undefined: the last label is
    // the default, which saves a compare and leaves no dead block for the
    // verifier to reject.
    IRBuilder<> Builder(IBr);
    if (Cases.empty()) {
      Builder.CreateUnreachable();
    } else {
      Value *Idx = Builder.CreatePtrToInt(IBr->getAddress(), IdxTy);
      SwitchInst *SI =
          Builder.CreateSwitch(Idx, Cases.back().second, Cases.size() - 1);
      for (auto [CaseIdx, Dest] : ArrayRef(Cases).drop_back())
        SI->addCase(ConstantInt::get(IdxTy, CaseIdx), Dest);
      SI->setDebugLoc(IBr->getDebugLoc());
    }
    IBr->eraseFromParent();
  }
  return true;
}

bool BPFLowerIndirectBr::runOnModule(Module &M) {
  bool Changed = false;
  for (Function &F : M)
    if (!F.isDeclaration())
      Changed |= lowerFunction(F);
  return Changed;
}
