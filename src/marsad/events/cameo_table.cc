#include "marsad/events/internal/cameo_table.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace marsad::events {

Result<CameoTable> CameoTable::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  std::string line;
  if (!std::getline(in, line) || !line.starts_with("# marsad-cameo-codes v1")) {
    return Status::Error(path + ": not a CAMEO code table (expected '# marsad-cameo-codes v1')");
  }
  CameoTable table;
  for (int n = 2; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string s; std::getline(fields, s, '\t');) f.push_back(s);
    if (f.size() < 6) return Status::Error(path + ":" + std::to_string(n) + ": expected 6 fields");
    CameoCode c;
    c.code = f[0];
    c.root = f[1];
    try {
      c.goldstein = std::stod(f[2]);
      c.quad_class = std::stoi(f[3]);
    } catch (...) {
      return Status::Error(path + ":" + std::to_string(n) + ": bad number");
    }
    c.plover = f[4].substr(0, f[4].find(';'));
    c.label = f[5];
    table.codes_[c.code] = std::move(c);
  }
  if (table.codes_.empty()) return Status::Error(path + ": no codes");
  return table;
}

const CameoCode* CameoTable::Find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace marsad::events
