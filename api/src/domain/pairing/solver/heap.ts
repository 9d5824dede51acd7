/** A binary min-heap of (key, node) with lazy deletion; equal keys pop the lower node first. */
export class NodeHeap {
  private keys = new Float64Array(1024);
  private nodes = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    let at = this.size++;
    const keys = this.keys;
    const nodes = this.nodes;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && nodes[parent]! <= node)) break;
      keys[at] = pk;
      nodes[at] = nodes[parent]!;
      at = parent;
    }
    keys[at] = key;
    nodes[at] = node;
  }

  /** The smallest key; read it with `topKey` before popping. */
  topKey(): number {
    return this.keys[0]!;
  }

  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0]!;
    const size = --this.size;
    if (size === 0) return top;
    const key = keys[size]!;
    const node = nodes[size]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (
        right < size &&
        (keys[right]! < keys[child]! || (keys[right] === keys[child] && nodes[right]! < nodes[child]!))
      ) {
        child = right;
      }
      const ck = keys[child]!;
      if (key < ck || (key === ck && node <= nodes[child]!)) break;
      keys[at] = ck;
      nodes[at] = nodes[child]!;
      at = child;
    }
    keys[at] = key;
    nodes[at] = node;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
