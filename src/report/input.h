// What the writers render: the driver's Run and what it derives.
#pragma once
#include "driver/run.h"

namespace kubus::report {

using driver::findings;
using driver::Finding;
using driver::location;
using driver::Locator;
using driver::Run;

}  // namespace kubus::report
