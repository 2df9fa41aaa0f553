#include "eval/parallel.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace kubus::eval {

void parallel_for(std::size_t items, unsigned workers, const std::function<void(unsigned, std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto drain = [&](unsigned worker) {
    try {
      for (std::size_t i = next.fetch_add(1, std::memory_order_relaxed); i < items;
           i = next.fetch_add(1, std::memory_order_relaxed))
        work(worker, i);
    } catch (...) {
      next.store(items, std::memory_order_relaxed);
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(workers > 0 ? workers - 1 : 0);
  for (unsigned w = 1; w < workers; ++w) {
    try {
      threads.emplace_back(drain, w);
    } catch (const std::system_error&) {
      break;  // no thread to be had (a process limit): fewer threads share the items
    }
  }
  drain(0);
  for (std::thread& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace kubus::eval
