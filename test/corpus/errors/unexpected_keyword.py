# errors: TypeError: got an unexpected keyword argument
def greet(name, punct='!'):
    return 'hi ' + name + punct
print(greet('a'), greet('b', punct='?'))
print(greet('c', colour='red'))
