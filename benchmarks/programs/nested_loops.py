# Nested while loops with integer arithmetic.
total = 0
i = 0
while i < 2000:
    j = 0
    while j < 2000:
        total = (total + i * j + (i ^ j)) % 1000000007
        j += 1
    i += 1
print(total)
