#include "store/store.h"

#include "store/sql_store.h"

namespace dyadwatch::store {

void IngestCounts::Add(const IngestCounts& o) {
  documents_added += o.documents_added;
  documents_unchanged += o.documents_unchanged;
  documents_conflicting += o.documents_conflicting;
  exact_copies += o.exact_copies;
  near_duplicates += o.near_duplicates;
  events_added += o.events_added;
  mentions_added += o.mentions_added;
  conflicts.insert(conflicts.end(), o.conflicts.begin(), o.conflicts.end());
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& uri, const StoreOptions& options) {
  if (uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0) {
    return OpenPostgresStore(uri, options);
  }
  return OpenSqliteStore(uri, options);
}

std::string DocumentKey(const Document& document, const DocumentFingerprint& fingerprint) {
  // The reader names id-less records after their position ("<file>:<line>"), which changes when
  // the same record is read from another file: such documents are keyed by content instead.
  if (document.id.empty() || document.id == document.origin) return "sha:" + fingerprint.content_hash;
  return document.id;
}

std::string CountryLevelCode(const std::string& code, const std::string& country) {
  if (!country.empty()) return country;
  return code.substr(0, 3);
}

bool IsCountryLevelCode(const std::string& code) { return code.size() <= 3; }

}  // namespace dyadwatch::store
