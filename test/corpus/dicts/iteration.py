# dicts: iterating keys/values/items, sorted iteration, enumerate over items, dict built during iteration of another
stock = {'apples': 5, 'pears': 0, 'kiwis': 12, 'plums': 3}
for k in stock:
    print(k, stock[k])
for k, v in sorted(stock.items(), key=lambda kv: kv[1]):
    print(f'{k:>7}: {v}')
for i, (k, v) in enumerate(stock.items()):
    print(i, k, v)
restock = {}
for k, v in stock.items():
    if v < 5:
        restock[k] = 10 - v
print(restock)
for k in list(stock):
    if stock[k] == 0:
        del stock[k]
print(stock, sum(stock.values()), sorted(stock), sorted(stock, key=stock.get))
print(list(reversed(stock.items())), [k for k in reversed(stock.keys())])
