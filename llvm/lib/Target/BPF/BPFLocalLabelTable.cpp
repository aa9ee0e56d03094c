//===-- BPFLocalLabelTable.cpp - Stack tables of label addresses ----------===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Clang initializes a local `const void *tbl[] = {&&a, &&b, ...}` of up to
// 64 bytes (8 labels) with stores to the stack, and a larger one by copying
// a constant global, whose loads the middle end then reads from the global.
// Only the global form becomes a jump table: a gotox on a value loaded from
// the stack is rejected by the kernel ("R0 has type scalar, expected
// PTR_TO_INSN"). This pass turns a stack table that is filled with label
// addresses of its function in the entry block and then only loaded from
// into the same private constant global, so small tables work as large ones
// do (at -O0 the stores may follow a memset that clears the table). Without
// optimization nothing reads a larger table from its global either, so a
// table copied whole from a constant global of label addresses is replaced
// by that global:
//
//   %tbl = alloca [2 x ptr]
//   store ptr blockaddress(@run, %a), ptr %tbl
//   %1 = getelementptr inbounds i8, ptr %tbl, i64 8
//   store ptr blockaddress(@run, %b), ptr %1
//   ...
//   %p = getelementptr inbounds [2 x ptr], ptr %tbl, i64 0, i64 %op
//   %dest = load ptr, ptr %p
//   indirectbr ptr %dest, [label %a, label %b]
// =>
//   @run.labels = private unnamed_addr constant [2 x ptr]
//       [ptr blockaddress(@run, %a), ptr blockaddress(@run, %b)]
//   ...
//   %p = getelementptr inbounds [2 x ptr], ptr @run.labels, i64 0, i64 %op
//   %dest = load ptr, ptr %p
//   indirectbr ptr %dest, [label %a, label %b]
//
//   call void @llvm.memcpy.p0.p0.i64(ptr %big, ptr @__const.run.big, i64 72,
//                                    i1 false)
//   %q = getelementptr inbounds [9 x ptr], ptr %big, i64 0, i64 %op
// =>
//   %q = getelementptr inbounds [9 x ptr], ptr @__const.run.big, i64 0, i64 %op
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/ValueHandle.h"
#include "llvm/Pass.h"
#include "llvm/Transforms/Utils/Local.h"
#include <optional>

#define DEBUG_TYPE "bpf-local-label-table"

using namespace llvm;

namespace {

class BPFLocalLabelTable final : public FunctionPass {
public:
  static char ID;
  BPFLocalLabelTable() : FunctionPass(ID) {}
  bool runOnFunction(Function &F) override;
  StringRef getPassName() const override {
    return "BPF Local Label Table";
  }
};

/// What a stack table holds and which instructions fill it.
struct StackTable {
  SmallVector<BlockAddress *, 8> Entries;
  SmallVector<Instruction *, 8> Stores; // and lifetime markers
  SmallVector<LoadInst *, 8> Loads;
  GlobalVariable *CopiedFrom = nullptr; // the constant a memcpy copied
  MemSetInst *Zeroed = nullptr;         // a memset before the stores
};

} // end anonymous namespace

/// Whether \p MC fills the whole table at \p Ptr (\p Offset bytes into it)
/// from a constant global of \p F's label addresses, in the entry block.
/// Clang initializes a table of more than 8 labels that way, and at -O0 the
/// copy stays: the loads read the stack.
static bool copiesWholeTable(MemCpyInst *MC, Value *Ptr,
                             std::optional<int64_t> Offset, const Function &F,
                             const DataLayout &DL, StackTable &T) {
  auto *GV = dyn_cast<GlobalVariable>(MC->getSource()->stripPointerCasts());
  auto *Len = dyn_cast<ConstantInt>(MC->getLength());
  if (MC->getDest() != Ptr || MC->isVolatile() || !Offset || *Offset != 0 ||
      MC->getParent() != &F.getEntryBlock() || T.CopiedFrom || !GV ||
      !GV->isConstant() || !GV->hasDefinitiveInitializer() || !Len ||
      Len->getZExtValue() != T.Entries.size() * 8 ||
      DL.getTypeAllocSize(GV->getValueType()) != Len->getZExtValue())
    return false;
  auto *Init = dyn_cast<ConstantArray>(GV->getInitializer());
  if (!Init || Init->getNumOperands() != T.Entries.size())
    return false;
  for (unsigned I = 0, E = T.Entries.size(); I != E; ++I) {
    auto *BA = dyn_cast<BlockAddress>(Init->getOperand(I));
    if (!BA || BA->getFunction() != &F || T.Entries[I])
      return false;
    T.Entries[I] = BA;
  }
  T.CopiedFrom = GV;
  return true;
}

/// Records the uses of \p Ptr, which points \p Offset bytes into the table
/// (std::nullopt: somewhere unknown). False if a use is neither a load, nor
/// a store of one of \p F's label addresses at a known entry, nor a lifetime
/// marker.
static bool collectUses(Value *Ptr, std::optional<int64_t> Offset,
                        const Function &F, const DataLayout &DL,
                        StackTable &T) {
  for (User *U : Ptr->users()) {
    if (auto *GEP = dyn_cast<GetElementPtrInst>(U)) {
      APInt GEPOffset(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
      std::optional<int64_t> Next;
      if (Offset && GEP->accumulateConstantOffset(DL, GEPOffset))
        Next = *Offset + GEPOffset.getSExtValue();
      if (!collectUses(GEP, Next, F, DL, T))
        return false;
    } else if (auto *LI = dyn_cast<LoadInst>(U)) {
      if (LI->isVolatile())
        return false;
      T.Loads.push_back(LI);
    } else if (auto *SI = dyn_cast<StoreInst>(U)) {
      auto *BA = dyn_cast<BlockAddress>(SI->getValueOperand());
      unsigned Size = T.Entries.size() * 8;
      if (SI->getPointerOperand() != Ptr || SI->isVolatile() || !BA ||
          BA->getFunction() != &F || !Offset || *Offset < 0 ||
          *Offset >= Size || *Offset % 8 || T.Entries[*Offset / 8] ||
          SI->getParent() != &F.getEntryBlock())
        return false;
      T.Entries[*Offset / 8] = BA;
      T.Stores.push_back(SI);
    } else if (auto *MS = dyn_cast<MemSetInst>(U)) {
      // At -O0 clang may clear the whole table before storing every entry.
      auto *Len = dyn_cast<ConstantInt>(MS->getLength());
      auto *Val = dyn_cast<ConstantInt>(MS->getValue());
      if (MS->getDest() != Ptr || MS->isVolatile() || !Offset || *Offset ||
          MS->getParent() != &F.getEntryBlock() || T.Zeroed || !Len ||
          Len->getZExtValue() != T.Entries.size() * 8 || !Val ||
          !Val->isZero())
        return false;
      T.Zeroed = MS;
      T.Stores.push_back(MS);
    } else if (auto *MC = dyn_cast<MemCpyInst>(U)) {
      if (!copiesWholeTable(MC, Ptr, Offset, F, DL, T))
        return false;
      T.Stores.push_back(MC);
    } else if (auto *II = dyn_cast<IntrinsicInst>(U)) {
      if (!II->isLifetimeStartOrEnd())
        return false;
      T.Stores.push_back(II);
    } else {
      return false;
    }
  }
  return true;
}

/// Whether every load of the table sees all its entries: the stores are in
/// the entry block, so a load elsewhere, or after them, does; and a memset
/// that clears the table comes before the stores of the entries.
static bool loadsFollowStores(const StackTable &T) {
  if (T.Zeroed)
    for (Instruction *I : T.Stores)
      if (isa<StoreInst>(I) && !T.Zeroed->comesBefore(I))
        return false;
  for (LoadInst *LI : T.Loads)
    for (Instruction *I : T.Stores)
      if ((isa<StoreInst>(I) || isa<MemIntrinsic>(I)) && LI->getParent() == I->getParent() &&
          LI->comesBefore(I))
        return false;
  return true;
}

bool BPFLocalLabelTable::runOnFunction(Function &F) {
  const DataLayout &DL = F.getDataLayout();
  SmallVector<AllocaInst *, 4> Allocas;
  for (Instruction &I : F.getEntryBlock())
    if (auto *AI = dyn_cast<AllocaInst>(&I))
      if (auto *ATy = dyn_cast<ArrayType>(AI->getAllocatedType()))
        if (ATy->getElementType()->isPointerTy() && ATy->getNumElements() &&
            AI->isStaticAlloca() && !AI->isArrayAllocation() &&
            DL.getTypeAllocSize(ATy->getElementType()) == 8)
          Allocas.push_back(AI);

  bool Changed = false;
  for (AllocaInst *AI : Allocas) {
    auto *ATy = cast<ArrayType>(AI->getAllocatedType());
    StackTable T;
    T.Entries.assign(ATy->getNumElements(), nullptr);
    if (!collectUses(AI, 0, F, DL, T) || T.Loads.empty() ||
        is_contained(T.Entries, nullptr) || !loadsFollowStores(T))
      continue;

    GlobalVariable *GV = T.CopiedFrom;
    if (!GV) {
      SmallVector<Constant *, 8> Init(T.Entries.begin(), T.Entries.end());
      GV = new GlobalVariable(*F.getParent(), ATy, /*isConstant=*/true,
                              GlobalValue::PrivateLinkage,
                              ConstantArray::get(ATy, Init),
                              F.getName() + ".labels");
      GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
      GV->setAlignment(AI->getAlign());
    }
    SmallVector<WeakTrackingVH, 8> Addresses;
    for (Instruction *I : T.Stores) {
      if (auto *SI = dyn_cast<StoreInst>(I))
        Addresses.push_back(SI->getPointerOperand());
      else if (auto *MI = dyn_cast<MemIntrinsic>(I))
        Addresses.push_back(MI->getDest());
      I->eraseFromParent();
    }
    // The offsets the stores used, unless the loads use them too.
    RecursivelyDeleteTriviallyDeadInstructionsPermissive(Addresses);
    AI->replaceAllUsesWith(GV);
    AI->eraseFromParent();
    Changed = true;
  }
  return Changed;
}

char BPFLocalLabelTable::ID = 0;
INITIALIZE_PASS(BPFLocalLabelTable, DEBUG_TYPE, "BPF Local Label Table", false,
                false)

FunctionPass *llvm::createBPFLocalLabelTable() {
  return new BPFLocalLabelTable();
}
