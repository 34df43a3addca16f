def countdown(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total

label = 'sum'
print(label, countdown(4), 2.5)
