# str_methods: parsing a small config with startswith/strip/split, comments, key=value lines
config = """
# comment line
name = demo
  version=1.2
debug = true

# another
paths = /usr/bin : /bin : /opt/x
empty =
"""
settings = {}
for raw in config.splitlines():
    line = raw.strip()
    if not line or line.startswith('#'):
        continue
    key, sep, value = line.partition('=')
    settings[key.strip()] = value.strip()
print(settings)
print(settings['paths'].split(' : '), settings['version'].split('.'))
print(settings['debug'].lower() in ('true', 'yes', '1'), repr(settings['empty']))
print(sorted(settings), [k for k in settings if k.startswith(('n', 'p'))])
