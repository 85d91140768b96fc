// The shipped model or dictionary of type T (T::LoadDefault()), loaded once per test binary
// and kept for its whole life. A model that cannot be loaded fails the test and stops the
// binary: every test after it would only repeat the same failure.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <utility>

namespace marsad::testing {

template <typename T>
const T& ShippedModel() {
  static const T* model = [] {
    auto loaded = T::LoadDefault();
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error();
      std::abort();
    }
    return new T(std::move(loaded).value());
  }();
  return *model;
}

}  // namespace marsad::testing
