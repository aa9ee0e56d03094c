//===-- BPFStaticBranchSelect.cpp - Select static branch instructions -----===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// BPFLowerStaticBranch hands each static branch site to instruction
// selection as an inline-asm callbr marker. Right after selection, this pass
// replaces every marker by the site's branch, which carries its key as an
// operand from here to the asm printer, so that a later copy of the block
// (tail duplication, say) is a site with the same key, recorded like any:
//
//   INLINEASM_BR &"# bpf static branch: nop_or_goto" ..., @debug_key, %bb.2
//   JMP %bb.1
// =>
//   STATIC_NOP_OR_GOTO %bb.2, @debug_key
//   JMP %bb.1
//
// The side a site jumps to becomes the unlikely successor, so block placement
// keeps the likely side inline and the disabled state costs no taken branch:
//
//   nop_or_goto LBB0_2      ; body out of line while the key is off
//   r0 = 0
//   exit
// LBB0_2:
//   ...                     ; the body
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "BPFInstrInfo.h"
#include "BPFStaticBranch.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/Support/BranchProbability.h"

#define DEBUG_TYPE "bpf-static-branch-select"

using namespace llvm;

namespace {

class BPFStaticBranchSelect final : public MachineFunctionPass {
public:
  static char ID;
  BPFStaticBranchSelect() : MachineFunctionPass(ID) {}
  bool runOnMachineFunction(MachineFunction &MF) override;
  StringRef getPassName() const override {
    return "BPF Static Branch Select";
  }
};

} // namespace

char BPFStaticBranchSelect::ID = 0;
INITIALIZE_PASS(BPFStaticBranchSelect, DEBUG_TYPE, "BPF Static Branch Select",
                false, false)

FunctionPass *llvm::createBPFStaticBranchSelect() {
  return new BPFStaticBranchSelect();
}

/// The static branch a marker stands for, or 0 if MI is no marker.
static unsigned getStaticBranchOpcode(const MachineInstr &MI) {
  if (MI.getOpcode() != TargetOpcode::INLINEASM_BR)
    return 0;
  StringRef Asm = MI.getOperand(InlineAsm::MIOp_AsmString).getSymbolName();
  if (Asm == BPFStaticBranch::NopOrGotoMarker)
    return BPF::STATIC_NOP_OR_GOTO;
  if (Asm == BPFStaticBranch::GotoOrNopMarker)
    return BPF::STATIC_GOTO_OR_NOP;
  return 0;
}

/// True if a remaining asm goto of the function may still jump to MBB.
static bool isAsmGotoTarget(const MachineBasicBlock &MBB) {
  for (const MachineBasicBlock *Pred : MBB.predecessors())
    for (const MachineInstr &MI : *Pred)
      if (MI.getOpcode() == TargetOpcode::INLINEASM_BR)
        for (const MachineOperand &MO : MI.operands())
          if (MO.isMBB() && MO.getMBB() == &MBB)
            return true;
  return false;
}

bool BPFStaticBranchSelect::runOnMachineFunction(MachineFunction &MF) {
  const TargetInstrInfo *TII = MF.getSubtarget().getInstrInfo();
  // As for __builtin_expect: the jump is taken once in 2000.
  const BranchProbability Unlikely(1, 2000);
  SmallVector<MachineBasicBlock *, 8> Targets;

  for (MachineBasicBlock &MBB : MF) {
    // INLINEASM_BR is not a terminator: it may precede the block's branch.
    for (MachineInstr &MI : make_early_inc_range(MBB)) {
      unsigned Opc = getStaticBranchOpcode(MI);
      if (!Opc)
        continue;
      const MachineOperand *Key = nullptr;
      MachineBasicBlock *Target = nullptr;
      for (const MachineOperand &MO : MI.operands()) {
        if (MO.isGlobal())
          Key = &MO;
        else if (MO.isMBB())
          Target = MO.getMBB();
      }
      assert(Key && Target && "static branch marker without key or target");
      MachineInstr *Branch =
          BuildMI(MBB, MI, MI.getDebugLoc(), TII->get(Opc))
              .addMBB(Target)
              .addGlobalAddress(Key->getGlobal(), Key->getOffset());
      MI.eraseFromParent();
      // The branch is a terminator, the marker was not: selection may have
      // put debug values (undef ones for the next block) between the marker
      // and the block's jump. They go before the branch.
      for (auto It = std::next(Branch->getIterator());
           It != MBB.end() && !It->isTerminator();) {
        assert(It->isDebugInstr() &&
               "static branch marker followed by code before the terminator");
        MBB.splice(Branch->getIterator(), &MBB, It++);
      }

      for (auto SI = MBB.succ_begin(), SE = MBB.succ_end(); SI != SE; ++SI)
        MBB.setSuccProbability(SI, *SI == Target ? Unlikely
                                                 : Unlikely.getCompl());
      Targets.push_back(Target);
    }
  }

  for (MachineBasicBlock *Target : Targets)
    if (!isAsmGotoTarget(*Target))
      Target->setIsInlineAsmBrIndirectTarget(false);
  return !Targets.empty();
}
