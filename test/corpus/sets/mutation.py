# sets: add/discard/remove/pop/clear/update/copy on int sets, dedup preserving order with a seen set
s = {10, 20}
s.add(30)
s.add(10)
s.discard(99)
s.discard(20)
s.remove(30)
print(s, len(s))
s.update([1, 2], {3}, range(4, 6))
print(s)
t = s.copy()
t.clear()
print(s, t)
p = {7}
print(p.pop(), p)
items = [3, 1, 3, 2, 1, 5, 2, 9, 3]
seen = set()
uniq = []
for x in items:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, sorted(seen), len(seen))
nums = {5, 3, 8}
nums.intersection_update({3, 8, 9})
nums.difference_update([8])
nums.symmetric_difference_update({1, 3})
print(nums)
