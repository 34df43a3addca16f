# difftest.py corpus: refused at compile time.
import os
print(1)
