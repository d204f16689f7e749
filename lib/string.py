"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

(pure-Python implementation for krait)
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

# Functions which aren't available as string methods.

# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
_sentinel_dict = {}

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _ChainLookup:
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class _Match:
    """A tiny stand-in for a re match object of Template.pattern."""
    __slots__ = ('kind', 'start', 'end', 'name', 'text')

    def __init__(self, kind, start, end, name, text):
        self.kind = kind      # 'escaped', 'named', 'braced' or 'invalid'
        self.start = start
        self.end = end
        self.name = name
        self.text = text

    def group(self):
        return self.text[self.start:self.end]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # r'[a-z]' matches to non-ASCII letters when used with IGNORECASE, but
    # without the ASCII flag.  We can't add re.ASCII to flags because of
    # backward compatibility.  So we use the ?a local flag and [a-z] pattern.
    # See https://bugs.python.org/issue31672
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan_id(self, s, i):
        """Return the end of an identifier starting at s[i], or i if none."""
        n = len(s)
        if i < n and s[i] in _ID_START:
            j = i + 1
            while j < n and s[j] in _ID_CHARS:
                j += 1
            return j
        return i

    def _iter_matches(self):
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        i = s.find(delim)
        while i >= 0 and dl:
            j = i + dl
            if s.startswith(delim, j):
                m = _Match('escaped', i, j + dl, None, s)
            else:
                k = self._scan_id(s, j)
                if k > j:
                    m = _Match('named', i, k, s[j:k], s)
                else:
                    m = None
                    if j < n and s[j] == '{':
                        k = self._scan_id(s, j + 1)
                        if k > j + 1 and k < n and s[k] == '}':
                            m = _Match('braced', i, k + 1, s[j + 1:k], s)
                    if m is None:
                        m = _Match('invalid', i, j, None, s)
            yield m
            i = s.find(delim, m.end)

    # Search for $$, $identifier, ${identifier}, and any bare $'s

    def _invalid(self, mo):
        i = mo.end    # the (empty) invalid group starts after the delimiter
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        pos = 0
        s = self.template
        for mo in self._iter_matches():
            out.append(s[pos:mo.start])
            kind = mo.kind
            if kind == 'named' or kind == 'braced':
                out.append('%s' % (mapping[mo.name],))
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                self._invalid(mo)
            pos = mo.end
        out.append(s[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        pos = 0
        s = self.template
        for mo in self._iter_matches():
            out.append(s[pos:mo.start])
            kind = mo.kind
            if kind == 'named' or kind == 'braced':
                try:
                    out.append('%s' % (mapping[mo.name],))
                except KeyError:
                    out.append(mo.group())
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append(mo.group())
            pos = mo.end
        out.append(s[pos:])
        return ''.join(out)

    def is_valid(self):
        for mo in self._iter_matches():
            if mo.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._iter_matches():
            named = mo.name
            if named is not None and named not in ids:
                # add a named group only the first time it appears
                ids.append(named)
        return ids


########################################################################
# the Formatter class
# see PEP 3101 for details and purpose of this class

# The hard parts are reused from the C implementation.  They're exposed as "_"
# prefixed methods of str.

def _formatter_parser(s):
    """Pure-Python equivalent of _string.formatter_parser."""
    n = len(s)
    pos = 0
    while pos < n:
        lit_start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - lit_start
        if markup and c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if markup and at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[lit_start:lit_start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        # parse the field
        fstart = pos
        c = ''
        brk = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                continue
            if c == '}' or c == ':' or c == '!':
                brk = True
                break
        if not brk:
            raise ValueError("expected '}' before end of string")
        name = s[fstart:pos - 1]
        conv = None
        if c == '}':
            yield (literal, name, '', None)
            continue
        if c == '!':
            if pos >= n:
                raise ValueError("end of string while looking for conversion "
                                 "specifier")
            conv = s[pos]
            pos += 1
            if pos < n:
                c = s[pos]
                pos += 1
                if c == '}':
                    yield (literal, name, '', conv)
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        count = 1
        spec = None
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    spec = s[spec_start:pos - 1]
                    break
        if spec is None:
            raise ValueError("unmatched '{' in format spec")
        yield (literal, name, spec, conv)


def _as_int(s):
    if s and s.isdigit():
        try:
            return int(s)
        except ValueError:
            return s
    return s


def _formatter_field_name_split(field_name):
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = _as_int(field_name[:i])

    def rest(i):
        while i < n:
            c = field_name[i]
            i += 1
            if c == '.':
                j = i
                while i < n and field_name[i] not in '.[':
                    i += 1
                name = field_name[j:i]
                if not name:
                    raise ValueError("Empty attribute in format string")
                yield True, name
            elif c == '[':
                j = i
                while i < n and field_name[i] != ']':
                    i += 1
                if i >= n:
                    raise ValueError("Missing ']' in format string")
                key = field_name[j:i]
                i += 1
                if not key:
                    raise ValueError("Empty attribute in format string")
                if i < n and field_name[i] not in '.[':
                    raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
                yield False, _as_int(key)
            else:
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")

    return first, rest(i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index


    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]


    def check_unused_args(self, used_args, args, kwargs):
        pass


    def format_field(self, value, format_spec):
        return format(value, format_spec)


    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
