# misc_programs: a small ledger simulation with dicts and lists - transactions, balances, overdraft report
transactions = [
    ('alice', 'deposit', 100), ('bob', 'deposit', 50), ('alice', 'withdraw', 30),
    ('carol', 'deposit', 0), ('bob', 'withdraw', 80), ('alice', 'deposit', 12.5),
    ('carol', 'withdraw', 5), ('bob', 'deposit', 30),
]
balances = {}
history = {}
for who, kind, amount in transactions:
    sign = 1 if kind == 'deposit' else -1
    balances[who] = balances.get(who, 0) + sign * amount
    history.setdefault(who, []).append(sign * amount)
for who, bal in balances.items():
    flag = ' OVERDRAWN' if bal < 0 else ''
    print(f'{who:<6} {bal:>8.2f} {history[who]}{flag}')
print(sum(balances.values()), max(balances, key=balances.get), sorted(balances, key=lambda w: balances[w]))
overdrawn = {w: b for w, b in balances.items() if b < 0}
print(overdrawn, len(history['alice']), min([min(h) for h in history.values()]))
