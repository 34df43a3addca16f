# RUN: %diff-python %s | FileCheck %s
# Where CPython's stdout escapes surrogates (its C, POSIX and C.UTF-8
# locales; the tests run in one), print() writes U+DC80..U+DCFF as the raw
# bytes 0x80..0xFF, and an error covers what is left of a run of
# surrogates after its escapable start. Compared byte for byte; where
# stdout is strict, both raise at the first print instead.
print('a\udc80b', 'x\udcff')
print('\udc80\udcc3\udca9')
print(chr(0xdcc1), 'ok', sep='\udc80', end='\udc8a')
print('x', '\udc80', sep='')
print('end')
print('q', 'w\udc80\ud800\udc80e')
# CHECK: end
