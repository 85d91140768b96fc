// The API routes. Each one checks its parameters, borrows a store connection, calls the store's
// query and writes JSON; none builds SQL.
#include "marsad/server/internal/api.h"

#include <cstdio>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "marsad/server/internal/query_params.h"

namespace marsad::server {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

ApiResponse JsonResponse(const Json& j) {
  ApiResponse r;
  r.body = Dump(j);
  return r;
}

// A store error names the database file: log it, answer without it.
ApiResponse StoreFailure(const std::string& route, const Status& s) {
  std::fprintf(stderr, "marsad serve: %s: %s\n", route.c_str(), s.message().c_str());
  return ErrorResponse(500, "the database could not answer this request");
}

Json Optional(const std::optional<std::string>& s) { return s ? Json(*s) : Json(); }

// The codebook's label beside each event's code, for the page's tooltips.
void AddCameoLabel(Json& event, const std::map<std::string, std::string>& labels) {
  if (!event.is_object() || !event["cameo"].is_string() || event.contains("cameo_label")) return;
  auto it = labels.find(event["cameo"].get<std::string>());
  event["cameo_label"] = it == labels.end() ? Json() : Json(it->second);
}

// Paths may not leave the API's JSON: the article's source_path is where ingest read it.
Json ArticleJson(const Article& a, const std::map<std::string, std::string>& labels) {
  Json j = Json::parse(ToJsonLine(a, {true, true, true}), nullptr, false);
  if (!j.is_object()) return j;
  j.erase("source_path");
  for (auto& e : j["events"]) AddCameoLabel(e, labels);
  return j;
}

Json PageJson(const QueryParams::Page& page, Json items) {
  Json j;
  j["page"] = page.number;
  j["limit"] = page.limit;
  j["items"] = std::move(items);
  return j;
}

struct Request {
  StorePool& pool;
  const QueryParams& params;
  std::string arg;  // the {id} or {code} part of the path
  std::string route;
};

using Handler = std::function<ApiResponse(Request&)>;

// Runs body with a borrowed store, turning a failure to borrow into a 500.
ApiResponse WithStore(Request& r, const std::function<ApiResponse(store::Store&)>& body) {
  auto lease = r.pool.Acquire();
  if (!lease.ok()) return StoreFailure(r.route, lease.status());
  return body(*lease.value());
}

#define MARSAD_CHECK(expr)                                               \
  do {                                                                   \
    if (auto check_status = (expr); !check_status.ok()) {                \
      return ErrorResponse(400, check_status.message());                 \
    }                                                                    \
  } while (0)

// ---- routes ------------------------------------------------------------------------------

ApiResponse Stats(Request& r) {
  MARSAD_CHECK(r.params.Check({}));
  return WithStore(r, [&](store::Store& s) {
    auto counts = s.Counts();
    if (!counts.ok()) return StoreFailure(r.route, counts.status());
    auto sites = s.Sites();
    if (!sites.ok()) return StoreFailure(r.route, sites.status());
    auto timeline = s.Timeline({}, store::Period::kMonth);
    if (!timeline.ok()) return StoreFailure(r.route, timeline.status());
    Json j;
    j["articles"] = counts->articles;
    j["duplicates"] = counts->duplicates;
    j["failed"] = counts->failed;
    j["entities"] = counts->entities;
    j["events"] = counts->events;
    j["first_month"] = timeline->empty() ? Json() : Json(timeline->front().period);
    j["last_month"] = timeline->empty() ? Json() : Json(timeline->back().period);
    j["sites"] = Json::array();
    for (const auto& site : sites.value()) {
      j["sites"].push_back({{"site", site.site}, {"articles", site.articles}});
    }
    return JsonResponse(j);
  });
}

ApiResponse Articles(Request& r) {
  MARSAD_CHECK(r.params.Check({"q", "site", "since", "until", "page", "limit"}));
  auto page = r.params.Paging(20);
  MARSAD_CHECK(page.status());
  auto dates = r.params.EventFilter();  // only since and until can be set: checks them
  MARSAD_CHECK(dates.status());
  store::ArticleFilter f;
  f.query = r.params.Text("q");
  f.site = r.params.Text("site");
  f.since = dates->since;
  f.until = dates->until;
  f.limit = page->limit;
  f.offset = page->offset;
  return WithStore(r, [&](store::Store& s) {
    auto list = s.Articles(f);
    if (!list.ok()) return StoreFailure(r.route, list.status());
    Json items = Json::array();
    for (const auto& a : list->articles) {
      items.push_back({{"id", a.id}, {"title", a.title}, {"site", Optional(a.site)},
                       {"date", Optional(a.date)}, {"url", Optional(a.url)}, {"events", a.events}});
    }
    Json j = PageJson(page.value(), std::move(items));
    j["total"] = list->total;
    return JsonResponse(j);
  });
}

ApiResponse Article(Request& r) {
  MARSAD_CHECK(r.params.Check({}));
  return WithStore(r, [&](store::Store& s) {
    auto article = s.Get(r.arg);
    if (!article.ok()) return StoreFailure(r.route, article.status());
    if (!article.value() || article.value()->error) {
      return ErrorResponse(404, "no stored article has this id");
    }
    return JsonResponse(ArticleJson(*article.value(), r.pool.cameo_labels()));
  });
}

ApiResponse Events(Request& r) {
  MARSAD_CHECK(r.params.Check(Concat(EventFilterParams(), {"page", "limit"})));
  auto filter = r.params.EventFilter();
  MARSAD_CHECK(filter.status());
  auto page = r.params.Paging(50);
  MARSAD_CHECK(page.status());
  filter->offset = page->offset;
  filter->limit = page->limit + 1;  // one more tells whether there is a next page
  return WithStore(r, [&](store::Store& s) {
    auto events = s.Events(filter.value());
    if (!events.ok()) return StoreFailure(r.route, events.status());
    const bool more = events->size() > page->limit;
    if (more) events->pop_back();
    Json items = Json::array();
    for (const auto& e : events.value()) {
      items.push_back(Json::parse(store::ToJsonLine(e)));
      AddCameoLabel(items.back(), r.pool.cameo_labels());
    }
    Json j = PageJson(page.value(), std::move(items));
    j["more"] = more;
    return JsonResponse(j);
  });
}

ApiResponse EventsTsv(Request& r) {
  MARSAD_CHECK(r.params.Check(EventFilterParams()));
  auto filter = r.params.EventFilter();
  MARSAD_CHECK(filter.status());
  return WithStore(r, [&](store::Store& s) {
    std::ostringstream out;
    if (auto status = store::WriteGdeltEvents(s, filter.value(), out); !status.ok()) {
      return StoreFailure(r.route, status);
    }
    ApiResponse resp;
    resp.content_type = "text/tab-separated-values; charset=utf-8";
    resp.body = out.str();
    resp.download_name = "events.tsv";
    return resp;
  });
}

ApiResponse Dyads(Request& r) {
  MARSAD_CHECK(r.params.Check(Concat(EventFilterParams(), {"limit"})));
  auto filter = r.params.EventFilter();
  MARSAD_CHECK(filter.status());
  auto limit = r.params.Integer("limit", 50, 1, kMaxPageSize);
  MARSAD_CHECK(limit.status());
  return WithStore(r, [&](store::Store& s) {
    auto dyads = s.Dyads(filter.value(), static_cast<std::size_t>(limit.value()));
    if (!dyads.ok()) return StoreFailure(r.route, dyads.status());
    Json items = Json::array();
    for (const auto& d : dyads.value()) {
      items.push_back({{"source", d.source}, {"target", d.target}, {"events", d.events},
                       {"mean_goldstein", d.mean_goldstein}});
    }
    return JsonResponse({{"items", std::move(items)}});
  });
}

ApiResponse Timeline(Request& r) {
  MARSAD_CHECK(r.params.Check(Concat(EventFilterParams(), {"by"})));
  auto filter = r.params.EventFilter();
  MARSAD_CHECK(filter.status());
  const std::string by = r.params.Text("by").empty() ? "month" : r.params.Text("by");
  store::Period period;
  if (by == "day") {
    period = store::Period::kDay;
  } else if (by == "week") {
    period = store::Period::kWeek;
  } else if (by == "month") {
    period = store::Period::kMonth;
  } else {
    return ErrorResponse(400, "parameter 'by': day, week or month");
  }
  return WithStore(r, [&](store::Store& s) {
    auto points = s.Timeline(filter.value(), period);
    if (!points.ok()) return StoreFailure(r.route, points.status());
    Json items = Json::array();
    for (const auto& p : points.value()) {
      items.push_back({{"period", p.period},
                       {"events", p.events},
                       {"mean_goldstein", p.events == 0 ? Json() : Json(p.mean_goldstein)},
                       {"quad", {p.quad[0], p.quad[1], p.quad[2], p.quad[3]}}});
    }
    return JsonResponse({{"by", by}, {"items", std::move(items)}});
  });
}

Json ActorJson(const store::ActorCount& a) {
  return {{"code", a.code}, {"name", a.name}, {"as_source", a.as_source},
          {"as_target", a.as_target}, {"events", a.events()}};
}

ApiResponse Actors(Request& r) {
  MARSAD_CHECK(r.params.Check(Concat(EventFilterParams(), {"limit"})));
  auto filter = r.params.EventFilter();
  MARSAD_CHECK(filter.status());
  auto limit = r.params.Integer("limit", 50, 1, kMaxPageSize);
  MARSAD_CHECK(limit.status());
  return WithStore(r, [&](store::Store& s) {
    auto actors = s.TopActors(filter.value(), static_cast<std::size_t>(limit.value()));
    if (!actors.ok()) return StoreFailure(r.route, actors.status());
    Json items = Json::array();
    for (const auto& a : actors.value()) items.push_back(ActorJson(a));
    return JsonResponse({{"items", std::move(items)}});
  });
}

ApiResponse Actor(Request& r) {
  MARSAD_CHECK(r.params.Check({}));
  store::EventFilter filter;
  filter.actor = r.arg;
  if (r.arg.empty() || r.arg.size() > 16 || !store::Validate(filter).ok()) {
    return ErrorResponse(400, "an actor code is capital letters and digits (SYR, USAGOV, IGOUNO)");
  }
  return WithStore(r, [&](store::Store& s) {
    // TopActors matches code prefixes: SYR also counts SYRGOV; the code itself is one row.
    auto actors = s.TopActors(filter, 0);
    if (!actors.ok()) return StoreFailure(r.route, actors.status());
    const store::ActorCount* self = nullptr;
    for (const auto& a : actors.value()) {
      if (a.code == r.arg) self = &a;
    }
    if (self == nullptr) return ErrorResponse(404, "no stored event has actor " + r.arg);
    Json j = ActorJson(*self);
    j["related"] = Json::array();  // codes under this one (SYRGOV under SYR)
    for (const auto& a : actors.value()) {
      if (a.code != r.arg && a.code.rfind(r.arg, 0) == 0) j["related"].push_back(ActorJson(a));
    }
    auto dyads = s.Dyads(filter, 20);
    if (!dyads.ok()) return StoreFailure(r.route, dyads.status());
    j["dyads"] = Json::array();
    for (const auto& d : dyads.value()) {
      j["dyads"].push_back({{"source", d.source}, {"target", d.target}, {"events", d.events},
                            {"mean_goldstein", d.mean_goldstein}});
    }
    return JsonResponse(j);
  });
}

ApiResponse Search(Request& r) {
  MARSAD_CHECK(r.params.Check({"q", "page", "limit"}));
  auto page = r.params.Paging(20);
  MARSAD_CHECK(page.status());
  const std::string q = r.params.Text("q");
  if (q.empty()) return ErrorResponse(400, "parameter 'q': what to search for");
  store::SearchOptions options;
  options.limit = page->limit;
  options.offset = page->offset;
  // Control characters mark the matches: they cannot occur in stored text as markup does, so
  // the page can split on them and never has to parse HTML from the database.
  options.open = "\x02";
  options.close = "\x03";
  return WithStore(r, [&](store::Store& s) {
    auto hits = s.Search(q, options);
    if (!hits.ok()) return StoreFailure(r.route, hits.status());
    Json items = Json::array();
    for (const auto& h : hits.value()) {
      items.push_back({{"id", h.article_id}, {"date", Optional(h.date)}, {"url", Optional(h.url)},
                       {"title", h.title}, {"snippet", h.snippet}});
    }
    Json j = PageJson(page.value(), std::move(items));
    j["marks"] = {"\x02", "\x03"};
    return JsonResponse(j);
  });
}

struct Route {
  std::string prefix;  // exact path, or a prefix ending in '/' followed by one path segment
  bool with_arg;
  Handler handler;
};

const std::vector<Route>& Routes() {
  static const std::vector<Route> routes = {
      {"/api/stats", false, Stats},        {"/api/articles", false, Articles},
      {"/api/articles/", true, Article},   {"/api/events", false, Events},
      {"/api/events.tsv", false, EventsTsv}, {"/api/dyads", false, Dyads},
      {"/api/timeline", false, Timeline},  {"/api/actors", false, Actors},
      {"/api/actors/", true, Actor},       {"/api/search", false, Search},
  };
  return routes;
}

}  // namespace

ApiResponse ErrorResponse(int status, const std::string& message) {
  ApiResponse r;
  r.status = status;
  r.body = Dump({{"error", message}, {"status", status}});
  return r;
}

ApiResponse AnswerApi(StorePool& pool, const std::string& path,
                      const std::multimap<std::string, std::string>& params) {
  const QueryParams query(params);
  for (const Route& route : Routes()) {
    std::string arg;
    if (route.with_arg) {
      if (path.size() <= route.prefix.size() || path.rfind(route.prefix, 0) != 0) continue;
      arg = path.substr(route.prefix.size());
      if (arg.find('/') != std::string::npos) continue;
    } else if (path != route.prefix) {
      continue;
    }
    Request request{pool, query, std::move(arg), route.prefix};
    return route.handler(request);
  }
  return ErrorResponse(404, "no such API route; see /api/stats, /api/articles, /api/events, "
                            "/api/dyads, /api/timeline, /api/actors, /api/search");
}

}  // namespace marsad::server
