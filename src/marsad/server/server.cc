// Server: cpp-httplib set up with the limits of server.h, the API under /api/ and the embedded
// page everywhere else.
#include "marsad/server/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "marsad/server/internal/api.h"
#include "marsad/server/internal/store_pool.h"
#include "marsad/server/internal/web_assets.h"

namespace marsad::server {
namespace {

constexpr std::size_t kMaxRequestBodyBytes = 16 * 1024;  // GET only: there is no use for a body
constexpr std::size_t kKeepAliveRequests = 100;

// Headers sent with every answer: the page loads only its own scripts and styles.
void SecurityHeaders(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                 "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'");
}

void Send(httplib::Response& res, const ApiResponse& answer, std::size_t max_bytes) {
  if (answer.body.size() > max_bytes) {
    Send(res, ErrorResponse(413, "the answer would be larger than " +
                                     std::to_string(max_bytes >> 20) +
                                     " MB: narrow the filter or ask for a smaller page"),
         max_bytes);
    return;
  }
  res.status = answer.status;
  res.set_content(answer.body, answer.content_type.c_str());
  if (!answer.download_name.empty()) {
    res.set_header("Content-Disposition", "attachment; filename=\"" + answer.download_name + "\"");
  }
  res.set_header("Cache-Control", "no-store");
}

const char* StatusText(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 408: return "request timeout";
    case 413: return "request too large";
    case 414: return "URI too long";
    case 431: return "request headers too large";
    default: return status >= 500 ? "internal error" : "refused";
  }
}

}  // namespace

struct Server::Impl {
  Options options;
  std::unique_ptr<StorePool> pool;
  httplib::Server http;
  std::thread listener;
  int port = 0;
  int listen_fd = -1;  // seen by the socket-options hook, to widen the accept queue

  void Handle(const httplib::Request& req, httplib::Response& res) {
    const auto started = std::chrono::steady_clock::now();
    SecurityHeaders(res);
    if (req.path.rfind("/api/", 0) == 0) {
      Send(res, AnswerApi(*pool, req.path, req.params), options.max_response_bytes);
    } else if (const WebAsset* asset = FindWebAsset(req.path)) {
      res.set_content(std::string(asset->bytes), std::string(asset->content_type).c_str());
      res.set_header("Cache-Control", "no-cache");
    } else {
      Send(res, ErrorResponse(404, "not found"), options.max_response_bytes);
    }
    if (options.log_requests) {
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - started).count();
      std::fprintf(stderr, "marsad serve: %s %s %d %lld ms\n", req.method.c_str(),
                   req.path.c_str(), res.status, static_cast<long long>(ms));
    }
  }

  void Configure() {
    const std::size_t threads = options.threads == 0 ? 1 : options.threads;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.set_read_timeout(options.timeout_seconds, 0);
    http.set_write_timeout(options.timeout_seconds, 0);
    http.set_keep_alive_max_count(kKeepAliveRequests);
    http.set_keep_alive_timeout(options.timeout_seconds);
    http.set_payload_max_length(kMaxRequestBodyBytes);
    http.set_socket_options([this](int fd) {
      httplib::default_socket_options(fd);
      listen_fd = fd;
    });
    auto handler = [this](const httplib::Request& req, httplib::Response& res) { Handle(req, res); };
    http.Get(".*", handler);
    // Anything but GET/HEAD: the API and the page only read.
    auto refuse = [this](const httplib::Request&, httplib::Response& res) {
      SecurityHeaders(res);
      res.set_header("Allow", "GET, HEAD");
      Send(res, ErrorResponse(405, "only GET and HEAD are served"), options.max_response_bytes);
    };
    http.Post(".*", refuse);
    http.Put(".*", refuse);
    http.Patch(".*", refuse);
    http.Delete(".*", refuse);
    http.Options(".*", refuse);
    // httplib's own refusals (bad request line, URI or body too long, ...) in the same JSON.
    http.set_error_handler([this](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return;
      SecurityHeaders(res);
      const int status = res.status;
      Send(res, ErrorResponse(status, StatusText(status)),
           options.max_response_bytes);
    });
    // Never a stack trace, type name or what() on the wire.
    http.set_exception_handler(
        [this](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
          std::string what = "unknown";
          try {
            if (ep) std::rethrow_exception(ep);
          } catch (const std::exception& e) {
            what = e.what();
          } catch (...) {
          }
          std::fprintf(stderr, "marsad serve: %s: %s\n", req.path.c_str(), what.c_str());
          SecurityHeaders(res);
          Send(res, ErrorResponse(500, "internal error"), options.max_response_bytes);
        });
  }
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Start(const Options& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto pool = StorePool::Open(options.db, options.threads);
  if (!pool.ok()) return pool.status();
  impl->pool = std::move(pool.value());
  impl->Configure();
  const std::string where = options.host + ":" + std::to_string(options.port);
  if (options.port == 0) {
    impl->port = impl->http.bind_to_any_port(options.host);
    if (impl->port <= 0) return Status::Error("cannot listen on " + options.host + ": no free port");
  } else {
    if (!impl->http.bind_to_port(options.host, options.port)) {
      return Status::Error("cannot listen on " + where + " (port in use, or not an address of "
                           "this machine)");
    }
    impl->port = options.port;
  }
  // httplib listens with a backlog of 5: a burst of clients would wait for SYN retries. A
  // second listen() on the bound socket only widens the queue.
  if (impl->listen_fd >= 0) ::listen(impl->listen_fd, SOMAXCONN);
  Impl* raw = impl.get();
  impl->listener = std::thread([raw] { raw->http.listen_after_bind(); });
  // Stop() before the loop runs would be lost; wait until it does (it starts at once).
  for (int i = 0; i < 5000 && !impl->http.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

int Server::port() const { return impl_->port; }

std::string Server::url() const {
  const std::string& host = impl_->options.host;
  const bool v6 = host.find(':') != std::string::npos;
  return "http://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(impl_->port) + "/";
}

void Server::Stop() {
  if (!impl_) return;
  impl_->http.stop();
  if (impl_->listener.joinable()) impl_->listener.join();
}

}  // namespace marsad::server
