# builtins: int/float/str/bool/list/tuple/dict/set constructors, chr/ord/hex/oct/bin, abs/round/divmod/pow
print(int('12'), int(12.7), int('-0b101', 0), float('2.5'), float(3), str(3.0), str([1, '2']), bool([]), bool([0]))
print(list('ab'), list({'k': 1}), tuple([1, 2]), dict([('a', 1)]), dict(a=1), sorted(set([3, 1, 3])))
print(chr(65), chr(0x4e2d), chr(128512), ord('A'), ord('中'), ord('😀'))
print(hex(0), hex(-1), oct(64), bin(5), bin(-5), hex(2 ** 64))
print(abs(-3), abs(-2.5), abs(True), round(3.14159, 3), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000))
print(str(b'x'[0]), repr('x'), ascii('é'), format(3.5, '08.3f'), int(' 42\n'), float(' -1e-3 '))
print(list(map(int, ['1', '2'])), [float(x) for x in ['1', '.5', 'inf']], str(None), str(True) + str(False))
print(bool(0.0), bool(-0.0), bool('False'), bool(None), bool(range(0)), bool({0}), bool(()))
