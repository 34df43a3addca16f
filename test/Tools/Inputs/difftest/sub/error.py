# difftest.py corpus: both raise the same exception.
print("before")
print(1 // 0)
