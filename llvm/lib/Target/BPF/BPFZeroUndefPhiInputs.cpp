//===-- BPFZeroUndefPhiInputs.cpp - Define the undef inputs of phis -------===//
//
// Part of the LLVM Project, under the Apache License v2.0 with LLVM Exceptions.
// See https://llvm.org/LICENSE.txt for license information.
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A phi whose input is undef or poison on some edge leaves its register
// unwritten on that edge. Native targets do not care: the value is only used
// where the program's own conditions rule the edge out. The BPF verifier
// cannot always see those conditions (it tracks ranges, not "x != C"), so it
// walks the edge anyway and refuses the program for reading a register that
// was never written. Clang makes such phis from well-defined code, e.g. a
// `return` inside a scope that ends with lifetime markers: the return value
// is undef on the path that leaves the scope normally, and the optimizer
// turns the cleanup's "did we return" switch into a second test of the case
// value:
//
//   r1 &= 0xffff
//   if r1 != 0x525a goto LBB0_2
//   r0 = r2                       ; the case returns r2 ^ 0x81
//   r0 ^= 0x81
//   if r1 == 0x525a goto LBB0_3
//   ...
// LBB0_2:
//   r3 %= 0x1f28                  ; default: r0 is not written
//   if r1 == 0x525a goto LBB0_3   ; never taken, but the verifier walks it
//   ...
// LBB0_3:
//   exit                          ; "R0 !read_ok"
//
// This pass runs right before instruction selection and replaces each undef
// or poison input of an integer or pointer phi with zero, so the edge writes
// the register:
//
// LBB0_2:
//   r3 %= 0x1f28
//   r0 = 0
//   if r1 == 0x525a goto LBB0_3
//
// It costs at most one move per such edge.
//
//===----------------------------------------------------------------------===//

#include "BPF.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Pass.h"

#define DEBUG_TYPE "bpf-zero-undef-phi-inputs"

using namespace llvm;

namespace {

class BPFZeroUndefPhiInputs final : public FunctionPass {
public:
  static char ID;
  BPFZeroUndefPhiInputs() : FunctionPass(ID) {}
  bool runOnFunction(Function &F) override;
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
  }
  StringRef getPassName() const override {
    return "BPF Zero Undef Phi Inputs";
  }
};

} // namespace

char BPFZeroUndefPhiInputs::ID = 0;
INITIALIZE_PASS(BPFZeroUndefPhiInputs, DEBUG_TYPE, "BPF Zero Undef Phi Inputs",
                false, false)

FunctionPass *llvm::createBPFZeroUndefPhiInputs() {
  return new BPFZeroUndefPhiInputs();
}

bool BPFZeroUndefPhiInputs::runOnFunction(Function &F) {
  bool Changed = false;
  for (BasicBlock &BB : F) {
    for (PHINode &Phi : BB.phis()) {
      // Only values that live in one general register; the rest are split
      // or stored before they reach a register.
      if (!Phi.getType()->isIntOrPtrTy())
        continue;
      Constant *Zero = Constant::getNullValue(Phi.getType());
      for (Use &In : Phi.incoming_values()) {
        if (!isa<UndefValue>(In))
          continue;
        In.set(Zero);
        Changed = true;
      }
    }
  }
  return Changed;
}
