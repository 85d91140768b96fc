// Internal to ingest: sequential byte streams (files, stdin, decompressors) and a buffered
// reader with peek/line/exact reads on top. Errors are values; nothing here throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/core/core.h"

namespace marsad::ingest {

// The largest single page (raw or decompressed) a reader will hold in memory. A bigger page
// becomes an error page; this is what keeps memory bounded by "the largest single page".
inline constexpr std::size_t kMaxPageBytes = 64u << 20;

// A forward-only stream of bytes.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes into buf; 0 means end of stream. An error names what went wrong.
  virtual Result<std::size_t> Read(char* buf, std::size_t n) = 0;
};

// A file opened by path, or stdin for "-".
class FileSource final : public ByteSource {
 public:
  // Opens path; the error is the system's reason ("No such file or directory", ...).
  static Result<std::unique_ptr<FileSource>> Open(const std::string& path);
  ~FileSource() override;
  Result<std::size_t> Read(char* buf, std::size_t n) override;

 private:
  FileSource(std::FILE* f, bool owned) : file_(f), owned_(owned) {}
  std::FILE* file_;
  bool owned_;
};

// Bytes already in memory (HTTP payloads inside WARC records, tests).
class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string bytes) : bytes_(std::move(bytes)) {}
  Result<std::size_t> Read(char* buf, std::size_t n) override;

 private:
  std::string bytes_;
  std::size_t pos_ = 0;
};

// Buffers a ByteSource so that readers can peek at the head of a stream (content sniffing)
// and read lines or exact byte counts (WARC, JSONL). offset() counts bytes consumed.
class BufferedReader final : public ByteSource {
 public:
  explicit BufferedReader(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

  // Up to n bytes from the current position without consuming them (fewer only at the end
  // of the stream or on an error, which the next read reports).
  std::string_view Peek(std::size_t n);
  // Like Peek, but returns as soon as the bytes available hold a whole first line: on a pipe
  // it does not wait for n bytes that the writer has not sent yet.
  std::string_view PeekFirstLine(std::size_t n);
  // Reads one line without its "\n" (a trailing "\r" is kept). Returns false at the end of
  // the stream. A line longer than max_bytes is cut there; *too_long tells so, and the rest
  // of the line is skipped.
  Result<bool> ReadLine(std::string& line, std::size_t max_bytes, bool* too_long = nullptr);
  // Appends exactly n bytes to out, fewer only at the end of the stream (then the count read
  // is returned so callers can report truncation).
  Result<std::size_t> ReadExact(std::size_t n, std::string& out);
  // Consumes n bytes (or up to the end); returns how many were skipped.
  Result<std::size_t> Skip(std::size_t n);
  // Reads what is left, at most max_bytes + 1 bytes (so callers can tell "too large").
  Result<std::size_t> ReadAll(std::string& out, std::size_t max_bytes);

  Result<std::size_t> Read(char* buf, std::size_t n) override;
  std::uint64_t offset() const { return offset_; }
  bool at_end();

 private:
  // Makes at least n bytes available in the buffer if the stream has them.
  void Fill(std::size_t n);
  std::size_t available() const { return buf_.size() - pos_; }
  void Consume(std::size_t n);

  std::unique_ptr<ByteSource> source_;
  std::string buf_;
  std::size_t pos_ = 0;
  std::uint64_t offset_ = 0;
  bool eof_ = false;
  std::optional<std::string> error_;  // a source error, reported by the next read
};

}  // namespace marsad::ingest
