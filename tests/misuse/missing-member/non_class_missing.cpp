// A slot of non-class type that is never set.
void make(init int& self) {
} // expected-error {{'self' is not fully constructed at the end of the function}}
