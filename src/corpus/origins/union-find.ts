/** Disjoint sets over non-negative integers (grown on first use), with path halving and union by size. */
export class UnionFind {
  private readonly parent: number[] = [];
  private readonly size: number[] = [];

  private grow(x: number): void {
    for (let i = this.parent.length; i <= x; i++) {
      this.parent.push(i);
      this.size.push(1);
    }
  }

  find(x: number): number {
    if (x >= this.parent.length) this.grow(x);
    while (this.parent[x] !== x) {
      const up = this.parent[this.parent[x]!]!;
      this.parent[x] = up;
      x = up;
    }
    return x;
  }

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = this.size[ra]! + this.size[rb]!;
  }
}
