# errors: IndexError: pop from empty list after draining a stack
stack = [1, 2]
while stack:
    print(stack.pop())
stack.pop()
