# functions_args: functions as values - passing, returning, storing in lists; map/filter/sorted with functions
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
def double(v):
    return v * 2
print(apply_n(double, 10, 1), apply_n(str.upper, 1, 'shout'), apply_n(double, 0, 'x'))
pipeline = [str.strip, str.lower, lambda s: s.replace(' ', '_')]
text = '  Hello World Again  '
for step in pipeline:
    text = step(text)
print(text)
print(list(map(double, [1, 2, 3])), list(map(pow, [2, 3], [5, 2])), list(map(len, ['a', 'bb'])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(str.isdigit, 'a1b2')))
def make_ops():
    return [double, abs, str, lambda v: -v]
print([f(-4) for f in make_ops()])
print(double.__name__, (lambda: 0).__name__, callable(double), callable(3))
def call_with(f, *args, **kw):
    return f(*args, **kw)
print(call_with(max, 3, 9, 1), call_with(sorted, [3, 1], reverse=True))
