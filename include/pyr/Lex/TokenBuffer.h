//===- TokenBuffer.h - Storage for the lexer's output -----------*- C++ -*-===//
//
// A growable array of tokens, reused across lex() calls. Unlike std::vector,
// its spare capacity may be written through a raw pointer and then adopted
// with setEnd(), so the lexer appends a token through a pointer it keeps in a
// register instead of reloading the container on every push.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LEX_TOKENBUFFER_H
#define PYR_LEX_TOKENBUFFER_H

#include "pyr/Lex/Token.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/MemAlloc.h"
#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <type_traits>
#include <utility>

namespace pyr {

/// The tokens lex() produced; converts to the ArrayRef the parser reads.
class TokenBuffer {
  static_assert(std::is_trivially_copyable<Token>::value,
                "tokens are moved with realloc and written in place");

public:
  TokenBuffer() = default;
  TokenBuffer(TokenBuffer &&Other)
      : Data(Other.Data), End(Other.End), CapacityEnd(Other.CapacityEnd) {
    Other.Data = Other.End = Other.CapacityEnd = nullptr;
  }
  TokenBuffer &operator=(TokenBuffer &&Other) {
    std::swap(Data, Other.Data);
    std::swap(End, Other.End);
    std::swap(CapacityEnd, Other.CapacityEnd);
    return *this;
  }
  TokenBuffer(const TokenBuffer &) = delete;
  TokenBuffer &operator=(const TokenBuffer &) = delete;
  ~TokenBuffer() { std::free(Data); }

  Token *begin() { return Data; }
  Token *end() { return End; }
  const Token *begin() const { return Data; }
  const Token *end() const { return End; }
  /// Where the storage ends: tokens may be written up to here.
  Token *capacityEnd() { return CapacityEnd; }
  Token *data() { return Data; }
  const Token *data() const { return Data; }
  size_t size() const { return End - Data; }
  size_t capacity() const { return CapacityEnd - Data; }
  bool empty() const { return End == Data; }
  Token &operator[](size_t I) {
    assert(I < size() && "token index out of range");
    return Data[I];
  }
  const Token &operator[](size_t I) const {
    assert(I < size() && "token index out of range");
    return Data[I];
  }
  Token &back() { return (*this)[size() - 1]; }
  const Token &back() const { return (*this)[size() - 1]; }
  operator llvm::ArrayRef<Token>() const { return {Data, End}; }

  void clear() { End = Data; }
  void push_back(const Token &T) {
    if (End == CapacityEnd)
      reserve(size() + 1);
    *End++ = T;
  }
  void pop_back() {
    assert(!empty() && "no token to pop");
    --End;
  }

  /// Make room for at least \p N tokens, at least doubling the capacity.
  void reserve(size_t N) {
    if (N <= capacity())
      return;
    N = std::max(N, 2 * capacity());
    size_t Size = size();
    Data = static_cast<Token *>(llvm::safe_realloc(Data, N * sizeof(Token)));
    End = Data + Size;
    CapacityEnd = Data + N;
  }
  /// Make the tokens before \p NewEnd the contents: those past end() must
  /// have been written first.
  void setEnd(Token *NewEnd) {
    assert(NewEnd >= Data && NewEnd <= CapacityEnd && "end out of range");
    End = NewEnd;
  }

private:
  Token *Data = nullptr;
  Token *End = nullptr;
  Token *CapacityEnd = nullptr;
};

} // namespace pyr

#endif
