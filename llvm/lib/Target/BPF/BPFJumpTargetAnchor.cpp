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
// instruction. One that starts with a static branch site is anchored on
// both sides of the site: the loader removes a site it makes a nop, and
// one it makes a jump together with the code it jumps over once that code
// is dead, so the entry then points at the instruction after the site or
// at the site's destination (seed 14122: `goto_or_nop` with its key off
// left the target starting at the destination's `if r0 < 0x45`).
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

/// The instructions a jump table entry to \p Target may point at once the
/// loader has rewritten the static branch sites: the first one executed,
/// or, where that is a site, the first of either side. The loader removes a
/// site it makes a nop (the entry then points at the instruction after
/// it), and a site it makes a jump leaves the code it jumps over dead when
/// nothing else reaches it, which the loader removes with the jump, now
/// `goto +0` (the entry then points at the jump's destination).
static void collectEntries(MachineBasicBlock &Target,
                           SmallVectorImpl<MachineInstr *> &Entries) {
  SmallVector<MachineInstr *, 4> Work;
  SmallPtrSet<MachineInstr *, 8> Seen;
  if (MachineInstr *First = firstExecuted(Target, Target.begin()))
    Work.push_back(First);
  while (!Work.empty()) {
    MachineInstr *MI = Work.pop_back_val();
    if (!Seen.insert(MI).second)
      continue;
    if (!BPF::isStaticBranch(MI->getOpcode())) {
      Entries.push_back(MI);
      continue;
    }
    if (MachineInstr *Next =
            firstExecuted(*MI->getParent(), std::next(MI->getIterator())))
      Work.push_back(Next);
    MachineBasicBlock *Dest = MI->getOperand(0).getMBB();
    if (MachineInstr *Jumped = firstExecuted(*Dest, Dest->begin()))
      Work.push_back(Jumped);
  }
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
      SmallVector<MachineInstr *, 4> Entries;
      collectEntries(*Target, Entries);
      for (MachineInstr *First : Entries) {
        if (!First->isConditionalBranch() || !First->getOperand(0).isReg() ||
            !Anchored.insert(First).second)
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
  }
  return Changed;
}
