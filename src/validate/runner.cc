#include "validate/runner.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstdio>
#include <map>
#include <string>
#include <memory>
#include <string_view>

#include "text/sentence_splitter.h"

namespace dyadwatch::validate {
namespace {

size_t MultisetIntersection(const std::vector<Triple>& a, const std::vector<Triple>& b) {
  // Both sorted.
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) { ++n; ++i; ++j; }
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return n;
}

std::string Describe(const std::vector<Triple>& triples) {
  if (triples.empty()) return "(none)";
  std::string out;
  for (const Triple& t : triples) {
    if (!out.empty()) out += ' ';
    out += t.source + "|" + t.target + "|" + t.code;
  }
  return out;
}

std::string Fixed3(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

}  // namespace

SuiteReport Score(const Suite& suite, const std::vector<std::vector<Triple>>& produced) {
  SuiteReport report;
  report.results.resize(suite.records.size());
  for (size_t i = 0; i < suite.records.size(); ++i) {
    const SuiteRecord& record = suite.records[i];
    RecordResult& result = report.results[i];
    if (i < produced.size()) {
      for (Triple t : produced[i]) {
        if (RequiresDyad(record) && (t.source.empty() || t.target.empty())) continue;
        // A missing actor is written "---" in both suites' expected codings.
        if (t.source.empty()) t.source = "---";
        if (t.target.empty()) t.target = "---";
        result.produced.push_back(t);
      }
    }
    std::sort(result.produced.begin(), result.produced.end());
    std::vector<Triple> expected = record.expected;  // empty unless kEvents
    std::sort(expected.begin(), expected.end());
    result.matched = MultisetIntersection(expected, result.produced);
    result.exact = expected == result.produced;
    for (Tally* tally : {&report.by_category[record.category], &report.total}) {
      tally->records += 1;
      tally->exact += result.exact ? 1 : 0;
      tally->expected += expected.size();
      tally->produced += result.produced.size();
      tally->matched += result.matched;
    }
  }
  return report;
}

namespace {

// TABARI's "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER": the codes in brackets after
// SOURCE and TARGET (the last such option in effect wins; "DEFAULT: OFF" clears them).
void DefaultActors(const SuiteRecord& record, std::string* source, std::string* target) {
  for (const std::string& option : record.options) {
    if (option.rfind("DEFAULT:", 0) != 0) continue;
    source->clear();
    target->clear();
    auto code_after = [&](const char* word) {
      size_t at = option.find(word);
      if (at == std::string::npos) return std::string();
      size_t open = option.find('[', at), close = option.find(']', at);
      if (open == std::string::npos || close == std::string::npos || close < open) return std::string();
      return option.substr(open + 1, close - open - 1);
    };
    *source = code_after("SOURCE");
    *target = code_after("TARGET");
  }
}

// "SET: MINIMUM WORDS = 8" -> 8; -1 when the option is not in effect.
int IntAfterEquals(const std::string& option) {
  size_t eq = option.find('=');
  if (eq == std::string::npos) return -1;
  return std::atoi(option.c_str() + eq + 1);
}

// "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN": the number in brackets after `word`, 0 if none.
int BracketNumber(const std::string& option, const char* word) {
  size_t at = option.find(word);
  if (at == std::string::npos) return 0;
  size_t open = option.find('[', at);
  if (open == std::string::npos) return 0;
  return std::atoi(option.c_str() + open + 1);
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// "COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8" (TABARI; "COMMA: OFF" turns all
// off): the numbers after each name.
void ReadCommaOption(const std::string& option, CoderOptions::CommaClauses* comma) {
  if (option.find("OFF") != std::string::npos) {
    *comma = {};
    return;
  }
  std::string text = option.substr(option.find(':') + 1);
  for (char& c : text) if (c == '=') c = ' ';
  size_t pos = 0;
  std::string name;
  while (pos < text.size()) {
    size_t b = text.find_first_not_of(' ', pos);
    if (b == std::string::npos) break;
    size_t e = text.find(' ', b);
    if (e == std::string::npos) e = text.size();
    std::string word = text.substr(b, e - b);
    pos = e;
    if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) {
      int value = std::atoi(word.c_str());
      if (name == "MIN") comma->min = value;
      if (name == "MAX") comma->max = value;
      if (name == "BMIN") comma->bmin = value;
      if (name == "BMAX") comma->bmax = value;
      if (name == "EMIN") comma->emin = value;
      if (name == "EMAX") comma->emax = value;
    } else {
      name = word;
    }
  }
}

// TABARI's sentence filters and CODE BY setting from the options in effect for a record. TABARI's
// defaults when its options say nothing: a minimum of 8 words (the suite's "MINWRD-Cancel" resets
// "to the default" with 8) and CODE BY CLAUSE ("our usual default", CODEBY-01).
void TabariSettings(const SuiteRecord& record, CoderOptions* options) {
  options->min_sentence_words = 8;
  options->code_by = CoderOptions::CodeBy::kClause;
  // TABARI's comma defaults, as the suite's COMMA-Cancel record restores them.
  options->comma = {.min = 2, .max = 10, .bmin = 255, .bmax = 0, .emin = 2, .emax = 10};
  for (const std::string& raw : record.options) {
    std::string option = Upper(raw);
    if (option.rfind("SET:", 0) == 0 && option.find("MINIMUM WORDS") != std::string::npos) {
      options->min_sentence_words = std::max(0, IntAfterEquals(option));
    } else if (option.rfind("COMMA:", 0) == 0) {
      ReadCommaOption(option, &options->comma);
    } else if (option.rfind("COMPLEX:", 0) == 0) {
      options->complex_verbs = BracketNumber(option, "VERBS");
      options->complex_conjunctions = BracketNumber(option, "CONJ");
    } else if (option.rfind("SET:", 0) == 0 && option.find("CONVERT AGENT") != std::string::npos) {
      options->convert_agents = option.find("TRUE") != std::string::npos;
    } else if (option.rfind("SET:", 0) == 0 && option.find("CODE ALL") != std::string::npos) {
      options->code_by = CoderOptions::CodeBy::kAll;
    } else if (option.rfind("SET:", 0) == 0 && option.find("CODE BY SENTENCE") != std::string::npos) {
      options->code_by = CoderOptions::CodeBy::kSentence;
    } else if (option.rfind("SET:", 0) == 0 && option.find("CODE BY CLAUSE") != std::string::npos) {
      options->code_by = CoderOptions::CodeBy::kClause;
    }
  }
}

// TABARI's "FORWARD: ^^*****NNN*SSS [OFF]": the record ids of one story share the characters
// at the 'N' positions. The format is laid over the header line after its date, "  FRWD-001-002":
// the leading '^'s stand for the blanks before the id, '*' for characters ignored, 'S' for the
// sentence number. Returns the story ("001"), or "" when FORWARD is not in effect.
std::string StoryOf(const SuiteRecord& record) {
  std::string story;
  for (const std::string& option : record.options) {
    if (option.rfind("FORWARD:", 0) != 0) continue;
    story.clear();
    std::string_view value = std::string_view(option).substr(8);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    std::string_view format = value.substr(0, value.find(' '));
    if (value.find(" OFF") != std::string_view::npos || format.empty()) continue;
    size_t skip = format.find_first_not_of('^');
    for (size_t p = skip; p < format.size() && p - skip < record.id.size(); ++p) {
      if (format[p] == 'N') story += record.id[p - skip];
    }
  }
  return story;
}

}  // namespace

Result<SuiteReport> RunSuite(const Suite& suite, const CoderOptions& base) {
  // One coder per combination of the options the records use, opened when first needed.
  std::map<std::string, std::shared_ptr<const Coder>> coders;
  std::vector<std::vector<Triple>> produced(suite.records.size());
  std::vector<std::vector<std::string>> explain(suite.records.size());
  // Records with the same key share a coder (and may share a FORWARD story's document).
  auto coder_key = [&suite](const SuiteRecord& record) {
    std::string default_source, default_target;
    DefaultActors(record, &default_source, &default_target);
    CoderOptions settings;
    if (suite.kind == "tabari") TabariSettings(record, &settings);
    return std::string(RequiresDyad(record) ? "1" : "0") + "|" + default_source + "|" +
           default_target + "|" + std::to_string(settings.min_sentence_words) + "|" +
           std::to_string(settings.complex_verbs) + "|" +
           std::to_string(settings.complex_conjunctions) + "|" +
           std::to_string(static_cast<int>(settings.code_by)) + "|" +
           (settings.convert_agents ? "C" : "") + "|" +
           std::to_string(settings.comma.min) + "," + std::to_string(settings.comma.max) + "," +
           std::to_string(settings.comma.bmin) + "," + std::to_string(settings.comma.bmax) + "," +
           std::to_string(settings.comma.emin) + "," + std::to_string(settings.comma.emax);
  };
  for (size_t i = 0; i < suite.records.size();) {
    const SuiteRecord& record = suite.records[i];
    const bool dyad = RequiresDyad(record);
    std::string default_source, default_target;
    DefaultActors(record, &default_source, &default_target);
    CoderOptions settings;  // the record's peer settings
    if (suite.kind == "tabari") TabariSettings(record, &settings);
    const std::string key = coder_key(record);
    std::shared_ptr<const Coder>& coder = coders[key];
    if (coder == nullptr) {
      CoderOptions options = base;
      options.default_source = default_source;
      options.default_target = default_target;
      options.min_sentence_words = settings.min_sentence_words;
      options.complex_verbs = settings.complex_verbs;
      options.complex_conjunctions = settings.complex_conjunctions;
      options.code_by = settings.code_by;
      options.convert_agents = settings.convert_agents;
      options.comma = settings.comma;
      options.dict_path = suite.dict_path;
      options.accept_dictionary_codes = true;
      options.require_dyad = dyad;
      // PETRARCH2's own semantics, which its suite tests: "---" actors for agents without a
      // country, and (without require_dyad) one-sided events for every coded act.
      options.null_actors = suite.kind == "petrarch2";
      options.one_sided_any_code = suite.kind == "petrarch2";
      // Both peers take a target from a prepositional object when no other is found.
      options.peer_targets = true;
      Result<std::shared_ptr<const Coder>> opened = Coder::Open(options);
      if (!opened.ok()) return opened.status();
      coder = std::move(opened).value();
    }
    if (!record.input_error.empty()) {
      explain[i] = {"input rejected as the peer rejects it: " + record.input_error};
      ++i;
      continue;
    }
    // A story's records (TABARI FORWARD) are the paragraphs of one document, so what the coder
    // carries from sentence to sentence (pronouns, "the two sides") reaches across records; each
    // event and reason goes back to the record its sentence came from.
    size_t last = i;
    const std::string story = StoryOf(record);
    while (!story.empty() && last + 1 < suite.records.size() &&
           StoryOf(suite.records[last + 1]) == story &&
           coder_key(suite.records[last + 1]) == key &&
           suite.records[last + 1].date == record.date) {
      ++last;
    }
    Document document;
    document.id = record.id;
    document.date = record.date;
    document.origin = suite.path + ":" + std::to_string(record.line);
    std::vector<size_t> first_sentence;  // per record of the story, its first sentence index
    size_t sentences = 0;
    for (size_t r = i; r <= last; ++r) {
      if (r > i) document.text += "\n\n";  // a blank line always ends a sentence
      document.text += suite.records[r].text;
      first_sentence.push_back(sentences);
      sentences += text::SplitSentences(suite.records[r].text).size();
    }
    auto record_of_sentence = [&](int sentence) {
      size_t r = 0;
      while (r + 1 < first_sentence.size() && first_sentence[r + 1] <= static_cast<size_t>(sentence)) ++r;
      return i + r;
    };
    CodeResult coded = coder->Code(document);
    for (const Event& e : coded.events) {
      produced[record_of_sentence(e.sentence)].push_back(Triple{e.source, e.target, e.code});
    }
    for (std::string& line : coded.explain) {
      int sentence = 0;
      if (last > i && std::sscanf(line.c_str(), "sentence %d:", &sentence) == 1) {
        size_t r = record_of_sentence(sentence);
        explain[r].push_back(std::move(line));
      } else {
        explain[i].push_back(std::move(line));
      }
    }
    i = last + 1;
  }
  SuiteReport report = Score(suite, produced);
  for (size_t i = 0; i < explain.size(); ++i) report.results[i].explain = std::move(explain[i]);
  return report;
}

std::string FormatReport(const Suite& suite, const SuiteReport& report) {
  std::string out;
  for (size_t i = 0; i < suite.records.size(); ++i) {
    const SuiteRecord& record = suite.records[i];
    const RecordResult& result = report.results[i];
    if (result.exact) continue;
    std::string expected = record.expectation == Expectation::kEvents
                               ? Describe(record.expected)
                               : std::string("(none: ") + ExpectationName(record.expectation) +
                                     (record.expectation_detail.empty()
                                          ? ""
                                          : " " + record.expectation_detail) +
                                     ")";
    out += "FAIL " + record.id + " [" + record.category + "] expected " + expected +
           " produced " + Describe(result.produced) + " | " + record.text + "\n";
    for (const std::string& reason : result.explain) out += "    " + reason + "\n";
  }
  char line[160];
  std::snprintf(line, sizeof line, "\n%-12s %8s %6s %7s %9s %7s %7s %7s\n", "category",
                "records", "exact", "exact%", "expected", "found", "P", "R");
  out += line;
  auto row = [&](const std::string& name, const Tally& t) {
    std::snprintf(line, sizeof line, "%-12s %8zu %6zu %6.1f%% %9zu %7zu %7s %7s\n", name.c_str(),
                  t.records, t.exact, t.records ? 100.0 * t.exact / t.records : 0.0, t.expected,
                  t.produced, Fixed3(t.precision()).c_str(), Fixed3(t.recall()).c_str());
    out += line;
  };
  for (const auto& [category, tally] : report.by_category) row(category, tally);
  row("all", report.total);
  out += "\n" + suite.kind + " suite " + suite.path + ": " +
         std::to_string(suite.records.size()) + " records run, " +
         std::to_string(suite.inactive.size()) + " inactive\n";
  const Tally& t = report.total;
  out += "records: " + std::to_string(t.exact) + "/" + std::to_string(t.records) +
         " exact; events: P=" + Fixed3(t.precision()) + " R=" + Fixed3(t.recall()) +
         " F1=" + Fixed3(t.f1()) + "\n";
  return out;
}

}  // namespace dyadwatch::validate
