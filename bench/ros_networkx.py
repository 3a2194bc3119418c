#!/usr/bin/env python3
"""NetworkX on the graph ros_bench wrote: the same questions (which services go down when
one node fails: the ancestors of that node), timed, and checked against beredt's answers.
usage: ros_networkx.py DIR [RANKING_SECONDS]"""
import sys
import time

import networkx as nx

d = sys.argv[1]
budget = float(sys.argv[2]) if len(sys.argv) > 2 else 600
with open(f"{d}/graph.txt") as f:
    n, m = map(int, f.readline().split())
    service = [f.readline().strip() == "1" for _ in range(n)]
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from(tuple(map(int, f.readline().split())) for _ in range(m))
lines = open(f"{d}/answers.txt").read().split("\n")
sample = [tuple(map(int, l.split())) for l in lines[:1000]]
rank_b = float(lines[1000].split()[1])
rank_cb = [int(x) for x in lines[1001:1001 + n]]
mb, pb = map(float, lines[1001 + n].split()[1:])

times, diff = [], 0
for v, want in sample:
    t0 = time.perf_counter()
    c = sum(1 for u in nx.ancestors(G, v) if service[u])
    times.append(time.perf_counter() - t0)
    diff += c != want
times.sort()
mx, px = times[len(times) // 2] * 1e6, times[int(len(times) * 0.99)] * 1e6
t0 = time.perf_counter()
done = rdiff = 0
for v in range(n):
    if service[v]:
        continue
    c = sum(1 for u in nx.ancestors(G, v) if service[u])
    rdiff += c != rank_cb[v]
    done += 1
    if time.perf_counter() - t0 > budget:
        break
rank_x = time.perf_counter() - t0
total = sum(1 for s in service if not s)
print(f"\n{'':34} {'beredt':>14} {'NetworkX':>14} {'ratio':>8}")
print(f"{'one failure: median':34} {mb:12.1f} us {mx:12.1f} us {mb / mx:8.3f}")
print(f"{'one failure: p99':34} {pb:12.1f} us {px:12.1f} us {pb / px:8.3f}")
if done == total:
    print(f"{'full single-point-of-failure ranking':34} {rank_b:12.2f} s  {rank_x:12.2f} s  {rank_b / rank_x:8.3f}")
else:
    est = rank_x * total / done
    print(f"{'full ranking (NetworkX extrapolated)':34} {rank_b:12.2f} s  {est:12.0f} s  {rank_b / est:8.4f}"
          f"   ({done} of {total} nodes in {rank_x:.0f} s)")
print(f"answers: {diff} of {len(sample)} single queries and {rdiff} of {done} ranking entries differ between beredt and NetworkX")
sys.exit(1 if diff or rdiff else 0)
