//===- Heap.h - Object memory for the collector -----------------*- C++ -*-===//
//
// Where heap objects live. Small objects (most strs, tuples, cells,
// functions, iterators) come from blocks of equal-size slots, one free
// list per size class, so allocating one is a pop and sweeping walks
// memory in address order; bigger ones are malloc'd and kept on a list.
// With AddressSanitizer every object is malloc'd, so that the sanitizer
// sees each use after free.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LIB_VM_HEAP_H
#define PYR_LIB_VM_HEAP_H

#include "pyr/VM/Value.h"
#include <cstddef>

namespace pyr {

class Heap {
public:
  Heap() = default;
  Heap(const Heap &) = delete;
  Heap &operator=(const Heap &) = delete;
  ~Heap() { freeAll(); }

  /// Memory for an object of \p Size bytes (at least sizeof(Object)); the
  /// caller fills in the header. Aborts when memory runs out.
  Object *allocate(size_t Size) {
#ifndef PYR_HEAP_MALLOC_ONLY
    if (Size <= MaxSmall) {
      size_t C = (Size - 1) / Granule;
      Object *O = Free[C];
      if (!O)
        O = refill(C);
      Free[C] = O->GCNext;
      return O;
    }
#endif
    return allocateLarge(Size);
  }

  /// Frees every object the collector did not mark (finalizing it) and
  /// clears the marks of the rest; returns the bytes they hold (by their
  /// types' Size hooks).
  size_t sweep();
  /// Frees every object.
  void freeAll() {
    if (Used)
      freeAllSlow();
  }

private:
  static constexpr size_t Granule = 16;
  static constexpr size_t MaxSmall = 256;
  static constexpr size_t NumClasses = MaxSmall / Granule;
  static constexpr size_t BlockBytes = 64 * 1024;
  /// Blocks of one class kept when a sweep empties them, for reuse.
  static constexpr unsigned MaxEmptyBlocks = 4;

  /// A block of slots of one size class. A slot holds an object, or is
  /// free: a null Type, and GCNext linking it into its class's free list.
  struct Block {
    Block *Next;
    size_t SlotSize;
    size_t NumSlots;
    alignas(16) char Slots[1];
  };

  /// Whether any block or large object exists: most small programs
  /// allocate nothing, and freeAll() need not look at every class.
  bool Used = false;
  Block *Blocks[NumClasses] = {};
  Object *Free[NumClasses] = {};
  /// Objects bigger than MaxSmall, linked through GCNext.
  Object *Large = nullptr;

  void freeAllSlow();
  Object *refill(size_t C);
  Object *allocateLarge(size_t Size);
  size_t sweepClass(size_t C);
};

} // namespace pyr

#endif
