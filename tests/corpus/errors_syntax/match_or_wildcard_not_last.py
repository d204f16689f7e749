x = 1
match x:
    case [a] | _ | [b]:
        pass
