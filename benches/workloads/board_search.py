"""Board search: connect-four played by an alpha-beta (negamax) searcher.

A 7x6 board with incremental Zobrist hashing, move objects kept on a history
stack, win detection around the last move and a window-counting evaluation.
The searcher does iterative deepening with a transposition table and
best-move-first ordering.  Two searchers of the given depth play a whole game
against each other from a few openings; the program prints each game's move
sequence, result and node counts.

Stresses: method calls on small objects, list indexing and item assignment,
tuple unpacking, dict get/set keyed by big ints, recursion with
negation-heavy int arithmetic, `while` loops scanning the board.

Usage: board_search.py [DEPTH]   (default 5)
"""
import sys
import time

COLS = 7
ROWS = 6
EMPTY, RED, YELLOW = 0, 1, 2
WIN_SCORE = 100_000
# Columns nearest the centre first: better moves are searched earlier.
CENTER_ORDER = (3, 2, 4, 1, 5, 0, 6)
DIRECTIONS = ((1, 0), (0, 1), (1, 1), (1, -1))
EXACT, LOWER, UPPER = 0, 1, 2


def other(player):
    return YELLOW if player == RED else RED


def build_windows():
    """Every line of four cells, as tuples of cell indices."""
    windows = []
    for row in range(ROWS):
        for col in range(COLS):
            for dc, dr in DIRECTIONS:
                end_c = col + 3 * dc
                end_r = row + 3 * dr
                if 0 <= end_c < COLS and 0 <= end_r < ROWS:
                    windows.append(tuple((row + k * dr) * COLS + col + k * dc
                                         for k in range(4)))
    return windows


WINDOWS = build_windows()


class ZobristKeys:
    """Pseudo-random 64-bit keys per (cell, player), from a xorshift."""

    def __init__(self, seed):
        self.state = seed
        self.keys = [[0, self.next(), self.next()] for _ in range(ROWS * COLS)]
        self.side = self.next()

    def next(self):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        self.state = x
        return x


ZOBRIST = ZobristKeys(0x9E3779B97F4A7C15)


class Move:
    __slots__ = ("col", "row", "player")

    def __init__(self, col, row, player):
        self.col = col
        self.row = row
        self.player = player

    @property
    def index(self):
        return self.row * COLS + self.col

    def __repr__(self):
        return "Move(%d, %d, %s)" % (self.col, self.row, "RY"[self.player - 1])


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (ROWS * COLS)
        self.heights = [0] * COLS
        self.history = []
        self.to_move = RED
        self.hash = 0

    def legal_moves(self):
        return [c for c in CENTER_ORDER if self.heights[c] < ROWS]

    def is_full(self):
        return len(self.history) == ROWS * COLS

    def play(self, col):
        row = self.heights[col]
        player = self.to_move
        move = Move(col, row, player)
        self.cells[row * COLS + col] = player
        self.heights[col] = row + 1
        self.history.append(move)
        self.hash ^= ZOBRIST.keys[row * COLS + col][player] ^ ZOBRIST.side
        self.to_move = other(player)
        return move

    def undo(self):
        move = self.history.pop()
        self.cells[move.index] = EMPTY
        self.heights[move.col] = move.row
        self.hash ^= ZOBRIST.keys[move.index][move.player] ^ ZOBRIST.side
        self.to_move = move.player

    def count_dir(self, col, row, dc, dr, player):
        n = 0
        col += dc
        row += dr
        cells = self.cells
        while 0 <= col < COLS and 0 <= row < ROWS and cells[row * COLS + col] == player:
            n += 1
            col += dc
            row += dr
        return n

    def is_win(self, move):
        """Did `move` make four in a row?"""
        for dc, dr in DIRECTIONS:
            n = 1 + self.count_dir(move.col, move.row, dc, dr, move.player)
            n += self.count_dir(move.col, move.row, -dc, -dr, move.player)
            if n >= 4:
                return True
        return False

    def evaluate(self, player):
        """Heuristic score from `player`'s point of view."""
        cells = self.cells
        opponent = other(player)
        score = 0
        for row in range(ROWS):
            c = cells[row * COLS + 3]
            if c == player:
                score += 3
            elif c == opponent:
                score -= 3
        for window in WINDOWS:
            mine = theirs = 0
            for i in window:
                c = cells[i]
                if c == player:
                    mine += 1
                elif c == opponent:
                    theirs += 1
            if theirs == 0:
                if mine == 3:
                    score += 5
                elif mine == 2:
                    score += 2
            elif mine == 0:
                if theirs == 3:
                    score -= 4
                elif theirs == 2:
                    score -= 1
        return score

    def render(self):
        rows = []
        for row in range(ROWS - 1, -1, -1):
            rows.append("".join(".XO"[self.cells[row * COLS + c]] for c in range(COLS)))
        return "\n".join(rows)


class TableEntry:
    __slots__ = ("depth", "value", "flag", "best")

    def __init__(self, depth, value, flag, best):
        self.depth = depth
        self.value = value
        self.flag = flag
        self.best = best


class Searcher:
    def __init__(self, max_depth):
        self.max_depth = max_depth
        self.nodes = 0
        self.table = {}

    def ordered_moves(self, board, first):
        moves = board.legal_moves()
        if first is not None and first in moves:
            moves.remove(first)
            moves.insert(0, first)
        return moves

    def negamax(self, board, depth, alpha, beta, last):
        self.nodes += 1
        if last is not None and board.is_win(last):
            # the player who just moved won: bad for the side to move;
            # a quicker loss is worse
            return -WIN_SCORE - depth
        if board.is_full():
            return 0
        if depth == 0:
            return board.evaluate(board.to_move)
        alpha0 = alpha
        entry = self.table.get(board.hash)
        first = None
        if entry is not None:
            first = entry.best
            if entry.depth >= depth:
                if entry.flag == EXACT:
                    return entry.value
                if entry.flag == LOWER and entry.value > alpha:
                    alpha = entry.value
                elif entry.flag == UPPER and entry.value < beta:
                    beta = entry.value
                if alpha >= beta:
                    return entry.value
        best_value = -WIN_SCORE * 10
        best_move = None
        for col in self.ordered_moves(board, first):
            move = board.play(col)
            value = -self.negamax(board, depth - 1, -beta, -alpha, move)
            board.undo()
            if value > best_value:
                best_value = value
                best_move = col
            if value > alpha:
                alpha = value
            if alpha >= beta:
                break
        if best_value <= alpha0:
            flag = UPPER
        elif best_value >= beta:
            flag = LOWER
        else:
            flag = EXACT
        self.table[board.hash] = TableEntry(depth, best_value, flag, best_move)
        return best_value

    def choose(self, board):
        """Iterative deepening; returns (column, score)."""
        self.table.clear()
        best = None
        score = 0
        for depth in range(1, self.max_depth + 1):
            score = self.negamax(board, depth, -WIN_SCORE * 10, WIN_SCORE * 10, None)
            best = self.table[board.hash].best
            if abs(score) >= WIN_SCORE:
                break
        return best, score


def immediate_win(board):
    """A column that wins at once for the side to move, or None."""
    for col in board.legal_moves():
        move = board.play(col)
        won = board.is_win(move)
        board.undo()
        if won:
            return col
    return None


def play_game(opening, depth):
    board = Board()
    for col in opening:
        board.play(col)
    players = {RED: Searcher(depth), YELLOW: Searcher(depth)}
    # the second player searches one ply less: games are not all draws
    players[YELLOW].max_depth = max(1, depth - 1)
    result = "draw"
    while not board.is_full():
        searcher = players[board.to_move]
        col = immediate_win(board)
        if col is None:
            col, _ = searcher.choose(board)
        move = board.play(col)
        if board.is_win(move):
            result = "XO"[move.player - 1] + " wins"
            break
    moves = "".join(str(m.col) for m in board.history)
    return moves, result, players[RED].nodes, players[YELLOW].nodes, board


def main():
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    openings = [(), (0,), (1, 5), (2, 4), (6, 0, 5), (3, 2, 2), (5, 5, 1)]
    print("depth:", depth)
    total_nodes = 0
    last_board = None
    for opening in openings:
        moves, result, red_nodes, yellow_nodes, board = play_game(opening, depth)
        total_nodes += red_nodes + yellow_nodes
        last_board = board
        print("opening %-9s %-8s %3d moves, nodes %d + %d" % (
            "".join(map(str, opening)) or "-", result, len(moves),
            red_nodes, yellow_nodes))
        print("  " + moves)
    print("total nodes:", total_nodes)
    print(last_board.render())


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
