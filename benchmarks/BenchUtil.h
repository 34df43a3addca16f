//===- BenchUtil.h - Shared inputs for the stage benchmarks -----*- C++ -*-===//
//
// Inputs are generated in-process and deterministically so every stage
// benchmark measures the same program and nothing is read from disk.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_BENCHMARKS_BENCHUTIL_H
#define PYR_BENCHMARKS_BENCHUTIL_H

#include <string>

namespace pyr {
namespace bench {

/// The source every *_simple benchmark uses.
inline const char *simpleSource() { return "2 + 3"; }

/// A valid pyr program of at least \p Bytes bytes: many small functions with
/// arithmetic, comparisons, loops and branches, then calls to some of them.
inline std::string largeProgram(size_t Bytes = 1 << 20) {
  std::string S;
  S.reserve(Bytes + 4096);
  unsigned N = 0;
  while (S.size() < Bytes) {
    std::string I = std::to_string(N);
    S += "def f" + I + "(a, b):\n";
    S += "    # function " + I + "\n";
    S += "    total = 0\n";
    S += "    i = 0\n";
    S += "    while i < a:\n";
    S += "        if i % 3 == 0 and b > 0.5:\n";
    S += "            total += i * b - (a // 7) ** 2\n";
    S += "        elif not (i < 2 or i > 40):\n";
    S += "            total = total - 1.25e-3 * i\n";
    S += "        else:\n";
    S += "            total ^= i << 2\n";
    S += "        i = i + 1\n";
    S += "    return total if total != 0 else -1\n\n";
    ++N;
  }
  S += "x = 0\n";
  for (unsigned K = 0; K < N; K += 97)
    S += "x = x + f" + std::to_string(K) + "(10, 0.75)\n";
  S += "print(x)\n";
  return S;
}

} // namespace bench
} // namespace pyr

#endif
