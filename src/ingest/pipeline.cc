// Ordered worker pool: jobs enter a FIFO that the workers drain; the caller keeps the jobs in
// input order and waits for the oldest one, so output order never depends on scheduling. The
// number of jobs in flight is bounded, which bounds memory to a few documents per thread.
#include "ingest/pipeline.h"

#include <sched.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace dyadwatch::ingest {
namespace {

class OrderedPool {
 public:
  OrderedPool(const CodeFunction& code, int threads) : code_(code) {
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { WorkerLoop(); });
  }

  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  size_t in_flight() const { return in_flight_.size(); }

  void Submit(Document document) {
    auto job = std::make_unique<Job>();
    job->document = std::move(document);
    {
      std::lock_guard<std::mutex> lock(mu_);
      todo_.push_back(job.get());
    }
    in_flight_.push_back(std::move(job));
    work_cv_.notify_one();
  }

  // Waits for the oldest job and hands it to `deliver`, then every job after it that is already
  // done: one wake-up then serves a run of documents instead of one.
  template <typename Deliver>
  void DeliverOldest(Deliver&& deliver) {
    Job* oldest = in_flight_.front().get();
    size_t ready = 0;
    {
      std::unique_lock<std::mutex> lock(mu_);
      done_cv_.wait(lock, [oldest] { return oldest->done; });
      while (ready < in_flight_.size() && in_flight_[ready]->done) ++ready;
    }
    for (size_t i = 0; i < ready; ++i) {
      deliver(in_flight_.front()->document, in_flight_.front()->result);
      in_flight_.pop_front();
    }
  }

 private:
  struct Job {
    Document document;
    CodeResult result;
    bool done = false;  // guarded by mu_
  };

  void WorkerLoop() {
    for (;;) {
      Job* job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_cv_.wait(lock, [this] { return closing_ || !todo_.empty(); });
        if (todo_.empty()) return;  // closing and nothing left
        job = todo_.front();
        todo_.pop_front();
      }
      CodeResult result = code_(job->document);
      {
        std::lock_guard<std::mutex> lock(mu_);
        job->result = std::move(result);
        job->done = true;
      }
      done_cv_.notify_all();  // only the delivering thread waits here
    }
  }

  const CodeFunction& code_;
  std::deque<std::unique_ptr<Job>> in_flight_;  // input order; caller thread only
  std::mutex mu_;
  std::condition_variable work_cv_;
  std::condition_variable done_cv_;
  std::deque<Job*> todo_;  // guarded by mu_
  bool closing_ = false;   // guarded by mu_
  std::vector<std::thread> workers_;
};

}  // namespace

int DefaultThreadCount() {
  unsigned n = std::thread::hardware_concurrency();
  // In a container the machine's core count overstates what we may use: honour the CPU
  // affinity mask and a cgroup v2 CPU quota ("cpu.max": "<quota> <period>" or "max <period>").
  cpu_set_t mask;
  if (sched_getaffinity(0, sizeof mask, &mask) == 0 && CPU_COUNT(&mask) > 0) {
    n = std::min<unsigned>(n == 0 ? CPU_COUNT(&mask) : n, CPU_COUNT(&mask));
  }
  if (std::FILE* f = std::fopen("/sys/fs/cgroup/cpu.max", "r")) {
    long quota = 0, period = 0;
    if (std::fscanf(f, "%ld %ld", &quota, &period) == 2 && quota > 0 && period > 0) {
      n = std::min<unsigned>(n == 0 ? 1024 : n, static_cast<unsigned>((quota + period - 1) / period));
    }
    std::fclose(f);
  }
  return n == 0 ? 1 : static_cast<int>(n);
}

PipelineStats RunPipeline(const CodeFunction& code, const PipelineOptions& options,
                          const PipelineSinks& sinks) {
  const auto start = std::chrono::steady_clock::now();
  PipelineStats stats;
  stats.threads = options.threads > 0 ? options.threads : DefaultThreadCount();
  const size_t max_in_flight =
      options.max_in_flight > 0 ? options.max_in_flight : static_cast<size_t>(4 * stats.threads);

  auto deliver = [&](const Document& document, const CodeResult& result) {
    ++stats.coded;
    stats.sentences += static_cast<uint64_t>(result.sentences);
    stats.events += result.events.size();
    if (sinks.on_coded) sinks.on_coded(document, result);
  };
  auto message = [&](ReadKind kind, const std::string& text) {
    if (sinks.on_message) sinks.on_message(kind, text);
  };

  std::unique_ptr<OrderedPool> pool;
  if (stats.threads > 1) pool = std::make_unique<OrderedPool>(code, stats.threads);

  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  bool stop = false;
  for (const std::string& path : inputs) {
    if (stop) break;
    Result<std::unique_ptr<RecordReader>> opened = RecordReader::Open(path, options.reader);
    if (!opened.ok()) {
      ++stats.inputs_failed;
      message(ReadKind::kRejected, (path == "-" ? "stdin" : path) + ": " + opened.status().message());
      if (options.strict) stop = stats.stopped_by_strict = true;
      continue;
    }
    ++stats.inputs_opened;
    RecordReader& reader = *opened.value();
    Document document;
    std::string text;
    for (;;) {
      const ReadKind kind = reader.Next(&document, &text);
      if (kind == ReadKind::kEnd) break;
      if (kind == ReadKind::kDocument) {
        if (!pool) {
          deliver(document, code(document));
          continue;
        }
        while (pool->in_flight() >= max_in_flight) pool->DeliverOldest(deliver);
        pool->Submit(std::move(document));
        document = Document{};
        continue;
      }
      message(kind, text);
      if (kind == ReadKind::kRejected && options.strict) {
        stop = stats.stopped_by_strict = true;
        break;
      }
    }
    stats.read.Add(reader.stats());
  }
  // Documents read before a --strict stop are still coded and delivered.
  while (pool && pool->in_flight() > 0) pool->DeliverOldest(deliver);
  pool.reset();
  stats.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace dyadwatch::ingest
