#!/usr/bin/env python3
"""Rewrite an ELF file's run path (DT_RUNPATH/DT_RPATH) in place, keeping only
the entries relative to $ORIGIN.

The patched clang is copied from its build tree, whose run path is
'$ORIGIN/../lib:/usr/lib/llvm-19/lib:' : the second entry is a symlink that
only llvm-19-dev ships (libLLVM itself is in the default library path, from
libllvm19), and the empty last entry means the current directory, so a
libLLVM.so.19.1 in whatever directory the compiler is run from would be
loaded. The package must not carry either. The string is shortened in place
(NUL-padded); that is valid because lld, which links it, merges only whole
strings in .dynstr, so nothing else points into the string's tail.

usage: fix_runpath.py FILE   (prints 'old -> new'; exit 1 if FILE is not ELF64)
"""
import struct
import sys

DT_NULL, DT_RPATH, DT_RUNPATH = 0, 15, 29
SHT_DYNAMIC = 6


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path = sys.argv[1]
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            print(f"error: {path} is not a little-endian ELF64 file", file=sys.stderr)
            return 1
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                    for i in range(shnum)]
        changed = []
        for sh in sections:
            if sh[1] != SHT_DYNAMIC:
                continue
            strtab_off = sections[sh[6]][4]  # sh_link: the section of its strings
            for pos in range(sh[4], sh[4] + sh[5], 16):
                tag, val = struct.unpack_from("<qQ", data, pos)
                if tag == DT_NULL:
                    break
                if tag not in (DT_RPATH, DT_RUNPATH):
                    continue
                start = strtab_off + val
                end = data.index(b"\0", start)
                old = data[start:end].decode()
                new = ":".join(e for e in old.split(":") if e.startswith("$ORIGIN"))
                data[start:end] = new.encode() + b"\0" * (end - start - len(new))
                changed.append(f"{old!r} -> {new!r}")
        f.seek(0)
        f.write(data)
    print("; ".join(changed) or "no run path")
    return 0


if __name__ == "__main__":
    sys.exit(main())
