// Helpers for ingest and end-to-end tests: gzip bytes, re-encoded text, temporary files.
#pragma once

#include <unicode/ucnv.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::testing {

// One gzip member holding data (as gzip(1) writes it).
inline std::string GzipBytes(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// UTF-8 text encoded in another charset by ICU's encoder (the code under test only decodes).
inline std::string Encode(std::string_view utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  out.resize(U_SUCCESS(err) ? n : 0);
  return out;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::filesystem::path& path, std::string_view bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("marsad-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The article sources samples/ is generated from (tools/samples/NAME.txt): title and
// paragraphs, subheading markers removed.
struct SampleArticle {
  std::string title;
  std::vector<std::string> paragraphs;
};

inline SampleArticle LoadSampleArticle(const std::string& source_dir, const std::string& name) {
  SampleArticle a;
  std::istringstream in(ReadFile(source_dir + "/tools/samples/" + name + ".txt"));
  bool body = false;
  for (std::string line; std::getline(in, line);) {
    if (!body) {
      if (line.rfind("title: ", 0) == 0) a.title = line.substr(7);
      if (line == "---") body = true;
      continue;
    }
    if (line.empty()) continue;
    if (line.rfind("## ", 0) == 0) line = line.substr(3);
    a.paragraphs.push_back(line);
  }
  return a;
}

}  // namespace marsad::testing
