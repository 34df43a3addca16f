# ints: and/or/not short-circuit evaluation order with side effects, conditional expressions, chained comparisons
def t(name, v):
    print('eval', name)
    return v
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 2))
print(t('a', 0) or t('b', '') or t('c', None))
print(t('a', 'x') or t('b', 'y'))
print(not t('a', 0), not t('b', 'text'))
print(t('lo', 1) < t('mid', 5) < t('hi', 3) < t('never', 0))
print(t('x', 1) == t('y', 1) != t('z', 2))
print(t('yes', 'Y') if t('cond', 1) else t('no', 'N'))
print(t('yes', 'Y') if t('cond', 0) else t('no', 'N'))
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x - 5 <= 0, -x < x is not None)
print(0 or 0.0 or '' or False, 1 and 2.5 and 'last', None and crash_if_evaluated)
