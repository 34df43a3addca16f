#!/usr/bin/env python3
"""An independent reader of pyr bytecode files, written from
docs/bytecode.md: prints every field with its file offset, so that a lit
test can check the documented layout against what pyr-compile writes.

Usage: read-pyrc.py FILE
"""
import struct
import sys

KINDS = ["None", "True", "False", "Int", "Float", "Str", "BigInt", "Bytes"]


class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, fmt):
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            sys.exit("unexpected end of file at offset %d" % self.pos)
        (value,) = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return value

    def u8(self):
        return self.take("<B")

    def u16(self):
        return self.take("<H")

    def u32(self):
        return self.take("<I")

    def i64(self):
        return self.take("<q")

    def f64(self):
        return self.take("<d")

    def raw(self):
        n = self.u32()
        s = self.data[self.pos:self.pos + n]
        self.pos += n
        return s

    def str(self):
        return self.raw().decode("utf-8")


def code(r, depth):
    ind = "  " * depth
    at = r.pos
    name = r.str()
    qualname = r.str()
    first_line, params, posonly = r.u32(), r.u32(), r.u32()
    kwonly, defaults, nlocals, regs = r.u32(), r.u32(), r.u32(), r.u32()
    flags = r.u8()
    print("%s@%d code %r qualname=%r first_line=%d params=%d posonly=%d "
          "kwonly=%d defaults=%d locals=%d regs=%d flags=%d" % (
              ind, at, name, qualname, first_line, params, posonly, kwonly,
              defaults, nlocals, regs, flags))
    names = [r.str() for _ in range(r.u32())]
    print("%s  local names: %s" % (ind, " ".join(names)))
    names = [r.str() for _ in range(r.u32())]
    print("%s  free names: %s" % (ind, " ".join(names)))
    for i in range(r.u32()):
        at = r.pos
        kind = KINDS[r.u8()]
        if kind == "Int":
            value = " %d" % r.i64()
        elif kind == "Float":
            value = " %r" % r.f64()
        elif kind == "Str":
            value = " %r" % r.str()
        elif kind == "BigInt":
            value = " %s" % r.str()
        elif kind == "Bytes":
            value = " %r" % r.raw()
        else:
            value = ""
        print("%s  @%d k%d %s%s" % (ind, at, i, kind, value))
    n = r.u32()
    instrs = []
    for i in range(n):
        at = r.pos
        op, reserved, a, b, c = r.u8(), r.u8(), r.u16(), r.u16(), r.u16()
        instrs.append((at, op, reserved, a, b, c))
    lines = [r.u32() for _ in range(n)]
    for i, (at, op, reserved, a, b, c) in enumerate(instrs):
        bx = b | (c << 16)
        sbx = bx - (1 << 32) if bx >= 1 << 31 else bx
        print("%s  @%d %d: op=%d reserved=%d A=%d B=%d C=%d Bx=%d sBx=%d line=%d"
              % (ind, at, i, op, reserved, a, b, c, bx, sbx, lines[i]))
    for _ in range(r.u32()):
        code(r, depth + 1)


def main():
    r = Reader(open(sys.argv[1], "rb").read())
    magic = r.data[:4]
    r.pos = 4
    print("magic %r version %d flags %d" % (magic, r.u16(), r.u16()))
    names = [r.str() for _ in range(r.u32())]
    print("globals: %s" % " ".join(names))
    code(r, 0)
    print("end @%d of %d bytes" % (r.pos, len(r.data)))


if __name__ == "__main__":
    main()
