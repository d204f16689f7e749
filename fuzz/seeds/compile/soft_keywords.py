match = 1
case = 2
match(match)
match [case]:
    case [match]: pass
_ = match
type = 3
