#include "marsad/ingest/internal/zstd_stream.h"

#include <zstd.h>

namespace marsad::ingest {

bool IsZstd(std::string_view head) { return head.substr(0, 4) == "\x28\xB5\x2F\xFD"; }

ZstdSource::ZstdSource(std::unique_ptr<ByteSource> compressed)
    : in_(std::move(compressed)), ctx_(ZSTD_createDCtx()), inbuf_(ZSTD_DStreamInSize(), '\0') {
  if (ctx_ == nullptr) error_ = "zstd: cannot create a decompression context";
}

ZstdSource::~ZstdSource() { ZSTD_freeDCtx(ctx_); }

Result<std::size_t> ZstdSource::Read(char* buf, std::size_t n) {
  if (error_) return Status::Error(*error_);
  ZSTD_outBuffer out{buf, n, 0};
  while (out.pos == 0 && n > 0) {
    if (in_pos_ == in_size_ && !input_eof_) {
      auto got = in_->Read(inbuf_.data(), inbuf_.size());
      if (!got.ok()) {
        error_ = got.error();
        return got.status();
      }
      in_pos_ = 0;
      in_size_ = got.value();
      input_eof_ = in_size_ == 0;
    }
    ZSTD_inBuffer in{inbuf_.data(), in_size_, in_pos_};
    if (in_pos_ == in_size_) {
      // Input is over. 0 from the last call means a frame ended there: a clean end.
      // Otherwise zstd may still hold output of a complete frame (small reads): drain it;
      // if nothing comes and the frame has not ended, the input was cut.
      if (frame_left_ == 0) break;
    }
    const std::size_t rc = ZSTD_decompressStream(ctx_, &out, &in);
    in_pos_ = in.pos;
    if (ZSTD_isError(rc)) {
      error_ = std::string("corrupt zstd data (") + ZSTD_getErrorName(rc) + ")";
      return Status::Error(*error_);
    }
    frame_left_ = rc;
    if (input_eof_ && in_pos_ == in_size_ && out.pos == 0 && frame_left_ != 0) {
      error_ = "truncated zstd data";
      return Status::Error(*error_);
    }
  }
  return out.pos;
}

}  // namespace marsad::ingest
