# ranges: stepping patterns used in real loops - every other element, countdowns, strided 2-D indexing, chunk starts
data = list('abcdefghijklmnopqrstuvwxyz')
print([data[i] for i in range(0, len(data), 5)])
print([data[i] for i in range(len(data) - 1, -1, -6)])
for start in range(0, 10, 4):
    print(start, data[start:start + 4])
width = 4
cells = list(range(12))
for row in range(0, len(cells), width):
    print([cells[row + c] for c in range(width)])
print([cells[c::width] for c in range(width)])
countdown = []
for t in range(10, 0, -3):
    countdown.append(t)
print(countdown, list(range(10, 0, -3)) == countdown)
evens = 0
for k in range(-10, 11, 2):
    evens += k
print(evens, sum(range(-10, 11, 2)))
