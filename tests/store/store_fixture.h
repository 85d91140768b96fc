// Hand-built articles and a temporary database for the store tests.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

#include "marsad/core/core.h"
#include "marsad/store/store.h"

namespace marsad::store::testing {

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "marsad-store-XXXXXX").string();
    path_ = mkdtemp(tmpl.data()) ? tmpl : std::string();
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline EventArgument Arg(std::string text, std::string code, std::size_t start) {
  EventArgument a;
  a.span = {start, start + CodePointCount(text)};
  a.text = std::move(text);
  a.code = std::move(code);
  return a;
}

// One event: source does cameo to target, in sentence 0 of a body that starts with the words.
inline Event MakeEvent(const std::string& source, const std::string& source_code,
                       const std::string& verb, const std::string& target,
                       const std::string& target_code, const std::string& cameo,
                       double goldstein, int quad, const std::string& modality = "asserted") {
  Event e;
  e.sentence = 0;
  e.verb = Arg(verb, "", 0);
  e.source = Arg(source, source_code, e.verb.span.end + 1);
  e.target = Arg(target, target_code, e.source.span.end + 1);
  e.span = {0, e.target.span.end};
  e.text = verb + " " + source + " " + target;
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.goldstein = goldstein;
  e.quad_class = quad;
  e.plover = "CONSULT";
  e.modality = modality;
  e.confidence = 0.75;
  return e;
}

inline Article MakeArticle(const std::string& id, const std::string& date, std::string body,
                           std::vector<Event> events = {}) {
  Article a;
  a.id = id;
  a.url = "https://example.com/news/" + id;
  a.site = "example.com";
  a.date = date;
  a.encoding = "UTF-8";
  a.title = "عنوان " + id;
  a.body = std::move(body);
  a.sentences = {{{0, CodePointCount(a.body)}}};
  a.events = std::move(events);
  return a;
}

}  // namespace marsad::store::testing
