#include "query/export_formats.h"

#include <cctype>
#include <cstdio>
#include <ctime>

#include "common/json_escape.h"
#include "query/table_output.h"
#include "store/calendar.h"

namespace dyadwatch::query {
namespace {

// Tab-separated fields never hold a tab or a line break.
std::string Clean(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Upper(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Compact(const std::string& date) {  // "2019-01-04" -> "20190104"
  std::string out;
  for (char c : date) {
    if (c != '-') out += c;
  }
  return out;
}

std::string Real(double v, const char* format) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

// CAMEO's group prefixes: a code starting with one of them names a kind of actor, not a state.
bool IsGroupPrefix(const std::string& p) {
  static const char* kPrefixes[] = {"IGO", "NGO", "MNC", "IMG", "UIS", "REB", "INS", "ELI", "NGM", "SPY"};
  for (const char* k : kPrefixes) {
    if (p == k) return true;
  }
  return false;
}

}  // namespace

const char* const kGdeltEventColumnNames[kGdeltEventColumns] = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};

ActorParts SplitActorCode(const std::string& code, const std::string& country) {
  ActorParts parts;
  std::string rest = code;
  if (!country.empty() && code.rfind(country, 0) == 0) {
    parts.country = country;
    rest = code.substr(country.size());
  } else if (code.size() >= 6 && IsGroupPrefix(code.substr(0, 3))) {
    parts.known_group = code.substr(3, 3);  // IGOUNO: an IGO, known group UNO
    parts.types[0] = code.substr(0, 3);
    rest = code.substr(6);
  }
  for (int t = parts.types[0].empty() ? 0 : 1; t < 3 && rest.size() >= 3; ++t) {
    parts.types[t] = rest.substr(0, 3);
    rest = rest.substr(3);
  }
  return parts;
}

void AppendGdeltEvent(const store::StoredEvent& e, std::string* out) {
  std::string f[kGdeltEventColumns];
  f[0] = std::to_string(e.id);
  if (auto day = store::DayFromDate(e.date)) {
    int64_t year;
    unsigned month, dom;
    store::CivilFromDay(*day, &year, &month, &dom);
    f[1] = Compact(e.date);
    f[2] = f[1].substr(0, 6);
    f[3] = f[1].substr(0, 4);
    const int64_t doy = *day - store::DayFromCivil(year, 1, 1);
    f[4] = Real(static_cast<double>(year) + static_cast<double>(doy) / 365.0, "%.4f");
  }
  const std::string* codes[2] = {&e.source, &e.target};
  const std::string* countries[2] = {&e.source_country, &e.target_country};
  const std::string* names[2] = {&e.source_name, &e.target_name};
  for (int a = 0; a < 2; ++a) {
    const int base = 5 + 10 * a;
    const ActorParts parts = SplitActorCode(*codes[a], *countries[a]);
    f[base] = *codes[a];
    f[base + 1] = Upper(Clean(*names[a]));
    f[base + 2] = parts.country;
    f[base + 3] = parts.known_group;
    for (int t = 0; t < 3; ++t) f[base + 7 + t] = parts.types[t];
  }
  f[25] = e.in_lead ? "1" : "0";
  f[26] = e.code;
  f[27] = e.code.substr(0, 3);
  f[28] = e.root;
  f[29] = std::to_string(e.quad_class);
  f[30] = Real(e.goldstein, "%.1f");
  f[31] = std::to_string(e.num_mentions);
  f[32] = std::to_string(e.num_sources);
  f[33] = std::to_string(e.num_articles);
  for (int g = 0; g < 3; ++g) f[35 + 8 * g] = "0";  // no geocoding
  char added[32];
  const std::time_t t = static_cast<std::time_t>(e.added_at);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(added, sizeof added, "%Y%m%d%H%M%S", &tm);
  f[59] = added;
  f[60] = Clean(e.url);
  for (int i = 0; i < kGdeltEventColumns; ++i) {
    if (i) out->push_back('\t');
    out->append(f[i]);
  }
  out->push_back('\n');
}

const char kPhoenixHeader[] =
    "EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\tSourceActorRole\t"
    "SourceActorAttribute\tTargetActorFull\tTargetActorEntity\tTargetActorRole\tTargetActorAttribute\t"
    "EventCode\tEventRootCode\tQuadClass\tGoldsteinScore\tIssues\tLat\tLon\tLocationName\tStateName\t"
    "CountryCode\tSentenceID\tURLs\tNewsSources";

void AppendPhoenixEvent(const store::StoredEvent& e, std::string* out) {
  std::vector<std::string> f;
  f.push_back(std::to_string(e.id));
  f.push_back(Compact(e.date));
  f.push_back(e.date.size() == 10 ? e.date.substr(0, 4) : "");
  f.push_back(e.date.size() == 10 ? e.date.substr(5, 2) : "");
  f.push_back(e.date.size() == 10 ? e.date.substr(8, 2) : "");
  const std::string* codes[2] = {&e.source, &e.target};
  const std::string* levels[2] = {&e.source_level, &e.target_level};
  for (int a = 0; a < 2; ++a) {
    // Phoenix: entity = the country (or group) code, role = the next three letters, attribute =
    // what follows.
    const std::string& code = *codes[a];
    f.push_back(code);
    f.push_back(*levels[a]);
    const std::string rest = code.rfind(*levels[a], 0) == 0 ? code.substr(levels[a]->size()) : code;
    f.push_back(rest.substr(0, 3));
    f.push_back(rest.size() > 3 ? rest.substr(3) : "");
  }
  f.push_back(e.code);
  f.push_back(e.root);
  f.push_back(std::to_string(e.quad_class));
  f.push_back(Real(e.goldstein, "%.1f"));
  for (int i = 0; i < 5; ++i) f.push_back("");  // issues, lat, lon, location, state
  f.push_back(e.source_level.size() == 3 ? e.source_level : "");
  f.push_back(std::to_string(e.id));
  f.push_back(Clean(e.url));
  f.push_back(std::to_string(e.num_sources));
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) out->push_back('\t');
    out->append(Clean(f[i]));
  }
  out->push_back('\n');
}

bool AppendPloverEvent(const store::StoredEvent& e, const PloverCrosswalk& crosswalk, std::string* out) {
  const PloverCode* plover = crosswalk.Find(e.code);
  if (plover == nullptr) return false;
  auto field = [out](const char* name, const std::string& value, bool first = false) {
    out->append(first ? "{\"" : ",\"").append(name).append("\":");
    AppendJsonString(value, out);
  };
  field("id", "dyadwatch-" + std::to_string(e.id), true);
  field("date", e.date);
  field("event", plover->event);
  field("mode", plover->mode);
  field("context", plover->context);
  field("actor1", e.source);
  field("actor1_country", e.source_country);
  field("actor1_name", e.source_name);
  field("actor2", e.target);
  field("actor2_country", e.target_country);
  field("actor2_name", e.target_name);
  field("cameo_code", e.code);
  out->append(",\"quad_class\":").append(std::to_string(e.quad_class));
  out->append(",\"goldstein\":").append(Real(e.goldstein, "%g"));
  out->append(",\"num_mentions\":").append(std::to_string(e.num_mentions));
  out->append(",\"num_sources\":").append(std::to_string(e.num_sources));
  out->append(",\"num_articles\":").append(std::to_string(e.num_articles));
  field("url", e.url);
  out->append("}\n");
  return true;
}

const char kEventCsvHeader[] =
    "id,date,source,target,source_country,target_country,source_level,target_level,source_text,"
    "target_text,code,root,quad_class,goldstein,mood,num_mentions,num_sources,num_articles,url,rule";

void AppendEventCsv(const store::StoredEvent& e, std::string* out) {
  const std::string fields[] = {std::to_string(e.id), e.date, e.source, e.target, e.source_country,
                                e.target_country, e.source_level, e.target_level, e.source_name,
                                e.target_name, e.code, e.root, std::to_string(e.quad_class),
                                Real(e.goldstein, "%g"), e.mood, std::to_string(e.num_mentions),
                                std::to_string(e.num_sources), std::to_string(e.num_articles), e.url, e.rule};
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out->push_back(',');
    first = false;
    out->append(CsvField(f));
  }
  out->append("\r\n");
}

}  // namespace dyadwatch::query
