#include "marsad/ingest/internal/gzip_stream.h"

#include <zlib.h>

namespace marsad::ingest {
namespace {
constexpr std::size_t kInChunk = 64 * 1024;
constexpr int kGzipWindow = 15 + 16;  // zlib: expect a gzip header
}  // namespace

bool IsGzip(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

GzipSource::GzipSource(std::unique_ptr<ByteSource> compressed)
    : in_(std::move(compressed)), z_(std::make_unique<z_stream>()) {
  if (inflateInit2(z_.get(), kGzipWindow) != Z_OK) error_ = "gzip: cannot initialise zlib";
}

GzipSource::~GzipSource() { inflateEnd(z_.get()); }

Result<bool> GzipSource::RefillInput() {
  if (z_->avail_in > 0) return true;
  if (input_eof_) return false;
  inbuf_.resize(kInChunk);
  auto got = in_->Read(inbuf_.data(), inbuf_.size());
  if (!got.ok()) return got.status();
  if (got.value() == 0) {
    input_eof_ = true;
    return false;
  }
  z_->next_in = reinterpret_cast<Bytef*>(inbuf_.data());
  z_->avail_in = static_cast<uInt>(got.value());
  return true;
}

Result<std::size_t> GzipSource::Read(char* buf, std::size_t n) {
  if (error_) return Status::Error(*error_);
  if (done_ || n == 0) return std::size_t{0};
  z_->next_out = reinterpret_cast<Bytef*>(buf);
  z_->avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
  while (z_->avail_out == static_cast<uInt>(std::min<std::size_t>(n, 1u << 30))) {
    auto more = RefillInput();
    if (!more.ok()) {
      error_ = more.error();
      return more.status();
    }
    if (!more.value()) {
      done_ = true;
      if (in_member_) {
        error_ = "truncated gzip data at compressed offset " + std::to_string(consumed_);
        return Status::Error(*error_);
      }
      break;
    }
    in_member_ = true;
    const uInt before = z_->avail_in;
    const int rc = inflate(z_.get(), Z_NO_FLUSH);
    consumed_ += before - z_->avail_in;
    if (rc == Z_STREAM_END) {
      // A member ended; another may follow (multi-member gzip): start afresh.
      in_member_ = false;
      inflateReset(z_.get());
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      error_ = "corrupt gzip data at compressed offset " + std::to_string(consumed_) + " (" +
               (z_->msg ? z_->msg : "zlib error " + std::to_string(rc)) + ")";
      return Status::Error(*error_);
    }
  }
  return static_cast<std::size_t>(std::min<std::size_t>(n, 1u << 30) - z_->avail_out);
}

Result<std::string> InflateAll(std::string_view compressed, std::size_t max_bytes) {
  z_stream z{};
  // 15 + 32: zlib detects gzip or zlib headers by itself.
  if (inflateInit2(&z, 15 + 32) != Z_OK) return Status::Error("cannot initialise zlib");
  std::string out;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  z.avail_in = static_cast<uInt>(compressed.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    const std::size_t old = out.size();
    if (old > max_bytes) break;
    out.resize(old + kInChunk);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    z.avail_out = static_cast<uInt>(kInChunk);
    rc = inflate(&z, Z_NO_FLUSH);
    out.resize(old + kInChunk - z.avail_out);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // input ended inside the stream
  }
  inflateEnd(&z);
  if (out.size() > max_bytes) return Status::Error("decompressed body too large");
  if (rc != Z_STREAM_END) return Status::Error("truncated or corrupt compressed body");
  return out;
}

}  // namespace marsad::ingest
