def main():
    print("exiting with 3")
    raise SystemExit(3)
try:
    main()
finally:
    print("finally still runs during SystemExit")
