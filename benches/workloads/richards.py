"""Richards: the classic operating-system scheduler simulation.

Martin Richards' benchmark (BCPL, 1981), later used by L. Peter Deutsch, the
Smalltalk/Java/PyPy benchmark suites and pyperformance.  Six tasks (an idle
task, a worker, two packet handlers and two devices) exchange packets through a
priority scheduler.  One run must hold tasks 9297 times and queue 23246 packets;
the program prints those counts and a checksum of the data the devices
received.

Stresses: classes with inheritance and overridden methods, method calls,
instance attribute loads/stores, `is None` tests, linked lists of objects.

Usage: richards.py [ITERATIONS]   (default 60)
"""
import sys
import time

# Task identifiers (indices into Scheduler.tasks).
IDLE = 1
WORKER = 2
HANDLER_A = 3
HANDLER_B = 4
DEVICE_A = 5
DEVICE_B = 6
TASK_TABLE_SIZE = 10

# Packet kinds.
K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
ORD_A = ord("A")


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Append this packet to the end of `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_TABLE_SIZE
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.received = 0
        self.received_sum = 0

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise ValueError("bad task id %d" % ident)
        return t

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_waiting():
                t = t.link
            else:
                t = t.run()


class Task:
    """A task control block.  Its state is the three flags below."""

    def __init__(self, sched, ident, priority, queue, packet_pending, waiting):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = packet_pending
        self.waiting = waiting
        self.holding = False
        sched.task_list = self
        sched.tasks[ident] = self

    def is_held_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def run(self):
        if self.packet_pending and self.waiting and not self.holding:
            msg = self.input
            self.input = msg.link
            self.waiting = False
            self.packet_pending = self.input is not None
        else:
            msg = None
        return self.fn(msg)

    def fn(self, pkt):
        raise NotImplementedError

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            pkt.append_to(self.input)
        return old

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.sched.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None, False, False)
        self.control = 1
        self.count = count

    def fn(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.destination = HANDLER_A
        self.count = 0

    def fn(self, pkt):
        if pkt is None:
            return self.wait()
        if self.destination == HANDLER_A:
            dest = HANDLER_B
        else:
            dest = HANDLER_A
        self.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        data = pkt.data
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = ORD_A + self.count - 1
        return self.qpkt(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.work_in = None
        self.device_in = None

    def fn(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.qpkt(work)
        dev = self.device_in
        if dev is None:
            return self.wait()
        self.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True)
        self.pending = None

    def fn(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.wait()
            self.pending = None
            return self.qpkt(pkt)
        self.pending = pkt
        self.sched.received += 1
        self.sched.received_sum += pkt.datum
        return self.hold()


def make_queue(count, ident, kind):
    queue = None
    for _ in range(count):
        queue = Packet(queue, ident, kind)
    return queue


def run_once():
    sched = Scheduler()
    IdleTask(sched, IDLE, 0, 10000)
    WorkerTask(sched, WORKER, 1000, make_queue(2, 0, K_WORK))
    HandlerTask(sched, HANDLER_A, 2000, make_queue(3, DEVICE_A, K_DEV))
    HandlerTask(sched, HANDLER_B, 3000, make_queue(3, DEVICE_B, K_DEV))
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.schedule()
    return sched.hold_count, sched.qpkt_count, sched.received, sched.received_sum


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    first = run_once()
    for _ in range(iterations - 1):
        if run_once() != first:
            print("ERROR: runs disagree")
            break
    hold_count, qpkt_count, received, received_sum = first
    print("iterations:", iterations)
    print("hold count:", hold_count)
    print("packets queued:", qpkt_count)
    print("device packets:", received, "checksum:", received_sum)
    if hold_count != 9297 or qpkt_count != 23246:
        print("ERROR: expected hold count 9297 and 23246 packets")


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
