// 05_big_object: a self-pointing image built in place in a pin::box from a preallocated
// pool (the example's pool_allocator): self pointer, width, pixels zeroed in place, a
// diagonal drawn, a checksum. The instruction count uses a 64 KiB image (the example's
// 64 MiB one only scales the memset and the loops; the stack part of the report covers
// 1 KiB..64 MiB). Library: pin::make_box of the example's new_image (pin::fields, or the
// native init function build_image). Baseline: pool allocation, default-initialization,
// init(color) with memset, loop and checksum written out; the pointer goes to the caller.
#define main example_main
#include "../../examples/05_big_object.cpp"
#undef main

constexpr std::size_t bench_bytes = 64 * 1024;
using bench_image = image<bench_bytes>;

namespace base {
template <std::size_t Bytes>
struct image {
    image* self;
    std::uint32_t width;
    pixel_plane<Bytes> plane;
    std::uint64_t checksum;
    int init(std::uint32_t color) {
        self = this;
        width = ::width;
        std::memset(&plane, 0, sizeof plane);
        constexpr std::size_t n = Bytes / sizeof(std::uint32_t);
        for (std::size_t i = 0; i < n; i += ::width + 1)
            plane.px[i] = color;
        checksum = sum_of(plane);
        return 0;
    }
};
}  // namespace base

using lib_box = pin::box<bench_image, pool_allocator>;

#include <algorithm>
constexpr std::size_t bench_storage = std::max(sizeof(lib_box), sizeof(void*));
#define BENCH_HAS_DIRECT 1
#include "harness.hpp"

// The pool: the example's globals, pointed at memory reserved before main.
alignas(64) static unsigned char pool_memory[sizeof(bench_image) + sizeof(base::image<bench_bytes>)];
[[maybe_unused]] static const bool pool_ready = (pool = pool_memory, pool_size = sizeof pool_memory, true);

BENCH_FN int bench_lib(void* out, int arg) {
    auto r = pin::make_box(new_image<bench_bytes>(color * static_cast<std::uint32_t>(arg)), pool_allocator{});
    if (!r)
        return 1;
    ::new (out) lib_box(std::move(*r));
    bench_escape(out);
    return 0;
}
BENCH_FN int bench_base(void* out, int arg) {
    void* mem = pool_allocator{}.allocate(sizeof(base::image<bench_bytes>), alignof(base::image<bench_bytes>));
    if (!mem)
        return 1;
    auto* im = ::new (mem) base::image<bench_bytes>;
    if (int e = im->init(color * static_cast<std::uint32_t>(arg)))
        return e;
    *static_cast<void**>(out) = im;
    bench_escape(out);
    return 0;
}
BENCH_FN void destroy_lib(void* out) { std::launder(static_cast<lib_box*>(out))->~lib_box(); }
BENCH_FN void destroy_base(void*) {}

#if PIN_HAS_INIT_PARAMETERS
BENCH_FN int bench_direct(void* out, int arg) {
    void* mem = pool_allocator{}.allocate(sizeof(bench_image), alignof(bench_image));
    if (!mem)
        return 1;
    build_image<bench_bytes>(init *static_cast<bench_image*>(mem), color * static_cast<std::uint32_t>(arg));
    ::new (out) lib_box(pin::detail::adopt_t{}, std::launder(static_cast<bench_image*>(mem)), pool_allocator{});
    bench_escape(out);
    return 0;
}
BENCH_FN void destroy_direct(void* out) { destroy_lib(out); }
#endif
