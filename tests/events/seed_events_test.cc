// The seed page (../shared/data/seed/erem-news-2014-isis.txt, read in place) coded end to end
// by `marsad code`. The expected events are an analyst's reading of the article, written down
// here as dyads and root codes (not copied sentences):
//   - US air strikes on the Islamic State in Iraq (USA -> IMGMUSISI, root 19);
//   - Damascus offering to work with the US and with Britain against the Islamic State
//     (SYRGOV -> USA, SYRGOV -> GBR, root 03);
//   - sources saying Washington gave the Syrian government intelligence (USA -> SYRGOV, 064),
//     which the US and Syria both denied (the 064 event is denied; USA 016 and SYR 016);
//   - Syrian strikes on Islamic State leaders (SYR -> IMGMUSISI, root 19);
//   - Damascus seeking to return to the Arab League (SYRGOV -> ARL, root 03);
//   - Egypt as a possible bridge between Damascus and the Gulf (EGY -> SYRGOV and GCC, 045);
// and no attack of any kind by the US on Syria.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/run_marsad.h"

namespace marsad::testing {
namespace {

struct SeedEvent {
  std::string source, target, cameo, modality;
};

std::vector<SeedEvent> CodeSeed() {
  const auto r = RunMarsad("code -q " + SharedDir() + "/data/seed/erem-news-2014-isis.txt");
  EXPECT_EQ(r.status, 0);
  std::vector<SeedEvent> out;
  const auto record = nlohmann::json::parse(r.out, nullptr, false);
  if (record.is_discarded() || !record.contains("events")) return out;
  for (const auto& e : record["events"]) {
    auto code = [](const nlohmann::json& a) {
      return a.is_object() && a["code"].is_string() ? a["code"].get<std::string>() : "";
    };
    out.push_back({code(e["source"]), code(e["target"]), e["cameo"], e["modality"]});
  }
  return out;
}

bool Has(const std::vector<SeedEvent>& events, const std::string& source, const std::string& target,
         const std::string& code, const std::string& modality = "") {
  for (const auto& e : events) {
    if (e.source.rfind(source, 0) == 0 && (target.empty() ? e.target.empty() : e.target.rfind(target, 0) == 0) &&
        e.cameo.rfind(code, 0) == 0 && (modality.empty() || e.modality == modality)) {
      return true;
    }
  }
  return false;
}

std::string Dump(const std::vector<SeedEvent>& events) {
  std::string s;
  for (const auto& e : events) s += e.source + " -> " + e.target + " " + e.cameo + " " + e.modality + "\n";
  return s;
}

TEST(SeedEvents, FindsTheEventsAnAnalystReads) {
  const auto ev = CodeSeed();
  EXPECT_TRUE(Has(ev, "USA", "IMGMUSISI", "19", "asserted")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "SYRGOV", "USA", "03")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "SYRGOV", "GBR", "03")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "USA", "SYRGOV", "064", "denied")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "USA", "", "016")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "SYR", "", "016")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "SYR", "IMGMUSISI", "19")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "SYRGOV", "ARL", "03")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "EGY", "SYRGOV", "045")) << Dump(ev);
  EXPECT_TRUE(Has(ev, "EGY", "GCC", "045")) << Dump(ev);
}

TEST(SeedEvents, NoUsAttackOnSyria) {
  for (const auto& e : CodeSeed()) {
    const bool attack = e.cameo.rfind("18", 0) == 0 || e.cameo.rfind("19", 0) == 0 || e.cameo.rfind("20", 0) == 0;
    EXPECT_FALSE(attack && e.source.rfind("USA", 0) == 0 && e.target.rfind("SYR", 0) == 0)
        << e.source << " -> " << e.target << " " << e.cameo;
  }
}

}  // namespace
}  // namespace marsad::testing
