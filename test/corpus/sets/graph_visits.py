# sets: graph traversal with visited sets of ints - BFS layers, connected components, cycle detection
edges = [(1, 2), (2, 3), (3, 1), (4, 5), (6, 6), (7, 8), (8, 9)]
adj = {}
for a, b in edges:
    adj.setdefault(a, set()).add(b)
    adj.setdefault(b, set()).add(a)
print({k: sorted(v) for k, v in sorted(adj.items())})
seen = set()
components = []
for start in sorted(adj):
    if start in seen:
        continue
    comp = set()
    frontier = [start]
    while frontier:
        node = frontier.pop()
        if node in comp:
            continue
        comp.add(node)
        frontier.extend(sorted(adj[node] - comp))
    seen |= comp
    components.append(sorted(comp))
print(components, len(components))
layers = [{1}]
visited = {1}
while layers[-1]:
    nxt = set()
    for n in layers[-1]:
        nxt |= adj[n] - visited
    visited |= nxt
    layers.append(nxt)
print(layers[:-1], visited)
