# RUN: %diff-python %s | FileCheck %s
# global makes assignments in a function rebind the module variable.
counter = 0
def bump():
    global counter
    counter = counter + 1
    return counter
bump()
bump()
print(counter, bump())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def create():
    global created
    created = 'yes'
create()
print(created)
def aug():
    global counter
    counter += 10
    counter *= 2
aug()
print(counter)
def two():
    global a, b
    a = 1
    b = a + 1
two()
print(a, b)

# CHECK: 2 3
# CHECK-NEXT: 100 3
# CHECK-NEXT: yes
# CHECK-NEXT: 26
# CHECK-NEXT: 1 2
