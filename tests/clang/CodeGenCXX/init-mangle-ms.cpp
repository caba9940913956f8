// Microsoft mangling encodes init parameters: 'init T &' is mangled as 'T &'
// followed by the artificial type __clang::__init_param, the way Clang
// encodes pass_object_size. So an init function and a plain function with
// the same parameters, and pointers to them, have different names, and the
// marker takes part in backreferences like any parameter type.
// RUN: %clang_cc1 -std=c++23 -triple x86_64-windows-msvc -emit-llvm -o - %s | FileCheck %s --check-prefix=X64
// RUN: %clang_cc1 -std=c++23 -triple aarch64-windows-msvc -emit-llvm -o - %s | FileCheck %s --check-prefix=A64
// RUN: %clang_cc1 -std=c++23 -triple i686-windows-msvc -emit-llvm -o - %s | FileCheck %s --check-prefix=X86

struct S { int i; };

// void __cdecl make(struct S &, struct __clang::__init_param, int)
// X64: define {{.*}} @"?make@@YAXAEAUS@@U__init_param@__clang@@H@Z"(
// A64: define {{.*}} @"?make@@YAXAEAUS@@U__init_param@__clang@@H@Z"(
// X86: define {{.*}} @"?make@@YAXAAUS@@U__init_param@__clang@@H@Z"(
void make(init S &self, int i) { self.i = i; }

// X64: define {{.*}} @"?plain@@YAXAEAUS@@H@Z"(
void plain(S &s, int i) { s.i = i; }

// Overloads on pointers to the two function types can both be defined.
// void __cdecl take(void (__cdecl *)(struct S &, struct __clang::__init_param, int))
// X64: define {{.*}} @"?take@@YAXP6AXAEAUS@@U__init_param@__clang@@H@Z@Z"(
// X64: define {{.*}} @"?take@@YAXP6AXAEAUS@@H@Z@Z"(
void take(void (*)(init S &, int)) {}
void take(void (*)(S &, int)) {}

// The second 'S &' is a backreference to the first parameter type.
// void __cdecl copy(struct S &, struct __clang::__init_param, struct S &)
// X64: define {{.*}} @"?copy@@YAXAEAUS@@U__init_param@__clang@@0@Z"(
void copy(init S &self, S &other) { self.i = other.i; }

struct M {
  void make(init S &self) const { self.i = 1; }
};

void use() {
  take(make);
  take(plain);
  S s = M().make();
  (void)s;
}
// X64: define linkonce_odr {{.*}} @"?make@M@@QEBAXAEAUS@@U__init_param@__clang@@@Z"(
// X86: define linkonce_odr {{.*}} @"?make@M@@QBEXAAUS@@U__init_param@__clang@@@Z"(
