// Internal to marsad/server: the query string of an API request, checked. Every getter reports
// a bad value as a Status naming the parameter, for a 400 answer.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "marsad/store/store.h"

namespace marsad::server {

// Longest value accepted for any parameter (a search query, a code, a date).
inline constexpr std::size_t kMaxParamBytes = 256;
// Most rows one page returns.
inline constexpr std::size_t kMaxPageSize = 500;

class QueryParams {
 public:
  explicit QueryParams(const std::multimap<std::string, std::string>& params) : params_(params) {}

  // Refuses names outside `allowed`, repeated names and values longer than kMaxParamBytes.
  Status Check(const std::vector<std::string>& allowed) const;
  std::string Text(const std::string& name) const;  // "" when absent
  // An integer in [min, max], or fallback when absent.
  Result<long long> Integer(const std::string& name, long long fallback, long long min,
                            long long max) const;
  Result<bool> Flag(const std::string& name) const;  // 1/0/true/false, false when absent

  // page (from 1) and limit, as offset and limit.
  struct Page {
    std::size_t offset = 0;
    std::size_t limit = 0;
    long long number = 1;
  };
  Result<Page> Paging(std::size_t default_limit) const;
  // The filters of `marsad events`: actor, source, target, code, root, quad, since, until,
  // modality, facts_only; checked with store::Validate.
  Result<store::EventFilter> EventFilter() const;

 private:
  const std::multimap<std::string, std::string>& params_;
};

// The parameter names EventFilter() reads.
const std::vector<std::string>& EventFilterParams();
// a + b, for the allowed lists of Check.
std::vector<std::string> Concat(std::vector<std::string> a, const std::vector<std::string>& b);

}  // namespace marsad::server
