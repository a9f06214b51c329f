#pragma once
// One result type for recoverable errors, from the engine up to the CLI: a
// value or an Error saying what went wrong in words a user can act on.
// (GCC 12's libstdc++ offers no std::expected in C++20 mode, so this is a
// small one of our own.) Programming errors are asserts, not Results.

#include <cassert>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace rv {

// What kind of failure, so that the app can pick an exit code without
// parsing the message: bad input (a file or value the user gave is wrong)
// or an input/output failure of the system (disk full, unreadable device).
enum class ErrorKind { kFailed, kBadInput, kIo };

struct Error {
  std::string message;  // complete and shown as is, e.g. "file:line:column: key: what"
  ErrorKind kind = ErrorKind::kFailed;
  int sysErrno = 0;  // the errno behind an I/O failure, 0 if none
};

inline Error fail(std::string message, ErrorKind kind = ErrorKind::kFailed) {
  return Error{std::move(message), kind, 0};
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}
  template <class U = T>
  requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::decay_t<U>, Error> &&
           !std::is_same_v<std::decay_t<U>, Result>) Result(U&& value)
      : m_v(std::in_place_index<0>, std::forward<U>(value)) {}

  bool ok() const { return m_v.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return assert(ok()), std::get<0>(m_v); }
  const T& value() const& { return assert(ok()), std::get<0>(m_v); }
  T&& value() && { return assert(ok()), std::get<0>(std::move(m_v)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  template <class U>
  T value_or(U&& fallback) const& {
    return ok() ? std::get<0>(m_v) : static_cast<T>(std::forward<U>(fallback));
  }

  const Error& error() const { return assert(!ok()), std::get<1>(m_v); }
  Error&& takeError() { return assert(!ok()), std::get<1>(std::move(m_v)); }

 private:
  std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : m_error(std::move(error)) {}

  bool ok() const { return !m_error; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return assert(!ok()), *m_error; }
  Error&& takeError() { return assert(!ok()), std::move(*m_error); }

 private:
  std::optional<Error> m_error;
};

// The error's message, or "" when there is none (for messages and tests
// that print either way).
template <class R>
std::string errorMessage(const R& result) {
  return result.ok() ? std::string() : result.error().message;
}

}  // namespace rv
