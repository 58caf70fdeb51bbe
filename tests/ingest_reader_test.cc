// Record reading: every kind of bad input is reported as "file:line: reason" and the good records
// around it are still produced, in order.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "ingest/line_reader.h"
#include "ingest/record_reader.h"

namespace dyadwatch::ingest {
namespace {

struct ReadAll {
  std::vector<Document> docs;
  std::vector<std::string> rejected;
  std::vector<std::string> warnings;
  ReadStats stats;
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const auto& d : docs) out.push_back(d.id);
    return out;
  }
};

ReadAll Drain(RecordReader& reader) {
  ReadAll all;
  Document doc;
  std::string message;
  for (;;) {
    ReadKind kind = reader.Next(&doc, &message);
    if (kind == ReadKind::kEnd) break;
    if (kind == ReadKind::kDocument) all.docs.push_back(doc);
    if (kind == ReadKind::kRejected) all.rejected.push_back(message);
    if (kind == ReadKind::kWarning) all.warnings.push_back(message);
  }
  all.stats = reader.stats();
  EXPECT_EQ(all.stats.records, all.stats.documents + all.stats.rejected);
  EXPECT_EQ(all.stats.documents, all.docs.size());
  EXPECT_EQ(all.stats.rejected, all.rejected.size());
  return all;
}

ReadAll ReadPath(const std::string& path, const ReaderOptions& options = {}) {
  auto reader = RecordReader::Open(path, options);
  EXPECT_TRUE(reader.ok()) << reader.status().message();
  if (!reader.ok()) return {};
  return Drain(*reader.value());
}

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = ::testing::TempDir() + "dyadwatch_reader_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  std::string Write(const std::string& name, const std::string& content) {
    std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  std::string dir_;
};

std::string Record(const std::string& id, const std::string& text) {
  return "{\"id\": \"" + id + "\", \"date\": \"2020-03-01\", \"text\": \"" + text + "\"}\n";
}

// n records doc-0..doc-(n-1) with varied words, so compressed streams are not trivially small.
std::string ManyRecords(int n) {
  static const char* kWords[] = {"Japan", "protested", "China", "met", "officials", "troops",
                                 "border", "talks", "sanctions", "aid", "minister", "said"};
  std::mt19937 rng(42);
  std::string out;
  for (int i = 0; i < n; ++i) {
    std::string text;
    for (int w = 0; w < 40; ++w) text += std::string(kWords[rng() % 12]) + " " + std::to_string(rng() % 1000) + " ";
    out += Record("doc-" + std::to_string(i), text);
  }
  return out;
}

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // +16: gzip wrapper
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Zstd(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  EXPECT_FALSE(ZSTD_isError(n));
  out.resize(n);
  return out;
}

TEST_F(ReaderTest, ReadsFieldsAndDefaults) {
  std::string path = Write("a.jsonl",
      "{\"id\": \"x1\", \"date\": \"2019-01-04\", \"text\": \"Japan protested.\", \"title\": \"T\", "
      "\"url\": \"https://e.org/1\", \"source\": \"Wire\", \"lang\": \"en\", \"topics\": [1, {\"a\": 2}]}\n"
      "{\"date\": \"2019-01-05T08:30:00Z\", \"text\": \"No id here.\"}\n");
  ReadAll all = ReadPath(path);
  ASSERT_EQ(all.docs.size(), 2u);
  EXPECT_TRUE(all.rejected.empty());
  EXPECT_EQ(all.docs[0].id, "x1");
  EXPECT_EQ(all.docs[0].date, "2019-01-04");
  EXPECT_EQ(all.docs[0].text, "Japan protested.");
  EXPECT_EQ(all.docs[0].title, "T");
  EXPECT_EQ(all.docs[0].url, "https://e.org/1");
  EXPECT_EQ(all.docs[0].source, "Wire");
  EXPECT_EQ(all.docs[0].lang, "en");
  EXPECT_EQ(all.docs[0].origin, path + ":1");
  EXPECT_EQ(all.docs[1].id, path + ":2");
  EXPECT_EQ(all.docs[1].date, "2019-01-05");
}

TEST_F(ReaderTest, GarbageBinaryLineIsReportedAndNeighboursKept) {
  std::mt19937 rng(3);
  std::string junk(300, '\0');
  for (char& c : junk) {
    do c = static_cast<char>(rng()); while (c == '\n' || c == '\0');
  }
  std::string path = Write("g.jsonl", Record("a", "first") + junk + "\n" + Record("b", "last"));
  ReadAll all = ReadPath(path);
  EXPECT_EQ(all.ids(), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(all.rejected.size(), 1u);
  EXPECT_EQ(all.rejected[0].rfind(path + ":2: looks like binary data", 0), 0u) << all.rejected[0];
}

TEST_F(ReaderTest, PlainTextLineIsNotAnObject) {
  std::string path = Write("t.jsonl", Record("a", "x") + "just some words\n" + Record("b", "y"));
  ReadAll all = ReadPath(path);
  EXPECT_EQ(all.ids(), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(all.rejected.size(), 1u);
  EXPECT_EQ(all.rejected[0].rfind(path + ":2: not a JSON object", 0), 0u) << all.rejected[0];
}

TEST_F(ReaderTest, BrokenJsonIsReported) {
  std::string path = Write("b.jsonl", Record("a", "x") + "{\"id\": \"z\", \"text\": \"unterminated}\n" +
                                          "{\"id\": \"q\", \"text\": \"ok\"} trailing\n" + Record("b", "y"));
  ReadAll all = ReadPath(path);
  EXPECT_EQ(all.ids(), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(all.rejected.size(), 2u);
  EXPECT_EQ(all.rejected[0].rfind(path + ":2: broken JSON", 0), 0u) << all.rejected[0];
  EXPECT_EQ(all.rejected[1].rfind(path + ":3: broken JSON", 0), 0u) << all.rejected[1];
}

TEST_F(ReaderTest, MissingNonStringAndEmptyTextAreReported) {
  std::string path = Write("m.jsonl", Record("a", "x") + "{\"id\": \"n\", \"title\": \"no text\"}\n" +
                                          "{\"id\": \"k\", \"text\": 42}\n" +
                                          "{\"id\": \"e\", \"text\": \" \\n \"}\n" + Record("b", "y"));
  ReadAll all = ReadPath(path);
  EXPECT_EQ(all.ids(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(all.rejected, (std::vector<std::string>{path + ":2: missing \"text\" field",
                                                     path + ":3: \"text\" is a number, not a string",
                                                     path + ":4: empty text"}));
}

TEST_F(ReaderTest, NulBytesAreReported) {
  std::string raw_nul = "{\"id\": \"r\", \"text\": \"a";
  raw_nul.push_back('\0');
  raw_nul += "b\"}\n";
  std::string path = Write("n.jsonl", Record("a", "x") + raw_nul +
                                          "{\"id\": \"e\", \"text\": \"a\\u0000b\"}\n" + Record("b", "y"));
  ReadAll all = ReadPath(path);
  EXPECT_EQ(all.ids(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(all.rejected,
            (std::vector<std::string>{path + ":2: contains NUL bytes (binary data?)",
                                      path + ":3: text contains NUL characters (\\u0000)"}));
}

TEST_F(ReaderTest, InvalidUtf8IsRepairedAndReported) {
  std::string path = Write("u.jsonl", Record("a", "x") +
                                          Record("latin1", "Le pr\xE9sident fran\xE7" "ais a parl\xE9 avec son homologue allemand.") +
                                          Record("b", "y"));
  ReadAll all = ReadPath(path);
  EXPECT_EQ(all.ids(), (std::vector<std::string>{"a", "latin1", "b"}));
  EXPECT_TRUE(all.rejected.empty());
  EXPECT_EQ(all.docs[1].text,
            "Le pr\xEF\xBF\xBDsident fran\xEF\xBF\xBD" "ais a parl\xEF\xBF\xBD avec son homologue allemand.");
  ASSERT_EQ(all.warnings.size(), 1u);
  EXPECT_EQ(all.warnings[0], path + ":2: invalid UTF-8 repaired (3 sequences replaced by U+FFFD)");
  EXPECT_EQ(all.stats.repaired, 1u);
  EXPECT_EQ(all.stats.replacements, 3u);
}

TEST_F(ReaderTest, SloppyJsonStringsAreRepaired) {
  // A raw tab inside a string, a lone high surrogate, a lone low surrogate, and a proper pair
  // that must survive untouched.
  std::string path = Write("s.jsonl",
      Record("a", "x") +
      "{\"id\": \"tab\", \"text\": \"col1\tcol2\\\\ud800 and \\\"q\\\"\"}\n"
      "{\"id\": \"sur\", \"text\": \"cut \\ud83d here, stray \\ude00, kept \\ud83d\\ude00\"}\n" +
      Record("b", "y"));
  ReadAll all = ReadPath(path);
  EXPECT_TRUE(all.rejected.empty()) << all.rejected[0];
  ASSERT_EQ(all.ids(), (std::vector<std::string>{"a", "tab", "sur", "b"}));
  EXPECT_EQ(all.docs[1].text, "col1\tcol2\\ud800 and \"q\"");  // "\\ud800" is not an escape
  EXPECT_EQ(all.docs[2].text, "cut \xEF\xBF\xBD here, stray \xEF\xBF\xBD, kept \xF0\x9F\x98\x80");
  EXPECT_EQ(all.warnings,
            (std::vector<std::string>{
                path + ":2: JSON strings repaired (1 raw control characters or unpaired surrogate escapes)",
                path + ":3: JSON strings repaired (2 raw control characters or unpaired surrogate escapes)",
                path + ": 2 of 4 documents have no date; date-dependent actor codes stay unresolved"}));
  EXPECT_EQ(all.stats.repaired, 2u);
}

TEST_F(ReaderTest, BadDateIsReportedAndLeftEmpty) {
  std::string path = Write("d.jsonl", "{\"id\": \"a\", \"date\": \"04/01/2019\", \"text\": \"x\"}\n"
                                      "{\"id\": \"b\", \"date\": 20190104, \"text\": \"y\"}\n");
  ReadAll all = ReadPath(path);
  ASSERT_EQ(all.docs.size(), 2u);
  EXPECT_EQ(all.docs[0].date, "");
  EXPECT_EQ(all.stats.bad_date, 2u);
  ASSERT_GE(all.warnings.size(), 2u);
  EXPECT_EQ(all.warnings[0].rfind(path + ":1: unrecognised date \"04/01/2019\"", 0), 0u) << all.warnings[0];
  EXPECT_EQ(all.warnings[1].rfind(path + ":2: unrecognised date \"20190104\"", 0), 0u) << all.warnings[1];
}

TEST_F(ReaderTest, MissingDatesAreReportedOncePerFileWithTheCount) {
  std::string path = Write("nd.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n" + Record("c", "c") +
                                           "{\"text\": \"d\", \"date\": null}\n");
  ReadAll all = ReadPath(path);
  EXPECT_EQ(all.docs.size(), 4u);
  EXPECT_TRUE(all.rejected.empty());
  EXPECT_EQ(all.warnings, (std::vector<std::string>{
                              path + ": 3 of 4 documents have no date; date-dependent actor codes "
                                     "stay unresolved"}));
}

TEST_F(ReaderTest, BlankLinesAreSkippedButCounted) {
  std::string path = Write("bl.jsonl", "\n" + Record("a", "x") + "  \r\n\n" + "{\"text\": \"y\", \"date\": \"2020-01-01\"}\r\n");
  ReadAll all = ReadPath(path);
  ASSERT_EQ(all.docs.size(), 2u);
  EXPECT_EQ(all.docs[1].id, path + ":5");
  EXPECT_EQ(all.stats.records, 2u);
}

TEST_F(ReaderTest, ByteOrderMarkOnFirstLineIsIgnored) {
  std::string path = Write("bom.jsonl", "\xEF\xBB\xBF" + Record("a", "x"));
  EXPECT_EQ(ReadPath(path).ids(), (std::vector<std::string>{"a"}));
}

TEST_F(ReaderTest, Utf16InputIsReportedOnce) {
  std::string utf16 = "\xFF\xFE";
  for (char c : Record("a", "x") + Record("b", "y")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  for (const char* name : {"wide.jsonl", "wide.txt"}) {
    std::string path = Write(name, utf16);
    ReadAll all = ReadPath(path);
    EXPECT_TRUE(all.docs.empty());
    ASSERT_EQ(all.rejected.size(), 1u) << name;
    EXPECT_EQ(all.rejected[0].rfind(path + ":1: UTF-16 text (byte-order mark)", 0), 0u) << all.rejected[0];
  }
}

TEST_F(ReaderTest, GzipIsDetectedByMagicBytesNotName) {
  std::string plain = ManyRecords(50);
  ReadAll a = ReadPath(Write("x.jsonl.gz", Gzip(plain)));
  ReadAll b = ReadPath(Write("misnamed.jsonl", Gzip(plain)));
  ASSERT_EQ(a.docs.size(), 50u);
  EXPECT_EQ(a.ids(), b.ids());
  EXPECT_EQ(a.stats.bytes, plain.size());
  EXPECT_TRUE(a.rejected.empty());
}

TEST_F(ReaderTest, ConcatenatedGzipMembersAreAllRead) {
  std::string path = Write("cat.gz", Gzip(Record("a", "x")) + Gzip(Record("b", "y")));
  EXPECT_EQ(ReadPath(path).ids(), (std::vector<std::string>{"a", "b"}));
}

TEST_F(ReaderTest, TruncatedGzipKeepsEarlierRecords) {
  std::string gz = Gzip(ManyRecords(2000));
  std::string path = Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  ReadAll all = ReadPath(path);
  ASSERT_GT(all.docs.size(), 100u);
  ASSERT_LT(all.docs.size(), 2000u);
  for (size_t i = 0; i < all.docs.size(); ++i) ASSERT_EQ(all.docs[i].id, "doc-" + std::to_string(i));
  ASSERT_EQ(all.rejected.size(), 1u);
  EXPECT_EQ(all.rejected[0],
            path + ":" + std::to_string(all.docs.size() + 1) + ": truncated gzip stream");
}

TEST_F(ReaderTest, CorruptGzipIsReported) {
  std::string gz = Gzip(ManyRecords(2000));
  for (size_t i = gz.size() / 2; i < gz.size() / 2 + 64; ++i) gz[i] = static_cast<char>(~gz[i]);
  std::string path = Write("bad.gz", gz);
  ReadAll all = ReadPath(path);
  EXPECT_GT(all.docs.size(), 100u);
  ASSERT_FALSE(all.rejected.empty());
  EXPECT_NE(all.rejected.back().find("corrupt gzip stream"), std::string::npos) << all.rejected.back();
}

TEST_F(ReaderTest, ZstdIsDetectedAndTruncationReported) {
  std::string plain = ManyRecords(2000);
  std::string zst = Zstd(plain);
  ReadAll whole = ReadPath(Write("x.data", zst));
  EXPECT_EQ(whole.docs.size(), 2000u);
  EXPECT_TRUE(whole.rejected.empty()) << whole.rejected[0];

  std::string path = Write("cut.jsonl.zst", zst.substr(0, zst.size() / 2));
  ReadAll all = ReadPath(path);
  ASSERT_GT(all.docs.size(), 100u);
  ASSERT_LT(all.docs.size(), 2000u);
  for (size_t i = 0; i < all.docs.size(); ++i) ASSERT_EQ(all.docs[i].id, "doc-" + std::to_string(i));
  ASSERT_EQ(all.rejected.size(), 1u);
  EXPECT_EQ(all.rejected[0],
            path + ":" + std::to_string(all.docs.size() + 1) + ": truncated zstd stream");
}

TEST_F(ReaderTest, CorruptZstdIsReported) {
  std::string zst = Zstd(ManyRecords(2000));
  for (size_t i = zst.size() / 2; i < zst.size() / 2 + 64; ++i) zst[i] = static_cast<char>(~zst[i]);
  std::string path = Write("bad.zst", zst);
  ReadAll all = ReadPath(path);
  ASSERT_FALSE(all.rejected.empty());
  EXPECT_NE(all.rejected.back().find("corrupt zstd stream"), std::string::npos) << all.rejected.back();
  for (size_t i = 0; i < all.docs.size(); ++i) ASSERT_EQ(all.docs[i].id, "doc-" + std::to_string(i));
}

TEST_F(ReaderTest, OverLimitRecordIsSkippedAndReported) {
  ReaderOptions options;
  options.max_record_bytes = 1000;
  std::string big = Record("big", std::string(5000, 'w'));
  std::string path = Write("o.jsonl", Record("a", "x") + big + Record("b", "y"));
  ReadAll all = ReadPath(path, options);
  EXPECT_EQ(all.ids(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(all.rejected, (std::vector<std::string>{
                              path + ":2: record of " + std::to_string(big.size() - 1) +
                              " bytes exceeds the 1000 bytes limit"}));
}

TEST_F(ReaderTest, LineReaderNeverBuffersMoreThanTheLimit) {
  const size_t limit = 4096;
  std::string content = "short\n" + std::string(3 << 20, 'x') + "\nafter\n" + std::string(5000, 'y');
  std::string path = Write("lines.txt.data", content);
  auto source = OpenByteSource(path);
  ASSERT_TRUE(source.ok());
  LineReader lines(std::move(source).value(), limit);
  EXPECT_EQ(lines.Next(), LineReader::Kind::kLine);
  EXPECT_EQ(lines.line(), "short");
  EXPECT_EQ(lines.Next(), LineReader::Kind::kOversized);
  EXPECT_EQ(lines.oversized_bytes(), 3u << 20);
  EXPECT_EQ(lines.line_number(), 2u);
  EXPECT_EQ(lines.Next(), LineReader::Kind::kLine);
  EXPECT_EQ(lines.line(), "after");
  EXPECT_EQ(lines.Next(), LineReader::Kind::kOversized);  // last line, no newline
  EXPECT_EQ(lines.line_number(), 4u);
  EXPECT_EQ(lines.Next(), LineReader::Kind::kEnd);
  EXPECT_LE(lines.line_capacity(), limit + LineReader::kPadding + 1);
}

TEST_F(ReaderTest, LineReaderReportsAStreamErrorOnceThenEnds) {
  std::string gz = Gzip(ManyRecords(200));
  auto source = OpenByteSource(Write("cut.gz", gz.substr(0, gz.size() - 10)));
  ASSERT_TRUE(source.ok());
  LineReader lines(std::move(source).value(), 1 << 20);
  LineReader::Kind kind;
  size_t good = 0;
  while ((kind = lines.Next()) == LineReader::Kind::kLine) ++good;
  EXPECT_EQ(kind, LineReader::Kind::kError);
  EXPECT_EQ(lines.error(), "truncated gzip stream");
  EXPECT_EQ(lines.line_number(), good + 1);
  EXPECT_EQ(lines.Next(), LineReader::Kind::kEnd);
  EXPECT_EQ(lines.Next(), LineReader::Kind::kEnd);
}

TEST_F(ReaderTest, StdinPipeIsReadWithFormatDetection) {
  for (bool compressed : {false, true}) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    std::string payload = Record("a", "x") + "{broken\n" + Record("b", "y");
    if (compressed) payload = Gzip(payload);
    std::thread writer([&] {
      size_t off = 0;
      while (off < payload.size()) {
        ssize_t n = write(fds[1], payload.data() + off, std::min<size_t>(7, payload.size() - off));
        if (n <= 0) break;
        off += static_cast<size_t>(n);
      }
      close(fds[1]);
    });
    auto source = OpenByteSourceFd(fds[0], /*owned=*/true);
    ASSERT_TRUE(source.ok());
    RecordReader reader(std::move(source).value(), "stdin", false, ReaderOptions{});
    ReadAll all = Drain(reader);
    writer.join();
    EXPECT_EQ(all.ids(), (std::vector<std::string>{"a", "b"})) << compressed;
    ASSERT_EQ(all.rejected.size(), 1u);
    EXPECT_EQ(all.rejected[0].rfind("stdin:2: broken JSON", 0), 0u) << all.rejected[0];
  }
}

TEST_F(ReaderTest, TextFileIsOneDocument) {
  ReaderOptions options;
  options.text_file_date = "2020-05-06";
  std::string path = Write("story.txt", "Japan and China met.\n\nThey talked.\n");
  ReadAll all = ReadPath(path, options);
  ASSERT_EQ(all.docs.size(), 1u);
  EXPECT_EQ(all.docs[0].id, path);
  EXPECT_EQ(all.docs[0].date, "2020-05-06");
  EXPECT_EQ(all.docs[0].text, "Japan and China met.\n\nThey talked.\n");

  ReadAll undated = ReadPath(path);
  ASSERT_EQ(undated.docs.size(), 1u);
  EXPECT_EQ(undated.warnings, (std::vector<std::string>{
                                  path + ": 1 of 1 documents have no date; date-dependent actor "
                                         "codes stay unresolved"}));
}

TEST_F(ReaderTest, BadTextFilesAreReported) {
  std::string nul = Write("nul.txt", std::string("abc\0def", 7));
  EXPECT_EQ(ReadPath(nul).rejected,
            (std::vector<std::string>{nul + ":1: contains NUL bytes (binary data?)"}));
  std::string empty = Write("empty.txt", "  \n");
  EXPECT_EQ(ReadPath(empty).rejected, (std::vector<std::string>{empty + ":1: empty text"}));
  ReaderOptions small;
  small.max_record_bytes = 100;
  std::string big = Write("big.txt", std::string(300, 'a'));
  EXPECT_EQ(ReadPath(big, small).rejected,
            (std::vector<std::string>{big + ":1: record of 300 bytes exceeds the 100 bytes limit"}));
  std::string gz = Write("packed.txt.gz", Gzip("Compressed story."));
  ReadAll packed = ReadPath(gz);
  ASSERT_EQ(packed.docs.size(), 1u);
  EXPECT_EQ(packed.docs[0].text, "Compressed story.");
}

TEST_F(ReaderTest, UnopenableFileFailsToOpen) {
  auto reader = RecordReader::Open(dir_ + "/does-not-exist.jsonl", ReaderOptions{});
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().message(), "cannot open: No such file or directory");
  auto directory = RecordReader::Open(dir_, ReaderOptions{});
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(directory.status().message(), "cannot open: is a directory");
}

TEST(ByteLimitTest, Formats) {
  EXPECT_EQ(FormatByteLimit(size_t{8} << 20), "8 MiB");
  EXPECT_EQ(FormatByteLimit(512 * 1024), "512 KiB");
  EXPECT_EQ(FormatByteLimit(1000), "1000 bytes");
  EXPECT_TRUE(IsTextFilePath("a/B.TXT"));
  EXPECT_TRUE(IsTextFilePath("b.txt.zst"));
  EXPECT_FALSE(IsTextFilePath("b.jsonl"));
}

}  // namespace
}  // namespace dyadwatch::ingest
