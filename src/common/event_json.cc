// Event JSON writer and reader. The writer is on the output hot path: it appends into one buffer
// and formats numbers with std::to_chars (shortest round-trip form, locale-independent).
#include "common/event_json.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>

#include "common/json_escape.h"

namespace dyadwatch {
namespace {

void AppendInt(int64_t value, std::string* out) {
  char buffer[24];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out->append(buffer, end);
}

void AppendDouble(double value, std::string* out) {
  if (!std::isfinite(value)) {
    out->append("null");
    return;
  }
  char buffer[32];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out->append(buffer, end);
}

void AppendSpan(const Span& span, std::string* out) {
  if (span.empty()) {
    out->append("null");
    return;
  }
  out->push_back('[');
  AppendInt(span.begin, out);
  out->push_back(',');
  AppendInt(span.end, out);
  out->push_back(']');
}

void AppendStringField(const char* key, const std::string& value, std::string* out) {
  out->append(key);  // key arrives with its quotes, colon and leading comma
  AppendJsonString(value, out);
}

}  // namespace

void AppendEventJson(const Event& e, std::string* out) {
  AppendStringField("{\"doc_id\":", e.doc_id, out);
  out->append(",\"sentence\":");
  AppendInt(e.sentence, out);
  AppendStringField(",\"date\":", e.date, out);
  AppendStringField(",\"source\":", e.source, out);
  AppendStringField(",\"target\":", e.target, out);
  AppendStringField(",\"source_country\":", e.source_country, out);
  AppendStringField(",\"target_country\":", e.target_country, out);
  AppendStringField(",\"source_text\":", e.source_text, out);
  AppendStringField(",\"target_text\":", e.target_text, out);
  AppendStringField(",\"code\":", e.code, out);
  AppendStringField(",\"root\":", e.root, out);
  out->append(",\"quad_class\":");
  AppendInt(e.quad_class, out);
  out->append(",\"goldstein\":");
  AppendDouble(e.goldstein, out);
  AppendStringField(",\"mood\":", e.mood, out);
  AppendStringField(",\"evidence\":{\"sentence_text\":", e.sentence_text, out);
  out->append(",\"sentence_span\":");
  AppendSpan(e.sentence_span, out);
  out->append(",\"source_span\":");
  AppendSpan(e.source_span, out);
  out->append(",\"verb_span\":");
  AppendSpan(e.verb_span, out);
  out->append(",\"target_span\":");
  AppendSpan(e.target_span, out);
  out->push_back('}');
  AppendStringField(",\"rule\":", e.rule, out);
  out->push_back('}');
}

std::string EventToJson(const Event& event) {
  std::string out;
  out.reserve(512);
  AppendEventJson(event, &out);
  return out;
}

namespace {

using simdjson::ondemand::json_type;

Status Broken(std::string_view what, simdjson::error_code error) {
  return Status::Error(std::string(what) + ": " + simdjson::error_message(error));
}

// Reads a string or null (-> "") into *out.
Status ReadString(simdjson::ondemand::value value, std::string_view key, std::string* out) {
  json_type type;
  if (auto error = value.type().get(type)) return Broken(key, error);
  if (type == json_type::null) {
    out->clear();
    return Status::OK();
  }
  std::string_view s;
  if (auto error = value.get_string().get(s)) return Broken(key, error);
  out->assign(s);
  return Status::OK();
}

Status ReadSpan(simdjson::ondemand::value value, std::string_view key, Span* span) {
  json_type type;
  if (auto error = value.type().get(type)) return Broken(key, error);
  *span = Span{};
  if (type == json_type::null) return Status::OK();
  simdjson::ondemand::array array;
  if (auto error = value.get_array().get(array)) return Broken(key, error);
  uint64_t bounds[2] = {0, 0};
  size_t n = 0;
  for (auto element : array) {
    uint64_t v;
    if (auto error = element.get_uint64().get(v)) return Broken(key, error);
    if (n < 2) bounds[n] = v;
    ++n;
  }
  if (n != 2 || bounds[0] > bounds[1] || bounds[1] > UINT32_MAX) {
    return Status::Error(std::string(key) + ": expected [begin, end] byte offsets");
  }
  span->begin = static_cast<uint32_t>(bounds[0]);
  span->end = static_cast<uint32_t>(bounds[1]);
  return Status::OK();
}

Status ReadEvidence(simdjson::ondemand::value value, Event* e) {
  simdjson::ondemand::object object;
  if (auto error = value.get_object().get(object)) return Broken("evidence", error);
  for (auto field : object) {
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) return Broken("evidence", error);
    Status s;
    if (key == "sentence_text") {
      s = ReadString(field.value(), key, &e->sentence_text);
    } else if (key == "sentence_span") {
      s = ReadSpan(field.value(), key, &e->sentence_span);
    } else if (key == "source_span") {
      s = ReadSpan(field.value(), key, &e->source_span);
    } else if (key == "verb_span") {
      s = ReadSpan(field.value(), key, &e->verb_span);
    } else if (key == "target_span") {
      s = ReadSpan(field.value(), key, &e->target_span);
    }
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace

Status ParseEventJson(std::string_view line, Event* e) {
  thread_local simdjson::ondemand::parser parser;
  simdjson::padded_string padded(line);
  simdjson::ondemand::document doc;
  if (auto error = parser.iterate(padded).get(doc)) return Broken("broken JSON", error);
  simdjson::ondemand::object object;
  if (auto error = doc.get_object().get(object)) return Broken("broken JSON", error);
  *e = Event{};
  for (auto field : object) {
    std::string_view key;
    if (auto error = field.unescaped_key().get(key)) return Broken("broken JSON", error);
    Status s;
    std::string* text = nullptr;
    if (key == "doc_id") text = &e->doc_id;
    else if (key == "date") text = &e->date;
    else if (key == "source") text = &e->source;
    else if (key == "target") text = &e->target;
    else if (key == "source_country") text = &e->source_country;
    else if (key == "target_country") text = &e->target_country;
    else if (key == "source_text") text = &e->source_text;
    else if (key == "target_text") text = &e->target_text;
    else if (key == "code") text = &e->code;
    else if (key == "root") text = &e->root;
    else if (key == "mood") text = &e->mood;
    else if (key == "rule") text = &e->rule;
    if (text != nullptr) {
      s = ReadString(field.value(), key, text);
    } else if (key == "sentence" || key == "quad_class") {
      int64_t v;
      if (auto error = field.value().get_int64().get(v)) return Broken(key, error);
      (key == "sentence" ? e->sentence : e->quad_class) = static_cast<int>(v);
    } else if (key == "goldstein") {
      simdjson::ondemand::value value = field.value();
      json_type type;
      if (auto error = value.type().get(type)) return Broken(key, error);
      if (type != json_type::null) {
        if (auto error = value.get_double().get(e->goldstein)) return Broken(key, error);
      }
    } else if (key == "evidence") {
      s = ReadEvidence(field.value(), e);
    }
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace dyadwatch
