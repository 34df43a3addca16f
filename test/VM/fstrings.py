# f-strings: conversions, format specs with nested fields, the '=' specifier,
# brace escapes, raw and triple-quoted f-strings, implicit concatenation,
# evaluation order (value before spec), and ascii(). CHECK lines come
# from CPython 3.11's output.
# RUN: %diff-python %s | FileCheck %s
# CHECK: 3.14159 3.14159 'héllo' 'h\xe9llo'    héllo
# CHECK-NEXT:       3.14|
# CHECK-NEXT: x=3.14159 x = 3.14159 x=3.14 name=héllo name =   héllo  
# CHECK-NEXT: x=     3.14159| 3.14159 x	=	3.14159
# CHECK-NEXT: {} {3.14159} ab2c plain
# CHECK-NEXT: \n2\t 2\{ \x2 Aé	2
# CHECK-NEXT:  2
# CHECK-NEXT: line1
# CHECK-NEXT: 12
# CHECK-NEXT: end
# CHECK-NEXT: tri inner q     2 True True False
# CHECK-NEXT: <   5   > <-5     >
# CHECK-NEXT: '' '' ''
# CHECK-NEXT:     1NoneTrueNone  True |0
# CHECK-NEXT: 0xa 11111111 1,234,567 25.000000% 0.0
# CHECK-NEXT: eval 1
# CHECK-NEXT: eval 2
# CHECK-NEXT: eval 3
# CHECK-NEXT: eval 4
# CHECK-NEXT: eval 
# CHECK-NEXT: 1  24
# CHECK-NEXT: a  a
# CHECK-NEXT:   3
# CHECK-NEXT: 00:   0 even
# CHECK-NEXT: 01:   1 odd
# CHECK-NEXT: 02:   4 even
# CHECK-NEXT: 'h\xe9llo' 1.5 '\U0001f600'
# CHECK-NEXT: 1    | 0012 3.500e+00
# CHECK-NEXT: <built-in function print>
x = 3.14159
w = 10
p = 2
name = 'héllo'
print(f'{x}', f'{x!r}', f'{name!r}', f'{name!a}', f'{name!s:>8}')
print(f'{x:>{w}.{p}f}|')
print(f'{x=}', f'{x = }', f'{x=:.2f}', f'{name=!s}', f'{name = :^9}')
print(f'{x=!r:>12}|', f'{ x }', f'{x	=	}')
print(f'{{}} {{{x}}}', f'a' 'b' f'{p}' 'c', 'plain' f'')
print(rf'\n{p}\t', fr'{p}\{{', Rf'\x{p}', f'\x41\u00e9\t{p}\n', F'{p}')
print(f'''line1
{p +
 w}
end''')
print(f"""{'''tri'''}""", f'{"inner"}', f"{'q'}", f'{p!r:>5}', f'{3 != 4}', f'{p<w}', f'{p>=w}')
def g(v):
    return f'<{v:{"^" if v > 0 else "<"}7}>'
print(g(5), g(-5))
print(repr(f''), repr(f'{""}'), repr(f'{name:.0}'))
print(f'{True:>5}{None!r}{True}{None}', f'{True!s:^6}|{False:d}')
print(f'{10:#x} {255:08b} {1234567:,} {0.25:%} {-0.0:z.1f}')
def trace(v):
    print('eval', v)
    return v
print(f'{trace(1)}{trace(2):{trace(3)}}{trace(4)!r:{trace("")}}')
s = 'a'
s = f'{s}{s:>3}'
print(s)
def local_spec(n):
    n = f'{n:{n}}'
    return n
print(local_spec(3))
i = 0
while i < 3:
    print(f'{i:02d}: {i * i:>3} {"even" if i % 2 == 0 else "odd"}')
    i += 1
print(ascii('héllo'), ascii(1.5), ascii('\U0001f600'))
print(f'{1:{""}{"<"}{5}}|', f'{12:{"0"}{4}}', f'{3.5:{"."}{3}{"e"}}')
print(f'{print!r}')
