//===- AllocCountTest.cpp - Heap allocations per execute("2 + 3") ---------===//
//
// This binary replaces the global allocation functions with counting ones,
// so it is its own test executable. It reports the number of heap
// allocations of one pyr::execute("2 + 3") after warm-up, through the
// public API and on a reused Interpreter, and writes them as JSON when
// PYR_ALLOC_JSON names a file (read by utils/check-bench.py).
//
//===----------------------------------------------------------------------===//

#include "pyr/VM/Interpreter.h"
#include "gtest/gtest.h"
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>

static std::atomic<bool> Counting{false};
static std::atomic<unsigned long> Allocations{0};

static void noteAllocation() {
  if (Counting.load(std::memory_order_relaxed))
    Allocations.fetch_add(1, std::memory_order_relaxed);
}

// The VM allocates its objects with malloc; count those too. Sanitizer
// builds intercept malloc themselves, so only operator new is counted there.
#if !defined(__SANITIZE_ADDRESS__)
extern "C" void *__libc_malloc(size_t);
extern "C" void *__libc_calloc(size_t, size_t);
extern "C" void *__libc_realloc(void *, size_t);
extern "C" void *malloc(size_t Size) {
  noteAllocation();
  return __libc_malloc(Size);
}
extern "C" void *calloc(size_t N, size_t Size) {
  noteAllocation();
  return __libc_calloc(N, Size);
}
extern "C" void *realloc(void *P, size_t Size) {
  noteAllocation();
  return __libc_realloc(P, Size);
}
#define PYR_COUNTS_MALLOC 1
static void *rawMalloc(size_t Size) { return __libc_malloc(Size); }
#else
#define PYR_COUNTS_MALLOC 0
static void *rawMalloc(size_t Size) { return std::malloc(Size); }
#endif

// operator new counts once and bypasses the counting malloc.
void *operator new(std::size_t Size) {
  noteAllocation();
  if (void *P = rawMalloc(Size ? Size : 1))
    return P;
  throw std::bad_alloc();
}
void *operator new[](std::size_t Size) { return operator new(Size); }
void *operator new(std::size_t Size, const std::nothrow_t &) noexcept {
  noteAllocation();
  return rawMalloc(Size ? Size : 1);
}
void operator delete(void *P) noexcept { std::free(P); }
void operator delete[](void *P) noexcept { std::free(P); }
void operator delete(void *P, std::size_t) noexcept { std::free(P); }
void operator delete[](void *P, std::size_t) noexcept { std::free(P); }


template <typename Fn> static unsigned long countAllocations(Fn F) {
  Allocations = 0;
  Counting = true;
  F();
  Counting = false;
  return Allocations.load();
}

static unsigned long PublicCount = ~0ul, ReusedCount = ~0ul;

TEST(AllocCount, PublicExecute) {
  for (int I = 0; I < 3; ++I) // Warm-up: the per-thread interpreter.
    ASSERT_EQ(*pyr::execute("2 + 3"), "5");
  std::string Result;
  PublicCount = countAllocations([&] {
    auto R = pyr::execute("2 + 3");
    if (R)
      Result = std::move(*R);
    else
      llvm::consumeError(R.takeError());
  });
  EXPECT_EQ(Result, "5");
  std::printf("allocations per pyr::execute(\"2 + 3\"): %lu\n", PublicCount);
  EXPECT_LE(PublicCount, 5u);
}

TEST(AllocCount, ReusedInterpreter) {
  pyr::Interpreter Interp;
  for (int I = 0; I < 3; ++I)
    ASSERT_EQ(*Interp.execute("2 + 3"), "5");
  std::string Result;
  ReusedCount = countAllocations([&] {
    auto R = Interp.execute("2 + 3");
    if (R)
      Result = std::move(*R);
    else
      llvm::consumeError(R.takeError());
  });
  EXPECT_EQ(Result, "5");
  std::printf("allocations per Interpreter::execute(\"2 + 3\") (reused): %lu\n",
              ReusedCount);
  EXPECT_LE(ReusedCount, 5u);
}

/// The counter itself must see allocations, or the gate means nothing.
TEST(AllocCount, CounterWorks) {
  unsigned long N = countAllocations([] {
    std::string S(100, 'x'); // Past the small-string buffer: one allocation.
    asm volatile("" : : "g"(S.data()) : "memory");
  });
  EXPECT_EQ(N, 1u);
#if PYR_COUNTS_MALLOC
  N = countAllocations([] {
    void *P = std::malloc(64);
    asm volatile("" : : "g"(P) : "memory");
    std::free(P);
  });
  EXPECT_EQ(N, 1u);
#endif
}

int main(int argc, char **argv) {
  ::testing::InitGoogleTest(&argc, argv);
  int RC = RUN_ALL_TESTS();
  if (const char *Path = std::getenv("PYR_ALLOC_JSON")) {
    if (FILE *F = std::fopen(Path, "w")) {
      std::fprintf(F,
                   "{\"public_execute\": %lu, \"reused_interpreter\": %lu, "
                   "\"counts_malloc\": %s}\n",
                   PublicCount, ReusedCount, PYR_COUNTS_MALLOC ? "true" : "false");
      std::fclose(F);
    }
  }
  return RC;
}
