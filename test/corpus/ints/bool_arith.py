# ints: bool is an int subclass - arithmetic, sum of bools, comparisons
print(True + True, True * 10, False - 1, -True, True / 2)
print(True == 1, False == 0, True is True, 1 == 1.0)
print(sum([True, False, True, True]), max(True, 2), min(False, -1))
votes = [3, 8, 1, 9, 4, 7]
print(sum([v > 5 for v in votes]))
print(int(True), str(True), repr(False), bool(0), bool(-3), bool(''), bool('0'))
print(True and 3, 0 or 'x', None or 0, 5 and 0, '' or [] or 'last')
print(not 0, not 1, not '', not 'a', not None)
x = 10
print(x > 5 and x < 20, x > 5 or 1 / 0, not x == 10)
print(isinstance(True, int), type(True), type(True + 0))
print(True ** 5, divmod(True, 2), True // 1)
count = 0
for flag in [True, False, True]:
    count += flag
print(count)
