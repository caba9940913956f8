// The image of examples/05_big_object.cpp built by mistaken init functions, each rejected
// with its exact diagnostic: one draws into the pixel plane before it is zeroed (writing
// into bytes no object lives in yet), one forgets the checksum, one takes a shortcut for a
// blank image and returns before the checksum is set, and one sets the checksum "to 0
// first" and then again. Only init parameters catch the first, third and fourth: the
// library's pin::fields rejects a forgotten or repeated field with a static_assert, but
// its `.then` steps and `.init` lambdas get the partly built object as a plain `image*`,
// free to touch any member, and a closure initializer is opaque. In an init function
// every use and construction of `self` is seen by the compiler's definite-initialization
// analysis.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "05_big_object.cpp"
#undef main

#include <cstddef>
#include <cstdint>

using small = image<1 * MiB>;
constexpr std::size_t pixels = 1 * MiB / sizeof(std::uint32_t);

// expected-note@./05_big_object.cpp:* 2 {{member 'checksum' is not constructed}}

void draws_before_zeroing(init small& self, std::uint32_t color) {
    self.self = &self;
    self.width = width;
    for (std::size_t i = 0; i < pixels; i += width + 1)
        self.plane.px[i] = color; // expected-error {{'self.plane' is used before it is constructed}}
    self.plane = pixel_plane<1 * MiB>{};
    self.checksum = sum_of(self.plane);
}

void forgets_the_checksum(init small& self, std::uint32_t color) {
    self.self = &self;
    self.width = width;
    self.plane = pixel_plane<1 * MiB>{};
    for (std::size_t i = 0; i < pixels; i += width + 1)
        self.plane.px[i] = color;
} // expected-error {{'self' is not fully constructed at the end of the function}}

void returns_early_when_blank(init small& self, std::uint32_t color) {
    self.self = &self;
    self.width = width;
    self.plane = pixel_plane<1 * MiB>{};
    if (color == 0)
        return; // expected-error {{'self' is not fully constructed at this return}}
    for (std::size_t i = 0; i < pixels; i += width + 1)
        self.plane.px[i] = color;
    self.checksum = sum_of(self.plane);
}

void sets_the_checksum_twice(init small& self, std::uint32_t color) {
    self.self = &self;
    self.width = width;
    self.checksum = 0; // expected-note {{'self.checksum' is constructed here}}
    self.plane = pixel_plane<1 * MiB>{};
    for (std::size_t i = 0; i < pixels; i += width + 1)
        self.plane.px[i] = color;
    self.checksum = sum_of(self.plane); // expected-error {{'self.checksum' is already constructed}}
}
