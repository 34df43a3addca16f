# dicts: nested dicts and lists, deep access, updating nested values, recursive repr of a self-referencing dict
config = {'db': {'host': 'localhost', 'ports': [5432, 5433]}, 'debug': False, 'tags': ()}
print(config['db']['ports'][-1], config['db'].get('user', 'root'))
config['db']['ports'].append(6000)
config['cache'] = {'size': 128}
config['cache']['size'] *= 2
print(config)
def depth(obj):
    if isinstance(obj, dict):
        return 1 + max([depth(v) for v in obj.values()] + [0])
    if isinstance(obj, list):
        return 1 + max([depth(v) for v in obj] + [0])
    return 0
print(depth(config), depth({}), depth({'a': {'b': {'c': []}}}))
loop = {'name': 'loop'}
loop['me'] = loop
loop['list'] = [loop]
print(loop)
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
