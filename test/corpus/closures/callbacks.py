# closures: callbacks and event handlers stored in dicts and lists, closures capturing mutable state
handlers = {}
log = []
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register
def make_logger(prefix):
    def handler(payload):
        log.append(f'{prefix}:{payload}')
    return handler
on('save')(make_logger('A'))
on('save')(make_logger('B'))
on('load')(make_logger('C'))
def emit(event, payload):
    for fn in handlers.get(event, []):
        fn(payload)
emit('save', 1)
emit('load', 'x')
emit('missing', None)
emit('save', [2])
print(log)
def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return 'insufficient'
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), wd(500), dep(0))
