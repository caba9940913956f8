// A module interface exporting a pinned class.
export module bytes_mod;
export struct [[pinned]] frame { frame* self = this; char data[32]; };
