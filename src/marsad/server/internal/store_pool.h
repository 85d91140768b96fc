// Internal to marsad/server: read-only store connections shared by the request threads. A Store
// is used by one thread at a time, so each request borrows one and gives it back.
#pragma once

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "marsad/store/store.h"

namespace marsad::server {

class StorePool {
 public:
  // Opens the first connection now, so that a bad database is reported before serving.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& path, std::size_t size);

  // A borrowed connection, returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> store)
        : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease();
    store::Store* operator->() { return store_.get(); }
    store::Store& operator*() { return *store_; }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };
  // Waits for a free connection (opening a new one while fewer than size are open).
  Result<Lease> Acquire();
  // The CAMEO labels of the database's codebook, read once at Open.
  const std::map<std::string, std::string>& cameo_labels() const { return cameo_labels_; }

 private:
  StorePool(std::string path, std::size_t size) : path_(std::move(path)), size_(size) {}
  void Release(std::unique_ptr<store::Store> store);

  std::string path_;
  std::size_t size_;
  std::size_t opened_ = 0;
  std::map<std::string, std::string> cameo_labels_;
  std::vector<std::unique_ptr<store::Store>> idle_;
  std::mutex mutex_;
  std::condition_variable released_;
};

}  // namespace marsad::server
