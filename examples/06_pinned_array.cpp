// 06_pinned_array.cpp - an array of pinned elements whose construction can fail part way.
//
// The problem: each sensor registers its own address in a global table when it is
// brought up, so it is pinned; bringing one up can fail (the device does not answer).
// With exceptions, `sensor s[5] = {...}` destroys the built prefix when an element
// throws - but kernel and embedded code has no exceptions, std::vector<sensor> needs
// movable elements, and `new sensor[5]` cannot pass per-element arguments or report a
// failure. So code falls back to "allocate, then loop calling init(), and on failure loop
// back calling exit() on the ones that worked" - by hand, in every driver, often wrongly
// (off by one, wrong order, or a leaked registration).
//
// Here pin::array_from_fn builds element i from sensor::init(i) in index order, in place.
// When element k fails, elements k-1 .. 0 are destroyed in that order, elements after k
// are never built, and the registry is empty again; the program prints the order of
// every construction (+), failure (!) and destruction (-) for each k, on the stack, on the
// heap, and inside a bigger object whose earlier member is rolled back too. On the
// patched compiler a sensor's bring-up is a native init function (its failure return
// leaves nothing built); pin::array_from_fn still does the array part.
#include <pin/pin.hpp>

#include <cstddef>
#include <cstdio>
#include <expected>
#include <string>

int failures = 0;
void show(const char* what, bool value, bool expected = true) {
    std::printf("%s: %s\n", what, value ? "yes" : "no");
    if (value != expected)
        ++failures;
}

std::string events;
void event(char kind, const std::string& what) {
    if (!events.empty())
        events += ' ';
    events += kind;
    events += what;
}
std::string take_events() {
    std::string e = events.empty() ? "(none)" : events;
    events.clear();
    return e;
}

struct probe_error {
    int element;
    probe_error(int e) : element(e) {}
    probe_error(pin::alloc_error) : element(-1) {}  // lets a box report allocation failure
};

class sensor;
sensor* registry[16];  // sensors known by address, like an interrupt table
int registered = 0;

// A sensor registers its address while it lives: pinned.
class PIN_PINNED sensor : pin::pinned {
public:
    static inline int fail_at = -1;  // the id whose bring-up fails (-1: none)

#if PIN_HAS_INIT_PARAMETERS
    // Brings sensor `id` up in the caller's storage, or fails with nothing built.
    static std::expected<void, probe_error> bring_up(init sensor& self, int id) {
        if (id == fail_at) {
            event('!', std::to_string(id));
            return std::unexpected(probe_error{id});
        }
        self = sensor(id);  // the constructor registers `this`: the caller's storage
        return {};
    }
    static auto init(int id) { return pin::from_init_fn(bring_up, id); }
#else
    static auto init(int id) {
        return pin::from_closure<sensor, probe_error>([id](sensor* slot) -> pin::init_result<probe_error> {
            if (id == fail_at) {
                event('!', std::to_string(id));
                return std::unexpected(probe_error{id});
            }
            ::new (static_cast<void*>(slot)) sensor(id);  // slot is storage, not a live sensor
            return {};
        });
    }
#endif
    ~sensor() {
        bool found = false;
        for (int i = 0; i < registered; ++i)
            if (registry[i] == this) {  // must die where it registered
                registry[i] = registry[--registered];
                found = true;
                break;
            }
        if (!found)
            ++failures;
        event('-', std::to_string(id_));
    }
    int id() const { return id_; }

private:
    explicit sensor(int id) : id_(id) {
        registry[registered++] = this;
        event('+', std::to_string(id));
    }
    int id_;
};

constexpr std::size_t N = 5;
auto new_sensors() {
    return pin::array_from_fn<sensor, N>([](std::size_t i) { return sensor::init(static_cast<int>(i)); });
}

bool all_registered_in_place(sensor (&s)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
        bool found = false;
        for (int j = 0; j < registered; ++j)
            found = found || registry[j] == &s[i];
        if (!found || s[i].id() != static_cast<int>(i))
            return false;
    }
    return registered == static_cast<int>(N);
}

// Expected events when element k fails: +0 .. +k-1 !k -k-1 .. -0
std::string expected_failure(int k) {
    std::string e;
    auto add = [&e](char c, int i) {
        if (!e.empty())
            e += ' ';
        e += c;
        e += std::to_string(i);
    };
    for (int i = 0; i < k; ++i)
        add('+', i);
    add('!', k);
    for (int i = k - 1; i >= 0; --i)
        add('-', i);
    return e;
}

// A member with a destructor that precedes the array in a bigger object.
struct bus_name {
    const char* name;
    explicit bus_name(const char* n) : name(n) { event('+', name); }
    bus_name(const bus_name&) = delete;
    ~bus_name() { event('-', name); }
};

struct sensor_bank {
    bus_name bus;
    sensor sensors[N];
};

#if PIN_HAS_TRUSTED_INIT
// An init function hands the array member to the library's element-wise initializer
// through pin::init_at, the one trusted bridge: the compiler counts `self.sensors` as
// constructed exactly when init_at succeeds, rolls `self.bus` back when it fails, and
// checks everything else in this function.
std::expected<void, probe_error> make_bank(init sensor_bank& self, const char* bus) {
    self.bus = bus_name(bus);
    if (auto r = pin::init_at(init self.sensors, new_sensors()); !r)
        return r;
    return {};
}
auto new_bank(const char* bus) { return pin::from_init_fn(make_bank, bus); }
#else
// pin::fields elsewhere: the builder keeps the same order and rollback.
auto new_bank(const char* bus) {
    return pin::fields<sensor_bank, probe_error>()
        .init<&sensor_bank::bus>(pin::construct<bus_name>(bus))
        .init<&sensor_bank::sensors>(new_sensors());
}
#endif

int main() {
    std::printf("== sensor[%zu] in a stack slot, element k fails\n", N);
    for (int k = 0; k < static_cast<int>(N); ++k) {
        sensor::fail_at = k;
        pin::stack_slot<sensor[N]> s;
        auto r = s.emplace(new_sensors());
        std::string e = take_events();
        std::printf("k=%d: %s\n", k, e.c_str());
        if (r || r.error().element != k || e != expected_failure(k) || s.has_value() || registered != 0)
            ++failures;
    }
    show("for every k: 0..k-1 built, k failed, k-1..0 destroyed, nothing after k built, registry empty",
         failures == 0);

    std::printf("== no failure: all built, destroyed in reverse at the end of the scope\n");
    sensor::fail_at = -1;
    {
        pin::stack_slot<sensor[N]> s;
        auto r = s.emplace(new_sensors());
        std::printf("built: %s\n", take_events().c_str());
        show("every element registered at its final address", r.has_value() && all_registered_in_place(*s));
    }
    std::printf("destroyed: %s\n", take_events().c_str());

    std::printf("== on the heap, element 3 fails\n");
    {
        sensor::fail_at = 3;
        auto b = pin::make_box(new_sensors());
        std::printf("events: %s\n", take_events().c_str());
        show("failed at element 3", !b && b.error().element == 3);
        sensor::fail_at = -1;
        auto ok = pin::make_box(new_sensors());
        std::printf("built: %s\n", take_events().c_str());
        show("retried without the failure: every element registered at its final address",
             ok && all_registered_in_place(**ok));
    }
    std::printf("destroyed: %s\n", take_events().c_str());

    std::printf("== inside a bigger object: bus first, then the array; element 2 fails\n");
    {
        sensor::fail_at = 2;
        pin::stack_slot<sensor_bank> bank;
        auto r = bank.emplace(new_bank("i2c-1"));
        std::printf("events: %s\n", take_events().c_str());
        show("failed at element 2, the bus destroyed after the sensors", !r && r.error().element == 2);
    }
    std::printf("registered sensors at the end: %d\n", registered);
    show("registry empty", registered == 0);
    return failures == 0 ? 0 : 1;
}
