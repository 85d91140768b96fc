// The store's query commands: events, dyads, timeline, top-actors, show, search (ingest is in
// cmd_ingest.cc). Each parses its flags, asks the store, and prints.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "marsad/cli/commands.h"
#include "marsad/store/store.h"

namespace marsad::cli {

void RegisterIngestCommand(CLI::App& app, int* exit_code);    // cmd_ingest.cc
void RegisterMaintainCommands(CLI::App& app, int* exit_code);  // cmd_maintain.cc

namespace {

struct QueryArgs {
  std::string db;
  std::string format;
  store::EventFilter filter;
  std::size_t limit = 20;
};

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) != 0; }

int Fail(const char* command, const std::string& message, int status = 2) {
  std::fprintf(stderr, "marsad %s: %s\n", command, message.c_str());
  return status;
}

// Table on a terminal, TSV in a pipe (easy for cut, awk, spreadsheets).
std::optional<store::Format> OutputFormat(const std::string& name) {
  if (name.empty()) return StdoutIsTerminal() ? store::Format::kTable : store::Format::kTsv;
  return store::ParseFormat(name);
}

std::string Fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Opens the store named by --db, which must exist: queries never create databases.
Result<store::Store> OpenExisting(const std::string& db) {
  if (access(db.c_str(), F_OK) != 0) {
    return Status::Error(db + ": no such database (create it with marsad ingest --db " + db +
                         " PATH...)");
  }
  return store::Store::Open(db, store::OpenMode::kReadOnly);
}

// A date filter (or a timeline, which needs dates) leaves out the events of undated articles:
// say how many, on stderr, rather than let them vanish silently.
void NoteUndated(const char* command, store::Store& store, const store::EventFilter& f,
                 bool timeline = false) {
  if (!timeline && f.since.empty() && f.until.empty()) return;
  auto undated = store.UndatedEvents(f);
  if (!undated.ok() || undated.value() == 0) return;
  std::fprintf(stderr, "marsad %s: %lld events of undated articles left out%s\n", command,
               static_cast<long long>(undated.value()),
               timeline ? "" : " by --since/--until");
}

// --limit N: a whole number from 0 to kMaxLimit, checked as written (CLI11 would wrap "-1"
// to 2^64 - 1 for an unsigned option, which SQLite then refuses as a datatype mismatch).
constexpr std::size_t kMaxLimit = 1'000'000'000;

void AddLimitOption(CLI::App* cmd, std::size_t& limit, const std::string& what) {
  cmd->add_option("--limit", limit, "at most this many " + what + " (0: all)")
      ->check(CLI::Validator(
          [](std::string& s) -> std::string {
            const bool digits = !s.empty() && s.size() <= 10 &&
                                s.find_first_not_of("0123456789") == std::string::npos;
            if (digits && std::stoull(s) <= kMaxLimit) return {};
            return "--limit wants a whole number from 0 to " + std::to_string(kMaxLimit) +
                   ", not '" + s + "'";
          },
          "0.." + std::to_string(kMaxLimit)));
}

void AddFilterOptions(CLI::App* cmd, store::EventFilter& f, bool with_limit) {
  cmd->add_option("--actor", f.actor, "actor code prefix on either side (SYR, USAGOV, IGOUNO)");
  cmd->add_option("--source", f.source, "source actor code prefix");
  cmd->add_option("--target", f.target, "target actor code prefix");
  cmd->add_option("--code", f.code, "CAMEO event code prefix (04, 042, 0421)");
  cmd->add_option("--root", f.root, "CAMEO root code (01 .. 20)");
  cmd->add_option("--quad", f.quad, "QuadClass: 1 verbal coop, 2 material coop, 3 verbal "
                                    "conflict, 4 material conflict");
  cmd->add_option("--since", f.since,
                  "first article date, YYYY-MM-DD (or YYYY-MM, YYYY); undated articles are "
                  "left out, and counted on stderr");
  cmd->add_option("--until", f.until, "last article date, YYYY-MM-DD (or YYYY-MM, YYYY)");
  cmd->add_option("--modality", f.modality,
                  "asserted, negated, denied, reported, hypothetical or future");
  cmd->add_flag("--facts-only", f.facts_only, "drop negated, denied and hypothetical events");
  cmd->add_option("--country", f.country,
                  "events whose place is in this country: ISO 3166-1 alpha-3 (IRQ, SYR, USA)");
  cmd->add_option("--place", f.place,
                  "events at this place, by its Arabic name (بغداد) or English name (Baghdad)");
  if (with_limit) AddLimitOption(cmd, f.limit, "events");
}

CLI::App* AddQueryCommand(CLI::App& app, const char* name, const std::string& description,
                          const std::string& examples, QueryArgs& args) {
  CLI::App* cmd = app.add_subcommand(name, description);
  cmd->footer(examples);
  cmd->add_option("--db", args.db, "SQLite database written by marsad ingest")->required();
  return cmd;
}

// ---- events ------------------------------------------------------------------------------

std::string ArgumentCell(const EventArgument& a) { return a.present() ? a.text : ""; }

int RunEvents(const QueryArgs& args, bool mentions) {
  // Usage errors first: they do not depend on the database.
  const auto format = OutputFormat(args.format);
  if (!format && args.format != "gdelt") {
    return Fail("events", "unknown --format '" + args.format + "'", 1);
  }
  if (mentions && args.format != "gdelt") return Fail("events", "--mentions goes with --format gdelt", 1);
  if (auto v = store::Validate(args.filter); !v.ok()) return Fail("events", v.message(), 1);
  auto store = OpenExisting(args.db);
  if (!store.ok()) return Fail("events", store.error());
  NoteUndated("events", store.value(), args.filter);
  if (args.format == "gdelt") {
    Status s = mentions ? store::WriteGdeltMentions(store.value(), args.filter, std::cout)
                        : store::WriteGdeltEvents(store.value(), args.filter, std::cout);
    return s.ok() ? 0 : Fail("events", s.message());
  }
  auto events = store->Events(args.filter);
  if (!events.ok()) return Fail("events", events.error());
  if (*format == store::Format::kJsonl) {
    for (const auto& e : events.value()) std::cout << store::ToJsonLine(e) << '\n';
    return 0;
  }
  store::TableWriter table(*format, {"id", "date", "source", "source_text", "cameo", "verb",
                                     "target", "target_text", "goldstein", "quad", "modality",
                                     "article", "place", "place_country"});
  for (const auto& se : events.value()) {
    const Event& e = se.event;
    table.Add({std::to_string(se.id), se.date.value_or(""), e.source.code, ArgumentCell(e.source),
               e.cameo, ArgumentCell(e.verb), e.target.code, ArgumentCell(e.target),
               Fixed(e.goldstein, 1), std::to_string(e.quad_class), e.modality, se.article_id,
               e.place ? e.place->text : "", e.place ? e.place->country : ""});
  }
  table.Finish(std::cout);
  return 0;
}

void RegisterEvents(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<QueryArgs>();
  auto mentions = std::make_shared<bool>(false);
  CLI::App* cmd = AddQueryCommand(
      app, "events",
      "Print the stored events, filtered: who did what to whom, when, with the CAMEO code, "
      "Goldstein score, QuadClass and modality. --format gdelt writes GDELT 2.0 Events (61 "
      "columns) or, with --mentions, GDELT 2.0 Mentions (16 columns).",
      "Examples:\n"
      "  marsad events --db marsad.db\n"
      "  marsad events --db marsad.db --actor SYR --root 19 --since 2015-01-01\n"
      "  marsad events --db marsad.db --source USA --target IRN --facts-only --format jsonl\n"
      "  marsad events --db marsad.db --format gdelt > events.tsv\n"
      "  marsad events --db marsad.db --format gdelt --mentions > mentions.tsv\n",
      *args);
  AddFilterOptions(cmd, args->filter, true);
  cmd->add_option("--format", args->format,
                  "table, jsonl, tsv, csv or gdelt (default: table on a terminal, else tsv)");
  cmd->add_flag("--mentions", *mentions, "with --format gdelt: the Mentions table");
  cmd->callback([=] { *exit_code = RunEvents(*args, *mentions); });
}

// ---- dyads, timeline, top-actors ---------------------------------------------------------

int RunDyads(const QueryArgs& args) {
  const auto format = OutputFormat(args.format);
  if (!format) return Fail("dyads", "unknown --format '" + args.format + "'", 1);
  if (auto v = store::Validate(args.filter); !v.ok()) return Fail("dyads", v.message(), 1);
  auto store = OpenExisting(args.db);
  if (!store.ok()) return Fail("dyads", store.error());
  NoteUndated("dyads", store.value(), args.filter);
  auto dyads = store->Dyads(args.filter, args.limit);
  if (!dyads.ok()) return Fail("dyads", dyads.error());
  store::TableWriter table(*format, {"source", "target", "events", "mean_goldstein"});
  for (const auto& d : dyads.value()) {
    table.Add({d.source, d.target, std::to_string(d.events), Fixed(d.mean_goldstein, 2)});
  }
  table.Finish(std::cout);
  return 0;
}

int RunTimeline(const QueryArgs& args, const std::string& by) {
  const auto format = OutputFormat(args.format);
  if (!format) return Fail("timeline", "unknown --format '" + args.format + "'", 1);
  if (auto v = store::Validate(args.filter); !v.ok()) return Fail("timeline", v.message(), 1);
  auto store = OpenExisting(args.db);
  if (!store.ok()) return Fail("timeline", store.error());
  const store::Period period = by == "day"    ? store::Period::kDay
                               : by == "week" ? store::Period::kWeek
                                              : store::Period::kMonth;
  NoteUndated("timeline", store.value(), args.filter, /*timeline=*/true);
  auto points = store->Timeline(args.filter, period);
  if (!points.ok()) return Fail("timeline", points.error());
  store::TableWriter table(*format, {by, "events", "mean_goldstein", "verbal_coop",
                                     "material_coop", "verbal_conflict", "material_conflict"});
  for (const auto& p : points.value()) {
    table.Add({p.period, std::to_string(p.events), Fixed(p.mean_goldstein, 2),
               std::to_string(p.quad[0]), std::to_string(p.quad[1]), std::to_string(p.quad[2]),
               std::to_string(p.quad[3])});
  }
  table.Finish(std::cout);
  return 0;
}

int RunTopActors(const QueryArgs& args) {
  const auto format = OutputFormat(args.format);
  if (!format) return Fail("top-actors", "unknown --format '" + args.format + "'", 1);
  if (auto v = store::Validate(args.filter); !v.ok()) return Fail("top-actors", v.message(), 1);
  auto store = OpenExisting(args.db);
  if (!store.ok()) return Fail("top-actors", store.error());
  NoteUndated("top-actors", store.value(), args.filter);
  auto actors = store->TopActors(args.filter, args.limit);
  if (!actors.ok()) return Fail("top-actors", actors.error());
  store::TableWriter table(*format, {"code", "name", "events", "as_source", "as_target"});
  for (const auto& a : actors.value()) {
    table.Add({a.code, a.name, std::to_string(a.events()), std::to_string(a.as_source),
               std::to_string(a.as_target)});
  }
  table.Finish(std::cout);
  return 0;
}

void RegisterAggregates(CLI::App& app, int* exit_code) {
  auto dyads = std::make_shared<QueryArgs>();
  CLI::App* cmd = AddQueryCommand(
      app, "dyads", "The actor pairs (source → target) with the most events, and their mean "
                    "Goldstein score.",
      "Examples:\n"
      "  marsad dyads --db marsad.db\n"
      "  marsad dyads --db marsad.db --actor SYR --quad 4 --limit 10\n",
      *dyads);
  AddFilterOptions(cmd, dyads->filter, false);
  AddLimitOption(cmd, dyads->limit, "pairs");
  cmd->add_option("--format", dyads->format, "table, jsonl, tsv or csv");
  cmd->callback([=] { *exit_code = RunDyads(*dyads); });

  auto timeline = std::make_shared<QueryArgs>();
  auto by = std::make_shared<std::string>("month");
  cmd = AddQueryCommand(
      app, "timeline",
      "Events per day, week (named by its Monday) or month, with mean Goldstein and counts "
      "per QuadClass; undated articles are left out.",
      "Examples:\n"
      "  marsad timeline --db marsad.db --source SYR --target USA --by month\n"
      "  marsad timeline --db marsad.db --actor IRN --by week --format csv\n",
      *timeline);
  AddFilterOptions(cmd, timeline->filter, false);
  cmd->add_option("--by", *by, "day, week or month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_option("--format", timeline->format, "table, jsonl, tsv or csv");
  cmd->callback([=] { *exit_code = RunTimeline(*timeline, *by); });

  auto top = std::make_shared<QueryArgs>();
  cmd = AddQueryCommand(
      app, "top-actors", "The actor codes in the most events, as source or target, with the "
                         "words most often coded as each.",
      "Examples:\n"
      "  marsad top-actors --db marsad.db\n"
      "  marsad top-actors --db marsad.db --root 19 --limit 5\n",
      *top);
  AddFilterOptions(cmd, top->filter, false);
  AddLimitOption(cmd, top->limit, "actors");
  cmd->add_option("--format", top->format, "table, jsonl, tsv or csv");
  cmd->callback([=] { *exit_code = RunTopActors(*top); });
}

// ---- show, search ------------------------------------------------------------------------

int RunShow(const QueryArgs& args, const std::string& id) {
  auto store = OpenExisting(args.db);
  if (!store.ok()) return Fail("show", store.error());
  auto article = store->Get(id);
  if (!article.ok()) return Fail("show", article.error());
  if (!article.value()) return Fail("show", args.db + ": no article with id " + id);
  const Article& a = *article.value();
  if (args.format == "jsonl") {
    std::cout << ToJsonLine(a, RecordFields{true, true, true}) << '\n';
    return 0;
  }
  if (!args.format.empty() && args.format != "table") {
    return Fail("show", "--format is table or jsonl", 1);
  }
  std::cout << "id: " << a.id << "\nurl: " << a.url.value_or("") << "\ndate: "
            << a.date.value_or("") << (a.date_source ? " (" + *a.date_source + ")" : "")
            << "\nsite: " << a.site.value_or("") << "\n";
  if (a.author) std::cout << "author: " << *a.author << "\n";
  if (a.duplicate_of) std::cout << "duplicate of: " << *a.duplicate_of << "\n";
  if (a.error) std::cout << "error: " << *a.error << "\n";
  std::cout << "title: " << a.title << "\n\n" << a.body << "\n\n";
  store::TableWriter entities(store::Format::kTable, {"start", "end", "type", "actor", "text"});
  for (const auto& e : a.entities) {
    entities.Add({std::to_string(e.span.start), std::to_string(e.span.end), e.type, e.actor, e.text});
  }
  std::cout << "entities (" << a.entities.size() << "):\n";
  entities.Finish(std::cout);
  store::TableWriter events(store::Format::kTable, {"sentence", "source", "cameo", "target",
                                                    "goldstein", "modality", "text"});
  for (const auto& e : a.events) {
    events.Add({std::to_string(e.sentence), e.source.code, e.cameo, e.target.code,
                Fixed(e.goldstein, 1), e.modality, e.text});
  }
  std::cout << "\nevents (" << a.events.size() << "):\n";
  events.Finish(std::cout);
  return 0;
}

int RunSearch(const QueryArgs& args, const std::vector<std::string>& words) {
  std::string query;
  for (const auto& w : words) query += (query.empty() ? "" : " ") + w;
  // A query over the limits is a usage error (exit 1), before the database is opened.
  if (const std::size_t n = store::SearchTokens(query, false).size();
      n > store::Store::kMaxQueryWords || query.size() > store::Store::kMaxQueryBytes) {
    return Fail("search",
                "the query has " + std::to_string(n) + " words and " +
                    std::to_string(query.size()) + " bytes; at most " +
                    std::to_string(store::Store::kMaxQueryWords) + " words and " +
                    std::to_string(store::Store::kMaxQueryBytes) + " bytes are searched",
                1);
  }
  auto store = OpenExisting(args.db);
  if (!store.ok()) return Fail("search", store.error());
  store::SearchOptions options;
  options.limit = args.limit;
  const bool colour = StdoutIsTerminal() && args.format.empty();
  if (colour) {
    options.open = "\x1b[1;31m";
    options.close = "\x1b[0m";
  }
  auto hits = store->Search(query, options);
  if (!hits.ok()) return Fail("search", hits.error());
  if (args.format.empty()) {
    for (const auto& h : hits.value()) {
      std::cout << h.article_id << "  " << h.date.value_or("") << "  " << h.title << "\n    "
                << h.snippet << "\n";
    }
    if (hits->empty()) std::fprintf(stderr, "marsad search: no article matches '%s'\n", query.c_str());
    return 0;
  }
  const auto format = store::ParseFormat(args.format);
  if (!format) return Fail("search", "unknown --format '" + args.format + "'", 1);
  store::TableWriter table(*format, {"id", "date", "url", "title", "snippet"});
  for (const auto& h : hits.value()) {
    table.Add({h.article_id, h.date.value_or(""), h.url.value_or(""), h.title, h.snippet});
  }
  table.Finish(std::cout);
  return 0;
}

void RegisterArticleCommands(CLI::App& app, int* exit_code) {
  auto show = std::make_shared<QueryArgs>();
  auto id = std::make_shared<std::string>();
  CLI::App* cmd = AddQueryCommand(
      app, "show", "Print a stored article with its entities and events.",
      "Examples:\n"
      "  marsad show --db marsad.db 3f2a9c0e1b7d4a55\n"
      "  marsad show --db marsad.db 3f2a9c0e1b7d4a55 --format jsonl   # the full record\n",
      *show);
  cmd->add_option("ARTICLE_ID", *id, "the article's id (see marsad events or marsad search)")
      ->required();
  cmd->add_option("--format", show->format, "table (readable) or jsonl (the article record)");
  cmd->callback([=] { *exit_code = RunShow(*show, *id); });

  auto search = std::make_shared<QueryArgs>();
  auto words = std::make_shared<std::vector<std::string>>();
  cmd = AddQueryCommand(
      app, "search",
      "Full-text search of titles and bodies, Arabic-aware: hamza and alef forms, ى/ي and ة/ه "
      "are folded and clitics stripped, so أمريكا also finds امريكا and وأمريكا. Prints each "
      "article's id, date, title and a snippet with the matches highlighted (in colour on a "
      "terminal, in [brackets] otherwise). Query syntax: words (all must match), \"a phrase\", "
      "OR, NOT, prefix*.",
      "Examples:\n"
      "  marsad search --db marsad.db أمريكا\n"
      "  marsad search --db marsad.db '\"مجلس الأمن\" OR الأمم' --limit 5\n"
      "  marsad search --db marsad.db إيران --format tsv\n",
      *search);
  cmd->add_option("QUERY", *words, "the query (at most 64 words, 4096 bytes)")->required();
  AddLimitOption(cmd, search->limit, "articles");
  cmd->add_option("--format", search->format, "jsonl, tsv, csv or table instead of snippets");
  cmd->callback([=] { *exit_code = RunSearch(*search, *words); });
}

}  // namespace

void RegisterStoreCommands(CLI::App& app, int* exit_code) {
  RegisterIngestCommand(app, exit_code);
  RegisterMaintainCommands(app, exit_code);
  RegisterEvents(app, exit_code);
  RegisterAggregates(app, exit_code);
  RegisterArticleCommands(app, exit_code);
}

}  // namespace marsad::cli
