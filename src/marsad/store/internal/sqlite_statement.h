// Internal to marsad/store: a prepared SQLite statement that finalizes itself, with binding and
// column helpers that turn SQLite's error codes into Status values.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/core/core.h"

namespace marsad::store {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
        SQLITE_OK) {
      error_ = sqlite3_errmsg(db);
      stmt_ = nullptr;
    }
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& o) noexcept { *this = std::move(o); }
  Statement& operator=(Statement&& o) noexcept {
    std::swap(db_, o.db_);
    std::swap(stmt_, o.stmt_);
    std::swap(error_, o.error_);
    return *this;
  }
  ~Statement() { sqlite3_finalize(stmt_); }

  bool ok() const { return stmt_ != nullptr; }
  Status status() const { return ok() ? Status() : Status::Error(error_); }

  // Parameters are 1-based, as in SQLite.
  Statement& Bind(int i, std::string_view text) {
    sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, const char* text) { return Bind(i, std::string_view(text)); }
  Statement& Bind(int i, const std::string& text) { return Bind(i, std::string_view(text)); }
  Statement& Bind(int i, const std::optional<std::string>& text) {
    if (text) return Bind(i, std::string_view(*text));
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  Statement& Bind(int i, std::int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& Bind(int i, int v) { return Bind(i, static_cast<std::int64_t>(v)); }
  Statement& Bind(int i, std::size_t v) { return Bind(i, static_cast<std::int64_t>(v)); }
  Statement& Bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Statement& BindNull(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }

  // One step: true with a row to read, false when done; an error sets status() and returns false.
  bool Step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) error_ = sqlite3_errmsg(db_);
    return false;
  }
  // Runs a statement that returns no rows, then resets it for the next use.
  Status Run() {
    error_.clear();
    while (Step()) {
    }
    Status s = error_.empty() ? Status() : Status::Error(error_);
    Reset();
    return s;
  }
  Status StepError() const { return error_.empty() ? Status() : Status::Error(error_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    error_.clear();
  }

  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  std::optional<std::string> OptText(int col) const {
    if (IsNull(col)) return std::nullopt;
    return Text(col);
  }
  std::int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }

  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::string error_;
};

// Runs one or more statements without results.
inline Status Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string message = err ? err : "unknown SQLite error";
    sqlite3_free(err);
    return Status::Error(message);
  }
  return Status();
}

}  // namespace marsad::store
