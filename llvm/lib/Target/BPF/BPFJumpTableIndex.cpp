//===-- BPFJumpTableIndex.cpp - Index jump tables with the checked value --===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A switch on a narrow value (an 8- or 16-bit value, or `x & 0xff`) checks
// its range on a 32-bit masked copy, while the table index is masked again,
// separately, from the 64-bit register.  The verifier bounds only the
// register it compared, so the table load may be "outside object bounds".
// The table is a jump table (gotox), or a lookup table SimplifyCFG made of a
// switch whose cases select constants:
//
//   before                          after
//   w3 = w2                         w3 = w2
//   w3 &= 255                       w3 &= 255
//   if w3 > 12 goto default         r2 = w3        (same value, zero-extended)
//   r2 &= 255                       if w3 > 12 goto default
//   r2 <<= 3                        r2 <<= 3
//   r1 = BPF.JT.0.0 ll              r1 = BPF.JT.0.0 ll  (or .Lswitch.table.f)
//   r1 += r2                        r1 += r2
//   r1 = *(u64 *)(r1 + 0)           r1 = *(u64 *)(r1 + 0)
//   gotox r1                        gotox r1
//
// The 32-bit move gives r2 the same verifier id as w3, so the range check
// bounds the index too.  The pass runs on SSA form before register
// allocation: for each load from `base + (AND_ri %x, M) << k` (k may be 0:
// a table of bytes), if the index's block or a block dominating it computes
// `AND_ri_32 (COPY %x.sub_32), M`, or `AND_ri_32 %y, M` when %x is the
// 32-bit %y in a 64-bit register, the index becomes that value's
// zero-extension, defined right after it.  Both are x & M, so the rewrite
// is sound whatever the loaded address is.  The middle end may narrow the
// index's mask because the check bounds it (`r2 &= 15` under `w3 &= 255;
// if w3 < 13 goto table`, where 13 entries remain reachable through 16): the
// index is then rewritten only if the check bounds w3 within M on the way to
// the load, `if w3 > C` (or `>=`) jumping away from it or `if w3 < C` (or
// `<=`) jumping towards it.
//
// A lookup table over the cases at the top of an 8- or 16-bit type (121 to
// 127 of a `__s8`, 249 to 255 of a `__u8`) is indexed with x - Lo wrapped to
// the type, `(x + D) & 0xff`, while the check bounds the sign- or
// zero-extended low bits of x: the verifier bounds the check's register, and
// the index still ranges over the whole mask.  The index becomes the checked
// value minus Lo, which is the same number (see indexFromNarrowCheck):
//
//   before                          after
//   w2 = (s8)w1                     w2 = (s8)w1
//   if w2 s< 121 goto default       if w2 s< 121 goto default
//   w1 += 135                       w2 += -121    (zero-extends r2)
//   r1 &= 255                       r2 <<= 3
//   r1 <<= 3
//
// A lookup table over the cases at the top of their type (up to 2^64 - 1,
// or INT64_MAX) is indexed with x - Lo, which the middle end splits into
// `table[x]` at the offset -Lo * size, and the load folds the offset.  x is
// then negative, or near 2^63: the verifier loses its range in the shift
// (or sees a negative variable offset) and refuses the load ("minimal bound
// negative").  When the range check on the way bounds x from Lo and the
// offset is -Lo << K, the pass indexes with x - Lo, from 0:
//
//   before                          after
//   if r1 < -14 goto default        if r1 < -14 goto default
//   r1 <<= 3                        r1 += 14       (x - Lo, from 0 to 13)
//   r2 = .Lswitch.table.f ll        r1 <<= 3
//   r2 += r1                        r2 = .Lswitch.table.f ll
//   r0 = *(u64 *)(r2 + 112)         r2 += r1
//                                   r0 = *(u64 *)(r2 + 0)
//
// The address is the same modulo 2^64, so this rewrite is sound as well.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "BPFInstrInfo.h"
#include "BPFSubtarget.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/Support/MathExtras.h"
#include <optional>

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

  bool boundIndex(MachineInstr &Load);
  bool foldOffsetIntoIndex(MachineInstr &Load);
  bool zeroExtendChecked(MachineInstr &Zext, MachineInstr &User);
  bool indexFromNarrowCheck(MachineInstr &Index, MachineInstr &User);
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

/// The 64-bit register whose low half \p Reg copies (`COPY %x.sub_32`), or
/// no register.
static Register getLowHalfSource(const MachineRegisterInfo &MRI,
                                 Register Reg) {
  const MachineInstr *Def = getDef(MRI, Reg);
  if (!Def || !Def->isCopy() || Def->getOperand(1).getSubReg() != BPF::sub_32)
    return Register();
  return Def->getOperand(1).getReg();
}

/// The 32-bit register \p Reg holds in its low half (`INSERT_SUBREG` or
/// `SUBREG_TO_REG` of sub_32), or no register.
static Register getPlacedLowHalf(const MachineRegisterInfo &MRI,
                                 Register Reg) {
  const MachineInstr *Def = getDef(MRI, Reg);
  if (!Def || !(Def->isInsertSubreg() || Def->isSubregToReg()) ||
      Def->getOperand(3).getImm() != BPF::sub_32)
    return Register();
  return Def->getOperand(2).getReg();
}

/// The value of \p Reg if an immediate move defines it.
static std::optional<uint64_t> getConstant(const MachineRegisterInfo &MRI,
                                           Register Reg) {
  const MachineInstr *Def = getDef(MRI, Reg);
  if (Def && (Def->getOpcode() == BPF::LD_imm64 ||
              Def->getOpcode() == BPF::MOV_ri) &&
      Def->getOperand(1).isImm())
    return Def->getOperand(1).getImm();
  return std::nullopt;
}

/// The comparison a BPF conditional jump makes, if it orders its operands.
static std::optional<CmpInst::Predicate> getOrdering(unsigned Opc) {
  switch (Opc) {
  case BPF::JUGT_ri: case BPF::JUGT_rr:
  case BPF::JUGT_ri_32: case BPF::JUGT_rr_32:
    return CmpInst::ICMP_UGT;
  case BPF::JUGE_ri: case BPF::JUGE_rr:
  case BPF::JUGE_ri_32: case BPF::JUGE_rr_32:
    return CmpInst::ICMP_UGE;
  case BPF::JULT_ri: case BPF::JULT_rr:
  case BPF::JULT_ri_32: case BPF::JULT_rr_32:
    return CmpInst::ICMP_ULT;
  case BPF::JULE_ri: case BPF::JULE_rr:
  case BPF::JULE_ri_32: case BPF::JULE_rr_32:
    return CmpInst::ICMP_ULE;
  case BPF::JSGT_ri: case BPF::JSGT_rr:
  case BPF::JSGT_ri_32: case BPF::JSGT_rr_32:
    return CmpInst::ICMP_SGT;
  case BPF::JSGE_ri: case BPF::JSGE_rr:
  case BPF::JSGE_ri_32: case BPF::JSGE_rr_32:
    return CmpInst::ICMP_SGE;
  case BPF::JSLT_ri: case BPF::JSLT_rr:
  case BPF::JSLT_ri_32: case BPF::JSLT_rr_32:
    return CmpInst::ICMP_SLT;
  case BPF::JSLE_ri: case BPF::JSLE_rr:
  case BPF::JSLE_ri_32: case BPF::JSLE_rr_32:
    return CmpInst::ICMP_SLE;
  }
  return std::nullopt;
}

namespace {
/// `R Pred C` holds on an edge; C is R's width (32 or 64 bits), as an
/// unsigned or sign-extended value following Pred.
struct EdgeCondition {
  CmpInst::Predicate Pred;
  uint64_t C;
};
} // namespace

/// What the conditional jump \p T tells of \p R on every way from its block
/// to \p To: T compares R with a constant (either side, as -mcpu=v1 has no
/// `<`), and each way to To passes T, taken when T jumps to To. Null if T
/// says nothing of R there.
static std::optional<EdgeCondition>
conditionOnEdge(const MachineRegisterInfo &MRI, const MachineInstr &T,
                Register R, const MachineBasicBlock *To) {
  std::optional<CmpInst::Predicate> Pred = getOrdering(T.getOpcode());
  if (!Pred || T.getNumOperands() != 3 || !T.getOperand(0).isReg() ||
      !T.getOperand(2).isMBB())
    return std::nullopt;
  const MachineOperand &LHS = T.getOperand(0), &RHS = T.getOperand(1);
  std::optional<uint64_t> C;
  if (LHS.getReg() == R && !(RHS.isReg() && RHS.getReg() == R)) {
    C = RHS.isImm() ? std::optional<uint64_t>(RHS.getImm())
                    : getConstant(MRI, RHS.getReg());
  } else if (RHS.isReg() && RHS.getReg() == R) {
    C = getConstant(MRI, LHS.getReg());
    Pred = CmpInst::getSwappedPredicate(*Pred);
  }
  if (!C)
    return std::nullopt;

  // Every way to To passes T: no terminator before T names To, and none
  // after it either when T's jump is the way (nor a fall-through).
  const MachineBasicBlock *MBB = T.getParent();
  bool Taken = T.getOperand(2).getMBB() == To;
  bool After = false;
  for (const MachineInstr &Other : MBB->terminators()) {
    if (&Other == &T) {
      After = true;
      continue;
    }
    if (After && !Taken)
      break;
    for (const MachineOperand &MO : Other.operands())
      if (MO.isMBB() && MO.getMBB() == To)
        return std::nullopt;
  }
  if (Taken && std::next(T.getIterator()) == MBB->end() &&
      MBB->isLayoutSuccessor(To))
    return std::nullopt;

  if (!Taken)
    Pred = CmpInst::getInversePredicate(*Pred);
  // A 32-bit jump compares the low halves; its immediate is sign-extended.
  if (LHS.getReg().isVirtual() &&
      MRI.getRegClass(LHS.getReg()) == &BPF::GPR32RegClass)
    C = CmpInst::isSigned(*Pred) ? uint64_t(int64_t(int32_t(*C)))
                                 : uint64_t(uint32_t(*C));
  return EdgeCondition{*Pred, *C};
}

/// The greatest unsigned value \p R can have on the way from \p T's block
/// to \p To, or null if T does not bound it there.
static std::optional<uint64_t> upperBoundOnEdge(const MachineRegisterInfo &MRI,
                                                const MachineInstr &T,
                                                Register R,
                                                const MachineBasicBlock *To) {
  std::optional<EdgeCondition> Cond = conditionOnEdge(MRI, T, R, To);
  if (!Cond)
    return std::nullopt;
  if (Cond->Pred == CmpInst::ICMP_ULE)
    return Cond->C;
  if (Cond->Pred == CmpInst::ICMP_ULT && Cond->C)
    return Cond->C - 1;
  return std::nullopt;
}

/// The bits \p Checked can have in \p To, a successor of its block: all
/// ones unless the block's conditional jump bounds it on the way to \p To.
static uint64_t knownBitsOnEdge(const MachineRegisterInfo &MRI,
                                const MachineInstr &Checked,
                                const MachineBasicBlock *To) {
  Register R = Checked.getOperand(0).getReg();
  for (const MachineInstr &T : Checked.getParent()->terminators()) {
    // R <= Max: R has no bit above Max's highest.
    if (std::optional<uint64_t> Max = upperBoundOnEdge(MRI, T, R, To))
      return *Max ? maskTrailingOnes<uint64_t>(64 - llvm::countl_zero(*Max))
                  : 0;
  }
  return ~0ULL;
}

/// The `AND_ri_32 (COPY %x.sub_32), M'` (or `AND_ri_32 %y, M'` when %x is the
/// 32-bit %y in a 64-bit register) computed in the block of \p Index
/// (`AND_ri %x, M`) or in a block that dominates it through single
/// predecessors (machine sinking moves the index next to the table load,
/// after the range check), or null.  Either M' is M, or the middle end
/// narrowed the index's mask because the range check bounds it: M' covers
/// M, and on the way to the index the checked value has no bit of M' that
/// M lacks.  Both values are then x & M.
MachineInstr *BPFJumpTableIndex::findCheckedCopy(MachineInstr &Index) const {
  Register X = Index.getOperand(1).getReg();
  uint64_t Mask = Index.getOperand(2).getImm();
  // X may be a 32-bit value Y placed in a 64-bit register (upper half
  // undefined or zero): the mask clears the upper half, so Y & M is x & M.
  Register Y = getPlacedLowHalf(*MRI, X);

  MachineBasicBlock *MBB = Index.getParent(), *Next = nullptr;
  for (unsigned Depth = 0; MBB && Depth < 4;
       ++Depth, Next = MBB, MBB = MBB->getSinglePredecessor()) {
    for (MachineInstr &MI : *MBB) {
      if (MI.getOpcode() != BPF::AND_ri_32 || !MI.getOperand(2).isImm())
        continue;
      uint64_t Checked = MI.getOperand(2).getImm() & 0xffffffffULL;
      if (Checked != Mask &&
          ((Mask & ~Checked) || !Next ||
           (Checked & ~Mask & knownBitsOnEdge(*MRI, MI, Next))))
        continue;
      Register Src = MI.getOperand(1).getReg();
      if ((Y && Src == Y) || getLowHalfSource(*MRI, Src) == X)
        return &MI;
    }
  }
  return nullptr;
}

/// \p Zext (`MOV_32_64 %w`) is the index \p User reads, and %w is the low
/// half of a 64-bit register (`COPY %x.sub_32`), range-checked on the way to
/// \p User.  Without optimization nothing masks %w, and %x may be a
/// sign-extended load: the verifier links the index to %w only if the
/// register holding %w has a zero upper half, so it bounds the check's
/// register and not the index (nor the index's spill):
///
///   before                          after
///   r1 = *(s8 *)(r10 - 25)          r1 = *(s8 *)(r10 - 25)
///   r2 = w1                         w1 = w1     (zero-extends r1)
///   *(u64 *)(r10 - 40) = r2         r2 = w1     (r2 gets w1's id)
///   if w1 > 13 goto default         *(u64 *)(r10 - 40) = r2
///   r2 = *(u64 *)(r10 - 40)         if w1 > 13 goto default
///   r2 <<= 3                        r2 = *(u64 *)(r10 - 40)
///                                   r2 <<= 3
///
/// The check and the index then read `MOV_rr_32 %w`, defined after %w.
bool BPFJumpTableIndex::zeroExtendChecked(MachineInstr &Zext,
                                          MachineInstr &User) {
  Register W = Zext.getOperand(1).getReg();
  if (!getLowHalfSource(*MRI, W).isVirtual())
    return false;
  MachineInstr *WDef = getDef(*MRI, W);

  // The range check: a jump that bounds %w from above on the way to User.
  MachineInstr *Check = nullptr;
  MachineBasicBlock *MBB = User.getParent(), *Next = nullptr;
  for (unsigned Depth = 0; MBB && Depth < 4 && !Check;
       ++Depth, Next = MBB, MBB = MBB->getSinglePredecessor()) {
    if (!Next)
      continue;
    for (MachineInstr &T : MBB->terminators())
      if (upperBoundOnEdge(*MRI, T, W, Next))
        Check = &T;
  }
  if (!Check)
    return false;

  Register Z = MRI->createVirtualRegister(&BPF::GPR32RegClass);
  MachineBasicBlock &DefMBB = *WDef->getParent();
  BuildMI(DefMBB, DefMBB.SkipPHIsAndLabels(std::next(WDef->getIterator())),
          Zext.getDebugLoc(), TII->get(BPF::MOV_rr_32), Z)
      .addReg(W);
  Zext.getOperand(1).setReg(Z);
  for (MachineOperand &MO : Check->uses())
    if (MO.isReg() && MO.getReg() == W)
      MO.setReg(Z);
  return true;
}

/// Erases the definition of \p Reg once nothing reads it, then those of the
/// registers it read that nothing else reads.
static void eraseDeadChain(MachineRegisterInfo &MRI, Register Reg) {
  SmallVector<Register, 4> Work{Reg};
  while (!Work.empty()) {
    Register R = Work.pop_back_val();
    MachineInstr *Def = getDef(MRI, R);
    if (!Def || !MRI.use_nodbg_empty(R) || Def->isPHI() || Def->mayLoad() ||
        Def->hasUnmodeledSideEffects())
      continue;
    for (const MachineOperand &MO : Def->uses())
      if (MO.isReg() && MO.getReg().isVirtual())
        Work.push_back(MO.getReg());
    MRI.markUsesInDebugValueAsUndef(R);
    Def->eraseFromParent();
  }
}

namespace {
/// The low 8 or 16 bits of the 64-bit register X, sign- or zero-extended.
struct NarrowValue {
  Register X;
  unsigned Bits;
  bool Signed;
};
} // namespace

/// \p Reg as a NarrowValue: `MOVSX_rr_32_8 (COPY %x.sub_32)` or `MOVSX_rr_8
/// %x` (and 16), `AND_ri_32 (COPY %x.sub_32), 0xff` or `AND_ri %x, 0xff` (and
/// 0xffff).
static std::optional<NarrowValue> getNarrowValue(const MachineRegisterInfo &MRI,
                                                 Register Reg) {
  const MachineInstr *Def = getDef(MRI, Reg);
  if (!Def)
    return std::nullopt;
  unsigned Bits = 0;
  bool Signed = false, FromLowHalf = false;
  switch (Def->getOpcode()) {
  case BPF::MOVSX_rr_32_8:
    FromLowHalf = true;
    [[fallthrough]];
  case BPF::MOVSX_rr_8:
    Bits = 8;
    Signed = true;
    break;
  case BPF::MOVSX_rr_32_16:
    FromLowHalf = true;
    [[fallthrough]];
  case BPF::MOVSX_rr_16:
    Bits = 16;
    Signed = true;
    break;
  case BPF::AND_ri_32:
    FromLowHalf = true;
    [[fallthrough]];
  case BPF::AND_ri:
    if (Def->getOperand(2).isImm() && Def->getOperand(2).getImm() == 0xff)
      Bits = 8;
    else if (Def->getOperand(2).isImm() &&
             Def->getOperand(2).getImm() == 0xffff)
      Bits = 16;
    break;
  }
  if (!Bits)
    return std::nullopt;
  Register X = Def->getOperand(1).getReg();
  if (FromLowHalf)
    X = getLowHalfSource(MRI, X);
  if (!X.isVirtual())
    return std::nullopt;
  return NarrowValue{X, Bits, Signed};
}

/// \p Y as `%x + D`: `ADD_ri %x, D`, or `ADD_ri_32 (COPY %x.sub_32), D`
/// placed in a 64-bit register (whose upper half the caller masks off).
static std::optional<std::pair<Register, int64_t>>
getOffsetValue(const MachineRegisterInfo &MRI, Register Y) {
  const MachineInstr *Def = getDef(MRI, Y);
  if (Register Low = getPlacedLowHalf(MRI, Y))
    Def = getDef(MRI, Low);
  else if (Def && Def->getOpcode() == BPF::MOV_32_64)
    Def = getDef(MRI, Def->getOperand(1).getReg());
  else if (Def && Def->getOpcode() == BPF::ADD_ri &&
           Def->getOperand(2).isImm())
    return std::make_pair(Def->getOperand(1).getReg(),
                          Def->getOperand(2).getImm());
  else
    return std::nullopt;
  if (!Def || Def->getOpcode() != BPF::ADD_ri_32 ||
      !Def->getOperand(2).isImm())
    return std::nullopt;
  Register X = getLowHalfSource(MRI, Def->getOperand(1).getReg());
  if (!X)
    return std::nullopt;
  return std::make_pair(X, Def->getOperand(2).getImm());
}

/// \p Index is `(%x + D) & (2^n - 1)`, n 8 or 16, and a check on the way to
/// \p User bounds S, the low n bits of %x sign- or zero-extended, from Lo,
/// with D = -Lo modulo 2^n: a lookup table over the cases at the top of an
/// 8- or 16-bit type, which the middle end indexes with x - Lo wrapped to n
/// bits.  The verifier bounds S, not the index masked from %x, so the index
/// becomes S - Lo, the same value: S runs from Lo to the top of its type,
/// so S - Lo fits in n bits.
///
///   before                          after
///   w2 = (s8)w1                     w2 = (s8)w1
///   if w2 s< 121 goto default       if w2 s< 121 goto default
///   w1 += 135                       w2 += -121
///   r1 &= 255                       r2 <<= 3
///   r1 <<= 3
bool BPFJumpTableIndex::indexFromNarrowCheck(MachineInstr &Index,
                                             MachineInstr &User) {
  uint64_t Mask = Index.getOperand(2).getImm();
  if (Mask != 0xff && Mask != 0xffff)
    return false;
  unsigned Bits = Mask == 0xff ? 8 : 16;
  std::optional<std::pair<Register, int64_t>> Offset =
      getOffsetValue(*MRI, Index.getOperand(1).getReg());
  if (!Offset)
    return false;
  auto [X, D] = *Offset;

  MachineBasicBlock *MBB = User.getParent(), *Next = nullptr;
  for (unsigned Depth = 0; MBB && Depth < 4;
       ++Depth, Next = MBB, MBB = MBB->getSinglePredecessor()) {
    if (!Next)
      continue;
    for (MachineInstr &T : MBB->terminators()) {
      for (const MachineOperand &MO : T.uses()) {
        if (!MO.isReg())
          continue;
        Register S = MO.getReg();
        std::optional<NarrowValue> NV = getNarrowValue(*MRI, S);
        std::optional<EdgeCondition> Cond =
            NV && NV->X == X && NV->Bits == Bits
                ? conditionOnEdge(*MRI, T, S, Next)
                : std::nullopt;
        if (!Cond)
          continue;
        // S's lower bound, and the least and greatest values of its type.
        int64_t Lo, TypeMin = 0, TypeMax = Mask;
        if (NV->Signed) {
          TypeMin = -(int64_t(Mask >> 1) + 1);
          TypeMax = Mask >> 1;
        }
        if (Cond->Pred == (NV->Signed ? CmpInst::ICMP_SGE : CmpInst::ICMP_UGE))
          Lo = Cond->C;
        else if (Cond->Pred ==
                 (NV->Signed ? CmpInst::ICMP_SGT : CmpInst::ICMP_UGT))
          Lo = Cond->C + 1;
        else
          continue;
        if (Lo < TypeMin || Lo > TypeMax || ((uint64_t(D) + Lo) & Mask))
          continue;

        MachineBasicBlock &UserMBB = *User.getParent();
        const DebugLoc &DL = Index.getDebugLoc();
        Register Ext = MRI->createVirtualRegister(&BPF::GPRRegClass);
        if (MRI->getRegClass(S) == &BPF::GPR32RegClass) {
          Register Sub = MRI->createVirtualRegister(&BPF::GPR32RegClass);
          BuildMI(UserMBB, User, DL, TII->get(BPF::ADD_ri_32), Sub)
              .addReg(S)
              .addImm(-Lo);
          // A 32-bit add zeroes the upper half: no zero-extension needed.
          BuildMI(UserMBB, User, DL, TII->get(BPF::SUBREG_TO_REG), Ext)
              .addImm(0)
              .addReg(Sub)
              .addImm(BPF::sub_32);
        } else {
          BuildMI(UserMBB, User, DL, TII->get(BPF::ADD_ri), Ext)
              .addReg(S)
              .addImm(-Lo);
        }
        Register Old = Index.getOperand(0).getReg();
        for (MachineOperand &Use : User.uses())
          if (Use.isReg() && Use.getReg() == Old)
            Use.setReg(Ext);
        eraseDeadChain(*MRI, Old);
        return true;
      }
    }
  }
  return false;
}

/// Whether \p MI loads from a register plus an offset: a plain load, not an
/// atomic, whose address may index a table.
static bool isTableLoad(const MachineInstr &MI) {
  return MI.mayLoad() && !MI.mayStore() && MI.getNumOperands() == 3 &&
         MI.getOperand(1).isReg() && MI.getOperand(2).isImm();
}

/// \p Load reads `ADD_rr Base, (SLL_ri Index, K)` or `ADD_rr Base, Index`,
/// with Index `AND_ri %x, M`: a jump table entry (the gotox target) or a
/// lookup table entry.
bool BPFJumpTableIndex::boundIndex(MachineInstr &Load) {
  MachineInstr *Add = getDef(*MRI, Load.getOperand(1).getReg());
  if (!Add || Add->getOpcode() != BPF::ADD_rr)
    return false;

  // The instruction that reads the index: the shift, or the add itself.
  MachineInstr *User = nullptr, *Index = nullptr;
  for (unsigned Op : {1, 2}) {
    MachineInstr *Def = getDef(*MRI, Add->getOperand(Op).getReg());
    if (Def && Def->getOpcode() == BPF::SLL_ri) {
      User = Def;
      Index = getDef(*MRI, Def->getOperand(1).getReg());
    } else if (Def && Def->getOpcode() == BPF::AND_ri) {
      User = Add;
      Index = Def;
    }
    if (Index && (Index->getOpcode() == BPF::AND_ri ||
                  Index->getOpcode() == BPF::MOV_32_64))
      break;
    User = Index = nullptr;
  }
  if (Index && Index->getOpcode() == BPF::MOV_32_64)
    return zeroExtendChecked(*Index, *User);
  // AND_ri sign-extends its immediate: only a mask below 2^31 leaves the
  // upper half zero, so that the 32-bit masked copy zero-extends to it.
  if (!Index || !Index->getOperand(2).isImm() ||
      Index->getOperand(2).getImm() < 0 ||
      !Index->getOperand(1).getReg().isVirtual())
    return false;

  MachineInstr *Checked = findCheckedCopy(*Index);
  if (!Checked)
    return indexFromNarrowCheck(*Index, *User);
  // The zero-extension goes right after the checked copy, so it must come
  // before the index's user when they share a block.
  if (User->getParent() == Checked->getParent()) {
    auto It = std::next(Checked->getIterator());
    while (It != Checked->getParent()->end() && &*It != User)
      ++It;
    if (It == Checked->getParent()->end())
      return false;
  }

  Register Ext = MRI->createVirtualRegister(&BPF::GPRRegClass);
  BuildMI(*Checked->getParent(), std::next(Checked->getIterator()),
          Index->getDebugLoc(), TII->get(BPF::MOV_32_64), Ext)
      .addReg(Checked->getOperand(0).getReg());
  for (MachineOperand &MO : User->uses())
    if (MO.isReg() && MO.getReg() == Index->getOperand(0).getReg())
      MO.setReg(Ext);
  if (MRI->use_nodbg_empty(Index->getOperand(0).getReg()))
    Index->eraseFromParent();
  return true;
}

/// The least value (unsigned or signed, as a bit pattern) a check bounds
/// \p X from on the way to \p Load, in its block or a block dominating it
/// through single predecessors.
static std::optional<uint64_t> lowerBoundOnPath(const MachineRegisterInfo &MRI,
                                                Register X,
                                                const MachineInstr &Load) {
  const MachineBasicBlock *MBB = Load.getParent(), *Next = nullptr;
  for (unsigned Depth = 0; MBB && Depth < 4;
       ++Depth, Next = MBB, MBB = MBB->getSinglePredecessor()) {
    if (!Next)
      continue;
    for (const MachineInstr &T : MBB->terminators()) {
      std::optional<EdgeCondition> Cond = conditionOnEdge(MRI, T, X, Next);
      if (!Cond)
        continue;
      switch (Cond->Pred) {
      case CmpInst::ICMP_UGE:
      case CmpInst::ICMP_SGE:
        return Cond->C;
      case CmpInst::ICMP_UGT:
      case CmpInst::ICMP_SGT:
        return Cond->C + 1;
      default:
        break;
      }
    }
  }
  return std::nullopt;
}

/// \p Load reads `ADD_rr (LD_imm64 @table), (SLL_ri %x, K)` (or `%x`
/// unshifted) at offset Off, a check bounds %x from Lo, and the entry
/// loaded is table[%x - Lo]: Off is -Lo << K (modulo 2^64).  If %x << K
/// may reach 2^63 in the table, the index becomes `%x - Lo`, computed with
/// the address right before the load, and the offset 0.  The others that
/// read the old address or shift keep them.
bool BPFJumpTableIndex::foldOffsetIntoIndex(MachineInstr &Load) {
  uint64_t Offset = Load.getOperand(2).getImm();
  MachineInstr *Add = getDef(*MRI, Load.getOperand(1).getReg());
  if (!Add || Add->getOpcode() != BPF::ADD_rr)
    return false;

  for (unsigned Op : {1, 2}) {
    MachineInstr *Base = getDef(*MRI, Add->getOperand(Op).getReg());
    if (!Base || Base->getOpcode() != BPF::LD_imm64 ||
        !Base->getOperand(1).isGlobal())
      continue;
    const auto *Table =
        dyn_cast<GlobalVariable>(Base->getOperand(1).getGlobal());
    Register Scaled = Add->getOperand(3 - Op).getReg();
    MachineInstr *Shift = getDef(*MRI, Scaled);
    unsigned K = 0;
    Register X = Scaled;
    if (Shift && Shift->getOpcode() == BPF::SLL_ri &&
        Shift->getOperand(2).isImm()) {
      K = Shift->getOperand(2).getImm();
      X = Shift->getOperand(1).getReg();
    }
    if (!Table || K > 3 || !X.isVirtual())
      return false;
    std::optional<uint64_t> Lo = lowerBoundOnPath(*MRI, X, Load);
    if (!Lo || (0 - *Lo) << K != Offset)
      return false;
    const DataLayout &Layout = Load.getMF()->getDataLayout();
    uint64_t Entries = Layout.getTypeAllocSize(Table->getValueType()) >> K;
    uint64_t Hi = *Lo + Entries - 1;
    if (!Entries || (Hi >= *Lo && Hi < (1ULL << (63 - K))))
      return false;

    MachineBasicBlock &MBB = *Load.getParent();
    const DebugLoc &DL = Load.getDebugLoc();
    Register Index = MRI->createVirtualRegister(&BPF::GPRRegClass);
    int64_t Delta = 0 - *Lo;
    if (isInt<32>(Delta)) {
      BuildMI(MBB, Load, DL, TII->get(BPF::ADD_ri), Index)
          .addReg(X)
          .addImm(Delta);
    } else {
      Register Imm = MRI->createVirtualRegister(&BPF::GPRRegClass);
      BuildMI(MBB, Load, DL, TII->get(BPF::LD_imm64), Imm).addImm(Delta);
      BuildMI(MBB, Load, DL, TII->get(BPF::ADD_rr), Index)
          .addReg(X)
          .addReg(Imm);
    }
    if (K) {
      Register Shifted = MRI->createVirtualRegister(&BPF::GPRRegClass);
      BuildMI(MBB, Load, DL, TII->get(BPF::SLL_ri), Shifted)
          .addReg(Index)
          .addImm(K);
      Index = Shifted;
    }
    Register Addr = MRI->createVirtualRegister(&BPF::GPRRegClass);
    BuildMI(MBB, Load, DL, TII->get(BPF::ADD_rr), Addr)
        .addReg(Base->getOperand(0).getReg())
        .addReg(Index);
    Load.getOperand(1).setReg(Addr);
    Load.getOperand(2).setImm(0);

    if (MRI->use_nodbg_empty(Add->getOperand(0).getReg())) {
      Add->eraseFromParent();
      if (Shift && Scaled != X && MRI->use_nodbg_empty(Scaled))
        Shift->eraseFromParent();
    }
    return true;
  }
  return false;
}

bool BPFJumpTableIndex::runOnMachineFunction(MachineFunction &MF) {
  // Not skipped at -O0: without it the verifier rejects the program.
  MRI = &MF.getRegInfo();
  TII = MF.getSubtarget<BPFSubtarget>().getInstrInfo();
  if (!MRI->isSSA())
    return false;

  bool Changed = false;
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : MBB)
      if (isTableLoad(MI)) {
        Changed |= foldOffsetIntoIndex(MI);
        Changed |= boundIndex(MI);
      }
  return Changed;
}
