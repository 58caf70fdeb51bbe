// `dyadwatch ingest` end to end, on each backend (a SQLite file, a PostgreSQL database): the same
// input twice changes nothing, a run killed with SIGKILL (twice, at different points) then
// restarted stores exactly what an uninterrupted run stores (no duplicate, no gap), and two runs
// at once store each document once.
#include <fcntl.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "store/calendar.h"
#include "store_test_util.h"

namespace dyadwatch::testing {
namespace {

class StoreIngestTest : public BackendTest {};
DYADWATCH_BOTH_BACKENDS(StoreIngestTest);

TEST_P(StoreIngestTest, SameInputTwiceChangesNothing) {
  const std::string db = NewStore("twice");
  CliRun first = Dyadwatch("ingest -q --db '" + db + "' '" + kSamplePath + "'");
  ASSERT_EQ(first.status, 0) << first.err;
  const std::string digest = StoreDigest(db);
  const int64_t documents = QueryInt(db, "SELECT COUNT(*) FROM documents");
  const int64_t events = QueryInt(db, "SELECT COUNT(*) FROM events");
  EXPECT_EQ(documents, 295);
  EXPECT_GT(events, 100);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM mentions"), QueryInt(db, "SELECT SUM(num_mentions) FROM events"));

  CliRun second = Dyadwatch("ingest -q --db '" + db + "' '" + kSamplePath + "'");
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("added 0 "), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("already stored 295"), std::string::npos) << second.err;
  EXPECT_EQ(StoreDigest(db), digest);
}

TEST_P(StoreIngestTest, ChangedTextUnderAStoredIdIsReportedNotStored) {
  const std::string db = NewStore("conflict");
  std::vector<Document> docs = ReadSample();
  docs.resize(3);
  WriteJsonl(Path("a.jsonl"), docs);
  ASSERT_EQ(Dyadwatch("ingest -q --db '" + db + "' '" + Path("a.jsonl") + "'").status, 0);
  const std::string digest = StoreDigest(db);
  docs[1].text += " An added sentence.";
  WriteJsonl(Path("b.jsonl"), docs);
  CliRun run = Dyadwatch("ingest -q --db '" + db + "' '" + Path("b.jsonl") + "'");
  ASSERT_EQ(run.status, 0);
  EXPECT_NE(run.err.find(docs[1].id + ": already stored with other content"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("conflicting 1"), std::string::npos) << run.err;
  EXPECT_EQ(StoreDigest(db), digest);
}

// Twelve editions of the sample: new ids, dates moved by 40 days per edition, and a short
// edition line in front (so the editions are near-duplicates of each other, not exact copies).
std::vector<Document> Editions(int count) {
  std::vector<Document> sample = ReadSample(), out;
  for (int e = 0; e < count; ++e) {
    for (Document d : sample) {
      d.id += "-e" + std::to_string(e);
      if (auto day = store::DayFromDate(d.date)) d.date = store::DateFromDay(*day + 40 * e);
      d.text = "Edition " + std::to_string(e) + ".\n\n" + d.text;
      out.push_back(std::move(d));
    }
  }
  return out;
}

// Starts `dyadwatch ingest`, waits until the store holds at least `documents` documents, then
// kills it with SIGKILL. Returns false when the run ended before it could be killed.
bool IngestAndKill(const std::string& db, const std::string& input, int64_t documents) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    execl(DYADWATCH_BINARY, DYADWATCH_BINARY, "ingest", "-q", "--threads", "1", "--batch", "20",
          "--db", db.c_str(), input.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  for (;;) {
    if (waitpid(pid, &status, WNOHANG) == pid) return false;  // finished on its own
    if (StoreExists(db) && QueryInt(db, "SELECT COUNT(*) FROM documents") >= documents) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  if (IsPostgresUri(db)) {
    // The server ends the dead client's session on its own (a COMMIT already sent still lands):
    // wait until it has, so that what is counted next is final. Bounded: at most 10 s.
    for (int i = 0; i < 1000 && QueryInt(db, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname=current_database() "
                                             "AND pid<>pg_backend_pid()") > 0;
         ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

TEST_P(StoreIngestTest, KilledRunsResumeWithoutDuplicatesOrGaps) {
  const std::vector<Document> corpus = Editions(12);
  const std::string input = Path("editions.jsonl");
  WriteJsonl(input, corpus);
  const int64_t total = static_cast<int64_t>(corpus.size());

  const std::string clean = NewStore("clean");
  CliRun run = Dyadwatch("ingest -q --threads 1 --batch 20 --db '" + clean + "' '" + input + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(QueryInt(clean, "SELECT COUNT(*) FROM documents"), total);
  EXPECT_GT(QueryInt(clean, "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"), total / 2);

  const std::string resumed = NewStore("resumed");
  ASSERT_TRUE(IngestAndKill(resumed, input, total / 10)) << "the run ended before the first kill";
  const int64_t after_first = QueryInt(resumed, "SELECT COUNT(*) FROM documents");
  EXPECT_LT(after_first, total);
  ASSERT_TRUE(IngestAndKill(resumed, input, total / 2)) << "the run ended before the second kill";
  const int64_t after_second = QueryInt(resumed, "SELECT COUNT(*) FROM documents");
  EXPECT_LT(after_second, total);
  EXPECT_GE(after_second, after_first);

  run = Dyadwatch("ingest -q --threads 1 --batch 20 --db '" + resumed + "' '" + input + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("already stored " + std::to_string(after_second)), std::string::npos) << run.err;
  EXPECT_EQ(QueryInt(resumed, "SELECT COUNT(*) FROM documents"), total);
  EXPECT_EQ(QueryRows(resumed, "SELECT COUNT(*), COUNT(DISTINCT id) FROM documents"),
            QueryRows(clean, "SELECT COUNT(*), COUNT(DISTINCT id) FROM documents"));
  // Row for row the same store as the uninterrupted run.
  EXPECT_TRUE(StoreDigest(resumed) == StoreDigest(clean));
  EXPECT_EQ(QueryRows(resumed, "SELECT COUNT(*) FROM events"), QueryRows(clean, "SELECT COUNT(*) FROM events"));
  EXPECT_EQ(QueryRows(resumed, "SELECT COUNT(*) FROM mentions"), QueryRows(clean, "SELECT COUNT(*) FROM mentions"));
}

// Two ingest processes on the same input and the same store at once: every document is stored
// once, and every coded event once (as a mention), whichever process got there first.
TEST_P(StoreIngestTest, TwoProcessesAtOnceStoreEachDocumentOnce) {
  const std::string single = NewStore("single"), shared = NewStore("shared");
  ASSERT_EQ(Dyadwatch("ingest -q --db '" + single + "' '" + kSamplePath + "'").status, 0);
  pid_t pids[2];
  for (pid_t& pid : pids) {
    pid = fork();
    if (pid == 0) {
      const int devnull = open("/dev/null", O_WRONLY);
      dup2(devnull, 2);
      execl(DYADWATCH_BINARY, DYADWATCH_BINARY, "ingest", "-q", "--threads", "1", "--batch", "10", "--db",
            shared.c_str(), kSamplePath.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  for (pid_t pid : pids) {
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  EXPECT_EQ(QueryRows(shared, "SELECT COUNT(*), COUNT(DISTINCT id), SUM(events) FROM documents"),
            QueryRows(single, "SELECT COUNT(*), COUNT(DISTINCT id), SUM(events) FROM documents"));
  EXPECT_EQ(QueryInt(shared, "SELECT COUNT(*) FROM mentions"), QueryInt(single, "SELECT COUNT(*) FROM mentions"));
  EXPECT_EQ(QueryInt(shared, "SELECT SUM(num_mentions) FROM events"), QueryInt(shared, "SELECT COUNT(*) FROM mentions"));
  EXPECT_EQ(QueryInt(shared, "SELECT SUM(mentions) FROM dyad_stats WHERE level=0 AND period_kind=4"),
            QueryInt(single, "SELECT SUM(mentions) FROM dyad_stats WHERE level=0 AND period_kind=4"));
}

}  // namespace
}  // namespace dyadwatch::testing
