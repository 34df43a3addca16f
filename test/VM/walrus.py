# RUN: %diff-python %s | FileCheck %s
# Assignment expressions: the value is bound and is the expression's value;
# in a comprehension the target belongs to the enclosing function (or is a
# global at module level); operands read before a ':=' keep their value.
if (n := len('hello')) > 3:
    print('long', n)
print((y := 5), y ** 2, [y := y + 1, y])
data = [3, 8, 1, 9]
print([z for x in data if (z := x * 2) > 5], z)

def f(a):
    return a + (a := 10) + a, a
print(f(1))

def running():
    total = 0
    sums = [total := total + x for x in range(5)]
    return sums, total
print(running())

def last_match(words):
    any(len(found := w) > 3 for w in words)
    return found
print(last_match(['ab', 'abcd', 'xyzzy']))

def nested():
    [[(k := i * j) for j in range(3)] for i in range(3)]
    return k
print(nested())

[g := i for i in range(4)]
print(g)

def cond(v):
    return (w := v) if v else 'no', v and (u := v + 1)
print(cond(0), cond(2))

i = 0
while (i := i + 1) < 4:
    print('loop', i)
print([i := 3, i])
count = 0
def counter():
    global count
    [count := count + 1 for _ in range(3)]
    return count
print(counter(), count)

# CHECK: long 5
# CHECK-NEXT: 5 25 [6, 6]
# CHECK-NEXT: [6, 16, 18] 18
# CHECK-NEXT: (21, 10)
# CHECK-NEXT: ([0, 1, 3, 6, 10], 10)
# CHECK-NEXT: abcd
# CHECK-NEXT: 4
# CHECK-NEXT: 3
# CHECK-NEXT: ('no', 0) (2, 3)
# CHECK-NEXT: loop 1
# CHECK-NEXT: loop 2
# CHECK-NEXT: loop 3
# CHECK-NEXT: [3, 3]
# CHECK-NEXT: 3 3
