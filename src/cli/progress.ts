/*
 * Progress of a long command on stderr (npm run seed, npm run import): on a terminal, one line redrawn
 * in place (a bar, the percentage, the rows done of the total, rows/s and a label), at most ten times a
 * second; otherwise (a pipe, a log file, CI) plain lines, written by the caller when a step finishes.
 */

export const formatInt = (n: number): string => Math.round(n).toLocaleString('en-US');

export interface ProgressLine {
  /** Whether the line is drawn (stderr is a terminal); otherwise the caller writes plain lines. */
  readonly tty: boolean;
  /** Redraws the bar (throttled unless `force`). */
  draw(done: number, total: number, label: string, force?: boolean): void;
  /** Ends the line, if one was drawn. */
  end(): void;
}

export function progressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  const tty = stream.isTTY === true;
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    tty,
    draw(done, total, label, force = false) {
      if (!tty) return;
      const now = performance.now();
      if (!force && now - lastDraw < 100) return;
      lastDraw = now;
      const ratio = total === 0 ? 1 : Math.min(1, done / total);
      const width = 30;
      const filled = Math.round(ratio * width);
      const rate = done / Math.max((now - started) / 1000, 0.001);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${formatInt(done)}/${formatInt(total)} rows  ${formatInt(rate)} rows/s  ${label}`;
      const columns = stream.columns ?? 120;
      stream.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length + 10))}`);
      drawn = true;
    },
    end() {
      if (tty && drawn) stream.write('\n');
      drawn = false;
    },
  };
}
