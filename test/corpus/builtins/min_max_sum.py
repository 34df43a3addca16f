# builtins: min/max with key and default, over iterables and multiple args, sum with start, ties keep first
vals = [3, -7, 2, 9, -1, 9]
print(min(vals), max(vals), min(3, 1, 2), max('apple', 'pear', 'fig'), max('中文abc'))
print(min(vals, key=abs), max(vals, key=abs), max([], default='empty'), min((), default=None))
words = ['bb', 'a', 'cc', 'ddd', 'ee']
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: (len(w), w)))
print(sum(vals), sum([]), sum([0.1] * 10), sum([[1], [2, 3]], []), sum(range(5), 100))
print(sum([1.5, 2, True]), sum([10 ** 20, 1]), max(1, 2.0), min(2.0, 2), max([1, 2], [1, 3]))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}.values()), min('hello'))
pts = [(1, 5), (4, 2), (3, 3)]
print(min(pts, key=lambda p: p[1]), max(pts, key=lambda p: p[0] + p[1]))
