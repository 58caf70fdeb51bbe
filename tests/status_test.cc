#include "dyadwatch/status.h"

#include <gtest/gtest.h>

namespace dyadwatch {
namespace {

TEST(StatusTest, OkAndError) {
  EXPECT_TRUE(Status::OK().ok());
  Status s = Status::Error("f.txt:3: bad");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "f.txt:3: bad");
}

TEST(ResultTest, ValueOrStatus) {
  Result<int> good(5);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 5);
  Result<int> bad(Status::Error("nope"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "nope");
}

}  // namespace
}  // namespace dyadwatch
