// 05_big_object.cpp - a 64 MiB object built in place in a heap box, with O(1) stack.
//
// The problem: `std::make_unique<image>(make_image())`, `new image(make_image())` or
// `*p = image{...}` with a factory returning by value build the object on the stack
// first (or as a temporary) and copy it: 64 MiB does not fit on an 8 MiB main-thread
// stack, let alone a 2 MiB thread stack - the program dies of a stack overflow, or at
// best pays a second 64 MiB copy. Guaranteed copy elision helps only if the whole object
// is one prvalue expression; it cannot when the object is built step by step, must know
// its own address (here: `self`), or its construction may fail.
//
// Here the image is built by one initializer - self pointer, header, 64 MiB of pixels
// zeroed in place, a pattern drawn, a checksum - running directly in the memory of a
// pin::box. The program measures the stack used while doing so: it runs the build on a
// thread whose stack it allocated (with a guard page below); that thread paints the stack
// below its current frame, builds, and scans for the lowest byte that is no longer paint.
// It compares that with building a 1 MiB image the same way (the stack must not grow with
// the object), and, as a control that the probe works, with a 1 MiB image built in a
// stack slot (that must use > 1 MiB).
// Raw byte counts go to stderr; stdout gets only size-independent verdicts. On the
// patched compiler the builder is a native init function, `self` the box's memory, and
// the probe checks that it, too, makes no stack copy.
#include <pin/pin.hpp>

#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

int failures = 0;
void show(const char* what, bool value, bool expected = true) {
    std::printf("%s: %s\n", what, value ? "yes" : "no");
    if (value != expected)
        ++failures;
}

constexpr std::size_t MiB = std::size_t{1} << 20;

template <std::size_t Bytes>
struct pixel_plane {
    std::uint32_t px[Bytes / sizeof(std::uint32_t)];
};

// A frame buffer that knows its own address (as one registered with a device would).
template <std::size_t Bytes>
struct PIN_PINNED image : pin::pinned {
    image* self;
    std::uint32_t width;
    pixel_plane<Bytes> plane;
    std::uint64_t checksum;
};

constexpr std::uint32_t width = 4096;

template <std::size_t Bytes>
std::uint64_t sum_of(const pixel_plane<Bytes>& p) {
    std::uint64_t s = 0;
    for (std::uint32_t v : p.px)
        s += v;
    return s;
}

#if PIN_HAS_INIT_PARAMETERS
// Every step runs at the final address, `self`; nothing is built elsewhere.
template <std::size_t Bytes>
void build_image(init image<Bytes>& self, std::uint32_t color) {
    self.self = &self;
    self.width = width;
    self.plane = pixel_plane<Bytes>{};  // no stack copy: value-initialized (zeroed) in place
    constexpr std::size_t n = Bytes / sizeof(std::uint32_t);
    for (std::size_t i = 0; i < n; i += width + 1)  // draw a diagonal
        self.plane.px[i] = color;
    self.checksum = sum_of(self.plane);
}
template <std::size_t Bytes>
auto new_image(std::uint32_t color) {
    return pin::from_init_fn(build_image<Bytes>, color);
}
#else
// The initializer: every step runs at the final address; nothing is built elsewhere.
template <std::size_t Bytes>
auto new_image(std::uint32_t color) {
    using I = image<Bytes>;
    return pin::fields<I>()
        .template init<&I::self>([](I* self) { return self; })
        .template set<&I::width>(width)
        .template init<&I::plane>(pin::zeroed<pixel_plane<Bytes>>())  // no stack copy: zeroed in place
        .then([color](I* self) {                                       // draw a diagonal
            constexpr std::size_t n = Bytes / sizeof(std::uint32_t);
            for (std::size_t i = 0; i < n; i += width + 1)
                self->plane.px[i] = color;
        })
        .template init<&I::checksum>([](I* self) { return sum_of(self->plane); });
}
#endif

template <std::size_t Bytes>
bool image_ok(const image<Bytes>& im, std::uint32_t color) {
    constexpr std::size_t n = Bytes / sizeof(std::uint32_t);
    std::uint64_t expected = 0;
    for (std::size_t i = 0; i < n; i += width + 1)
        expected += color;
    return im.self == &im && im.width == width && im.checksum == expected && sum_of(im.plane) == expected &&
           im.plane.px[0] == color && im.plane.px[1] == 0;
}

// --- the stack probe: run f on a thread whose stack we own -------------------------------
// The thread paints the part of its stack below its current frame (keeping a margin for
// the painting and scanning calls themselves), runs f, then finds the lowest byte that is
// no longer paint: everything from there up to the painted top was written by f's frames.
constexpr unsigned char paint = 0xA5;
constexpr std::size_t probe_stack = 8 * MiB;
constexpr std::size_t margin = 256;

struct probe_job {
    bool (*run)();
    unsigned char* lo;  // lowest usable byte of the thread's stack
    bool ok = false;
    std::size_t used = 0;
};

// Not instrumented: it writes stack memory below the live frames on purpose.
__attribute__((noinline, no_sanitize("address"))) void paint_range(unsigned char* lo, unsigned char* hi) {
    for (volatile unsigned char* p = lo; p < hi; ++p)
        *p = paint;
}
__attribute__((noinline, no_sanitize("address"))) unsigned char* first_dirty(unsigned char* lo, unsigned char* hi) {
    volatile unsigned char* p = lo;
    while (p < hi && *p == paint)
        ++p;
    return const_cast<unsigned char*>(p);
}

__attribute__((noinline)) void* probe_entry(void* arg) {
    auto* job = static_cast<probe_job*>(arg);
    unsigned char* const hi = static_cast<unsigned char*>(__builtin_frame_address(0)) - margin;
    paint_range(job->lo, hi);
    job->ok = job->run();
    job->used = static_cast<std::size_t>(hi - first_dirty(job->lo, hi));
    return nullptr;
}

// Bytes of stack that `run` used beyond the first `margin` bytes below its caller.
std::size_t stack_used(bool (*run)(), bool& ok) {
    const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    void* map = mmap(nullptr, probe_stack + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED) {
        ok = false;
        return 0;
    }
    auto* base = static_cast<unsigned char*>(map);
    mprotect(base, page, PROT_NONE);  // guard page: an overflow faults instead of corrupting

    probe_job job{run, base + page};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstack(&attr, job.lo, probe_stack);
    pthread_t t;
    bool started = pthread_create(&t, &attr, probe_entry, &job) == 0;
    if (started)
        pthread_join(t, nullptr);
    pthread_attr_destroy(&attr);
    munmap(map, probe_stack + page);
    ok = started && job.ok;
    return job.used;
}

constexpr std::uint32_t color = 0x00ff8800;

bool nothing() { return true; }

template <std::size_t Bytes>
bool image_ok(const image<Bytes>& im) {
    return image_ok(im, color);
}

// The boxes take their memory from a region reserved before the probe runs (like a DMA
// pool), so that the probe measures the initializer and not malloc's own bookkeeping.
void* pool = nullptr;
std::size_t pool_size = 0;
struct pool_allocator {
    void* allocate(std::size_t n, std::size_t) noexcept { return n <= pool_size ? pool : nullptr; }
    void deallocate(void*, std::size_t, std::size_t) noexcept {}
};

template <std::size_t Bytes>
bool build_in_box() {
    auto b = pin::make_box(new_image<Bytes>(color), pool_allocator{});
    return b && image_ok(**b) && (*b)->self == b->get();
}

template <std::size_t Bytes>
bool build_in_stack_slot() {
    pin::stack_slot<image<Bytes>> s;
    static_cast<void>(s.emplace(new_image<Bytes>(color)));
    return image_ok(*s) && s->self == s.get();
}

int main() {
    using big = image<64 * MiB>;
    show("the object is at least 64 MiB", sizeof(big) >= 64 * MiB);
    show("it is pinned", pin::is_pinned_v<big>);

    pool_size = sizeof(big);
    pool = mmap(nullptr, pool_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pool == MAP_FAILED) {
        std::printf("cannot reserve the pool\n");
        return 1;
    }
    bool ok_base = false, ok_small = false, ok_big = false, ok_slot = false;
    // Warm-up: the first call of a library function goes through the dynamic linker's
    // lazy binding, whose stack use would be charged to whichever build ran first.
    static_cast<void>(stack_used(build_in_box<1 * MiB>, ok_small));
    static_cast<void>(stack_used(build_in_box<64 * MiB>, ok_big));
    const std::size_t base = stack_used(nothing, ok_base);
    const std::size_t small = stack_used(build_in_box<1 * MiB>, ok_small);
    const std::size_t huge = stack_used(build_in_box<64 * MiB>, ok_big);
    const std::size_t slot = stack_used(build_in_stack_slot<1 * MiB>, ok_slot);
    std::fprintf(stderr,
                 "stack bytes used beyond a %zu-byte margin: nothing %zu, 1 MiB box %zu, 64 MiB box %zu, "
                 "1 MiB stack slot %zu\n",
                 margin, base, small, huge, slot);

    munmap(pool, pool_size);
    show("64 MiB image built in place in a heap box (self pointer, pixels, checksum)", ok_big);
    show("1 MiB image built the same way", ok_small && ok_base);
    show("control: the probe sees a 1 MiB object built in a stack slot", ok_slot && slot + margin >= 1 * MiB);
    const std::size_t diff = huge > small ? huge - small : small - huge;
    show("stack used does not grow with the object (64 MiB vs 1 MiB, within 1 KiB)", diff <= 1024);
    show("stack used while building 64 MiB is under 1/1000 of it", huge < sizeof(big) / 1000);
    return failures == 0 ? 0 : 1;
}
