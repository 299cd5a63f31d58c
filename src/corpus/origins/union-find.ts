/** Disjoint sets over small integers, with path halving and union by size. */
export class UnionFind {
  private readonly parent: number[] = [];
  private readonly size: number[] = [];

  /** Adds a singleton set and returns its element. */
  make(): number {
    const x = this.parent.length;
    this.parent.push(x);
    this.size.push(1);
    return x;
  }

  find(x: number): number {
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
