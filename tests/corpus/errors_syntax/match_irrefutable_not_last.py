match 5:
    case x:
        pass
    case 1:
        pass
