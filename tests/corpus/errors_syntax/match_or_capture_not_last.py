x = 1
match x:
    case y | 1:
        pass
