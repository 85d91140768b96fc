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

}  // namespace
}  // namespace marsad::extract
