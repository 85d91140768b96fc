// PosTagger (interim: every token NOUN) until the trained model lands.
#include "marsad/text/text.h"

namespace marsad::text {

struct PosTagger::Impl {};
PosTagger::PosTagger() : impl_(std::make_unique<Impl>()) {}
PosTagger::PosTagger(PosTagger&&) noexcept = default;
PosTagger& PosTagger::operator=(PosTagger&&) noexcept = default;
PosTagger::~PosTagger() = default;
Result<PosTagger> PosTagger::Load(const std::string&) { return PosTagger(); }
Result<PosTagger> PosTagger::LoadDefault() { return PosTagger(); }
std::vector<std::string> PosTagger::Tag(const std::vector<std::u32string>& t) const {
  return std::vector<std::string>(t.size(), "NOUN");
}

}  // namespace marsad::text
