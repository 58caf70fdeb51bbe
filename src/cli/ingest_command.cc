// `dyadwatch ingest [FILE...] [--db PATH]`: code documents and store them with their events in the
// relations store, in transactional batches. Documents already stored are skipped before coding,
// so a second run (or a run restarted after a kill) only codes what is missing.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/output.h"
#include "dyadwatch/coder.h"
#include "store/store.h"

namespace dyadwatch::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> files;
  std::string db = "dyadwatch.db";
  CodingFlags flags;
  size_t batch = 500;
  int window = 2;
  double near_duplicate = 0.5;
  bool strict = false;
  bool quiet = false;
};

// Keys of stored documents as 128-bit hashes: a sorted vector, read-only while workers consult it.
class KnownKeys {
 public:
  void Add(const std::string& key) { keys_.push_back(Hash(key)); }
  void Seal() { std::sort(keys_.begin(), keys_.end()); }
  bool Contains(const std::string& key) const {
    return std::binary_search(keys_.begin(), keys_.end(), Hash(key));
  }
  size_t size() const { return keys_.size(); }

 private:
  static std::pair<uint64_t, uint64_t> Hash(const std::string& key) {
    return {store::HashBytes(key, 11), store::HashBytes(key, 12)};
  }
  std::vector<std::pair<uint64_t, uint64_t>> keys_;
};

// Documents in the inputs when every input is an uncompressed regular file (one per non-empty
// line; a .txt file is one); -1 when unknown (stdin, compressed input).
int64_t CountDocuments(const std::vector<std::string>& files) {
  if (files.empty()) return -1;
  int64_t total = 0;
  for (const std::string& path : files) {
    if (path == "-" || path.ends_with(".gz") || path.ends_with(".zst")) return -1;
    if (ingest::IsTextFilePath(path)) {
      ++total;
      continue;
    }
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) continue;  // the pipeline reports it
    static char buf[1 << 16];
    bool line_has_text = false;
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
      for (size_t i = 0; i < n; ++i) {
        if (buf[i] == '\n') {
          total += line_has_text;
          line_has_text = false;
        } else if (buf[i] != ' ' && buf[i] != '\r' && buf[i] != '\t') {
          line_has_text = true;
        }
      }
    }
    total += line_has_text;
    std::fclose(f);
  }
  return total;
}

// A one-line progress bar on a terminal: documents, percentage, rate and ETA when the total is known.
class Progress {
 public:
  Progress(bool enabled, int64_t total) : enabled_(enabled), total_(total) {}
  void Update(int64_t done, uint64_t events, bool force = false) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? done / seconds : 0;
    char line[200];
    if (total_ > 0) {
      const double share = std::min(1.0, static_cast<double>(done) / static_cast<double>(total_));
      char bar[31];
      const int filled = static_cast<int>(share * 30);
      for (int i = 0; i < 30; ++i) bar[i] = i < filled ? '#' : '.';
      bar[30] = '\0';
      const int64_t eta = rate > 0 ? static_cast<int64_t>((total_ - done) / rate) : 0;
      std::snprintf(line, sizeof line, "\r[%s] %3.0f%% %lld/%lld docs, %.0f docs/s, ETA %lld:%02lld, %llu events ",
                    bar, share * 100, static_cast<long long>(done), static_cast<long long>(total_),
                    rate, static_cast<long long>(eta / 60), static_cast<long long>(eta % 60),
                    static_cast<unsigned long long>(events));
    } else {
      std::snprintf(line, sizeof line, "\r%lld docs, %.0f docs/s, %llu events ", static_cast<long long>(done),
                    rate, static_cast<unsigned long long>(events));
    }
    std::fputs(line, stderr);
    shown_ = true;
  }
  void Clear() {
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
  }

 private:
  bool enabled_;
  int64_t total_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

// Owned copies of the pipeline's documents until their batch is written.
struct PendingDocument {
  Document document;
  CodeResult result;
  store::DocumentFingerprint fingerprint;
};

void RunIngest(const IngestArgs& args) {
  store::StoreOptions store_options;
  store_options.event_window_days = args.window;
  store_options.near_duplicate_jaccard = args.near_duplicate;
  Result<std::unique_ptr<store::Store>> opened = store::OpenStore(args.db, store_options);
  if (!opened.ok()) {
    std::fprintf(stderr, "dyadwatch ingest: %s\n", opened.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  store::Store& db = *opened.value();

  KnownKeys known;
  if (Status s = db.ForEachDocumentKey([&known](const std::string& key) { known.Add(key); }); !s.ok()) {
    std::fprintf(stderr, "dyadwatch ingest: %s: %s\n", args.db.c_str(), s.message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  known.Seal();

  CoderOptions coder_options;
  coder_options.dict_path = args.flags.dict;
  Result<std::shared_ptr<const Coder>> coder = Coder::Open(coder_options);
  if (!coder.ok()) {
    std::fprintf(stderr, "dyadwatch ingest: cannot load the coder: %s\n", coder.status().message().c_str());
    throw CLI::RuntimeError(kExitCannotStart);
  }
  const Coder& shared_coder = *coder.value();

  ingest::PipelineOptions options = args.flags.ToPipelineOptions();
  options.inputs = args.files;
  options.strict = args.strict;

  Progress progress(!args.quiet && isatty(STDERR_FILENO), CountDocuments(args.files));
  std::vector<PendingDocument> pending;
  store::IngestCounts counts;
  Status write_status;
  int64_t seen = 0;
  uint64_t coded_events = 0;
  auto flush = [&] {
    if (pending.empty() || !write_status.ok()) return;
    std::vector<store::CodedDocument> batch;
    batch.reserve(pending.size());
    for (const PendingDocument& p : pending) batch.push_back({&p.document, &p.result, p.fingerprint});
    write_status = db.IngestBatch(batch, &counts);
    pending.clear();
  };

  ingest::PipelineSinks sinks;
  sinks.on_message = [&progress](ingest::ReadKind kind, const std::string& message) {
    progress.Clear();
    PrintMessage(kind, message);
  };
  sinks.on_coded = [&](const Document& document, const CodeResult& result) {
    ++seen;
    coded_events += result.events.size();
    if (write_status.ok()) {
      pending.push_back({document, result, store::FingerprintDocument(document.text)});
      if (pending.size() >= args.batch) flush();
    }
    progress.Update(seen, coded_events);
  };
  // Stored documents are not coded again (the store skips them anyway; this saves the work).
  // Id-less documents are keyed by content and always coded: hashing is cheaper than guessing.
  auto code = [&shared_coder, &known](const Document& d) {
    if (d.id != d.origin && known.Contains(d.id)) return CodeResult{};
    return shared_coder.Code(d);
  };
  ingest::PipelineStats stats = ingest::RunPipeline(code, options, sinks);
  flush();
  progress.Update(seen, coded_events, true);
  progress.Clear();

  for (const std::string& key : counts.conflicts) {
    std::fprintf(stderr, "%s: already stored with other content; skipped (ingest the new version under a new id)\n",
                 key.c_str());
  }
  std::fprintf(stderr,
               "ingest: documents read %llu (rejected %llu): added %llu (exact copies %llu, near-duplicates %llu), "
               "already stored %llu, conflicting %llu; events: new %llu, mentions %llu; %.2f s\n",
               static_cast<unsigned long long>(stats.read.documents),
               static_cast<unsigned long long>(stats.read.rejected),
               static_cast<unsigned long long>(counts.documents_added),
               static_cast<unsigned long long>(counts.exact_copies),
               static_cast<unsigned long long>(counts.near_duplicates),
               static_cast<unsigned long long>(counts.documents_unchanged),
               static_cast<unsigned long long>(counts.documents_conflicting),
               static_cast<unsigned long long>(counts.events_added),
               static_cast<unsigned long long>(counts.mentions_added), stats.seconds);
  if (!write_status.ok()) {
    std::fprintf(stderr, "dyadwatch ingest: %s: %s (the failed batch was rolled back)\n", args.db.c_str(),
                 write_status.message().c_str());
    throw CLI::RuntimeError(kExitBadInput);
  }
  if (Result<store::TableCounts> table = db.Counts(); table.ok()) {
    std::fprintf(stderr, "store %s: %lld documents, %lld events, %lld mentions\n", args.db.c_str(),
                 static_cast<long long>(table.value().documents), static_cast<long long>(table.value().events),
                 static_cast<long long>(table.value().mentions));
  }
  if (stats.stopped_by_strict) {
    std::fprintf(stderr, "dyadwatch ingest: stopped at the first bad record (--strict)\n");
    throw CLI::RuntimeError(kExitBadInput);
  }
  if (stats.inputs_opened == 0) throw CLI::RuntimeError(kExitCannotStart);
}

}  // namespace

void RegisterIngestCommand(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  auto* command = app.add_subcommand(
      "ingest", "code documents and store them, with counted events and dyad aggregates, in the store");
  command->add_option("files", args->files, "input files (JSON Lines, .gz/.zst, .txt); none or '-' = stdin");
  command->add_option("--db", args->db, "the store: a SQLite file or a postgresql:// URI (default dyadwatch.db)");
  args->flags.AddTo(command);
  command->add_option("--batch", args->batch, "documents per transaction (default 500)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 20));
  command->add_option("--window", args->window,
                      "reports of one dyad and CAMEO root at most this many days apart are one event "
                      "(default 2)")
      ->check(CLI::Range(0, 365));
  command->add_option("--near-duplicate", args->near_duplicate,
                      "estimated word-shingle Jaccard from which two documents are linked (default 0.5)")
      ->check(CLI::Range(0.05, 1.0));
  command->add_flag("--strict", args->strict, "stop with status 1 at the first bad record");
  command->add_flag("-q,--quiet", args->quiet, "no progress bar");
  command->callback([args] { RunIngest(*args); });
}

}  // namespace dyadwatch::cli
