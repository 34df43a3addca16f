# misc_programs: n-queens solver with backtracking over lists, counting solutions and printing one board
def solve(n):
    cols = []
    solutions = []
    def safe(c):
        r = len(cols)
        for pr, pc in enumerate(cols):
            if pc == c or abs(pc - c) == r - pr:
                return False
        return True
    def place():
        if len(cols) == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if safe(c):
                cols.append(c)
                place()
                cols.pop()
    place()
    return solutions
for n in range(1, 8):
    print(n, len(solve(n)))
first = solve(6)[0]
print(first)
for c in first:
    print(' '.join(['Q' if i == c else '.' for i in range(6)]))
