#!/usr/bin/env python3
"""Write damaged or random files for the bytecode-loading tests.

  mutate.py truncate IN OUT N          first N bytes of IN
  mutate.py xor IN OUT OFFSET MASK     IN with byte OFFSET xor-ed with MASK
  mutate.py random OUT SEED N [PREFIX] PREFIX then N deterministic random
                                       bytes (the same for every Python 3);
                                       PREFIX "header:FILE" is the 8-byte
                                       header (magic, version, flags) of
                                       the bytecode file FILE
  mutate.py random-text OUT SEED N     N deterministic random characters
                                       from a Python-like alphabet
"""
import random
import sys


def main(argv):
    mode = argv[1]
    if mode == "truncate":
        data = open(argv[2], "rb").read()[:int(argv[4])]
        out = argv[3]
    elif mode == "xor":
        data = bytearray(open(argv[2], "rb").read())
        offset, mask = int(argv[4], 0), int(argv[5], 0)
        data[offset] ^= mask
        out = argv[3]
    elif mode == "random":
        rng = random.Random(int(argv[3]))
        prefix = argv[5].encode() if len(argv) > 5 else b""
        if prefix.startswith(b"header:"):
            prefix = open(prefix[7:].decode(), "rb").read()[:8]
        data = prefix + bytes(rng.getrandbits(8) for _ in range(int(argv[4])))
        out = argv[2]
    elif mode == "random-text":
        rng = random.Random(int(argv[3]))
        alphabet = "abcxyz019_()[]{}+-*/%<>=!:;,.'\"#\\ \n\n\t    "
        data = "".join(rng.choice(alphabet) for _ in range(int(argv[4])))
        data = data.encode()
        out = argv[2]
    else:
        sys.exit("unknown mode " + mode)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main(sys.argv)
