# tuples: records as tuples with index constants, zip of tuples, enumerate yielding tuples
NAME, PRICE, QTY = 0, 1, 2
inventory = [('widget', 2.5, 10), ('gadget', 10.0, 3), ('doohickey', 0.75, 100)]
for item in inventory:
    print(item[NAME], item[PRICE] * item[QTY])
print(max(inventory, key=lambda i: i[PRICE] * i[QTY])[NAME])
names = tuple([i[NAME] for i in inventory])
print(names, tuple(zip(names, range(3))))
for idx, (name, price, qty) in enumerate(inventory, start=1):
    print(idx, name.upper(), f'{price:.2f}', qty)
pairs = list(zip((1, 2, 3), ('a', 'b', 'c')))
print(pairs, list(zip(*pairs)))
