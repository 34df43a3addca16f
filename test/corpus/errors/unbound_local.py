# errors: UnboundLocalError: a local assigned later in the function is read first
total = 10
def add(n):
    print('adding', n)
    total = total + n
    return total
add(5)
