//===- TokenBuffer.h - Storage for the lexer's output -----------*- C++ -*-===//
//
// A growable array of tokens, reused across lex() calls. Unlike std::vector,
// its spare capacity may be written through a raw pointer and then adopted
// with setSize(), so the lexer appends a token without reloading and
// checking the container on every push.
//
//===----------------------------------------------------------------------===//

#ifndef PYR_LEX_TOKENBUFFER_H
#define PYR_LEX_TOKENBUFFER_H

#include "pyr/Lex/Token.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/MemAlloc.h"
#include <cassert>
#include <cstdlib>
#include <type_traits>

namespace pyr {

class TokenBuffer {
  static_assert(std::is_trivially_copyable<Token>::value,
                "tokens are moved with realloc and written in place");

public:
  TokenBuffer() = default;
  TokenBuffer(TokenBuffer &&Other)
      : Data(Other.Data), Size(Other.Size), Capacity(Other.Capacity) {
    Other.Data = nullptr;
    Other.Size = Other.Capacity = 0;
  }
  TokenBuffer &operator=(TokenBuffer &&Other) {
    std::swap(Data, Other.Data);
    std::swap(Size, Other.Size);
    std::swap(Capacity, Other.Capacity);
    return *this;
  }
  TokenBuffer(const TokenBuffer &) = delete;
  TokenBuffer &operator=(const TokenBuffer &) = delete;
  ~TokenBuffer() { std::free(Data); }

  Token *begin() { return Data; }
  Token *end() { return Data + Size; }
  const Token *begin() const { return Data; }
  const Token *end() const { return Data + Size; }
  Token *data() { return Data; }
  const Token *data() const { return Data; }
  size_t size() const { return Size; }
  size_t capacity() const { return Capacity; }
  bool empty() const { return Size == 0; }
  Token &operator[](size_t I) {
    assert(I < Size && "token index out of range");
    return Data[I];
  }
  const Token &operator[](size_t I) const {
    assert(I < Size && "token index out of range");
    return Data[I];
  }
  Token &back() { return (*this)[Size - 1]; }
  const Token &back() const { return (*this)[Size - 1]; }
  operator llvm::ArrayRef<Token>() const { return {Data, Size}; }

  void clear() { Size = 0; }
  void push_back(const Token &T) {
    if (Size == Capacity)
      reserve(Size + 1);
    Data[Size++] = T;
  }
  void pop_back() {
    assert(Size && "no token to pop");
    --Size;
  }

  /// Make room for at least \p N tokens, at least doubling the capacity.
  void reserve(size_t N) {
    if (N <= Capacity)
      return;
    N = std::max(N, 2 * Capacity);
    Data = static_cast<Token *>(llvm::safe_realloc(Data, N * sizeof(Token)));
    Capacity = N;
  }
  /// Make the first \p N tokens the contents: those past size() must have
  /// been written through data() first.
  void setSize(size_t N) {
    assert(N <= Capacity && "size beyond the capacity");
    Size = N;
  }

private:
  Token *Data = nullptr;
  size_t Size = 0;
  size_t Capacity = 0;
};

} // namespace pyr

#endif
