// Internal to ingest: streaming gzip decompression (zlib), multi-member aware.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "marsad/ingest/internal/byte_source.h"

struct z_stream_s;

namespace marsad::ingest {

// True if bytes start with the gzip magic 1f 8b.
bool IsGzip(std::string_view head);

// Decompresses a gzip stream read from `compressed`. A file may hold several gzip members
// one after the other (WARC files compress each record as its own member); the stream
// continues across members. A stream that ends inside a member is an error ("truncated gzip
// data"), as is corrupt data; both name the compressed offset.
class GzipSource final : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> compressed);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  Result<std::size_t> Read(char* buf, std::size_t n) override;

 private:
  Result<bool> RefillInput();  // false at the end of the compressed stream

  std::unique_ptr<ByteSource> in_;
  std::unique_ptr<z_stream_s> z_;
  std::string inbuf_;
  std::uint64_t consumed_ = 0;  // compressed bytes handed to zlib (for error offsets)
  bool in_member_ = false;      // inside a gzip member that has not ended yet
  bool input_eof_ = false;
  bool done_ = false;
  std::optional<std::string> error_;
};

// Inflates a whole in-memory gzip or zlib ("deflate") body, at most max_bytes of output
// (HTTP Content-Encoding inside WARC records).
Result<std::string> InflateAll(std::string_view compressed, std::size_t max_bytes);

}  // namespace marsad::ingest
