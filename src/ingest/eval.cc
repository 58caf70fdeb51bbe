#include "ingest/eval.h"

#include <simdjson.h>

#include <algorithm>
#include <functional>

#include "ingest/line_reader.h"

namespace dyadwatch::ingest {
namespace {

using simdjson::ondemand::json_type;

std::string Upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '\t') continue;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

// Reads a string or number as text ("12" or 12).
simdjson::error_code ScalarText(simdjson::ondemand::value value, std::string* out) {
  json_type type;
  if (auto error = value.type().get(type)) return error;
  if (type == json_type::string) {
    std::string_view s;
    if (auto error = value.get_string().get(s)) return error;
    out->assign(s);
    return simdjson::SUCCESS;
  }
  if (type == json_type::number) {
    std::string_view raw = value.raw_json_token();
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
    out->assign(raw);
    return simdjson::SUCCESS;
  }
  return simdjson::INCORRECT_TYPE;
}

simdjson::error_code ReadGoldEvent(simdjson::ondemand::value value, GoldEvent* event) {
  simdjson::ondemand::object object;
  if (auto error = value.get_object().get(object)) return error;
  for (auto field : object) {
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) return error;
    std::string text;
    if (key == "source" || key == "target") {
      if (auto error = ScalarText(field.value(), &text)) return error;
      (key == "source" ? event->source : event->target) = Upper(text);
    } else if (key == "root") {
      simdjson::ondemand::value root = field.value();
      json_type type;
      if (auto error = root.type().get(type)) return error;
      if (type == json_type::array) {
        simdjson::ondemand::array array;
        if (auto error = root.get_array().get(array)) return error;
        for (auto element : array) {
          simdjson::ondemand::value v;
          if (auto error = element.get(v)) return error;
          if (auto error = ScalarText(v, &text)) return error;
          event->roots.push_back(NormalizeRoot(text));
        }
      } else {
        if (auto error = ScalarText(root, &text)) return error;
        event->roots.push_back(NormalizeRoot(text));
      }
    }
  }
  return simdjson::SUCCESS;
}

std::string FormatGold(const GoldEvent& e) {
  std::string out = e.source + "->" + e.target + " ";
  for (size_t i = 0; i < e.roots.size(); ++i) out += (i ? "|" : "") + e.roots[i];
  return out;
}

}  // namespace

std::string NormalizeRoot(std::string_view code) {
  size_t digits = 0;
  while (digits < code.size() && code[digits] >= '0' && code[digits] <= '9') ++digits;
  if (digits == 0) return "";
  if (digits == 1) return "0" + std::string(code.substr(0, 1));
  if (digits == 3) return std::string(code.substr(0, 2));  // "120": a 3-digit code, root "12"
  return std::string(code.substr(0, 2));                   // "12", "0231"
}

DyadRoot EventDyadRoot(const Event& event) {
  return {Upper(event.source_country), Upper(event.target_country),
          NormalizeRoot(event.root.empty() ? event.code : event.root)};
}

Result<std::vector<GoldDocument>> ReadGoldFile(const std::string& path, size_t max_record_bytes,
                                               std::vector<std::string>* problems) {
  Result<std::unique_ptr<ByteSource>> source = OpenByteSource(path);
  if (!source.ok()) return source.status();
  const std::string name = path == "-" ? "stdin" : path;
  LineReader lines(std::move(source).value(), max_record_bytes);
  simdjson::ondemand::parser parser;
  std::vector<GoldDocument> documents;
  for (;;) {
    LineReader::Kind kind = lines.Next();
    if (kind == LineReader::Kind::kEnd) break;
    const std::string where = name + ":" + std::to_string(lines.line_number());
    if (kind == LineReader::Kind::kError) {
      problems->push_back(where + ": " + lines.error());
      break;
    }
    if (kind == LineReader::Kind::kOversized) {
      problems->push_back(where + ": record of " + std::to_string(lines.oversized_bytes()) +
                          " bytes is over the size limit");
      continue;
    }
    std::string_view line = lines.line();
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    GoldDocument gold;
    gold.origin = where;
    auto fail = [&](simdjson::error_code error) {
      problems->push_back(where + ": broken gold record: " + simdjson::error_message(error));
    };
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (auto error = parser.iterate(line.data(), line.size(), lines.line_capacity()).get(doc)) {
      fail(error);
      continue;
    }
    if (auto error = doc.get_object().get(object)) {
      fail(error);
      continue;
    }
    simdjson::error_code error = simdjson::SUCCESS;
    for (auto field : object) {
      std::string_view key;
      if ((error = field.unescaped_key().get(key))) break;
      if (key == "id") {
        if ((error = ScalarText(field.value(), &gold.id))) break;
      } else if (key == "events") {
        simdjson::ondemand::array array;
        if ((error = field.value().get_array().get(array))) break;
        for (auto element : array) {
          simdjson::ondemand::value v;
          GoldEvent event;
          if ((error = element.get(v)) || (error = ReadGoldEvent(v, &event))) break;
          gold.events.push_back(std::move(event));
        }
        if (error) break;
      }
    }
    if (error) {
      fail(error);
      continue;
    }
    if (gold.id.empty()) gold.id = where;
    // The same gold event listed twice is one event at document level.
    for (GoldEvent& e : gold.events) {
      std::sort(e.roots.begin(), e.roots.end());
      e.roots.erase(std::unique(e.roots.begin(), e.roots.end()), e.roots.end());
    }
    auto key = [](const GoldEvent& e) { return std::tie(e.source, e.target, e.roots); };
    std::sort(gold.events.begin(), gold.events.end(),
              [&](const GoldEvent& a, const GoldEvent& b) { return key(a) < key(b); });
    gold.events.erase(std::unique(gold.events.begin(), gold.events.end(),
                                  [&](const GoldEvent& a, const GoldEvent& b) { return key(a) == key(b); }),
                      gold.events.end());
    documents.push_back(std::move(gold));
  }
  return documents;
}

DocumentScore ScoreDocument(const GoldDocument& gold, std::vector<DyadRoot> predicted) {
  std::sort(predicted.begin(), predicted.end());
  predicted.erase(std::unique(predicted.begin(), predicted.end()), predicted.end());
  DocumentScore score;
  score.id = gold.id;
  score.gold = gold.events.size();
  score.predicted = predicted.size();

  auto compatible = [&](size_t g, size_t p) {
    const GoldEvent& e = gold.events[g];
    const DyadRoot& d = predicted[p];
    return e.source == d.source && e.target == d.target &&
           std::find(e.roots.begin(), e.roots.end(), d.root) != e.roots.end();
  };
  // Kuhn's augmenting paths: documents hold a handful of events, so O(V*E) is nothing.
  std::vector<int> gold_of(predicted.size(), -1);
  std::vector<int> predicted_of(gold.events.size(), -1);
  std::vector<char> visited;
  std::function<bool(size_t)> augment = [&](size_t g) {
    for (size_t p = 0; p < predicted.size(); ++p) {
      if (visited[p] || !compatible(g, p)) continue;
      visited[p] = 1;
      if (gold_of[p] < 0 || augment(static_cast<size_t>(gold_of[p]))) {
        gold_of[p] = static_cast<int>(g);
        predicted_of[g] = static_cast<int>(p);
        return true;
      }
    }
    return false;
  };
  for (size_t g = 0; g < gold.events.size(); ++g) {
    visited.assign(predicted.size(), 0);
    if (augment(g)) ++score.matched;
  }
  for (size_t g = 0; g < gold.events.size(); ++g) {
    if (predicted_of[g] < 0) score.missed.push_back(FormatGold(gold.events[g]));
  }
  for (size_t p = 0; p < predicted.size(); ++p) {
    if (gold_of[p] < 0) {
      const DyadRoot& d = predicted[p];
      score.spurious.push_back(d.source + "->" + d.target + " " + d.root);
    }
  }
  return score;
}

EvalScore ScoreAll(const std::vector<GoldDocument>& gold,
                   const std::map<std::string, std::vector<DyadRoot>>& predictions) {
  EvalScore total;
  for (const GoldDocument& document : gold) {
    auto it = predictions.find(document.id);
    DocumentScore score =
        ScoreDocument(document, it == predictions.end() ? std::vector<DyadRoot>{} : it->second);
    score.found = it != predictions.end();
    ++total.documents;
    total.not_found += score.found ? 0 : 1;
    total.gold += score.gold;
    total.predicted += score.predicted;
    total.matched += score.matched;
    total.per_document.push_back(std::move(score));
  }
  return total;
}

}  // namespace dyadwatch::ingest
