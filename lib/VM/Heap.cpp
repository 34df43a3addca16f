//===- Heap.cpp - Object memory for the collector -------------------------===//

#include "Heap.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

using namespace pyr;

static void *mallocOrDie(size_t Size) {
  void *Mem = std::malloc(Size);
  if (!Mem) {
    llvm::errs() << "pyr: out of memory\n";
    std::abort();
  }
  return Mem;
}

static void finalize(Object *O) {
  if (O->Type->Finalize)
    O->Type->Finalize(O);
}

Object *Heap::refill(size_t C) {
  size_t SlotSize = (C + 1) * Granule;
  auto *B = static_cast<Block *>(mallocOrDie(BlockBytes));
  Used = true;
  B->SlotSize = SlotSize;
  B->NumSlots = (BlockBytes - offsetof(Block, Slots)) / SlotSize;
  B->Next = Blocks[C];
  Blocks[C] = B;
  // Threaded so that allocation goes up through the block.
  Object *List = nullptr;
  for (size_t I = B->NumSlots; I-- > 0;) {
    auto *O = reinterpret_cast<Object *>(B->Slots + I * SlotSize);
    O->Type = nullptr;
    O->GCNext = List;
    List = O;
  }
  return List;
}

Object *Heap::allocateLarge(size_t Size) {
  auto *O = static_cast<Object *>(mallocOrDie(Size));
  Used = true;
  O->GCNext = Large;
  Large = O;
  return O;
}

size_t Heap::sweepClass(size_t C) {
  size_t Live = 0;
  unsigned EmptyKept = 0;
  Object *FreeHead = nullptr;
  Object **FreeTail = &FreeHead;
  Block **Link = &Blocks[C];
  while (Block *B = *Link) {
    Object *BlockHead = nullptr;
    Object **BlockTail = &BlockHead;
    bool Used = false;
    for (size_t I = 0; I < B->NumSlots; ++I) {
      auto *O = reinterpret_cast<Object *>(B->Slots + I * B->SlotSize);
      if (O->Type) {
        if (O->Marked) {
          O->Marked = false;
          Live += O->Type->Size(O);
          Used = true;
          continue;
        }
        finalize(O);
        O->Type = nullptr;
      }
      *BlockTail = O;
      BlockTail = &O->GCNext;
    }
    if (!Used && EmptyKept++ >= MaxEmptyBlocks) {
      *Link = B->Next;
      std::free(B);
      continue;
    }
    if (BlockHead) {
      *FreeTail = BlockHead;
      FreeTail = BlockTail;
    }
    Link = &B->Next;
  }
  *FreeTail = nullptr;
  Free[C] = FreeHead;
  return Live;
}

size_t Heap::sweep() {
  size_t Live = 0;
  for (size_t C = 0; C < NumClasses; ++C)
    Live += sweepClass(C);
  Object **Link = &Large;
  while (Object *O = *Link) {
    if (O->Marked) {
      O->Marked = false;
      Live += O->Type->Size(O);
      Link = &O->GCNext;
    } else {
      *Link = O->GCNext;
      finalize(O);
      std::free(O);
    }
  }
  return Live;
}

void Heap::freeAllSlow() {
  Used = false;
  for (size_t C = 0; C < NumClasses; ++C) {
    while (Block *B = Blocks[C]) {
      Blocks[C] = B->Next;
      for (size_t I = 0; I < B->NumSlots; ++I) {
        auto *O = reinterpret_cast<Object *>(B->Slots + I * B->SlotSize);
        if (O->Type)
          finalize(O);
      }
      std::free(B);
    }
    Free[C] = nullptr;
  }
  while (Object *O = Large) {
    Large = O->GCNext;
    finalize(O);
    std::free(O);
  }
}
