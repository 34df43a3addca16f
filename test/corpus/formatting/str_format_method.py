# formatting: str.format with positional, indexed, keyword, repeated, nested fields and conversions
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{name}!'.format(name='hi'))
print('{0!r} {0!s} {0!a}'.format('é'), '{:>6}|{:<6}|{:^6}'.format('r', 'l', 'c'))
print('{0[0]} {0[2]} {1[k]}'.format([10, 20, 30], {'k': 'v'}))
print('{:*^11}'.format('mid'), '{:08.3f}'.format(-3.14159), '{:+d}'.format(5))
print('{{literal}} {}'.format(1), '{:,}'.format(1234567), '{:_b}'.format(255))
print('{:{w}.{p}f}'.format(2.71828, w=10, p=3), '{:{}}'.format('x', 4) + '|')
print('{:%}'.format(0.25), '{:.1%}'.format(1 / 3), '{:e}'.format(123.456), '{:g}'.format(1e-7))
data = {'user': 'bob', 'score': 97.5}
print('User {user} scored {score:.1f}'.format(**data))
print('{} {} {}'.format(*range(3)), '{0}{0}{0}'.format('ab'))
print('{:x} {:X} {:o} {:b} {:#x} {:#b} {:c}'.format(255, 255, 8, 5, 255, 5, 97))
print('{:>10}'.format(3.5), '{:<10}|'.format(True), '{}'.format(None), '{:d}'.format(True))
