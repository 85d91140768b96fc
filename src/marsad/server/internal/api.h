// Internal to marsad/server: the JSON API as a function of the request, without sockets, so
// that the routes are one table and tests can call them directly.
#pragma once

#include <map>
#include <string>

#include "marsad/server/internal/store_pool.h"

namespace marsad::server {

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::string download_name;  // set: sent as an attachment with this file name
};

// {"error": message, "status": status}. message must not hold paths or internals.
ApiResponse ErrorResponse(int status, const std::string& message);

// Answers GET `path` (URL-decoded, starting with /api/) with its query parameters. Store
// failures are logged on stderr and answered 500 without their message (it names the file).
ApiResponse AnswerApi(StorePool& pool, const std::string& path,
                      const std::multimap<std::string, std::string>& params);

}  // namespace marsad::server
