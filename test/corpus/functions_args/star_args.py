# functions_args: *args and **kwargs collection, ordering of kwargs dict, forwarding arguments
def show(*args, **kwargs):
    return f'args={args} kwargs={kwargs}'
print(show())
print(show(1, 'two', [3]))
print(show(b=2, a=1, c=3))
print(show(1, *[2, 3], x=9, **{'y': 8}))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*range(10)))
def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward('f', key='v'))
def tag(name, *children, **attrs):
    attr_s = ''.join([f' {k}="{v}"' for k, v in attrs.items()])
    return f'<{name}{attr_s}>' + ''.join(children) + f'</{name}>'
print(tag('p', 'hello', tag('b', 'world'), id_='main', cls='x'))
print(tag('br'), tag('div', **{'data-x': 1}))
def count_args(*a, **k):
    return len(a), len(k), type(a).__name__, type(k).__name__
print(count_args(), count_args(*'abc', **dict(x=1)))
