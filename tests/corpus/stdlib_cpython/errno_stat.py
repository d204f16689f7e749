"""errno (native: the platform's numbers, CPython's names and errorcode) and
CPython's own stat module (its pure-Python definitions)."""
import errno, stat
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.EINTR)
print(len(errno.errorcode), errno.errorcode[2], errno.errorcode[11], errno.errorcode[95], errno.errorcode[35])
print(list(errno.errorcode.items())[:5], list(errno.errorcode)[-3:])
print(sorted(n for n in dir(errno) if n.startswith("E"))[:10], len([n for n in dir(errno) if n.startswith("E")]))
print(errno.__doc__.splitlines()[0])
try:
    open("/nonexistent/dir/file")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
mode = 0o100644
print(stat.S_ISREG(mode), stat.S_ISDIR(mode), stat.S_IMODE(mode), oct(stat.S_IFMT(mode)), stat.filemode(mode), stat.filemode(0o40755), stat.filemode(0o120777))
print(stat.ST_MODE, stat.S_IRUSR | stat.S_IWUSR, stat.UF_HIDDEN, stat.FILE_ATTRIBUTE_HIDDEN, stat.SF_SNAPSHOT)
