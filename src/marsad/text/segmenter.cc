// Segmenter (interim: no split) until the trained model lands.
#include "marsad/text/text.h"

namespace marsad::text {

struct Segmenter::Impl {};
Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;
Result<Segmenter> Segmenter::Load(const std::string&) { return Segmenter(); }
Result<Segmenter> Segmenter::LoadDefault() { return Segmenter(); }
std::vector<std::u32string> Segmenter::Segment(std::u32string_view w) const { return {std::u32string(w)}; }
std::u32string Segmenter::Stem(std::u32string_view w) const { return std::u32string(w); }

}  // namespace marsad::text
