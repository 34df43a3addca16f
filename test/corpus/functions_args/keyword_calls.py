# functions_args: calling with keyword arguments in any order, mixing positional and keyword, defaults skipped
def describe(name, kind='thing', size=1, color='grey'):
    return f'{name}: {size} {color} {kind}'
print(describe('a'))
print(describe('b', 'box'))
print(describe('c', color='red'))
print(describe(size=3, name='d', kind='ball'))
print(describe('e', 'cube', color='blue', size=2))
args = {'kind': 'cat', 'color': 'black'}
print(describe('f', **args))
def area(width, height):
    return width * height
print(area(height=2, width=5), area(3, height=4))
def rect(x=0, y=0, w=1, h=1):
    return (x, y, w, h)
print(rect(), rect(h=9), rect(1, 2, h=5), rect(*[1, 2], **{'w': 7}))
print(sorted([3, 1, 2], reverse=True), int('ff', base=16), round(number=2.567, ndigits=1))
print('{a}-{b}'.format(b=2, a=1), dict(one=1, two=2), max([1, 5, 3], key=lambda v: -v))
