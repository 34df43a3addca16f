def average(total, count):
    return total / count

print('mean:', average(10, 4))
print('empty:', average(0, 0))
