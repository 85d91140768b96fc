// marsad/events internal: CAMEO codes with Goldstein score, QuadClass and PLOVER category,
// loaded from data/events/cameo_codes.tsv (built by tools/build_event_tables.py).
#pragma once

#include <string>
#include <unordered_map>

#include "marsad/core/core.h"

namespace marsad::events {

struct CameoCode {
  std::string code;
  std::string root;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover;  // category only ("ASSAULT"), empty where PLOVER has none
  std::string label;
};

class CameoTable {
 public:
  static Result<CameoTable> Load(const std::string& path);
  // The code's row, or nullptr for a code the codebook does not have.
  const CameoCode* Find(const std::string& code) const;
  std::size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace marsad::events
