import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const DOCS = ['README.md', 'BENCHMARKS.md'];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

function headingsOf(file: string): { titles: string[]; anchors: Set<string> } {
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const titles = [...text.matchAll(/^#{1,4} (.+)$/gm)].map((match) => match[1]!.trim());
  return { titles, anchors: new Set(titles.map(anchorOf)) };
}

/** Markdown links `[text](target)` outside code blocks. */
function linksOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.(ts|mts|js|mjs|yml)$/.test(name) ? [relative] : [];
  });
}

describe('the README and BENCHMARKS.md', () => {
  it.each(DOCS)('%s: every link to a section or a file resolves', (file) => {
    const broken = linksOf(file).filter((target) => {
      if (/^[a-z]+:/.test(target)) return false; // another site
      const [filePart, anchor] = target.split('#');
      const targetFile = filePart ? path.normalize(path.join(path.dirname(file), filePart)) : file;
      try {
        statSync(path.join(ROOT, targetFile));
      } catch {
        return true;
      }
      if (!anchor) return false;
      return !headingsOf(targetFile).anchors.has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it('says "see X" only of a section it has', () => {
    const { titles } = headingsOf('README.md');
    const text = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    // A bare "(see Writes)" or "see Identity and rights" must name a heading; linked ones are checked above.
    const refs = [...text.matchAll(/\bsee ([A-Z][a-z]+(?:[ \n]+(?:and|[A-Z][a-z]+))*)/g)].map((m) =>
      m[1]!.replace(/\s+/g, ' '),
    );
    const missing = refs.filter((ref) => !titles.some((title) => title.toLowerCase().startsWith(ref.toLowerCase())));
    expect(missing).toEqual([]);
  });

  it('has every section the code and configuration refer to as "(README, Section)"', () => {
    const { titles } = headingsOf('README.md');
    const missing = ['src', 'test', 'web', 'migrations', 'codegen.yml']
      .flatMap((entry) => (statSync(path.join(ROOT, entry)).isDirectory() ? sourceFiles(entry) : [entry]))
      .filter((file) => file !== path.join('test', 'readme.test.ts'))
      .flatMap((file) =>
        [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/README, ([A-Z][A-Za-z ]+)\)/g)].map((m) => ({
          file,
          section: m[1]!.trim(),
        })),
      )
      .filter(({ section }) => !titles.some((title) => title.toLowerCase().startsWith(section.toLowerCase())));
    expect(missing).toEqual([]);
  });

  it('keeps measurement logs out of the README (dated runs belong in BENCHMARKS.md)', () => {
    const text = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(text.match(/Last measured|\b20\d\d-\d\d-\d\d, (?:three runs|commit|this 2-core)/g) ?? []).toEqual([]);
  });
});
