//===- StoreIfChanged.h - Skip stores of values already in place -*- C++
//-*-===//
//
// The shortest runs (pyr::execute("2 + 3"), a call) are bound by stores,
// not instructions: the store queue commits about one store per cycle,
// where the core executes four to six instructions (docs/cold-start.md).
// State that a run of the same program or compile into the same Program
// leaves in place is therefore compared, a load, rather than written
// again.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_STOREIFCHANGED_H
#define PYR_STOREIFCHANGED_H

namespace pyr {

/// Dst = V, without the store when Dst already holds V.
template <typename T> inline void storeIfChanged(T &Dst, const T &V) {
  if (Dst != V)
    Dst = V;
}

} // namespace pyr

#endif
