# lists: del of items and slices, del with negative indices, deleting while iterating a copy
nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums, len(nums))
data = [1, 2, 3, 4, 5, 6, 7, 8]
for v in data[:]:
    if v % 3 == 0:
        data.remove(v)
print(data)
i = 0
while i < len(data):
    if data[i] % 2 == 0:
        del data[i]
    else:
        i += 1
print(data)
matrix = [[1, 2, 3], [4, 5, 6]]
del matrix[0][1]
print(matrix)
