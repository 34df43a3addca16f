# RUN: %diff-python %s | FileCheck %s
# == and != never raise; ordering does.
print(None == None, None != 0, 'a' == 1, 1 != 'a')
print(None >= None)

# CHECK: True True False True
# CHECK-NEXT: [exit 1] TypeError: '>=' not supported between instances of 'NoneType' and 'NoneType'
