//===- ASTContext.cpp - Memory for syntax trees ---------------------------===//

#include "pyr/Parse/AST.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemAlloc.h"
#include <algorithm>
#include <cstdlib>

using namespace pyr;

ASTContext::~ASTContext() {
  for (char *S : Slabs)
    std::free(S);
  for (char *S : BigSlabs)
    std::free(S);
}

void *ASTContext::allocateSlow(size_t Size) {
  if (Size > SlabSize) {
    auto *P = static_cast<char *>(llvm::safe_malloc(Size));
    BigSlabs.push_back(P);
    HasExtraSlabs = true;
    return P;
  }
  // Every 128 slabs the size doubles, so that huge trees need few of them.
  size_t Bytes = SlabSize << std::min<size_t>(30, Slabs.size() / 128);
  auto *P = static_cast<char *>(llvm::safe_malloc(Bytes));
  Slabs.push_back(P);
  if (Slabs.size() == 1) {
    FirstSlab = P;
    FirstSlabEnd = P + Bytes;
  } else {
    HasExtraSlabs = true;
  }
  __asan_poison_memory_region(P + Size, Bytes - Size);
  Cur = P + Size;
  End = P + Bytes;
  return P;
}

void ASTContext::freeExtraSlabs() {
  for (char *S : llvm::drop_begin(Slabs))
    std::free(S);
  Slabs.truncate(std::min<size_t>(Slabs.size(), 1));
  for (char *S : BigSlabs)
    std::free(S);
  BigSlabs.clear();
  HasExtraSlabs = false;
}
