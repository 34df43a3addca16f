# lists: using a list as stack and queue, pop(0), insert(0), reversing with slicing, min/max/sum
stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack[-1])
while stack:
    print('pop', stack.pop(), len(stack))
queue = ['a', 'b', 'c']
queue.append('d')
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 'z')
print(queue, queue[::-1], list(reversed(queue)))
scores = [70, 85, 92, 61, 85]
print(min(scores), max(scores), sum(scores), sum(scores) / len(scores), scores.index(max(scores)))
print(sorted(scores)[len(scores) // 2], scores.count(85))
