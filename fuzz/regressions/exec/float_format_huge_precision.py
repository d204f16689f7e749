# Fuzz finding (exec, minimized): `format(3, '.100097f')` panicked with
# "Formatting argument out of range": Rust's float formatter refuses
# precisions over 65535. Longer precisions are now exact digits plus zeros.
for spec in ['.100097f', '.70000e', '.70000g', '#.70000g', '.70000%', '.70000']:
    for v in [3, 1.5, 5e-324, -1e300, 0.0]:
        try:
            s = format(v, spec)
            print(spec, len(s), s[:12], s[-8:])
        except ValueError as e:
            print(spec, e)
print(len('%.70000f' % 2.5), len('{:.70000E}'.format(1e-300)))
