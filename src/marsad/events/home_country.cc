#include "marsad/events/internal/home_country.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>

namespace marsad::events {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

bool IsRegionCode(const std::string& code) {
  static const std::set<std::string> regions = {"MEA", "AFR", "ASA", "LAM", "NAF", "SAF", "SAM", "SAS", "SEA",
                                                "WAF", "EAF", "CAS", "WST", "PGS", "CAU", "BLK", "EEU", "WEU",
                                                "CFR", "CMN", "EIN", "NMR", "SCN"};
  return code.size() >= 3 && regions.count(code.substr(0, 3)) > 0;
}

bool IsCountryCode(const std::string& code) {
  // CAMEO's regions (الشرق الأوسط → MEA) name no state whose forces or government act.
  return code.size() >= 3 && code.compare(0, 3, "IGO") != 0 && code.compare(0, 3, "IMG") != 0 &&
         code.compare(0, 3, "NGO") != 0 && code.compare(0, 3, "MED") != 0 && !IsRegionCode(code);
}

std::string UrlHost(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (const std::size_t at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  std::string host = Lower(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

Status SiteCountries::AddFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status();
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    const std::string code = tab == std::string::npos ? "" : line.substr(tab + 1);
    if (tab == 0 || code.size() != 3 || !std::all_of(code.begin(), code.end(), ::isupper)) {
      return Status::Error(path + ":" + std::to_string(n) + ": want `host-or-site TAB COUNTRY` (three capitals)");
    }
    const std::string key = Lower(line.substr(0, tab));
    (key.find('.') == std::string::npos ? names_ : hosts_)[key] = code;
  }
  return Status();
}

std::string SiteCountries::Find(const std::optional<std::string>& url, const std::optional<std::string>& site) const {
  if (url) {
    const std::string host = UrlHost(*url);
    // alanba.com.kw, then .com.kw, then .kw: the longest listed suffix wins.
    for (std::size_t at = 0; !host.empty() && at != std::string::npos; at = host.find('.', at + 1)) {
      const std::string suffix = at == 0 ? host : host.substr(at);
      if (auto it = hosts_.find(suffix); it != hosts_.end()) return it->second;
    }
  }
  if (site) {
    if (auto it = names_.find(Lower(*site)); it != names_.end()) return it->second;
  }
  return "";
}

}  // namespace marsad::events
