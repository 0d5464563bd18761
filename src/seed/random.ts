/**
 * Deterministic randomness for the seed: a small seeded PRNG (sfc32 seeded through cyrb128),
 * independent named sub-streams, and UUIDv7-shaped ids whose time part is a fixed epoch plus a
 * counter, so that ids are identical on every run and time-ordered in insertion order.
 */
import { v7 as uuidv7 } from 'uuid';

/** The seed every stream derives from; change it and every synthetic value changes. */
export const SEED = 'assistance-graph-seed-v1';

/** Time part of the first id (2024-01-01T00:00:00Z); each further id adds one millisecond. */
export const FIXED_EPOCH_MS = Date.UTC(2024, 0, 1);

/** cyrb128: hashes a string into four 32-bit words (a seed for sfc32). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A seeded pseudo-random generator (sfc32). Not for cryptography. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    // Discard the first outputs: sfc32 mixes slowly from a fresh state.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream named `label` under this one's seed (draws here do not shift it). */
  fork(label: string | number): Rng {
    return new Rng(`${this.seed}/${label}`);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Uniform in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight (weights need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** `k` distinct items in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    if (k > items.length) throw new Error(`cannot sample ${k} of ${items.length}`);
    return this.shuffle(items).slice(0, k);
  }

  /** 16 random bytes (the random part of an id). */
  bytes16(): Uint8Array {
    const out = new Uint8Array(16);
    for (let i = 0; i < 16; i += 4) {
      const v = this.uint32();
      out[i] = v & 0xff;
      out[i + 1] = (v >>> 8) & 0xff;
      out[i + 2] = (v >>> 16) & 0xff;
      out[i + 3] = v >>> 24;
    }
    return out;
  }
}

/**
 * Makes UUIDv7 ids: time = FIXED_EPOCH_MS + a counter, random part from a dedicated stream. Ids
 * made later sort after ids made earlier, so inserting rows in creation order keeps each table's
 * ids ascending.
 */
export class IdFactory {
  private counter = 0;
  private readonly rng: Rng;

  constructor(seed: string = SEED) {
    this.rng = new Rng(`${seed}/ids`);
  }

  next(): string {
    return uuidv7({ msecs: FIXED_EPOCH_MS + this.counter++, random: this.rng.bytes16() });
  }

  get issued(): number {
    return this.counter;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers on ISO dates ('YYYY-MM-DD'), all in UTC so that no time zone can shift a day.

const DAY_MS = 86_400_000;

export function toIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoToMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(isoToMs(iso) + days * DAY_MS);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((isoToMs(b) - isoToMs(a)) / DAY_MS);
}

/** A uniformly random date in [from, to]. */
export function dateBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, daysBetween(from, to)));
}

/** The date itself when a weekday, else the following Monday. */
export function weekday(iso: string): string {
  const dow = new Date(isoToMs(iso)).getUTCDay();
  return dow === 6 ? addDays(iso, 2) : dow === 0 ? addDays(iso, 1) : iso;
}

/** A random weekday in [from, to] (may move up to two days past `to` when it falls on a weekend). */
export function weekdayBetween(rng: Rng, from: string, to: string): string {
  return weekday(dateBetween(rng, from, to));
}

/**
 * Splits `total` into `parts` integers within [min, max] summing exactly to `total`, at random
 * (deterministically). Throws when impossible.
 */
export function splitTotal(rng: Rng, total: number, parts: number, min: number, max: number): number[] {
  if (parts * min > total || parts * max < total) {
    throw new Error(`cannot split ${total} into ${parts} parts within [${min}, ${max}]`);
  }
  const out = Array.from({ length: parts }, () => rng.int(min, max));
  let sum = out.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = rng.int(0, parts - 1);
    if (sum < total && out[i]! < max) {
      out[i]! += 1;
      sum += 1;
    } else if (sum > total && out[i]! > min) {
      out[i]! -= 1;
      sum -= 1;
    }
  }
  return out;
}

/** Chinese numeral for 1–9999 as used in school names (第二, 第十二, 第一百零三). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new Error(`unsupported numeral ${n}`);
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千'];
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i]!;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += '零';
    zero = false;
    out += digits[d]! + unit;
  }
  // 一十二 → 十二 for 10–19.
  return out.startsWith('一十') ? out.slice(1) : out;
}
