// `marsad code -` as a stream filter (issue 17, the contract a Hadoop Streaming mapper or a Spark
// RDD.pipe stage relies on): one record out per line in, in order, each written as soon as it
// is ready; a bad line is an error record and the run goes on; nothing carries from one line to
// the next; EOF and a reader that goes away (`| head -1`) end the run with status 0.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <csignal>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "marsad/core/core.h"
#include "support/ingest_fixtures.h"
#include "support/run_marsad.h"

namespace marsad {
namespace {

// The child `marsad ARGS...` with a pipe to its stdin and one from its stdout; stderr is
// dropped. Lines are read with a deadline, so a filter that holds its output fails the test
// instead of hanging it.
class Filter {
 public:
  explicit Filter(std::vector<std::string> args) {
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      std::signal(SIGPIPE, SIG_DFL);  // as a shell starts it: an ignored signal stays ignored
      dup2(in[0], STDIN_FILENO);
      dup2(out[1], STDOUT_FILENO);
      const int null = open("/dev/null", O_WRONLY);
      dup2(null, STDERR_FILENO);
      for (int fd : {in[0], in[1], out[0], out[1], null}) close(fd);
      std::vector<char*> argv{const_cast<char*>(MARSAD_BINARY)};
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(MARSAD_BINARY, argv.data());
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    to_ = in[1];
    from_ = out[0];
  }
  ~Filter() {
    CloseInput();
    CloseOutput();
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  bool started() const { return pid_ > 0; }
  // False when the child no longer reads (EPIPE; SIGPIPE is ignored by the test).
  bool Send(const std::string& line) {
    const std::string bytes = line + "\n";
    return write(to_, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
  }
  void CloseInput() {
    if (to_ >= 0) close(to_);
    to_ = -1;
  }
  void CloseOutput() {
    if (from_ >= 0) close(from_);
    from_ = -1;
  }
  // The next output line, or nullopt at EOF or when none comes within the deadline.
  std::optional<std::string> ReadLine(int timeout_ms = 60000) {
    for (;;) {
      if (auto nl = buffer_.find('\n'); nl != std::string::npos) {
        std::string line = buffer_.substr(0, nl);
        buffer_.erase(0, nl + 1);
        return line;
      }
      pollfd p{from_, POLLIN, 0};
      if (poll(&p, 1, timeout_ms) <= 0) return std::nullopt;
      char chunk[65536];
      const ssize_t got = read(from_, chunk, sizeof chunk);
      if (got <= 0) return std::nullopt;
      buffer_.append(chunk, static_cast<std::size_t>(got));
    }
  }
  // The exit status, or -1 when a signal ended the child.
  int Wait() {
    int status = 0;
    waitpid(pid_, &status, 0);
    waited_ = true;
    signal_ = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  int signal() const { return signal_; }

 private:
  pid_t pid_ = -1;
  int to_ = -1, from_ = -1;
  bool waited_ = false;
  int signal_ = 0;
  std::string buffer_;
};

class StreamFilter : public ::testing::Test {
 protected:
  // The test writes to a child that may have exited: EPIPE, not death.
  void SetUp() override { previous_ = std::signal(SIGPIPE, SIG_IGN); }
  void TearDown() override { std::signal(SIGPIPE, previous_); }

 private:
  void (*previous_)(int) = SIG_DFL;
};

// "p" + std::to_string(i), appended (GCC 12 warns on literal + temporary string: -Wrestrict).
std::string Numbered(const char* prefix, std::size_t n) {
  return std::string(prefix).append(std::to_string(n));
}

std::string Line(const std::string& id, const std::string& text) {
  std::string line = R"({"id":")";  // appended, not a + b + c: GCC 12 warns on that (-Wrestrict)
  line.append(id).append(R"(","text":")").append(text).append(R"(","date":"2024-03-02"})");
  return line;
}

const std::string kStrike = "قصفت الطائرات الأمريكية مواقع داعش في العراق.";
const std::string kMeeting = "استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة.";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Good and bad lines mixed, two workers: as many records as lines, in input order, the bad
// lines as error records that name their line, the good ones coded.
TEST_F(StreamFilter, OneRecordPerLineInOrderWithErrorRecordsForBadLines) {
  testing::TempDir dir;
  const std::string input = (dir.path() / "in.jsonl").string();
  std::vector<std::string> lines;
  for (int i = 0; i < 24; ++i) {
    switch (i % 6) {
      case 1: lines.push_back("this is not json"); break;
      case 3: lines.push_back(""); break;
      case 4: lines.push_back(Numbered(R"({"id":"x)", i).append(R"(","text":17})")); break;
      default: lines.push_back(Line(Numbered("p", i), i % 2 ? kMeeting : kStrike));
    }
  }
  {
    std::ofstream f(input, std::ios::binary);
    for (const auto& l : lines) f << l << "\n";
  }
  auto r = testing::RunMarsad("code -q -j2 - < '" + input + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  const auto out = Lines(r.out);
  ASSERT_EQ(out.size(), lines.size()) << r.out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto a = ArticleFromJson(out[i]);
    ASSERT_TRUE(a.ok()) << out[i];
    const bool bad = i % 6 == 1 || i % 6 == 3 || i % 6 == 4;
    ASSERT_EQ(a->error.has_value(), bad) << "line " << i + 1 << ": " << out[i];
    if (bad) {
      EXPECT_NE(a->error->find(Numbered("line ", i + 1) + ":"), std::string::npos)
          << *a->error;
    } else {
      EXPECT_EQ(a->id, Numbered("p", i));
      EXPECT_FALSE(a->events.empty()) << out[i];
    }
  }
  EXPECT_NE(r.err.find("line 2: invalid JSON"), std::string::npos) << r.err;
}

// Nothing carries between lines: each record is the one the line gives alone, a repeated page
// is not marked as a duplicate, and the thread count changes nothing.
TEST_F(StreamFilter, NoStateBetweenLines) {
  testing::TempDir dir;
  const std::string both = (dir.path() / "both.jsonl").string();
  const std::string first = (dir.path() / "first.jsonl").string();
  const std::string second = (dir.path() / "second.jsonl").string();
  std::ofstream(both) << Line("a", kStrike) << "\n" << Line("b", kStrike) << "\n"
                      << Line("c", kMeeting) << "\n";
  std::ofstream(first) << Line("b", kStrike) << "\n";
  std::ofstream(second) << Line("c", kMeeting) << "\n";
  auto run = [](const std::string& args) { return testing::RunMarsad("code -q " + args); };
  const auto together = Lines(run("-j1 - < '" + both + "'").out);
  ASSERT_EQ(together.size(), 3u);
  EXPECT_EQ(together[1], Lines(run("- < '" + first + "'").out).at(0));
  EXPECT_EQ(together[2], Lines(run("- < '" + second + "'").out).at(0));
  auto b = ArticleFromJson(together[1]);
  ASSERT_TRUE(b.ok());
  EXPECT_FALSE(b->duplicate_of) << together[1];
  EXPECT_EQ(Lines(run("-j2 - < '" + both + "'").out), together);
}

// The record for a line comes out before the next line is sent: a reader that waits for each
// answer (a mapper's driver, an interactive pipe) is never stuck.
TEST_F(StreamFilter, FlushesEachRecordBeforeTheNextLineArrives) {
  Filter f({"code", "-q", "-j2", "-"});
  ASSERT_TRUE(f.started());
  const std::vector<std::pair<std::string, std::string>> lines = {
      {"one", kStrike}, {"two", kMeeting}, {"three", kStrike}};
  for (const auto& [id, text] : lines) {
    ASSERT_TRUE(f.Send(Line(id, text)));
    auto got = f.ReadLine();
    ASSERT_TRUE(got) << "no record for line " << id << " while the input stays open";
    auto a = ArticleFromJson(*got);
    ASSERT_TRUE(a.ok()) << *got;
    EXPECT_EQ(a->id, id);
  }
  ASSERT_TRUE(f.Send("broken {"));
  auto bad = f.ReadLine();
  ASSERT_TRUE(bad) << "no error record for a bad line while the input stays open";
  EXPECT_NE(bad->find("\"error\":\"line 4: invalid JSON"), std::string::npos) << *bad;
  f.CloseInput();
  EXPECT_FALSE(f.ReadLine());  // EOF: nothing more
  EXPECT_EQ(f.Wait(), 0);
}

// No lines in, no records out (not an "empty file" error record).
TEST_F(StreamFilter, EmptyInputGivesNoRecords) {
  auto r = testing::RunMarsad("code -q - < /dev/null");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
}

// A broken first line does not turn the whole stream into one text page.
TEST_F(StreamFilter, ABrokenFirstLineIsAnErrorRecord) {
  Filter f({"code", "-q", "-"});
  ASSERT_TRUE(f.started());
  ASSERT_TRUE(f.Send(R"({"id":"cut", "text": "قصفت)"));
  ASSERT_TRUE(f.Send(Line("whole", kStrike)));
  f.CloseInput();
  auto first = f.ReadLine();
  auto second = f.ReadLine();
  ASSERT_TRUE(first && second);
  EXPECT_NE(first->find("\"error\":\"line 1: invalid JSON"), std::string::npos) << *first;
  EXPECT_NE(second->find("\"id\":\"whole\""), std::string::npos) << *second;
  EXPECT_EQ(f.Wait(), 0);
}

// The reader takes one record and goes away while input keeps coming: the filter stops
// reading and exits 0, not killed by SIGPIPE, without coding the rest.
TEST_F(StreamFilter, AReaderThatGoesAwayEndsTheRunCleanly) {
  Filter f({"code", "-q", "-j2", "-"});
  ASSERT_TRUE(f.started());
  ASSERT_TRUE(f.Send(Line("first", kStrike)));
  auto got = f.ReadLine();
  ASSERT_TRUE(got);
  f.CloseOutput();
  // Keep sending until the filter stops reading (its stdin closes when it exits). A filter
  // that ignores the closed output would read all of these and code them.
  int sent = 0;
  while (sent < 100000 && f.Send(Line(Numbered("more", sent), kMeeting))) ++sent;
  EXPECT_LT(sent, 100000) << "the filter kept reading after its reader went away";
  f.CloseInput();
  EXPECT_EQ(f.Wait(), 0);
  EXPECT_EQ(f.signal(), 0) << "killed by signal " << f.signal();
}

// The shell form: `producer | marsad code - | head -1` exits 0 for marsad. SIGPIPE has its
// default action here (an ignored one would be inherited by the shell and marsad).
TEST(StreamFilterShell, HeadOneInAShellPipeline) {
  auto* previous = std::signal(SIGPIPE, SIG_DFL);
  testing::TempDir dir;
  const std::string input = (dir.path() / "in.jsonl").string();
  {
    std::ofstream f(input);
    for (int i = 0; i < 500; ++i) f << Line(Numbered("p", i), kStrike) << "\n";
  }
  const std::string cmd = "bash -c 'cat \"" + input + "\" | \"" + std::string(MARSAD_BINARY) +
                          "\" code -q - | head -1 >/dev/null; echo \"${PIPESTATUS[1]}\"'";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  char buf[64] = {};
  const std::size_t n = fread(buf, 1, sizeof buf - 1, p);
  pclose(p);
  std::signal(SIGPIPE, previous);
  EXPECT_EQ(std::string(buf, n), "0\n") << "marsad's exit status in the pipeline (141: SIGPIPE)";
}

}  // namespace
}  // namespace marsad
