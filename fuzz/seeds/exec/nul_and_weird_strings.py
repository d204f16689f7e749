s = 'a\x00b'
print(len(s), s.split('\x00'), repr('\r\n\t\\'))
x = '''
multi
line'''
print(x.count('\n'))
r = r'\n\\'
print(len(r), rb'\x00', Rb'a', Br'b', u'u', F'{1}')
