// Internal to ingest: streaming zstd decompression (corpora ship as .jsonl.zst).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "marsad/ingest/internal/byte_source.h"

struct ZSTD_DCtx_s;

namespace marsad::ingest {

// True if bytes start with the zstd frame magic 28 b5 2f fd.
bool IsZstd(std::string_view head);

// Decompresses consecutive zstd frames read from `compressed`; a stream that ends inside a
// frame is an error ("truncated zstd data"), as is corrupt data.
class ZstdSource final : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> compressed);
  ~ZstdSource() override;
  ZstdSource(const ZstdSource&) = delete;
  ZstdSource& operator=(const ZstdSource&) = delete;

  Result<std::size_t> Read(char* buf, std::size_t n) override;

 private:
  std::unique_ptr<ByteSource> in_;
  ZSTD_DCtx_s* ctx_;
  std::string inbuf_;
  std::size_t in_pos_ = 0;
  std::size_t in_size_ = 0;
  std::size_t frame_left_ = 0;  // the last ZSTD_decompressStream hint: 0 at a frame end
  bool input_eof_ = false;
  std::optional<std::string> error_;
};

}  // namespace marsad::ingest
