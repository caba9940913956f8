// LLVM's own IR classes on pinned list nodes. BasicBlock, Instruction,
// Function and GlobalVariable are ilist nodes, so with types.patch every one of
// them is pinned; this program includes the IR and CodeGen headers (whose
// lists of blocks, instructions and machine instructions are instantiated from
// the patched ADT headers), builds a small function, splices its blocks and
// instructions around, clones it and verifies the module, against Debian's
// libLLVM-19 (same layout: pinning never changes it). tools/usage.py builds it
// in every configuration and counts it as one test: it passes when it exits 0.
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

using namespace llvm;

static_assert(sizeof(MachineBasicBlock) > 0, "the CodeGen lists are instantiated");

int main() {
  LLVMContext Ctx;
  Module M("usage", Ctx);
  Type *I32 = Type::getInt32Ty(Ctx);
  Function *F = Function::Create(FunctionType::get(I32, {I32}, false),
                                 Function::ExternalLinkage, "f", M);
  BasicBlock *Entry = BasicBlock::Create(Ctx, "entry", F);
  BasicBlock *Exit = BasicBlock::Create(Ctx, "exit", F);
  IRBuilder<> B(Entry);
  Value *X = B.CreateAdd(F->getArg(0), B.getInt32(1), "x");
  Value *Y = B.CreateMul(X, B.getInt32(3), "y");
  B.CreateBr(Exit);
  B.SetInsertPoint(Exit);
  B.CreateRet(Y);

  // Reorder the blocks and move an instruction: list splices of pinned nodes.
  Exit->moveBefore(Entry);
  Exit->moveAfter(Entry);
  cast<Instruction>(Y)->moveBefore(Exit->getTerminator());
  cast<Instruction>(Y)->moveBefore(Entry->getTerminator());

  ValueToValueMapTy VMap;
  Function *G = CloneFunction(F, VMap);
  G->setName("g");

  unsigned Blocks = 0, Instructions = 0;
  for (Function &Fn : M)
    for (BasicBlock &BB : Fn) {
      ++Blocks;
      Instructions += BB.size();
    }
  bool Broken = verifyModule(M, &errs());
  outs() << "functions " << M.size() << ", blocks " << Blocks
         << ", instructions " << Instructions << ", verified "
         << (Broken ? "no" : "yes") << "\n";
  return Broken || M.size() != 2 || Blocks != 4 || Instructions != 8;
}
