/** A map that forgets its least recently set entries beyond `limit`: the engine results' cache. */
export class Lru<V> extends Map<string, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: string, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.limit) super.delete(this.keys().next().value as string);
    return this;
  }
}
