# comprehensions: real-code filtering - parsing records, selecting fields, computing aggregates with comps
lines = ['alice,34,engineer', 'bob,19,student', 'carol,52,manager', 'dave,27,engineer', 'eve,41,designer']
records = [line.split(',') for line in lines]
people = [{'name': n, 'age': int(a), 'job': j} for n, a, j in records]
print([p['name'] for p in people if p['age'] > 30])
print(sorted({p['job'] for p in people}))
by_job = {j: [p['name'] for p in people if p['job'] == j] for j in sorted({p['job'] for p in people})}
print(by_job)
print(sum([p['age'] for p in people]) / len(people), max([p['age'] for p in people]))
print([f"{p['name'].title()} ({p['age']})" for p in sorted(people, key=lambda p: p['age'])])
print(any([p['age'] < 20 for p in people]), all([p['age'] > 18 for p in people]))
