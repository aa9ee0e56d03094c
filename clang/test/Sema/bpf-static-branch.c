// Checks of __builtin_static_branch, which stock Clang does not have (this
// test fails with Debian's clang-22).
// RUN: %clang_cc1 -triple bpf -fsyntax-only -verify -Wall -Wextra -pedantic %s
// RUN: %clang_cc1 -triple bpfeb -fsyntax-only -verify %s
// RUN: %clang_cc1 -triple x86_64 -fsyntax-only -verify=nonbpf -DNONBPF %s
// RUN: %clang_cc1 -triple aarch64 -fsyntax-only -verify=nonbpf -DNONBPF %s
// RUN: %clang_cc1 -triple bpf -x c++ -fsyntax-only -verify=cxx -DCXX %s

#define __static_key __attribute__((annotate("bpf_static_key")))

#if defined(NONBPF)
// Other targets do not have the builtin, nor the header.
// nonbpf-error@bpf_static_key.h:* {{"<bpf_static_key.h> is only available when compiling for BPF"}}
#include <bpf_static_key.h>

struct { int x; } key __static_key;

int nonbpf(void) {
  return __builtin_static_branch(&key, 0); // nonbpf-error {{use of unknown builtin '__builtin_static_branch'}}
}
#elif defined(CXX)
// The header and the builtin work in C++ as well.
// cxx-no-diagnostics
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(cxx_key);

int cxx_user(int x) {
  if (bpf_static_branch_unlikely(&cxx_key))
    return x + 1;
  return __builtin_static_branch(&cxx_key, 1) ? x : -x;
}
#else
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(header_key);
static DEFINE_STATIC_KEY_TRUE(static_header_key);
struct { int x; } key __static_key;
static struct { int x; } static_key __static_key;
extern struct { int x; } extern_key __static_key;
int global_int;
struct { int x; } other_tag __attribute__((annotate("other")));
int array_key[2] __static_key;
void *key_ptr = &key;
void func(void);
int n;

_Static_assert(__has_builtin(__builtin_static_branch), "");

_Bool good(void) {
  _Bool b = __builtin_static_branch(&key, 0);
  b |= __builtin_static_branch(&key, 1);
  b |= __builtin_static_branch(&static_key, 42);
  b |= __builtin_static_branch(&extern_key, 1 + 1);
  b |= __builtin_static_branch((&(key)), sizeof(int) > 2);
  b |= __builtin_static_branch(&array_key, 0);
  b |= bpf_static_branch_unlikely(&header_key);
  b |= bpf_static_branch_likely(&static_header_key);
  b |= static_branch_unlikely(&header_key);
  b |= static_branch_likely(&static_header_key);
  return b;
}

// The result has type _Bool.
_Static_assert(_Generic(__builtin_static_branch(&key, 0), _Bool: 1), "");

int count(void) {
  return __builtin_static_branch(&key) + // expected-error {{too few arguments to function call, expected 2, have 1}}
         __builtin_static_branch() + // expected-error {{too few arguments to function call, expected 2, have 0}}
         __builtin_static_branch(&key, 0, 1); // expected-error {{too many arguments to function call, expected 2, have 3}}
}

void not_a_key(int arg) {
  struct { int x; } local __static_key;
  static struct { int x; } local_static __static_key;
  __builtin_static_branch(&local, 0); // expected-error {{'local' is not a static key: static keys must be declared at file scope}}
  __builtin_static_branch(&local_static, 0); // expected-error {{'local_static' is not a static key: static keys must be declared at file scope}}
  __builtin_static_branch(&arg, 0); // expected-error {{'arg' is not a static key: static keys must be declared at file scope}}
  __builtin_static_branch(&global_int, 0); // expected-error {{'global_int' is not a static key: it is not annotated "bpf_static_key"; define static keys with DEFINE_STATIC_KEY_FALSE or DEFINE_STATIC_KEY_TRUE}}
  __builtin_static_branch(&other_tag, 0); // expected-error {{'other_tag' is not a static key: it is not annotated "bpf_static_key"}}
  bpf_static_branch_likely(&global_int); // expected-error {{'global_int' is not a static key}}
  __builtin_static_branch(key_ptr, 0); // expected-error {{first argument to '__builtin_static_branch' must be the address of a static key; define one with DEFINE_STATIC_KEY_FALSE or DEFINE_STATIC_KEY_TRUE}}
  __builtin_static_branch(&array_key[0], 0); // expected-error {{first argument to '__builtin_static_branch' must be the address of a static key}}
  __builtin_static_branch(array_key, 0); // expected-error {{first argument to '__builtin_static_branch' must be the address of a static key}}
  __builtin_static_branch(key, 0); // expected-error {{first argument to '__builtin_static_branch' must be the address of a static key}}
  __builtin_static_branch((void *)&key, 0); // expected-error {{first argument to '__builtin_static_branch' must be the address of a static key}}
  __builtin_static_branch(&key.x, 0); // expected-error {{first argument to '__builtin_static_branch' must be the address of a static key}}
  __builtin_static_branch(&func, 0); // expected-error {{first argument to '__builtin_static_branch' must be the address of a static key}}
  __builtin_static_branch(0, 0); // expected-error {{first argument to '__builtin_static_branch' must be the address of a static key}}
}

void not_constant(int likely) {
  __builtin_static_branch(&key, likely); // expected-error {{argument to '__builtin_static_branch' must be a constant integer}}
  __builtin_static_branch(&key, n); // expected-error {{argument to '__builtin_static_branch' must be a constant integer}}
  __builtin_static_branch(&key, 1.0); // expected-error {{argument to '__builtin_static_branch' must be a constant integer}}
  __builtin_static_branch(&key, &key); // expected-error {{argument to '__builtin_static_branch' must be a constant integer}}
  // Both arguments wrong: both are reported.
  __builtin_static_branch(&n, n); // expected-error {{'n' is not a static key}} \
                                  // expected-error {{argument to '__builtin_static_branch' must be a constant integer}}
}

// Not a constant expression: the key's state is only known at run time.
static int init = __builtin_static_branch(&key, 0); // expected-error {{initializer element is not a compile-time constant}}
_Static_assert(__builtin_static_branch(&key, 1), ""); // expected-error {{static assertion expression is not an integral constant expression}}
int array[__builtin_static_branch(&key, 0) + 1]; // expected-error {{variable length array declaration not allowed at file scope}}
void in_switch(int v) {
  switch (v) {
  case __builtin_static_branch(&key, 0): // expected-error {{expression is not an integer constant expression}}
    break;
  }
}
#endif
