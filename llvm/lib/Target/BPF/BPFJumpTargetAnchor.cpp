//===-- BPFJumpTargetAnchor.cpp - Keep jump table targets in the kernel ---===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// After verification the kernel rewrites a conditional jump it never saw
// taken into `goto +0` and then removes such nops.  Linux 7.3 marks an
// instruction array (jump table) entry that pointed at a removed instruction
// as deleted instead of moving it to the next one, and the JIT leaves its
// address 0: a gotox to that target jumps to address 0 and the kernel
// oopses, although the program verified.  A jump table target that starts
// with a conditional jump is exposed whenever the verifier can decide that
// jump on every path it walks (a handler whose first test is always false
// for the values a static subprogram is called with, say).
//
// This pass starts each such target with a move of the jump's register to
// itself, which the verifier keeps and the JITs emit as little or nothing:
//
//   before                          after
//   .quad LBB0_4-.text              .quad LBB0_4-.text
//   ...                             ...
//   LBB0_4:                         LBB0_4:
//     if r0 < 0x74 goto LBB0_6        r0 = r0
//     r6 = r0                         if r0 < 0x74 goto LBB0_6
//                                     r6 = r0
//
// A target reached through empty blocks is anchored at its first
// instruction; one that starts with a static branch site (which the loader
// removes when it makes it a nop), at the instruction after the site.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "BPFInstrInfo.h"
#include "BPFSubtarget.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineJumpTableInfo.h"

using namespace llvm;

#define DEBUG_TYPE "bpf-jump-target-anchor"

namespace {

class BPFJumpTargetAnchor final : public MachineFunctionPass {
public:
  static char ID;
  BPFJumpTargetAnchor() : MachineFunctionPass(ID) {}
  bool runOnMachineFunction(MachineFunction &MF) override;
  StringRef getPassName() const override {
    return "BPF Jump Table Target Anchor";
  }
};

} // end anonymous namespace

char BPFJumpTargetAnchor::ID = 0;
INITIALIZE_PASS(BPFJumpTargetAnchor, DEBUG_TYPE,
                "BPF Jump Table Target Anchor", false, false)

FunctionPass *llvm::createBPFJumpTargetAnchor() {
  return new BPFJumpTargetAnchor();
}

/// The first instruction executed from \p From in \p MBB: that one or a
/// later real instruction, or the first of the blocks \p MBB falls through
/// to.
static MachineInstr *firstExecuted(MachineBasicBlock &MBB,
                                   MachineBasicBlock::iterator From) {
  MachineFunction &MF = *MBB.getParent();
  for (auto It = MBB.getIterator(); It != MF.end(); ++It) {
    auto MI = It == MBB.getIterator() ? From : It->begin();
    for (; MI != It->end(); ++MI)
      if (!MI->isMetaInstruction())
        return &*MI;
    if (!It->canFallThrough())
      return nullptr;
  }
  return nullptr;
}

bool BPFJumpTargetAnchor::runOnMachineFunction(MachineFunction &MF) {
  // Not skipped at -O0: without it the kernel may jump to address 0.
  const MachineJumpTableInfo *JTI = MF.getJumpTableInfo();
  if (!JTI)
    return false;
  const BPFInstrInfo *TII = MF.getSubtarget<BPFSubtarget>().getInstrInfo();
  const TargetRegisterInfo *TRI = MF.getSubtarget().getRegisterInfo();

  SmallPtrSet<MachineInstr *, 16> Anchored;
  bool Changed = false;
  for (const MachineJumpTableEntry &JTE : JTI->getJumpTables()) {
    for (MachineBasicBlock *Target : JTE.MBBs) {
      MachineInstr *First = firstExecuted(*Target, Target->begin());
      // The loader removes a static branch site it makes a nop, and the
      // entry then points at the instruction after it.
      while (First && BPF::isStaticBranch(First->getOpcode()))
        First = firstExecuted(*First->getParent(),
                              std::next(First->getIterator()));
      if (!First || !First->isConditionalBranch() ||
          !First->getOperand(0).isReg() || !Anchored.insert(First).second)
        continue;
      Register Reg = First->getOperand(0).getReg();
      if (BPF::GPR32RegClass.contains(Reg))
        Reg = TRI->getMatchingSuperReg(Reg, BPF::sub_32, &BPF::GPRRegClass);
      if (!BPF::GPRRegClass.contains(Reg))
        continue;
      BuildMI(*First->getParent(), First, First->getDebugLoc(),
              TII->get(BPF::MOV_rr), Reg)
          .addReg(Reg);
      Changed = true;
    }
  }
  return Changed;
}
