# formatting: number formatting for money, thousands separators, scientific notation, padding with zeros
amounts = [0, 1, 999, 1000, 1234567.891, -9876543.21, 10 ** 12]
for a in amounts:
    print('{:>20,.2f} {:>20_} {:e}'.format(a, a, a))
print('{:010.4f} {:+010.2f} {:=^15.3f}'.format(3.14159265, -2.5, 1.0))
print('{:.3e} {:.3E} {:.0e} {:.10g}'.format(6.02214076e23, 1.602e-19, 5e5, 1 / 7))
for pct in [0, 0.005, 0.5, 0.999, 1.0, 12.345]:
    print('{:6.1%} {:.0%}'.format(pct, pct))
print('{:b} {:o} {:x} {:X} {:#b}'.format(2 ** 10 - 1, 511, 48879, 48879, 0))
print('{:>4d}/{:<4d}/{:^4d}/'.format(1, 22, 333))
print('{:,}'.format(-12), '{:,}'.format(123), '{:,}'.format(1234), '{:,.0f}'.format(1234.5))
