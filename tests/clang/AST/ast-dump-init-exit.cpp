// Sema records how each return of a fallible init function leaves the slot:
// the success exit, the failure exit, or the forwarded status of an init call
// on a part of the slot. A fallible call into a part of the slot names the
// member function that tells whether it succeeded. Constructing a part of the
// slot is a CXXInitConstructExpr. All of it survives a PCH round trip.
// RUN: %clang_cc1 -std=c++23 -I %S/../SemaCXX/Inputs -ast-dump %s | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -I %S/../SemaCXX/Inputs -emit-pch -o %t %s
// RUN: %clang_cc1 -std=c++23 -I %S/../SemaCXX/Inputs -x c++ -include-pch %t \
// RUN:   -ast-dump-all /dev/null | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -I %S/../SemaCXX/Inputs -ast-dump=json %s \
// RUN:   | FileCheck --check-prefix=JSON %s

#include "init-std-expected.h"

struct res { int fd; };
std::expected<void, int> open_res(init res &self, int fd);
struct pair_of { res a; res b; int n; };

std::expected<void, int> make_pair(init pair_of &self, int fd) {
  self.n = fd;
  if (fd < 0)
    return std::unexpected(fd);
  if (auto r = open_res(init self.a, fd); !r)
    return r;
  return open_res(init self.b, fd + 1);
}

std::expected<void, int> make_whole(init pair_of &self) {
  if (auto r = make_pair(init self, 1); !r)
    return r;
  return {};
}

template <class T> std::expected<void, int> make_t(init T &self) {
  self = T{};
  return {};
}
template std::expected<void, int> make_t(init res &);

// CHECK-LABEL: FunctionDecl {{.*}} make_pair
// CHECK:      CXXInitConstructExpr {{.*}} <line:20:3, col:12> 'void'{{$}}
// CHECK-NEXT:   MemberExpr {{.*}} .n
// CHECK:      ReturnStmt {{.*}} init_failure{{$}}
// CHECK:      CallExpr {{.*}} 'std::expected<void, int>'
// CHECK:        CXXInitSlotExpr {{.*}} <col:25, col:35> 'res' lvalue status_test(CXXMethod {{.*}} 'has_value' 'bool () const'){{$}}
// CHECK-NEXT:     MemberExpr {{.*}} .a
// CHECK:      ReturnStmt {{.*}} init_failure{{$}}
// CHECK:      ReturnStmt {{.*}} init_forwarded{{$}}
// CHECK:        CXXInitSlotExpr {{.*}} 'res' lvalue status_test(CXXMethod {{.*}} 'has_value'
// CHECK-NEXT:     MemberExpr {{.*}} .b
// CHECK-LABEL: FunctionDecl {{.*}} make_whole
// CHECK:      CXXInitSlotExpr {{.*}} 'pair_of' lvalue status_test(CXXMethod {{.*}} 'has_value'
// CHECK:      ReturnStmt {{.*}} init_failure{{$}}
// CHECK:      ReturnStmt {{.*}} init_success{{$}}
// The pattern of a template is classified when it is instantiated.
// CHECK-LABEL: FunctionTemplateDecl {{.*}} make_t
// CHECK:      ReturnStmt {{.*}}>{{$}}
// CHECK:      FunctionDecl {{.*}} make_t 'std::expected<void, int> (init res &)' explicit_instantiation_definition
// CHECK:      CXXInitConstructExpr {{.*}} 'void'{{$}}
// CHECK:      ReturnStmt {{.*}} init_success{{$}}

// JSON:      "kind": "CXXInitConstructExpr",
// JSON:      "kind": "ReturnStmt",
// JSON-NEXT: "range": {
// JSON:      "initExit": "failure",
// JSON:      "kind": "CXXInitSlotExpr",
// JSON:      "statusTest": {
// JSON-NEXT:   "id": "0x{{.*}}",
// JSON-NEXT:   "kind": "CXXMethodDecl",
// JSON-NEXT:   "name": "has_value",
// JSON:      "initExit": "forwarded",
