// Ending the process once its output is written. A large model is millions of
// small allocations, and freeing them one by one just before the process ends
// cost a sixth of `kubus check`; the operating system takes the memory back
// at once. Sanitizer builds (KUBUS_SANITIZE) return instead, so that every
// object is destroyed and LeakSanitizer sees any allocation that leaked.
#pragma once

namespace kubus {

// Flushes the C and C++ standard streams and ends the process with `code`
// without running destructors; returns `code` in sanitizer builds. Only
// main() calls it: a unit test must never end its process.
int fast_exit(int code);

}  // namespace kubus
