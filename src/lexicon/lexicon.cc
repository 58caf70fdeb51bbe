#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <thread>

#include "lexicon/reader_util.h"
#include "lexicon/tabari_dictionaries.h"

namespace dyadwatch::lexicon {

namespace fs = std::filesystem;
using internal::LineError;
using internal::Trim;

namespace {

constexpr const char* kManifestName = "dyadwatch.dict";
constexpr const char* kPetrarchConfigName = "PETR_config.ini";

bool IsFile(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool IsDirectory(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

// Reads the [Dictionaries] section of an ini file (Python ConfigParser conventions: '#' and ';'
// start comment lines, "key = value" or "key: value", indented lines continue the last value).
Result<std::map<std::string, std::pair<std::string, uint32_t>>> ReadDictionarySection(
    const std::string& path) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::map<std::string, std::pair<std::string, uint32_t>> values;
  internal::LineReader reader(text.value());
  std::string_view line;
  std::string section, last_key;
  while (reader.Next(&line)) {
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#' || trimmed[0] == ';') continue;
    if (trimmed[0] == '[') {
      size_t close = trimmed.find(']');
      if (close == std::string_view::npos)
        return Status::Error(LineError(path, reader.line_number(), "missing ']' in section name"));
      section = std::string(Trim(trimmed.substr(1, close - 1)));
      last_key.clear();
      continue;
    }
    if (section != "Dictionaries") continue;
    if ((line[0] == ' ' || line[0] == '\t') && !last_key.empty()) {
      values[last_key].first += " " + std::string(trimmed);
      continue;
    }
    size_t sep = trimmed.find_first_of("=:");
    if (sep == std::string_view::npos)
      return Status::Error(LineError(path, reader.line_number(), "expected 'key = value'"));
    last_key = std::string(Trim(trimmed.substr(0, sep)));
    for (char& c : last_key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    values[last_key] = {std::string(Trim(trimmed.substr(sep + 1))), reader.line_number()};
  }
  return values;
}

// Config file names are relative to the config's directory; PETRARCH2's own layout keeps the
// config in config/ and the dictionaries in ../dictionaries/, so that is tried as well.
Result<std::string> ResolveDictionaryPath(const fs::path& config, const std::string& name,
                                          uint32_t line) {
  fs::path given(name);
  if (given.is_absolute()) {
    if (IsFile(given)) return given.string();
  } else {
    fs::path dir = config.parent_path();
    for (const fs::path& candidate :
         {dir / given, dir / "dictionaries" / given, dir / ".." / "dictionaries" / given}) {
      if (IsFile(candidate)) return candidate.lexically_normal().string();
    }
  }
  return Status::Error(LineError(config.string(), line, "dictionary file '" + name + "' not found"));
}

// A directory without a config: pick the dictionary files by their conventional names.
Result<DictionaryFiles> GuessFiles(const fs::path& dir) {
  DictionaryFiles files;
  files.config = dir.string();
  std::vector<std::string> verbs;
  std::vector<fs::path> entries;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file()) entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());
  for (const fs::path& path : entries) {
    std::string name = internal::ToUpper(path.filename().string());
    if (!name.ends_with(".TXT")) continue;
    if (name.find("ACTORS") != std::string::npos) files.actors.push_back(path.string());
    else if (name.find("AGENTS") != std::string::npos) files.agents.push_back(path.string());
    else if (name.find("DISCARD") != std::string::npos) files.discards = path.string();
    else if (name.find("ISSUE") != std::string::npos) files.issues = path.string();
    else if (name.find("VERBS") != std::string::npos || name.starts_with("CAMEO"))
      verbs.push_back(path.string());
  }
  if (verbs.size() != 1)
    return Status::Error(dir.string() + ": " +
                         (verbs.empty() ? "no verb dictionary (*verbs*.txt or CAMEO*.txt)"
                                        : "several candidate verb dictionaries") +
                         " and no " + kManifestName + " or " + kPetrarchConfigName +
                         " naming the files");
  files.verbs = verbs[0];
  if (files.actors.empty() || files.agents.empty() || files.discards.empty())
    return Status::Error(dir.string() + ": missing actor, agent or discard dictionary and no " +
                         kManifestName + " or " + kPetrarchConfigName + " naming the files");
  return files;
}

}  // namespace

namespace {

Result<DictionaryFiles> ReadTabariFiles(const std::string& path) {
  Result<TabariProject> project = ReadTabariProject(path);
  if (!project.ok()) return project.status();
  DictionaryFiles files;
  files.config = path;
  files.tabari = true;
  files.verbs = project.value().verbs;
  files.actors = project.value().actors;
  if (!project.value().agents.empty()) files.agents.push_back(project.value().agents);
  return files;
}

// A TABARI file's text in PETRARCH syntax (see tabari_dictionaries.h); other files as they are.
Result<std::string> ReadDictionaryText(const std::string& path, bool tabari, bool verbs) {
  Result<std::string> text = internal::ReadWholeFile(path);
  if (!text.ok() || !tabari) return text;
  return verbs ? TabariVerbsToPetrarch(text.value()) : TabariActorsToPetrarch(text.value());
}

// Codes of blocks, verb lines and patterns that the CAMEO table lacks.
void AddDictionaryCodes(const VerbDictionary& verbs, CameoTable* cameo) {
  auto add = [&](const VerbCode& code) {
    if (!code.forward.empty()) cameo->AddUnlisted(code.forward);
    if (!code.reverse.empty()) cameo->AddUnlisted(code.reverse);
  };
  for (const VerbBlock& block : verbs.blocks()) add(block.code);
  for (const VerbEntry& entry : verbs.entries()) add(entry.code);
  for (const VerbPattern& pattern : verbs.patterns()) add(pattern.code);
}

}  // namespace

Result<DictionaryFiles> Lexicon::ReadConfig(const std::string& path) {
  fs::path config(path);
  if (IsTabariProjectPath(path) && IsFile(config)) return ReadTabariFiles(path);
  if (IsDirectory(config)) {
    fs::path found;
    for (const fs::path& candidate :
         {config / kManifestName, config / kPetrarchConfigName, config / "config" / kPetrarchConfigName}) {
      if (IsFile(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found.empty()) return GuessFiles(config);
    config = found;
  } else if (!IsFile(config)) {
    return Status::Error(path + ": no such dictionary config or directory");
  }
  auto values = ReadDictionarySection(config.string());
  if (!values.ok()) return values.status();
  DictionaryFiles files;
  files.config = config.string();
  auto get = [&](const char* key, bool required, std::string* out) -> Status {
    auto found = values.value().find(key);
    if (found == values.value().end() || found->second.first.empty()) {
      if (!required) return Status::OK();
      return Status::Error(config.string() + ": [Dictionaries] has no " + key);
    }
    Result<std::string> resolved =
        ResolveDictionaryPath(config, found->second.first, found->second.second);
    if (!resolved.ok()) return resolved.status();
    *out = resolved.value();
    return Status::OK();
  };
  if (Status s = get("verbfile_name", true, &files.verbs); !s.ok()) return s;
  if (Status s = get("discardfile_name", true, &files.discards); !s.ok()) return s;
  if (Status s = get("issuefile_name", false, &files.issues); !s.ok()) return s;
  // A comma-separated list of file names (continuation lines were joined with spaces).
  auto get_list = [&](const char* key, std::vector<std::string>* out) -> Status {
    auto found = values.value().find(key);
    if (found == values.value().end()) return Status::OK();
    std::string_view list = found->second.first;
    while (!list.empty()) {
      size_t comma = list.find(',');
      std::string_view name = Trim(list.substr(0, comma));
      if (!name.empty()) {
        Result<std::string> resolved =
            ResolveDictionaryPath(config, std::string(name), found->second.second);
        if (!resolved.ok()) return resolved.status();
        out->push_back(resolved.value());
      }
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
    return Status::OK();
  };
  if (values.value().find("actorfile_list") == values.value().end())
    return Status::Error(config.string() + ": [Dictionaries] has no actorfile_list");
  if (Status s = get_list("actorfile_list", &files.actors); !s.ok()) return s;
  if (files.actors.empty())
    return Status::Error(config.string() + ": actorfile_list names no files");
  // PETRARCH2 configs name one agent file; ours may add a list loaded after it.
  std::string single_agents;
  if (Status s = get("agentfile_name", false, &single_agents); !s.ok()) return s;
  if (!single_agents.empty()) files.agents.push_back(single_agents);
  if (Status s = get_list("agentfile_list", &files.agents); !s.ok()) return s;
  if (files.agents.empty())
    return Status::Error(config.string() +
                         ": [Dictionaries] has no agentfile_name or agentfile_list");
  return files;
}

std::string Lexicon::ResolveDataDir(const std::string& hint) {
  auto has_tables = [](const fs::path& dir) {
    return IsFile(dir / "cameo" / "CAMEO.eventcodes.txt");
  };
  if (!hint.empty()) return has_tables(hint) ? hint : "";
  if (const char* env = std::getenv("DYADWATCH_DATA"); env != nullptr && has_tables(env))
    return env;
#ifdef DYADWATCH_SOURCE_DATA_DIR
  if (has_tables(DYADWATCH_SOURCE_DATA_DIR)) return DYADWATCH_SOURCE_DATA_DIR;
#endif
  return "";
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const LexiconConfig& config) {
  std::string data_dir = ResolveDataDir(config.data_dir);
  if (data_dir.empty())
    return Status::Error(config.data_dir.empty()
                             ? "no data directory found (set DYADWATCH_DATA)"
                             : config.data_dir + ": not a dyadwatch data directory (no cameo/)");
  std::string config_path = config.path.empty()
                                ? (fs::path(data_dir) / "dictionaries" / kManifestName).string()
                                : config.path;
  Result<DictionaryFiles> files = ReadConfig(config_path);
  if (!files.ok()) return files.status();

  auto lexicon = std::make_shared<Lexicon>();
  lexicon->files_ = files.value();
  PhraseLoadOptions options;
  options.stems = config.stems;
  options.strict = config.strict;
  const bool tabari = lexicon->files_.tabari;
  if (tabari) options.stems = StemMode::kTabari;

  // The verb file and the actor files are the two big jobs: read them on two threads.
  Status verb_status;
  std::thread verb_thread([&] {
    Result<std::string> text = ReadDictionaryText(lexicon->files_.verbs, tabari, true);
    if (!text.ok()) {
      verb_status = text.status();
      return;
    }
    Result<VerbDictionary> verbs =
        VerbDictionary::LoadText(text.value(), lexicon->files_.verbs, options);
    if (!verbs.ok()) verb_status = verbs.status();
    else lexicon->verbs_ = std::move(verbs).value();
  });
  Status status = [&]() -> Status {
    Result<CameoTable> cameo = CameoTable::LoadFromDataDir(data_dir);
    if (!cameo.ok()) return cameo.status();
    lexicon->cameo_ = std::move(cameo).value();
    ActorDictionary::Builder actors(options);
    for (const std::string& path : lexicon->files_.actors) {
      Result<std::string> text = ReadDictionaryText(path, tabari, false);
      if (!text.ok()) return text.status();
      if (Status s = actors.AddText(text.value(), path); !s.ok()) return s;
    }
    actors.AddNameVariants();
    lexicon->actors_ = std::move(actors).Build();
    AgentDictionary::Builder agents(options);
    for (const std::string& path : lexicon->files_.agents) {
      Result<std::string> text = ReadDictionaryText(path, tabari, false);
      if (!text.ok()) return text.status();
      if (Status s = agents.AddText(text.value(), path); !s.ok()) return s;
    }
    lexicon->agents_ = std::move(agents).Build();
    Result<DiscardList> discards = [&]() -> Result<DiscardList> {
      if (!lexicon->files_.discards.empty())
        return DiscardList::LoadFile(lexicon->files_.discards, options);
      if (tabari) {
        // TABARI has no discard file; its <TIME> phrases coded [###] or [+++] play the part.
        Result<std::string> verbs = internal::ReadWholeFile(lexicon->files_.verbs);
        if (!verbs.ok()) return verbs.status();
        return DiscardList::LoadText(TabariTimeStopPhrases(verbs.value()), lexicon->files_.verbs,
                                     options);
      }
      return DiscardList::LoadText("", "(no discard file)", options);
    }();
    if (!discards.ok()) return discards.status();
    lexicon->discards_ = std::move(discards).value();
    if (config.load_issues && !lexicon->files_.issues.empty()) {
      Result<IssueList> issues = IssueList::LoadFile(lexicon->files_.issues, options);
      if (!issues.ok()) return issues.status();
      lexicon->issues_ = std::move(issues).value();
    }
    return Status::OK();
  }();
  verb_thread.join();
  if (!status.ok()) return status;
  if (!verb_status.ok()) return verb_status;
  if (config.accept_dictionary_codes) AddDictionaryCodes(lexicon->verbs_, &lexicon->cameo_);
  for (const auto* list : {&lexicon->actors_.warnings(), &lexicon->agents_.warnings(),
                           &lexicon->verbs_.warnings(), &lexicon->discards_.warnings(),
                           &lexicon->issues_.warnings()})
    lexicon->warnings_.insert(lexicon->warnings_.end(), list->begin(), list->end());
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

size_t Lexicon::memory_bytes() const {
  return actors_.memory_bytes() + agents_.memory_bytes() + verbs_.memory_bytes() +
         discards_.memory_bytes() + issues_.memory_bytes();
}

}  // namespace dyadwatch::lexicon
