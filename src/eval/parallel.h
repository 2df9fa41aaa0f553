// Internal to the eval module: a loop over work items on a few threads.
#pragma once
#include <cstddef>
#include <functional>

namespace kubus::eval {

// Calls work(worker, item) once for every item in [0, items), on `workers`
// threads: the calling one (worker 0) and workers - 1 started for the call.
// Items are handed out in order from a shared counter, so a thread that drew
// cheap items draws more. A thread that cannot be started leaves its share to
// the others. The first exception a call throws is rethrown once every thread
// has finished; the remaining items are then skipped.
void parallel_for(std::size_t items, unsigned workers, const std::function<void(unsigned, std::size_t)>& work);

}  // namespace kubus::eval
