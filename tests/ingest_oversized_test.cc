// A 50 MB single-line record: reported as over the 8 MiB limit and skipped without being buffered
// whole, with the records before and after it still read. The file is generated at test time.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "ingest/record_reader.h"

namespace dyadwatch::ingest {
namespace {

long PeakRssKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(OversizedRecordTest, FiftyMegabyteLineIsSkippedWithBoundedMemory) {
  std::string dir = ::testing::TempDir() + "dyadwatch_oversized_XXXXXX";
  ASSERT_NE(mkdtemp(dir.data()), nullptr);
  const std::string path = dir + "/big.jsonl";
  const size_t kBigText = 50u << 20;
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("{\"id\": \"before\", \"date\": \"2020-01-01\", \"text\": \"Japan met China.\"}\n", f);
    const std::string head = "{\"id\": \"huge\", \"text\": \"";
    std::fputs(head.c_str(), f);
    std::string block(1 << 16, 'a');  // written in 64 KiB pieces: the test itself stays small too
    for (size_t written = 0; written < kBigText; written += block.size()) {
      std::fwrite(block.data(), 1, block.size(), f);
    }
    std::fputs("\"}\n", f);
    std::fputs("{\"id\": \"after\", \"date\": \"2020-01-02\", \"text\": \"China replied.\"}\n", f);
    std::fclose(f);
  }
  const size_t big_line = 24 + kBigText + 2;

  const long rss_before = PeakRssKiB();
  auto reader = RecordReader::Open(path, ReaderOptions{});
  ASSERT_TRUE(reader.ok());
  std::vector<std::string> ids, rejected;
  Document doc;
  std::string message;
  for (ReadKind kind; (kind = reader.value()->Next(&doc, &message)) != ReadKind::kEnd;) {
    if (kind == ReadKind::kDocument) ids.push_back(doc.id);
    if (kind == ReadKind::kRejected) rejected.push_back(message);
  }
  const long rss_growth_mib = (PeakRssKiB() - rss_before) / 1024;
  FILE* f = std::fopen(path.c_str(), "rb");
  std::fseek(f, 0, SEEK_END);
  const long file_size = std::ftell(f);
  std::fclose(f);
  std::remove(path.c_str());
  rmdir(dir.c_str());

  EXPECT_EQ(ids, (std::vector<std::string>{"before", "after"}));
  EXPECT_EQ(rejected, (std::vector<std::string>{path + ":2: record of " + std::to_string(big_line) +
                                                " bytes exceeds the 8 MiB limit"}));
  EXPECT_EQ(reader.value()->stats().bytes, static_cast<uint64_t>(file_size));
  // At most the 8 MiB line buffer and a 1 MiB read chunk; buffering the line would cost 50+.
  EXPECT_LT(rss_growth_mib, 24) << "peak RSS grew by " << rss_growth_mib << " MiB";
}

}  // namespace
}  // namespace dyadwatch::ingest
