// libFuzzer target: the patched BPF disassembler and instruction printer.
// Each input is decoded as little- and big-endian BPF from every 8-byte
// offset, and every decoded instruction is printed, as llvm-objdump does.
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCDisassembler/MCDisassembler.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstPrinter.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace llvm;

extern "C" void LLVMInitializeBPFTargetInfo();
extern "C" void LLVMInitializeBPFTargetMC();
extern "C" void LLVMInitializeBPFDisassembler();

namespace {
struct Decoder {
  std::unique_ptr<MCRegisterInfo> MRI;
  std::unique_ptr<MCAsmInfo> MAI;
  std::unique_ptr<MCSubtargetInfo> STI;
  std::unique_ptr<MCInstrInfo> MII;
  std::unique_ptr<MCContext> Ctx;
  std::unique_ptr<MCDisassembler> Dis;
  std::unique_ptr<MCInstPrinter> IP;

  Decoder(const char *TripleName) {
    Triple TT(TripleName);
    std::string Err;
    const Target *T = TargetRegistry::lookupTarget(TT, Err);
    if (!T) {
      errs() << "disasm fuzzer: " << Err << "\n";
      abort();
    }
    MCTargetOptions Opts;
    MRI.reset(T->createMCRegInfo(TT));
    MAI.reset(T->createMCAsmInfo(*MRI, TT, Opts));
    // v4: every instruction the decoder knows (gotox, may_goto, sdiv, ...).
    STI.reset(T->createMCSubtargetInfo(TT, "v4", ""));
    MII.reset(T->createMCInstrInfo());
    Ctx = std::make_unique<MCContext>(TT, MAI.get(), MRI.get(), STI.get());
    Dis.reset(T->createMCDisassembler(*STI, *Ctx));
    IP.reset(T->createMCInstPrinter(TT, 0, *MAI, *MII, *MRI));
    if (!Dis || !IP)
      abort();
  }

  void run(const uint8_t *Data, size_t Size) {
    std::string Text;
    raw_string_ostream OS(Text);
    ArrayRef<uint8_t> Bytes(Data, Size);
    for (uint64_t Off = 0; Off < Size;) {
      MCInst Inst;
      uint64_t Len = 0;
      MCDisassembler::DecodeStatus S =
          Dis->getInstruction(Inst, Len, Bytes.slice(Off), Off, nulls());
      if (S != MCDisassembler::Fail)
        IP->printInst(&Inst, Off, "", *STI, OS);
      // A failed decode still reports how much it consumed; never stall.
      Off += Len ? Len : 8;
    }
  }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static Decoder *LE, *BE;
  if (!LE) {
    LLVMInitializeBPFTargetInfo();
    LLVMInitializeBPFTargetMC();
    LLVMInitializeBPFDisassembler();
    LE = new Decoder("bpfel");
    BE = new Decoder("bpfeb");
  }
  LE->run(Data, Size);
  BE->run(Data, Size);
  return 0;
}
