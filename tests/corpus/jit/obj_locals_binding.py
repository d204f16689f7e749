# Locals unbound at loop entry and bound later, `del` of locals inside a
# compiled loop, and locals rebound between types (int -> str -> list).


def bound_later(n):
    for i in range(n):
        if i == 3:
            late = i * 10
        if i > 3:
            late += 1
    return late


print(bound_later(6))


def unbound_read(n):
    out = []
    for i in range(n):
        try:
            out.append(maybe)
        except UnboundLocalError as e:
            out.append("unbound")
        if i == 2:
            maybe = [i]
        if i == 4:
            del maybe
    return out


print(unbound_read(7))


def del_each(n):
    out = []
    for i in range(n):
        tmp = [i] * 2
        out.append(len(tmp))
        del tmp
    try:
        return tmp
    except UnboundLocalError:
        return out


print(del_each(4))


def del_twice(n):
    x = 1
    for i in range(n):
        try:
            del x
            print("deleted", i)
        except UnboundLocalError:
            print("already unbound", i)
            x = i
    return "end"


print(del_twice(5))


def rebind_types(n):
    v = 0
    log = []
    for i in range(n):
        if i % 3 == 0:
            v = i
        elif i % 3 == 1:
            v = str(v) + "s"
        else:
            v = [v, i]
        log.append(v)
    return log


print(rebind_types(7))


def accumulate_types(n):
    x = 1
    for i in range(n):
        x = x * 2
        if i == 3:
            x = x + 0.5
        if i == 6:
            x = str(x)
        if i == 8:
            x = [x]
    return x


print(accumulate_types(10))


def loop_var_after(n):
    for i in range(n):
        pass
    try:
        return i
    except UnboundLocalError:
        return "never ran"


print(loop_var_after(3), loop_var_after(0))


def obj_loop_var_unbound(items):
    for it in items:
        last = it
    try:
        return last, it
    except UnboundLocalError as e:
        return "unbound"


print(obj_loop_var_unbound(["a", 1.5]), obj_loop_var_unbound([]))


def swap_between(n):
    a, b = 1, "one"
    for i in range(n):
        a, b = b, a
        if i == 2:
            a = [a]
    return a, b


print(swap_between(5))


def unbound_error_uncaught_in_loop(n):
    for i in range(n):
        if i == 2:
            total = 0
        total += i
    return total


try:
    unbound_error_uncaught_in_loop(5)
except UnboundLocalError as e:
    print("UnboundLocalError", e.__traceback__.tb_next.tb_lineno)
print(unbound_error_uncaught_in_loop(1) if False else "skipped")
