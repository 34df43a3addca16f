# lists: sort and sorted with key= and reverse=, stability of equal keys, sorting tuples and strings
people = [('amy', 31), ('bob', 25), ('cat', 31), ('dan', 25), ('eve', 40), ('fay', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: -p[1])
print(by_age)
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
words.sort(key=len)
print(words)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
nums.sort()
print(nums, nums.sort(), sorted([]), sorted([1]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]), sorted(['b', 'B', 'a', 'A']))
print(sorted([3.5, 1, 2.25, -1e9, 10 ** 20]), sorted([True, False, 0, 1, -1]))
