#include "parse/tagger.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dyadwatch::parse {
namespace {

constexpr char kMagic[8] = {'D', 'W', 'P', 'O', 'S', 'T', 'G', '2'};

void BuildIndex(const std::vector<std::pair<uint64_t, uint32_t>>& pairs, KeyIndex* index) {
  index->Reserve(pairs.size());
  for (const auto& [key, value] : pairs) index->Insert(key, value);
}

void AppendU64(std::string* out, uint64_t v) { out->append(reinterpret_cast<const char*>(&v), 8); }

bool ReadU64(std::string_view data, size_t* pos, uint64_t* v) {
  if (*pos + 8 > data.size()) return false;
  std::memcpy(v, data.data() + *pos, 8);
  *pos += 8;
  return true;
}

void AppendPairs(std::string* out, const std::vector<std::pair<uint64_t, uint32_t>>& pairs) {
  AppendU64(out, pairs.size());
  for (const auto& [key, value] : pairs) {
    AppendU64(out, key);
    AppendU64(out, value);
  }
}

bool ReadPairs(std::string_view data, size_t* pos, std::vector<std::pair<uint64_t, uint32_t>>* out) {
  uint64_t n = 0;
  if (!ReadU64(data, pos, &n) || n > data.size() / 16) return false;
  out->resize(n);
  for (auto& [key, value] : *out) {
    uint64_t v = 0;
    if (!ReadU64(data, pos, &key) || !ReadU64(data, pos, &v)) return false;
    value = static_cast<uint32_t>(v);
  }
  return true;
}

std::string TagNameList() {
  std::string names;
  for (int i = 0; i < kNumPosTags; ++i) {
    names += PosTagName(static_cast<PosTag>(i));
    names += '\n';
  }
  return names;
}

}  // namespace

std::string DefaultTaggerModelPath() {
  const char* dir = std::getenv("DYADWATCH_DATA_DIR");
  std::string base = dir && *dir ? dir : DYADWATCH_SOURCE_DATA_DIR;
  return base + "/models/pos_tagger.dwm";
}

Tagger::Tagger(TaggerModelData data) : data_(std::move(data)) {
  BuildIndex(data_.unambiguous, &lexicon_.unambiguous);
  BuildIndex(data_.ambiguity_classes, &lexicon_.ambiguity_class);
  BuildIndex(data_.auto_classes, &lexicon_.auto_class);
}

Result<std::shared_ptr<const Tagger>> Tagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open tagger model");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string bytes = buffer.str();
  std::string_view data = bytes;
  if (data.size() < 8 || std::memcmp(data.data(), kMagic, 8) != 0) {
    return Status::Error(path + ": not a dyadwatch tagger model (bad magic)");
  }
  size_t pos = 8;
  uint64_t names_size = 0;
  if (!ReadU64(data, &pos, &names_size) || pos + names_size > data.size()) {
    return Status::Error(path + ": truncated tag list");
  }
  if (data.substr(pos, names_size) != TagNameList()) {
    return Status::Error(path + ": model was trained with a different tag set");
  }
  pos += names_size;
  TaggerModelData model;
  if (!ReadPairs(data, &pos, &model.unambiguous) ||
      !ReadPairs(data, &pos, &model.ambiguity_classes) ||
      !ReadPairs(data, &pos, &model.auto_classes)) {
    return Status::Error(path + ": truncated lexicon");
  }
  for (const auto& [key, tag] : model.unambiguous) {
    if (tag >= kNumPosTags) return Status::Error(path + ": lexicon tag out of range");
  }
  Status s = model.weights.ReadFrom(data, &pos, kNumPosTags, path);
  if (!s.ok()) return s;
  s = model.second_pass_weights.ReadFrom(data, &pos, kNumPosTags, path);
  if (!s.ok()) return s;
  if (pos != data.size()) return Status::Error(path + ": trailing bytes after the weights");
  return std::shared_ptr<const Tagger>(std::make_shared<Tagger>(std::move(model)));
}

Status Tagger::Save(const std::string& path) const {
  std::string out(kMagic, 8);
  std::string names = TagNameList();
  AppendU64(&out, names.size());
  out += names;
  AppendPairs(&out, data_.unambiguous);
  AppendPairs(&out, data_.ambiguity_classes);
  AppendPairs(&out, data_.auto_classes);
  data_.weights.AppendTo(&out);
  data_.second_pass_weights.AppendTo(&out);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return Status::Error(path + ": cannot write tagger model");
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) return Status::Error(path + ": write failed");
  return Status::OK();
}

void DecodeGreedy(const TagFeatureExtractor& fx, const SparseWeights& weights,
                  DecodeScratch* scratch, PosTag* out) {
  constexpr int kStride = kNumPosTags + 2;  // >= weights.score_stride(), multiple of 4
  static_assert(kStride % 4 == 0);
  const int n = fx.size();
  // Static features (everything but the previous tags) of the whole sentence are scored first,
  // in three sweeps (probe slots, find rows, add rows) so that the cache misses of many tokens
  // overlap; the left-to-right pass then adds only the few tag-history features.
  auto& keys = scratch->keys;
  auto& counts = scratch->counts;
  auto& rows = scratch->rows;  // packed row references
  auto& static_scores = scratch->static_scores;
  keys.resize(static_cast<size_t>(n) * kMaxTagFeatures);
  rows.resize(keys.size());
  counts.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    if (fx.ForcedTag(i) >= 0) continue;
    uint64_t* k = &keys[static_cast<size_t>(i) * kMaxTagFeatures];
    counts[i] = fx.StaticFeatures(i, k);
    for (int f = 0; f < counts[i]; ++f) weights.Prefetch(k[f]);
  }
  for (int i = 0; i < n; ++i) {
    size_t base = static_cast<size_t>(i) * kMaxTagFeatures;
    for (int f = 0; f < counts[i]; ++f) {
      rows[base + f] = weights.FindRow(keys[base + f]);
    }
  }
  static_scores.assign(static_cast<size_t>(n) * kStride, 0.0f);
  for (int i = 0; i < n; ++i) {
    size_t base = static_cast<size_t>(i) * kMaxTagFeatures;
    float* scores = &static_scores[static_cast<size_t>(i) * kStride];
    for (int f = 0; f < counts[i]; ++f) weights.AddRow(rows[base + f], scores);
  }
  int prev = kStartTag, prev2 = kStartTag;
  uint64_t dynamic_keys[kMaxTagFeatures];
  alignas(16) float scores[kStride];
  for (int i = 0; i < n; ++i) {
    int best = fx.ForcedTag(i);
    if (best < 0) {
      std::memcpy(scores, &static_scores[static_cast<size_t>(i) * kStride], sizeof(scores));
      int count = fx.DynamicFeatures(i, prev, prev2, dynamic_keys);
      for (int f = 0; f < count; ++f) weights.AddScores(dynamic_keys[f], scores);
      best = 0;
      for (int c = 1; c < kNumPosTags; ++c) {
        if (scores[c] > scores[best]) best = c;
      }
    }
    out[i] = static_cast<PosTag>(best);
    prev2 = prev;
    prev = best;
  }
}

void Tagger::Tag(const text::Sentence& sentence, TaggerScratch* scratch,
                 std::vector<PosTag>* tags) const {
  TagFeatureExtractor& fx = scratch->features;
  fx.Prepare(sentence, lexicon_);
  tags->resize(fx.size());
  if (data_.second_pass_weights.num_features() == 0) {
    DecodeGreedy(fx, data_.weights, &scratch->decode, tags->data());
    return;
  }
  scratch->first_pass.resize(fx.size());
  DecodeGreedy(fx, data_.weights, &scratch->decode, scratch->first_pass.data());
  fx.SetFirstPass(scratch->first_pass.data());
  DecodeGreedy(fx, data_.second_pass_weights, &scratch->decode, tags->data());
}

std::vector<PosTag> Tagger::Tag(const text::Sentence& sentence) const {
  TaggerScratch scratch;
  std::vector<PosTag> tags;
  Tag(sentence, &scratch, &tags);
  return tags;
}

}  // namespace dyadwatch::parse
