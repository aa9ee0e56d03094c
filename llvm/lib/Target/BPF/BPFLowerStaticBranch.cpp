//===-- BPFLowerStaticBranch.cpp - Turn static branch calls into sites ----===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Clang lowers __builtin_static_branch(&key, likely) to
//
//   %on = call i1 @__bpf_static_branch(ptr @key, i32 likely)
//
// a call without side effects: a key's state is fixed for one run of the
// program (a loader flips it by replacing the program), so the optimizer may
// merge, hoist or duplicate these calls freely. Once it is done, every
// conditional branch on such a value becomes one static branch site, carried
// to instruction selection as a callbr of an inline-asm marker whose indirect
// destination is the side the site jumps to. The `likely` hint picks which
// side falls through:
//
//   %on = call i1 @__bpf_static_branch(ptr @debug_key, i32 0)
//   br i1 %on, label %if.then, label %if.end
// =>
//   callbr void asm sideeffect "# bpf static branch: nop_or_goto", "i,!i"
//       (ptr @debug_key) to label %if.end [label %if.then]
//
// which BPFStaticBranchSelect then makes into
//
//   nop_or_goto LBB0_2          ; falls through while debug_key is off
//
// A select on such a value becomes a site choosing between the select's
// operands; any other use gets a site that materializes true or false.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "BPFStaticBranch.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/IR/ValueHandle.h"
#include "llvm/Pass.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

#define DEBUG_TYPE "bpf-lower-static-branch"

using namespace llvm;
using namespace llvm::PatternMatch;

namespace {

class BPFLowerStaticBranch final : public FunctionPass {
public:
  static char ID;
  BPFLowerStaticBranch() : FunctionPass(ID) {}
  bool runOnFunction(Function &F) override;
  StringRef getPassName() const override {
    return "BPF Lower Static Branches";
  }
};

/// What a site needs: its key and which side the program expects.
struct SiteInfo {
  GlobalVariable *Key;
  bool Likely;
};

} // namespace

char BPFLowerStaticBranch::ID = 0;
INITIALIZE_PASS(BPFLowerStaticBranch, DEBUG_TYPE, "BPF Lower Static Branches",
                false, false)

FunctionPass *llvm::createBPFLowerStaticBranch() {
  return new BPFLowerStaticBranch();
}

static bool isStaticBranchCall(const Value *V) {
  const auto *CI = dyn_cast<CallInst>(V);
  const Function *Callee = CI ? CI->getCalledFunction() : nullptr;
  return Callee && Callee->getName() == BPFStaticBranch::CalleeName;
}

/// Reads a call's key and hint, or reports why it cannot be a site.
static std::optional<SiteInfo> getSiteInfo(CallInst *CI) {
  auto *Key = CI->arg_size() == 2
                  ? dyn_cast<GlobalVariable>(
                        CI->getArgOperand(0)->stripPointerCasts())
                  : nullptr;
  auto *Likely = CI->arg_size() == 2
                     ? dyn_cast<ConstantInt>(CI->getArgOperand(1))
                     : nullptr;
  if (Key && Likely && CI->getType()->isIntegerTy(1))
    return SiteInfo{Key, !Likely->isZero()};
  CI->getContext().diagnose(DiagnosticInfoUnsupported(
      *CI->getFunction(),
      "static branch needs the address of a static key object and a "
      "constant 'likely' argument",
      CI->getDebugLoc()));
  return std::nullopt;
}

/// Returns the static branch call that Cond tests, looking through
/// negations; Inverted tells whether Cond is true while the key is off.
static CallInst *getTestedSite(Value *Cond, bool &Inverted) {
  Inverted = false;
  for (;;) {
    Value *X;
    if (isStaticBranchCall(Cond))
      return cast<CallInst>(Cond);
    if (match(Cond, m_Not(m_Value(X))) ||
        match(Cond, m_SpecificICmp(ICmpInst::ICMP_EQ, m_ZExt(m_Value(X)),
                                   m_Zero()))) {
      Inverted = !Inverted;
      Cond = X;
      continue;
    }
    if (match(Cond, m_SpecificICmp(ICmpInst::ICMP_NE, m_ZExt(m_Value(X)),
                                   m_Zero()))) {
      Cond = X;
      continue;
    }
    return nullptr;
  }
}

/// Deletes what getTestedSite looked through once no branch uses it; the
/// calls themselves go last, as their other uses may still need a value.
static void deleteDeadNegations(Value *V) {
  while (auto *I = dyn_cast_or_null<Instruction>(V)) {
    if (!I->use_empty() || isStaticBranchCall(I))
      return;
    V = isa<Constant>(I->getOperand(0)) ? I->getOperand(1) : I->getOperand(0);
    I->eraseFromParent();
  }
}

/// Replaces the terminator of BB by a site that goes to OnBB while the key
/// is on and to OffBB while it is off.
static void emitSite(BasicBlock *BB, const SiteInfo &Site, BasicBlock *OnBB,
                     BasicBlock *OffBB) {
  Instruction *Term = BB->getTerminator();
  IRBuilder<> B(Term);
  // The likely side falls through; the site jumps to the other one.
  BasicBlock *Fallthrough = Site.Likely ? OnBB : OffBB;
  BasicBlock *Target = Site.Likely ? OffBB : OnBB;
  const char *Marker = Site.Likely ? BPFStaticBranch::GotoOrNopMarker
                                   : BPFStaticBranch::NopOrGotoMarker;
  auto *AsmTy = FunctionType::get(B.getVoidTy(), {Site.Key->getType()}, false);
  InlineAsm *IA = InlineAsm::get(AsmTy, Marker, "i,!i",
                                 /*hasSideEffects=*/true);
  CallBrInst *CBI =
      B.CreateCallBr(IA, Fallthrough, {Target}, {Site.Key});
  CBI->setDebugLoc(Term->getDebugLoc());
  Term->eraseFromParent();
}

/// Splits the block before InsertPt and returns a phi that is OnV while the
/// key is on and OffV while it is off, chosen by a site of its own:
///   BB: site to On / Off;  On, Off: br Join;  Join: phi [OnV, OffV]
static PHINode *materializeAt(Instruction *InsertPt, const SiteInfo &Site,
                              Value *OnV, Value *OffV, const Twine &Name) {
  BasicBlock *BB = InsertPt->getParent();
  Function &F = *BB->getParent();
  LLVMContext &Ctx = F.getContext();
  BasicBlock *Join = SplitBlock(BB, InsertPt, (DominatorTree *)nullptr,
                                nullptr, nullptr, "static.join");
  BasicBlock *On = BasicBlock::Create(Ctx, "static.on", &F, Join);
  BasicBlock *Off = BasicBlock::Create(Ctx, "static.off", &F, Join);
  BranchInst::Create(Join, On);
  BranchInst::Create(Join, Off);
  emitSite(BB, Site, On, Off);
  PHINode *Phi = PHINode::Create(OnV->getType(), 2, Name, Join->begin());
  Phi->addIncoming(OnV, On);
  Phi->addIncoming(OffV, Off);
  return Phi;
}

bool BPFLowerStaticBranch::runOnFunction(Function &F) {
  MapVector<CallInst *, SiteInfo> Sites;
  SmallVector<CallInst *, 8> Invalid;
  for (Instruction &I : instructions(F)) {
    if (!isStaticBranchCall(&I))
      continue;
    auto *CI = cast<CallInst>(&I);
    if (std::optional<SiteInfo> Site = getSiteInfo(CI))
      Sites[CI] = *Site;
    else
      Invalid.push_back(CI);
  }
  // Diagnosed already; keep the IR valid until compilation stops.
  for (CallInst *CI : Invalid) {
    CI->replaceAllUsesWith(ConstantInt::getFalse(CI->getContext()));
    CI->eraseFromParent();
  }
  if (Sites.empty())
    return !Invalid.empty();

  // Every conditional branch on a key becomes a site.
  SmallVector<WeakTrackingVH, 8> DeadConds;
  for (BasicBlock &BB : F) {
    auto *Br = dyn_cast<BranchInst>(BB.getTerminator());
    bool Inverted;
    CallInst *CI = Br && Br->isConditional()
                       ? getTestedSite(Br->getCondition(), Inverted)
                       : nullptr;
    if (!CI)
      continue;
    BasicBlock *OnBB = Br->getSuccessor(Inverted ? 1 : 0);
    BasicBlock *OffBB = Br->getSuccessor(Inverted ? 0 : 1);
    DeadConds.push_back(Br->getCondition());
    if (OnBB == OffBB) {
      BranchInst::Create(OnBB, Br->getIterator());
      Br->eraseFromParent();
    } else {
      emitSite(&BB, Sites.lookup(CI), OnBB, OffBB);
    }
  }
  for (WeakTrackingVH &V : DeadConds)
    deleteDeadNegations(V);

  // A select on a key (what -O2 makes of many if/else) picks its value
  // with a site of its own, so no 0/1 is materialized and tested.
  SmallVector<SelectInst *, 8> Selects;
  for (Instruction &I : instructions(F))
    if (auto *Sel = dyn_cast<SelectInst>(&I))
      Selects.push_back(Sel);
  for (SelectInst *Sel : Selects) {
    bool Inverted;
    CallInst *CI = getTestedSite(Sel->getCondition(), Inverted);
    if (!CI)
      continue;
    Value *OnV = Inverted ? Sel->getFalseValue() : Sel->getTrueValue();
    Value *OffV = Inverted ? Sel->getTrueValue() : Sel->getFalseValue();
    Value *Cond = Sel->getCondition();
    PHINode *Phi = materializeAt(Sel, Sites.lookup(CI), OnV, OffV,
                                 Sel->getName());
    Sel->replaceAllUsesWith(Phi);
    Sel->eraseFromParent();
    deleteDeadNegations(Cond);
  }

  // Any other use gets the key's state as a value from a site of its own.
  LLVMContext &Ctx = F.getContext();
  for (auto &[CI, Site] : Sites) {
    if (!CI->use_empty())
      CI->replaceAllUsesWith(materializeAt(CI, Site, ConstantInt::getTrue(Ctx),
                                           ConstantInt::getFalse(Ctx),
                                           "static.on.value"));
    CI->eraseFromParent();
  }
  return true;
}
