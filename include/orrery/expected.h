#pragma once

// Errors are values in Orrery: functions that can fail return Expected<T, E>. std::expected
// arrives with C++23; until Debian's compilers have it, tl::expected is the same design.
#include <tl/expected.hpp>

namespace orrery {

template <class T, class E>
using Expected = tl::expected<T, E>;

using tl::make_unexpected;
using tl::unexpected;

} // namespace orrery
