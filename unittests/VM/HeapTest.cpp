//===- HeapTest.cpp - Size-class slots and the sweep ----------------------===//

#include "Heap.h"
#include "gtest/gtest.h"
#include <set>
#include <vector>

using namespace pyr;

namespace {

/// Objects of a test type: the first byte after the header says how big the
/// object is, and finalizing one counts it.
struct TestObject : Object {
  size_t Size;
};
int Finalized = 0;
void finalizeTest(Object *) { ++Finalized; }
size_t sizeTest(const Object *O) {
  return static_cast<const TestObject *>(O)->Size;
}
const TypeObject TestType{"test",  nullptr,      nullptr, nullptr,
                          nullptr, finalizeTest, sizeTest};

TestObject *make(Heap &H, size_t Size) {
  auto *O = static_cast<TestObject *>(H.allocate(Size));
  O->Type = &TestType;
  O->Marked = false;
  O->Flags = 0;
  O->Size = Size;
  return O;
}

TEST(HeapTest, SweepKeepsMarkedAndReusesTheRest) {
  Finalized = 0;
  Heap H;
  std::vector<TestObject *> Objs;
  // Every size class, and objects too big for one.
  for (int Round = 0; Round < 3000; ++Round)
    for (size_t Size : {sizeof(TestObject), size_t(40), size_t(100),
                        size_t(256), size_t(257), size_t(1000)})
      Objs.push_back(make(H, Size));
  std::set<Object *> Distinct(Objs.begin(), Objs.end());
  EXPECT_EQ(Distinct.size(), Objs.size());
  size_t Want = 0;
  for (size_t I = 0; I < Objs.size(); I += 3) {
    Objs[I]->Marked = true;
    Want += Objs[I]->Size;
  }
  EXPECT_EQ(H.sweep(), Want);
  int Freed = static_cast<int>(Objs.size() - (Objs.size() + 2) / 3);
  EXPECT_EQ(Finalized, Freed);
  // The survivors are untouched and unmarked.
  for (size_t I = 0; I < Objs.size(); I += 3) {
    EXPECT_EQ(Objs[I]->Type, &TestType);
    EXPECT_FALSE(Objs[I]->Marked);
  }
  // New objects take freed slots, never a survivor's.
  std::set<Object *> Survivors;
  for (size_t I = 0; I < Objs.size(); I += 3)
    Survivors.insert(Objs[I]);
  for (int I = 0; I < 1000; ++I)
    EXPECT_FALSE(Survivors.count(make(H, 100)));
  // Nothing marked: everything goes.
  Finalized = 0;
  EXPECT_EQ(H.sweep(), 0u);
  EXPECT_EQ(Finalized, static_cast<int>(Survivors.size()) + 1000);
}

TEST(HeapTest, FreeAllFinalizesEverything) {
  Finalized = 0;
  {
    Heap H;
    for (int I = 0; I < 500; ++I)
      make(H, sizeof(TestObject) + (I % 300));
  }
  EXPECT_EQ(Finalized, 500);
}

} // namespace
