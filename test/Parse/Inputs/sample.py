def clamp(x, lo=0, hi=10):
    if x < lo:
        return lo
    elif x > hi:
        return hi
    return x

total = 0
while total < 20:
    total += clamp(total + 7, hi=15)
print("total:", total)
