#include "marsad/ingest/internal/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace marsad::ingest {
namespace {
constexpr std::size_t kChunk = 64 * 1024;
}

Result<std::unique_ptr<FileSource>> FileSource::Open(const std::string& path) {
  if (path == "-") return std::unique_ptr<FileSource>(new FileSource(stdin, false));
  // Non-blocking open, so that a FIFO with no writer cannot hang the run, then only a regular
  // file is read: FIFOs, devices and sockets named on the command line are refused (their
  // bytes can come through stdin with "-").
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return Status::Error(std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    const char* kind = S_ISFIFO(st.st_mode)   ? "a FIFO"
                       : S_ISCHR(st.st_mode)  ? "a character device"
                       : S_ISBLK(st.st_mode)  ? "a block device"
                       : S_ISSOCK(st.st_mode) ? "a socket"
                       : S_ISDIR(st.st_mode)  ? "a directory"
                                              : "not a file";
    ::close(fd);
    return Status::Error(std::string("not a regular file (") + kind +
                         "); only regular files and - (stdin) are read");
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::FILE* f = ::fdopen(fd, "rb");
  if (f == nullptr) {
    const int err = errno;
    ::close(fd);
    return Status::Error(std::string("cannot open: ") + std::strerror(err));
  }
  return std::unique_ptr<FileSource>(new FileSource(f, true));
}

FileSource::~FileSource() {
  if (owned_) std::fclose(file_);
}

// read(2), not fread: it returns what a pipe holds now instead of waiting for n bytes, so a
// line on stdin is read (and its record written) before the next one arrives.
Result<std::size_t> FileSource::Read(char* buf, std::size_t n) {
  for (;;) {
    const ssize_t got = ::read(::fileno(file_), buf, n);
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno != EINTR) return Status::Error(std::string("cannot read: ") + std::strerror(errno));
  }
}

Result<std::size_t> MemorySource::Read(char* buf, std::size_t n) {
  const std::size_t got = std::min(n, bytes_.size() - pos_);
  std::memcpy(buf, bytes_.data() + pos_, got);
  pos_ += got;
  return got;
}

void BufferedReader::Fill(std::size_t n) {
  if (available() >= n || eof_ || error_) return;
  if (pos_ > 0) {  // keep the buffer from growing: drop what was consumed
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  while (buf_.size() < n && !eof_) {
    const std::size_t want = std::max(kChunk, n - buf_.size());
    const std::size_t old = buf_.size();
    buf_.resize(old + want);
    auto got = source_->Read(buf_.data() + old, want);
    if (!got.ok()) {
      buf_.resize(old);
      error_ = got.error();
      return;
    }
    buf_.resize(old + got.value());
    if (got.value() == 0) eof_ = true;
  }
}

void BufferedReader::Consume(std::size_t n) {
  pos_ += n;
  offset_ += n;
}

bool BufferedReader::at_end() {
  Fill(1);
  return available() == 0;
}

std::string_view BufferedReader::Peek(std::size_t n) {
  Fill(n);
  return std::string_view(buf_).substr(pos_, std::min(n, available()));
}

std::string_view BufferedReader::PeekFirstLine(std::size_t n) {
  while (available() < n && !eof_ && !error_ &&
         std::memchr(buf_.data() + pos_, '\n', available()) == nullptr) {
    Fill(available() + 1);
  }
  return std::string_view(buf_).substr(pos_, std::min(n, available()));
}

Result<std::size_t> BufferedReader::Read(char* buf, std::size_t n) {
  if (available() == 0) {
    // Large reads bypass the buffer; small ones refill it.
    if (error_) return Status::Error(*error_);
    if (n >= kChunk && !eof_) {
      auto got = source_->Read(buf, n);
      if (got.ok()) offset_ += got.value();
      if (got.ok() && got.value() == 0) eof_ = true;
      return got;
    }
    Fill(1);
    if (available() == 0) {
      if (error_) return Status::Error(*error_);
      return std::size_t{0};
    }
  }
  const std::size_t got = std::min(n, available());
  std::memcpy(buf, buf_.data() + pos_, got);
  Consume(got);
  return got;
}

Result<bool> BufferedReader::ReadLine(std::string& line, std::size_t max_bytes, bool* too_long) {
  line.clear();
  if (too_long != nullptr) *too_long = false;
  bool any = false;
  for (;;) {
    Fill(1);
    if (available() == 0) {
      if (error_) return Status::Error(*error_);
      return any;
    }
    any = true;
    const char* start = buf_.data() + pos_;
    const void* nl = std::memchr(start, '\n', available());
    const std::size_t len = nl ? static_cast<const char*>(nl) - start : available();
    const std::size_t room = line.size() < max_bytes ? max_bytes - line.size() : 0;
    if (len > room && too_long != nullptr) *too_long = true;
    line.append(start, std::min(len, room));
    Consume(len + (nl ? 1 : 0));
    if (nl) return true;
  }
}

Result<std::size_t> BufferedReader::ReadExact(std::size_t n, std::string& out) {
  std::size_t done = 0;
  while (done < n) {
    Fill(std::min(n - done, kChunk));
    if (available() == 0) {
      if (error_) return Status::Error(*error_);
      break;
    }
    const std::size_t take = std::min(n - done, available());
    out.append(buf_.data() + pos_, take);
    Consume(take);
    done += take;
  }
  return done;
}

Result<std::size_t> BufferedReader::Skip(std::size_t n) {
  std::size_t done = 0;
  while (done < n) {
    Fill(std::min(n - done, kChunk));
    if (available() == 0) {
      if (error_) return Status::Error(*error_);
      break;
    }
    const std::size_t take = std::min(n - done, available());
    Consume(take);
    done += take;
  }
  return done;
}

Result<std::size_t> BufferedReader::ReadAll(std::string& out, std::size_t max_bytes) {
  return ReadExact(max_bytes + 1, out);
}

}  // namespace marsad::ingest
