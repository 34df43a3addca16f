# lists: creation, indexing incl. negative, len, membership, concatenation, repetition, equality
empty = []
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(empty, len(empty), nums, len(nums), nums[0], nums[-1], nums[-8], nums[7])
print(nums + [0], [0] * 3, [] * 5, [[]] * 2, 2 * ['a', 'b'])
print(4 in nums, 7 in nums, 7 not in nums, [] in [[]], [1] == [1], [1] != [1.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [[1]] < [[2]])
mixed = [1, 'two', 3.0, None, True, [5], (6,)]
print(mixed, len(mixed), mixed[5][0], mixed[-1])
nums[0] = 30
nums[-1] += 100
print(nums)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = nums
alias[1] = -1
print(nums is alias, nums[1], nums == list(nums), nums is not list(nums))
print(list('abc'), list(range(4)), list((1, 2)), list({'a': 1, 'b': 2}))
