# RUN: %diff-python --pyr-arg=--gc-stress %s | FileCheck %s
# Generators feeding generators, comprehensions and builtins, with a
# collection wherever the VM may collect: suspended frames and the values
# consumers hold stay reachable (AddressSanitizer checks it in the
# sanitizer build).
def pipeline(n):
    nums = (i * i for i in range(n))
    evens = (x for x in nums if x % 2 == 0)
    strs = (str(x) + '!' for x in evens)
    return [s * 2 for s in strs]
print(len(pipeline(300)), pipeline(5))
def nested(k):
    return sum(sum(len(str(j)) for j in range(i)) for i in range(k))
print(nested(60))
gens = [(c * i for c in 'ab') for i in range(4)]
print([list(g) for g in gens])
print(dict((str(i), [j for j in range(i)]) for i in range(5)))
print(sorted({str(i % 7): i for i in range(50)}.items()))
g = (x for x in range(10))
print(next(g), list(zip(g, (str(y) for y in g))))
print(max((str(i) * (i % 3) for i in range(30)), key=len))
acc = []
for t in ((a, b) for a in range(5) for b in (str(a) * 2, str(a) * 3)):
    acc.append(t)
print(acc[-3:])
print(list(map(lambda s: s.upper(), (str(i) + 'x' for i in range(5)))))
print(list(filter(lambda s: '1' in s, (str(i) for i in range(30)))))
big = list(str(i) for i in range(20000))
print(len(big), big[-1], sum(len(s) for s in big))

# CHECK: 150 ['0!0!', '4!4!', '16!16!']
# CHECK-NEXT: 2995
# CHECK-NEXT: {{\[\[}}'aaa', 'bbb'], ['aaa', 'bbb'], ['aaa', 'bbb'], ['aaa', 'bbb']]
# CHECK-NEXT: {'0': [], '1': [0], '2': [0, 1], '3': [0, 1, 2], '4': [0, 1, 2, 3]}
# CHECK-NEXT: [('0', 49), ('1', 43), ('2', 44), ('3', 45), ('4', 46), ('5', 47), ('6', 48)]
# CHECK-NEXT: 0 [(1, '2'), (3, '4'), (5, '6'), (7, '8')]
# CHECK-NEXT: 1111
# CHECK-NEXT: [(3, '333'), (4, '44'), (4, '444')]
# CHECK-NEXT: ['0X', '1X', '2X', '3X', '4X']
# CHECK-NEXT: ['1', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '21']
# CHECK-NEXT: 20000 19999 88890
