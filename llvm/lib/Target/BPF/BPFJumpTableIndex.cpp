//===-- BPFJumpTableIndex.cpp - Index jump tables with the checked value --===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A switch on a narrow value (an 8- or 16-bit value, or `x & 0xff`) checks
// its range on a 32-bit masked copy, while the jump table index is masked
// again, separately, from the 64-bit register.  The verifier bounds only the
// register it compared, so the table load may be "outside object bounds":
//
//   before                          after
//   w3 = w2                         w3 = w2
//   w3 &= 255                       w3 &= 255
//   if w3 > 12 goto default         r2 = w3        (same value, zero-extended)
//   r2 &= 255                       if w3 > 12 goto default
//   r2 <<= 3                        r2 <<= 3
//   r1 = BPF.JT.0.0 ll              r1 = BPF.JT.0.0 ll
//   r1 += r2                        r1 += r2
//   r1 = *(u64 *)(r1 + 0)           r1 = *(u64 *)(r1 + 0)
//   gotox r1                        gotox r1
//
// The 32-bit move gives r2 the same verifier id as w3, so the range check
// bounds the index too.  The pass runs on SSA form before register
// allocation: for each jump-table index `AND_ri %x, M`, if its block or a
// block dominating it computes `AND_ri_32 (COPY %x.sub_32), M`, the index
// becomes that value's zero-extension, defined right after it.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "BPFInstrInfo.h"
#include "BPFSubtarget.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"

using namespace llvm;

#define DEBUG_TYPE "bpf-jump-table-index"

namespace {

class BPFJumpTableIndex : public MachineFunctionPass {
public:
  static char ID;

  BPFJumpTableIndex() : MachineFunctionPass(ID) {}

  bool runOnMachineFunction(MachineFunction &MF) override;

  StringRef getPassName() const override {
    return "BPF Jump Table Index Bounding";
  }

private:
  MachineRegisterInfo *MRI = nullptr;
  const BPFInstrInfo *TII = nullptr;

  bool boundIndex(MachineInstr &JX);
  MachineInstr *findCheckedCopy(MachineInstr &Index) const;
};

} // end anonymous namespace

char BPFJumpTableIndex::ID = 0;
INITIALIZE_PASS(BPFJumpTableIndex, DEBUG_TYPE, "BPF Jump Table Index Bounding",
                false, false)

FunctionPass *llvm::createBPFJumpTableIndex() {
  return new BPFJumpTableIndex();
}

/// Returns the unique virtual-register definition of \p Reg, or null.
static MachineInstr *getDef(const MachineRegisterInfo &MRI, Register Reg) {
  return Reg.isVirtual() ? MRI.getUniqueVRegDef(Reg) : nullptr;
}

/// The `AND_ri_32 (COPY %x.sub_32), M` computed in the block of \p Index
/// (`AND_ri %x, M`) or in a block that dominates it through single
/// predecessors (machine sinking moves the index next to the table load,
/// after the range check), or null.
MachineInstr *BPFJumpTableIndex::findCheckedCopy(MachineInstr &Index) const {
  Register X = Index.getOperand(1).getReg();
  int64_t Mask = Index.getOperand(2).getImm();

  MachineBasicBlock *MBB = Index.getParent();
  for (unsigned Depth = 0; MBB && Depth < 4;
       ++Depth, MBB = MBB->getSinglePredecessor()) {
    for (MachineInstr &MI : *MBB) {
      if (MI.getOpcode() != BPF::AND_ri_32 || !MI.getOperand(2).isImm() ||
          MI.getOperand(2).getImm() != Mask)
        continue;
      const MachineInstr *Copy = getDef(*MRI, MI.getOperand(1).getReg());
      if (!Copy || !Copy->isCopy() || Copy->getOperand(1).getReg() != X ||
          Copy->getOperand(1).getSubReg() != BPF::sub_32)
        continue;
      return &MI;
    }
  }
  return nullptr;
}

/// \p JX is `gotox (LDD (ADD_rr (LD_imm64 jump-table), (SLL_ri Index, 3)))`.
bool BPFJumpTableIndex::boundIndex(MachineInstr &JX) {
  MachineInstr *Load = getDef(*MRI, JX.getOperand(0).getReg());
  if (!Load || Load->getOpcode() != BPF::LDD)
    return false;
  MachineInstr *Add = getDef(*MRI, Load->getOperand(1).getReg());
  if (!Add || Add->getOpcode() != BPF::ADD_rr)
    return false;

  MachineInstr *Shift = nullptr;
  for (unsigned Op : {1, 2}) {
    MachineInstr *Def = getDef(*MRI, Add->getOperand(Op).getReg());
    if (Def && Def->getOpcode() == BPF::SLL_ri)
      Shift = Def;
  }
  if (!Shift)
    return false;

  MachineInstr *Index = getDef(*MRI, Shift->getOperand(1).getReg());
  // AND_ri sign-extends its immediate: only a mask below 2^31 leaves the
  // upper half zero, so that the 32-bit masked copy zero-extends to it.
  if (!Index || Index->getOpcode() != BPF::AND_ri ||
      !Index->getOperand(2).isImm() || Index->getOperand(2).getImm() < 0 ||
      !Index->getOperand(1).getReg().isVirtual())
    return false;

  MachineInstr *Checked = findCheckedCopy(*Index);
  if (!Checked)
    return false;
  // The zero-extension goes right after the checked copy, so it must come
  // before the shift when they share a block.
  if (Shift->getParent() == Checked->getParent()) {
    auto It = std::next(Checked->getIterator());
    while (It != Checked->getParent()->end() && &*It != Shift)
      ++It;
    if (It == Checked->getParent()->end())
      return false;
  }

  Register Ext = MRI->createVirtualRegister(&BPF::GPRRegClass);
  BuildMI(*Checked->getParent(), std::next(Checked->getIterator()),
          Index->getDebugLoc(), TII->get(BPF::MOV_32_64), Ext)
      .addReg(Checked->getOperand(0).getReg());
  Shift->getOperand(1).setReg(Ext);
  if (MRI->use_nodbg_empty(Index->getOperand(0).getReg()))
    Index->eraseFromParent();
  return true;
}

bool BPFJumpTableIndex::runOnMachineFunction(MachineFunction &MF) {
  // Not skipped at -O0: without it the verifier rejects the program.
  if (!MF.getJumpTableInfo())
    return false;
  MRI = &MF.getRegInfo();
  TII = MF.getSubtarget<BPFSubtarget>().getInstrInfo();
  if (!MRI->isSSA())
    return false;

  bool Changed = false;
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : MBB)
      if (MI.getOpcode() == BPF::JX)
        Changed |= boundIndex(MI);
  return Changed;
}
