"""Discrete-event simulation: a bank with five servers and three queues.

Customers of three priority classes arrive at random (exponential
inter-arrival and service times from `random.Random(seed)` and `math.log`),
wait in per-class queues, give up when their patience runs out, and are
served by servers of different speeds that sometimes take breaks.  Events
are `(time, seq, kind, payload)` tuples in a `heapq` priority queue and are
dispatched through a dict of bound `on_*` methods; a report event every 100
time units records utilization.  Four simulations (seeds 0-3, rising arrival
rates) each run for HORIZON units of simulated time.  The program prints
one line per simulation: events handled, customers, customers who gave up,
the longest queue, the mean wait, customers served per server and the last
report.

Stresses: `heapq.heappush`/`heappop` on tuples (tuple comparison),
bound-method dispatch through a dict, `__slots__` attribute access, method
calls, `math.log`, `random.random`, float accumulation, `list.pop(0)`,
`sum` over generator expressions.

Usage: event_sim.py [HORIZON]   (default 12_000)
"""
import heapq
import math
import random
import sys
import time

ARRIVE, START, DEPART, BREAK, RESUME, REPORT = range(6)


class Customer:
    __slots__ = ("cid", "arrival", "start", "kind", "patience", "served_by")

    def __init__(self, cid, arrival, kind, patience):
        self.cid = cid
        self.arrival = arrival
        self.start = -1.0
        self.kind = kind
        self.patience = patience
        self.served_by = -1


class Server:
    __slots__ = ("sid", "busy", "on_break", "served", "busy_time", "rate", "last_start")

    def __init__(self, sid, rate):
        self.sid = sid
        self.busy = None
        self.on_break = False
        self.served = 0
        self.busy_time = 0.0
        self.rate = rate
        self.last_start = 0.0


class Sim:
    def __init__(self, seed, nservers, arrival_rate):
        self.rng = random.Random(seed)
        self.now = 0.0
        self.events = []
        self.seq = 0
        self.queues = [[], [], []]
        self.servers = [Server(i, 1.0 + 0.25 * (i % 3)) for i in range(nservers)]
        self.arrival_rate = arrival_rate
        self.ncust = 0
        self.waits = 0.0
        self.nwaits = 0
        self.reneged = 0
        self.max_q = 0
        self.handlers = {ARRIVE: self.on_arrive, START: self.on_start, DEPART: self.on_depart,
                         BREAK: self.on_break, RESUME: self.on_resume, REPORT: self.on_report}
        self.reports = []

    def expo(self, rate):
        return -math.log(1.0 - self.rng.random()) / rate

    def schedule(self, dt, kind, payload):
        self.seq += 1
        heapq.heappush(self.events, (self.now + dt, self.seq, kind, payload))

    def on_arrive(self, _):
        self.ncust += 1
        r = self.rng.random()
        kind = 0 if r < 0.6 else (1 if r < 0.9 else 2)
        c = Customer(self.ncust, self.now, kind, self.expo(0.2))
        self.queues[kind].append(c)
        q = sum(len(q) for q in self.queues)
        if q > self.max_q:
            self.max_q = q
        self.schedule(self.expo(self.arrival_rate), ARRIVE, None)
        self.dispatch()

    def pick(self):
        for k in (2, 1, 0):
            q = self.queues[k]
            while q:
                c = q.pop(0)
                if self.now - c.arrival > c.patience:
                    self.reneged += 1
                    continue
                return c
        return None

    def dispatch(self):
        for s in self.servers:
            if s.busy is None and not s.on_break:
                c = self.pick()
                if c is None:
                    return
                s.busy = c
                c.start = self.now
                c.served_by = s.sid
                self.schedule(0.0, START, s)

    def on_start(self, s):
        c = s.busy
        self.waits += c.start - c.arrival
        self.nwaits += 1
        s.last_start = self.now
        self.schedule(self.expo(s.rate * (1.5 if c.kind == 0 else 1.0)), DEPART, s)

    def on_depart(self, s):
        s.busy_time += self.now - s.last_start
        s.served += 1
        s.busy = None
        if self.rng.random() < 0.02:
            s.on_break = True
            self.schedule(self.expo(0.5), RESUME, s)
        self.dispatch()

    def on_break(self, s):
        pass

    def on_resume(self, s):
        s.on_break = False
        self.dispatch()

    def on_report(self, _):
        util = sum(s.busy_time for s in self.servers) / (self.now * len(self.servers))
        self.reports.append((round(self.now, 3), round(util, 4), sum(len(q) for q in self.queues)))
        self.schedule(100.0, REPORT, None)

    def run(self, until):
        self.schedule(0.0, ARRIVE, None)
        self.schedule(100.0, REPORT, None)
        events = self.events
        handlers = self.handlers
        n = 0
        while events:
            t, _, kind, payload = heapq.heappop(events)
            if t > until:
                break
            self.now = t
            handlers[kind](payload)
            n += 1
        return n


def run(horizon):
    out = []
    for i in range(4):
        sim = Sim(seed=i, nservers=5, arrival_rate=5.5 + 0.1 * i)
        nev = sim.run(float(horizon))
        avg = sim.waits / max(1, sim.nwaits)
        out.append((nev, sim.ncust, sim.reneged, sim.max_q, round(avg, 6),
                    tuple(s.served for s in sim.servers), sim.reports[-1]))
    return out


def main():
    horizon = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    print("horizon:", horizon)
    for r in run(horizon):
        print(*r)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
