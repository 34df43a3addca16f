//===- ObjectModelTest.cpp - Dict order and resizing, str indexing --------===//
//
// Library-level checks of object model pieces, through lib/VM's internal
// API on a VM that runs no program (nothing it allocates is collected
// before the VM goes).
//
//===----------------------------------------------------------------------===//

#include "VM.h"
#include "gtest/gtest.h"
#include <string>
#include <vector>

using namespace pyr;

namespace {

std::vector<int64_t> keysInOrder(DictObject *D) {
  std::vector<int64_t> Keys;
  for (size_t I = 0; I < D->NEntries; ++I)
    if (!D->Entries[I].Key.isUndef())
      Keys.push_back(D->Entries[I].Key.I);
  return Keys;
}

TEST(Dict, InsertionOrderSurvivesResizesAndDeletions) {
  VM M;
  DictObject *D = newDict(M);
  std::vector<int64_t> Want;
  // Enough keys for several resizes; keys that collide modulo small
  // table sizes.
  for (int64_t K = 0; K < 5000; ++K) {
    int64_t Key = (K * 64) ^ (K >> 3);
    ASSERT_TRUE(dictSet(M, D, Value::integer(Key), Value::integer(K)));
    Want.push_back(Key);
  }
  EXPECT_EQ(D->Used, 5000u);
  EXPECT_EQ(keysInOrder(D), Want);
  // Delete every third key, then re-add some: re-added keys go last.
  std::vector<int64_t> Kept;
  for (size_t I = 0; I < Want.size(); ++I) {
    if (I % 3 == 0)
      ASSERT_TRUE(dictDelItem(M, D, Value::integer(Want[I])));
    else
      Kept.push_back(Want[I]);
  }
  for (size_t I = 0; I < 30; I += 3) {
    ASSERT_TRUE(dictSet(M, D, Value::integer(Want[I]), Value::integer(-1)));
    Kept.push_back(Want[I]);
  }
  // Overwriting a key keeps its place.
  ASSERT_TRUE(dictSet(M, D, Value::integer(Want[1]), Value::integer(7)));
  EXPECT_EQ(keysInOrder(D), Kept);
  EXPECT_EQ(D->Used, Kept.size());
  Value Out;
  EXPECT_EQ(dictGet(M, D, Value::integer(Want[1]), Out), 1);
  EXPECT_EQ(Out.I, 7);
  EXPECT_EQ(dictGet(M, D, Value::integer(Want[33]), Out), 0);
  // Equal numbers are one key: 1, 1.0 and True.
  DictObject *N = newDict(M);
  ASSERT_TRUE(dictSet(M, N, Value::integer(1), Value::integer(1)));
  ASSERT_TRUE(dictSet(M, N, Value::real(1.0), Value::integer(2)));
  ASSERT_TRUE(dictSet(M, N, Value::boolean(true), Value::integer(3)));
  EXPECT_EQ(N->Used, 1u);
  EXPECT_TRUE(N->Entries[0].Key.isInt());
  EXPECT_EQ(N->Entries[0].Val.I, 3);
}

std::string item(VM &M, StrObject *S, Value Index) {
  Value Out;
  EXPECT_TRUE(getItem(M, Value::object(S), Index, Out));
  return isStr(Out) ? asStr(Out)->str().str() : "<error>";
}

Value slice(VM &M, Value Start, Value Stop, Value Step) {
  Value Parts[3] = {Start, Stop, Step}, Out;
  EXPECT_TRUE(buildSlice(M, Parts, 3, Out));
  return Out;
}

TEST(Str, IndexingAndSlicingByCodePoint) {
  VM M;
  // 'a', U+00E9, U+4E2D, U+1F600, 'z': 1, 2, 3, 4 and 1 bytes.
  StrObject *S = M.newStr("a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80z");
  EXPECT_FALSE(strIsAscii(S));
  EXPECT_EQ(codePointCount(S->str()), 5);
  EXPECT_EQ(item(M, S, Value::integer(1)), "\xc3\xa9");
  EXPECT_EQ(item(M, S, Value::integer(-2)), "\xf0\x9f\x98\x80");
  Value None = Value::none();
  EXPECT_EQ(item(M, S, slice(M, Value::integer(1), Value::integer(4), None)),
            "\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80");
  EXPECT_EQ(item(M, S, slice(M, None, None, Value::integer(-2))),
            "z\xe4\xb8\xad" "a");
  EXPECT_EQ(item(M, S, slice(M, Value::integer(-1), Value::integer(-6),
                             Value::integer(-3))),
            "z\xc3\xa9");
  // A slice of only ASCII characters of a non-ASCII str is not marked
  // ASCII without being checked, and checks as ASCII.
  Value Sub;
  ASSERT_TRUE(getItem(M, Value::object(S),
                      slice(M, Value::integer(4), None, None), Sub));
  EXPECT_FALSE(strKnownAscii(asStr(Sub)));
  EXPECT_TRUE(strIsAscii(asStr(Sub)));
  // Slices of an ASCII str are known ASCII at once.
  StrObject *A = M.newStr("hello");
  EXPECT_TRUE(strIsAscii(A));
  ASSERT_TRUE(getItem(M, Value::object(A),
                      slice(M, Value::integer(1), Value::integer(3), None),
                      Sub));
  EXPECT_TRUE(strKnownAscii(asStr(Sub)));
  EXPECT_EQ(asStr(Sub)->str(), "el");
  // Out of range.
  Value Out;
  EXPECT_FALSE(getItem(M, Value::object(S), Value::integer(5), Out));
}

} // namespace
