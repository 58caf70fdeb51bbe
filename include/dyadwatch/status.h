// Status and Result<T>: how errors cross library boundaries. Exceptions are used only inside the CLI.
#ifndef DYADWATCH_STATUS_H_
#define DYADWATCH_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dyadwatch {

class Status {
 public:
  Status() = default;  // OK
  static Status OK() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !message_.has_value(); }
  const std::string& message() const {
    static const std::string kOk = "OK";
    return message_ ? *message_ : kOk;
  }

 private:
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::optional<std::string> message_;
};

// Either a value or an error Status. Access value() only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}   // NOLINT: must be an error status

  bool ok() const { return std::holds_alternative<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  Status status() const { return ok() ? Status::OK() : std::get<Status>(data_); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace dyadwatch

#endif  // DYADWATCH_STATUS_H_
