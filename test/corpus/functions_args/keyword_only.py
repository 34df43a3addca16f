# functions_args: keyword-only parameters after * and after *args, with and without defaults
def connect(host, port=80, *, timeout=5, secure=False):
    return f'{host}:{port} t={timeout} s={secure}'
print(connect('a'), connect('b', 8080), connect('c', timeout=1), connect('d', secure=True, port=443))
def query(*fields, table, limit=10):
    return f'SELECT {", ".join(fields) or "*"} FROM {table} LIMIT {limit}'
print(query(table='users'), query('id', 'name', table='t', limit=1))
def required_kw(*, a, b=2, c):
    return a + b + c
print(required_kw(a=1, c=3), required_kw(c=0, b=0, a=0))
def mix(a, b, /, c, *, d):
    return (a, b, c, d)
print(mix(1, 2, 3, d=4), mix(1, 2, c=3, d=4))
def pos_only(x, y=2, /):
    return x * y
print(pos_only(5), pos_only(5, 3))
def fmt(value, *, width=8, fill=' ', align='>'):
    return f'{value:{fill}{align}{width}}'
print(repr(fmt(42)), repr(fmt('ab', fill='*', align='^')), repr(fmt(3.5, width=4)))
