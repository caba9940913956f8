// stack.cpp - high-water stack use of in-place initialization, per emplacement path and
// object size.
//
// Usage: stack PATH SIZE_INDEX     PATH: box | slot | member | array | fallible
//   prints "<stack bytes used> <object bytes>"; exits 2 on a failed initializer. A stack
//   overflow hits the guard page and kills the process (the runner reports it).
//
// The object is a pinned `blob<B>`: a self pointer, a tag, B bytes zeroed in place, two
// bytes written and a checksum read back, the shape of example 05's image. Each path builds
// it with the library (pin::fields on stock compilers) or with native init functions
// (patched compiler), the same switch the examples make:
//   box      - pin::make_box: the object in heap memory (a pool reserved before the probe)
//   slot     - pin::stack_slot: the object itself on the stack (the control: the stack
//              must hold B, and nothing more than a constant beyond it)
//   member   - a struct holding the blob as a member, built in a box
//   array    - pin::array_from_fn<blob<B>, 2> in a box (the size is per element)
//   fallible - a struct whose member comes from a fallible sub-initializer, in a box
// The build runs on a thread whose stack is allocated here: 64 KiB, plus the object's
// size for the slot path only, with a guard page below. The thread paints its stack below
// the current frame, runs the build, and finds the lowest byte that is no longer paint;
// the same measurement of an empty function is subtracted.
#include <pin/pin.hpp>

#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <expected>
#include <system_error>

constexpr std::size_t KiB = 1024, MiB = 1024 * KiB;
constexpr std::size_t sizes[] = {1 * KiB, 4 * KiB, 16 * KiB, 64 * KiB, 256 * KiB, 1 * MiB, 4 * MiB, 16 * MiB, 64 * MiB};

template <std::size_t B>
struct payload {
    unsigned char bytes[B];
};

template <std::size_t B>
struct PIN_PINNED blob : pin::pinned {
    blob* self;
    std::uint64_t tag;
    payload<B> data;
    std::uint64_t sum;
};

template <std::size_t B>
struct holder {
    std::uint64_t id;
    blob<B> inner;
};

template <std::size_t B>
std::uint64_t checksum(const payload<B>& p) {
    return p.bytes[0] + p.bytes[B / 2] + p.bytes[B - 1];
}

#if PIN_HAS_INIT_PARAMETERS
template <std::size_t B>
void build_blob(init blob<B>& self, std::uint64_t tag) {
    self.self = &self;
    self.tag = tag;
    self.data = payload<B>{};  // value-initialized in place
    self.data.bytes[0] = 1;
    self.data.bytes[B - 1] = 1;
    self.sum = checksum(self.data);
}
// The fallible variant checks first, then builds the same fields (written out rather
// than forwarding the whole slot to build_blob, as the examples do).
template <std::size_t B>
std::expected<void, std::errc> try_build_blob(init blob<B>& self, std::uint64_t tag) {
    if (tag == 0)
        return std::unexpected(std::errc::invalid_argument);
    self.self = &self;
    self.tag = tag;
    self.data = payload<B>{};
    self.data.bytes[0] = 1;
    self.data.bytes[B - 1] = 1;
    self.sum = checksum(self.data);
    return {};
}
template <std::size_t B>
void build_holder(init holder<B>& self, std::uint64_t tag) {
    self.id = tag;
    build_blob<B>(init self.inner, tag);
}
template <std::size_t B>
std::expected<void, std::errc> try_build_holder(init holder<B>& self, std::uint64_t tag) {
    self.id = tag;
    if (auto r = try_build_blob<B>(init self.inner, tag); !r)
        return r;  // id is rolled back by the compiler
    return {};
}
template <std::size_t B>
auto blob_init(std::uint64_t tag) { return pin::from_init_fn<blob<B>>(build_blob<B>, tag); }
template <std::size_t B>
auto holder_init(std::uint64_t tag) { return pin::from_init_fn<holder<B>>(build_holder<B>, tag); }
template <std::size_t B>
auto holder_try_init(std::uint64_t tag) { return pin::from_init_fn<holder<B>>(try_build_holder<B>, tag); }
#else
template <std::size_t B>
auto blob_init(std::uint64_t tag) {
    using T = blob<B>;
    return pin::fields<T>()
        .template init<&T::self>([](T* self) { return self; })
        .template set<&T::tag>(tag)
        .template init<&T::data>(pin::zeroed<payload<B>>())
        .then([](T* self) {
            self->data.bytes[0] = 1;
            self->data.bytes[B - 1] = 1;
        })
        .template init<&T::sum>([](T* self) { return checksum(self->data); });
}
template <std::size_t B>
auto blob_try_init(std::uint64_t tag) {
    return pin::init_scope([tag]() -> std::expected<decltype(blob_init<B>(tag)), std::errc> {
        if (tag == 0)
            return std::unexpected(std::errc::invalid_argument);
        return blob_init<B>(tag);
    });
}
template <std::size_t B>
auto holder_init(std::uint64_t tag) {
    using H = holder<B>;
    return pin::fields<H>().template set<&H::id>(tag).template init<&H::inner>(blob_init<B>(tag));
}
template <std::size_t B>
auto holder_try_init(std::uint64_t tag) {
    using H = holder<B>;
    return pin::fields<H, std::errc>().template set<&H::id>(tag).template init<&H::inner>(blob_try_init<B>(tag));
}
#endif

// Heap memory reserved before the probe, so that the probe measures the initializer and
// not malloc's bookkeeping (as in example 05).
void* pool = nullptr;
std::size_t pool_size = 0;
struct pool_allocator {
    void* allocate(std::size_t n, std::size_t) noexcept { return n <= pool_size ? pool : nullptr; }
    void deallocate(void*, std::size_t, std::size_t) noexcept {}
};

std::uint64_t volatile run_tag = 7;  // read at run time: nothing is folded

template <std::size_t B>
bool blob_ok(const blob<B>& b) {
    return b.self == &b && b.sum == 2 && b.data.bytes[B / 2] == 0;
}

template <std::size_t B>
__attribute__((noinline)) bool run_box() {
    auto b = pin::make_box(blob_init<B>(run_tag), pool_allocator{});
    return b && blob_ok(**b);
}
template <std::size_t B>
__attribute__((noinline)) bool run_slot() {
    pin::stack_slot<blob<B>> s;
    if (!s.emplace(blob_init<B>(run_tag)))
        return false;
    return blob_ok(*s);
}
template <std::size_t B>
__attribute__((noinline)) bool run_member() {
    auto b = pin::make_box(holder_init<B>(run_tag), pool_allocator{});
    return b && (*b)->id == run_tag && blob_ok((*b)->inner);
}
template <std::size_t B>
__attribute__((noinline)) bool run_array() {
    auto b = pin::make_box(pin::array_from_fn<blob<B>, 2>([](std::size_t i) { return blob_init<B>(i + 1); }),
                           pool_allocator{});
    return b && blob_ok((**b)[0]) && blob_ok((**b)[1]);
}
template <std::size_t B>
__attribute__((noinline)) bool run_fallible() {
    auto b = pin::make_box(holder_try_init<B>(run_tag), pool_allocator{});
    return b && blob_ok((*b)->inner);
}
__attribute__((noinline)) bool run_nothing() { return true; }

// --- the probe ----------------------------------------------------------------------------
constexpr unsigned char paint = 0xA5;
constexpr std::size_t margin = 1024;

struct probe_job {
    bool (*run)();
    unsigned char* lo;
    bool ok = false;
    std::size_t used = 0;
};

__attribute__((noinline)) void paint_range(unsigned char* lo, unsigned char* hi) {
    for (volatile unsigned char* p = lo; p < hi; ++p)
        *p = paint;
}
__attribute__((noinline)) unsigned char* first_dirty(unsigned char* lo, unsigned char* hi) {
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

std::size_t stack_used(bool (*run)(), std::size_t stack_bytes, bool& ok) {
    const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    stack_bytes = (stack_bytes + page - 1) / page * page;
    void* map = mmap(nullptr, stack_bytes + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED)
        std::abort();
    auto* base = static_cast<unsigned char*>(map);
    mprotect(base, page, PROT_NONE);  // guard page: an overflow faults
    probe_job job{run, base + page};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstack(&attr, job.lo, stack_bytes);
    pthread_t t;
    if (pthread_create(&t, &attr, probe_entry, &job) != 0)
        std::abort();
    pthread_join(t, nullptr);
    pthread_attr_destroy(&attr);
    munmap(map, stack_bytes + page);
    ok = job.ok;
    return job.used;
}

template <std::size_t I>
bool (*pick(const char* path, std::size_t& object_on_stack, std::size_t& heap))() {
    constexpr std::size_t B = sizes[I];
    if (std::strcmp(path, "box") == 0) {
        heap = sizeof(blob<B>);
        return run_box<B>;
    }
    if (std::strcmp(path, "slot") == 0) {
        object_on_stack = sizeof(pin::stack_slot<blob<B>>);
        return run_slot<B>;
    }
    if (std::strcmp(path, "member") == 0) {
        heap = sizeof(holder<B>);
        return run_member<B>;
    }
    if (std::strcmp(path, "array") == 0) {
        heap = sizeof(blob<B>[2]);
        return run_array<B>;
    }
    if (std::strcmp(path, "fallible") == 0) {
        heap = sizeof(holder<B>);
        return run_fallible<B>;
    }
    return nullptr;
}

template <std::size_t... I>
bool (*pick_size(std::size_t index, const char* path, std::size_t& on_stack, std::size_t& heap,
                 std::index_sequence<I...>))() {
    bool (*f)() = nullptr;
    ((index == I ? (f = pick<I>(path, on_stack, heap), 0) : 0), ...);
    return f;
}

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: stack box|slot|member|array|fallible SIZE_INDEX (0..%zu)\n",
                     std::size(sizes) - 1);
        return 64;
    }
    std::size_t index = std::strtoul(argv[2], nullptr, 10), on_stack = 0, heap = 0;
    if (index >= std::size(sizes))
        return 64;
    bool (*run)() = pick_size(index, argv[1], on_stack, heap, std::make_index_sequence<std::size(sizes)>{});
    if (!run)
        return 64;
    if (heap) {
        pool_size = heap;
        pool = mmap(nullptr, pool_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (pool == MAP_FAILED)
            return 3;
    }
    const std::size_t stack_bytes = 64 * KiB + on_stack;
    bool ok_nothing = false, ok = false;
    // Warm-up on a big stack: lazy binding and first-use costs are not the initializer's.
    static_cast<void>(stack_used(run, stack_bytes + 1 * MiB, ok));
    const std::size_t nothing = stack_used(run_nothing, stack_bytes, ok_nothing);
    const std::size_t used = stack_used(run, stack_bytes, ok);
    if (!ok || !ok_nothing)
        return 2;
    std::printf("%zu %zu %zu %d\n", used - nothing, sizes[index], on_stack, PIN_HAS_INIT_PARAMETERS);
    return 0;
}
