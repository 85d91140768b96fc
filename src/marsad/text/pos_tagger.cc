#include "marsad/text/internal/pos_model.h"
#include "marsad/text/text.h"

namespace marsad::text {

struct PosTagger::Impl {
  PosModel model;
};

PosTagger::PosTagger() : impl_(std::make_unique<Impl>()) {}
PosTagger::PosTagger(PosTagger&&) noexcept = default;
PosTagger& PosTagger::operator=(PosTagger&&) noexcept = default;
PosTagger::~PosTagger() = default;

Result<PosTagger> PosTagger::Load(const std::string& path) {
  PosTagger t;
  Status st = t.impl_->model.Load(path);
  if (!st.ok()) return st;
  return t;
}

Result<PosTagger> PosTagger::LoadWith(const std::string& path, const Lexicon* lexicon) {
  PosTagger t;
  Status st = t.impl_->model.Load(path, lexicon, "lexicon.tsv");
  if (!st.ok()) return st;
  return t;
}

std::vector<int> PosTagger::TagIds(const std::vector<std::u32string>& tokens) const {
  return impl_->model.Decode(tokens);
}

const std::vector<std::string>& PosTagger::tag_names() const { return impl_->model.tags(); }

Result<PosTagger> PosTagger::LoadDefault() { return Load(DataDir() + "/text/pos.model"); }

std::vector<std::string> PosTagger::Tag(const std::vector<std::u32string>& tokens) const {
  const auto ids = impl_->model.Decode(tokens);
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (int id : ids) out.push_back(impl_->model.tags()[static_cast<std::size_t>(id)]);
  return out;
}

}  // namespace marsad::text
