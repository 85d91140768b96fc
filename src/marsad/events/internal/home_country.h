// marsad/events internal: the home country of an article — its dateline's country, else its
// news site's (data/events/sites.tsv) — for generic agents and honorifics that name no country
// (a paper names its own state's ministries and police without a nisba).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "marsad/core/core.h"

namespace marsad::events {

class SiteCountries {
 public:
  // Reads `host-suffix-or-site-name TAB country` lines; a missing file is an empty table.
  Status AddFile(const std::string& path);
  // The country of the URL's host (longest suffix on a dot boundary), else of the site name;
  // empty when neither is listed.
  std::string Find(const std::optional<std::string>& url, const std::optional<std::string>& site) const;

 private:
  std::unordered_map<std::string, std::string> hosts_;  // ".sa", "alriyadh.com"
  std::unordered_map<std::string, std::string> names_;  // "alriyadh"
};

// A CAMEO region (MEA, AFR, WEU ...): a place, never a party to an event.
bool IsRegionCode(const std::string& code);
// A code naming a state (IRQ, USAGOV): not an IGO, IMG, NGO, medium or CAMEO region.
bool IsCountryCode(const std::string& code);

// The lower-cased host of an http(s) URL without "www."; empty when url has none.
std::string UrlHost(std::string_view url);

}  // namespace marsad::events
