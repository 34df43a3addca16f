#include "pyr/VM/Interpreter.h"
#include "gtest/gtest.h"

TEST(Placeholder, Builds) { SUCCEED(); }
