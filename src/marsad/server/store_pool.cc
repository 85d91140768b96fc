#include "marsad/server/internal/store_pool.h"

namespace marsad::server {

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& path, std::size_t size) {
  auto store = store::Store::Open(path, store::OpenMode::kReadOnly);
  if (!store.ok()) return store.status();
  std::unique_ptr<StorePool> pool(new StorePool(path, size == 0 ? 1 : size));
  auto labels = store->CameoLabels();
  if (!labels.ok()) return labels.status();
  pool->cameo_labels_ = std::move(labels.value());
  pool->idle_.push_back(std::make_unique<store::Store>(std::move(store.value())));
  pool->opened_ = 1;
  return pool;
}

StorePool::Lease::~Lease() {
  if (store_) pool_->Release(std::move(store_));
}

void StorePool::Release(std::unique_ptr<store::Store> store) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(store));
  }
  released_.notify_one();
}

Result<StorePool::Lease> StorePool::Acquire() {
  std::unique_lock lock(mutex_);
  released_.wait(lock, [&] { return !idle_.empty() || opened_ < size_; });
  if (!idle_.empty()) {
    auto store = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(store));
  }
  ++opened_;
  lock.unlock();
  auto store = store::Store::Open(path_, store::OpenMode::kReadOnly);
  if (!store.ok()) {
    std::lock_guard relock(mutex_);
    --opened_;
    released_.notify_one();
    return store.status();
  }
  return Lease(this, std::make_unique<store::Store>(std::move(store.value())));
}

}  // namespace marsad::server
