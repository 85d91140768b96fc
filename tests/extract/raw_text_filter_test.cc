// The pre-parse filter drops script/style/svg bodies and comments, and nothing else.
#include <gtest/gtest.h>

#include "marsad/extract/internal/raw_text_filter.h"

namespace marsad::extract {
namespace {

TEST(RawTextFilter, DropsBodiesKeepsElementsAndText) {
  EXPECT_EQ(DropScriptStyleAndComments(
                "<p>نص</p><script>if (a < b) { x = '</p>'; }</script><style>p{}</style>"
                "<!-- <p>قديم</p> --><svg viewBox='0 0 1 1'><path d='M0'/></svg><p>بعد</p>"),
            "<p>نص</p><script></script><style></style><svg viewBox='0 0 1 1'></svg><p>بعد</p>");
}

TEST(RawTextFilter, KeepsJsonLdAndIsCaseInsensitive) {
  const std::string ld = "<SCRIPT type=\"application/LD+JSON\">{\"a\":1}</SCRIPT>";
  EXPECT_EQ(DropScriptStyleAndComments(ld), ld);
  EXPECT_EQ(DropScriptStyleAndComments("<ScRiPt>x</sCrIpT >"), "<ScRiPt></sCrIpT >");
}

TEST(RawTextFilter, LeavesLookalikesAndUnclosedInputAlone) {
  EXPECT_EQ(DropScriptStyleAndComments("<scripts>x</scripts>"), "<scripts>x</scripts>");
  EXPECT_EQ(DropScriptStyleAndComments("<script>never closed"), "<script>never closed");
  EXPECT_EQ(DropScriptStyleAndComments("a <!-- open comment"), "a ");
  EXPECT_EQ(DropScriptStyleAndComments("<script"), "<script");
  EXPECT_EQ(DropScriptStyleAndComments(""), "");
}

// Issue 18: an element keeps its first kMaxAttributes attributes; the rest are dropped before
// libxml2 (quadratic in them) sees the tag, and counted. Quoted '>' and '<' do not end a tag.
TEST(RawTextFilter, AttributesBeyondTheLimitAreDropped) {
  std::string tag = "<div";
  for (std::size_t i = 0; i < kMaxAttributes + 10; ++i) tag += " a" + std::to_string(i) + "='x>y'";
  std::size_t dropped = 0;
  const std::string out = DropScriptStyleAndComments(tag + "><p>نص</p></div>", &dropped);
  EXPECT_EQ(dropped, 10u);
  EXPECT_NE(out.find(" a255='x>y'>"), std::string::npos);
  EXPECT_EQ(out.find("a256"), std::string::npos);
  EXPECT_NE(out.find("><p>نص</p></div>"), std::string::npos);
  dropped = 7;
  EXPECT_EQ(DropScriptStyleAndComments("<a href=\"<b>\" id=x>t</a>", &dropped),
            "<a href=\"<b>\" id=x>t</a>");
  EXPECT_EQ(dropped, 0u);
}

}  // namespace
}  // namespace marsad::extract
