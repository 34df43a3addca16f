//===- Diagnostic.cpp - Source-located compile-time errors ----------------===//

#include "pyr/Lex/Diagnostic.h"
#include "SourceEncoding.h"
#include "pyr/Config.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/thread.h"

using namespace pyr;

char SyntaxError::ID = 0;

void SyntaxError::log(llvm::raw_ostream &OS) const {
  OS << ExcType << ": " << Msg << " (line " << Line << ", column " << Col
     << ")";
}

std::error_code SyntaxError::convertToErrorCode() const {
  return llvm::inconvertibleErrorCode();
}

llvm::Error pyr::makeSyntaxError(std::string Msg, uint32_t Offset,
                                 uint32_t Line, uint32_t Col,
                                 const char *ExcType) {
  return llvm::make_error<SyntaxError>(ExcType, std::move(Msg), Offset, Line,
                                       Col);
}

void pyr::reportError(llvm::Error E, llvm::StringRef ToolName,
                      llvm::StringRef FileName, llvm::StringRef Source,
                      llvm::raw_ostream &OS) {
  llvm::handleAllErrors(
      std::move(E),
      [&](const SyntaxError &SE) {
        llvm::SourceMgr SM;
        SM.AddNewSourceBuffer(
            llvm::MemoryBuffer::getMemBuffer(Source, FileName,
                                             /*RequiresNullTerminator=*/false),
            llvm::SMLoc());
        // Point at the reported line/column rather than trusting the byte
        // offset, so a diagnostic for a token spanning lines stays right.
        llvm::SMLoc Loc = SM.FindLocForLineAndColumn(1, SE.Line, SE.Col);
        if (!Loc.isValid())
          Loc = llvm::SMLoc::getFromPointer(
              Source.data() + std::min<size_t>(SE.Offset, Source.size()));
        std::string Msg = SE.Msg;
        if (llvm::StringRef(SE.ExcType) != "SyntaxError")
          Msg += (llvm::Twine(" [") + SE.ExcType + "]").str();
        SM.PrintMessage(OS, Loc, llvm::SourceMgr::DK_Error, Msg);
      },
      [&](const llvm::ErrorInfoBase &EI) {
        llvm::WithColor::error(OS, ToolName) << EI.message() << '\n';
      });
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
pyr::readInputFile(llvm::StringRef Path) {
  auto BufOrErr = llvm::MemoryBuffer::getFileOrSTDIN(
      Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (std::error_code EC = BufOrErr.getError())
    return llvm::createStringError(EC, "cannot read '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  // A file that declares a single-byte encoding (PEP 263) is decoded to
  // UTF-8 here; the lexer checks every other declaration.
  std::unique_ptr<llvm::MemoryBuffer> Buf = std::move(*BufOrErr);
  llvm::StringRef Text = Buf->getBuffer();
  if (llvm::all_of(Text, [](char C) { return C >= 0; }) ||
      Text.startswith("\xEF\xBB\xBF"))
    return Buf;
  llvm::StringRef Cookie = encoding::findCodingCookie(Text);
  if (Cookie.empty())
    return Buf;
  encoding::Codec Codec =
      encoding::lookupCodec(encoding::normalCookieName(Cookie));
  std::string Decoded;
  size_t Bad;
  if ((Codec.Kind != encoding::CodecKind::Latin1 &&
       Codec.Kind != encoding::CodecKind::Table) ||
      !encoding::decodeSingleByte(Codec, Text, Decoded, Bad))
    return Buf;
  return llvm::MemoryBuffer::getMemBufferCopy(Decoded,
                                              Buf->getBufferIdentifier());
}

void pyr::printToolVersion(llvm::raw_ostream &OS) {
  OS << "pyr version " PYR_VERSION_STRING "\n"
     << "  Python 3.11 compiler toolchain and register VM\n";
}

void pyr::initTool() {
  llvm::cl::SetVersionPrinter(printToolVersion);
  llvm::setBugReportMsg("pyr crashed. This is a bug in pyr: please report it "
                        "with the input that caused it and the backtrace "
                        "below.\n");
}

int pyr::runWithLargeStack(size_t InputSize, llvm::function_ref<int()> Main) {
  // Nesting deep enough to matter takes more source than this.
  if (InputSize < 4096)
    return Main();
  constexpr unsigned StackSize = 256u << 20; // Reserved lazily by the OS.
  int Result = 1;
  llvm::thread T(llvm::Optional<unsigned>(StackSize), [&] { Result = Main(); });
  T.join();
  return Result;
}
