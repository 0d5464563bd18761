import { Migration } from '@mikro-orm/migrations';
import { NAMED_TABLES } from './Migration20261122160500_search_trigram_indexes';

/*
 * Bounded search at any data size: a B-tree on (length, name byte-wise) for each compared name
 * expression. `search` takes the names starting with a text shortest first, by seeking each length
 * (skip scan), and reads the names containing a common text ("wang", 中学) in that order, stopping at
 * the page size instead of ranking every match. The expressions must stay identical to the ones in
 * src/db/name-indexes.ts.
 */
const EXPRESSIONS = [
  { suffix: 'name_zh_length_idx', expression: 'name_zh' },
  { suffix: 'name_en_length_idx', expression: 'lower(name_en)' },
  { suffix: 'name_en_compact_length_idx', expression: "regexp_replace(lower(name_en), '[^a-z0-9]', '', 'g')" },
];

export class Migration20261122200000_name_length_indexes extends Migration {
  override async up(): Promise<void> {
    for (const table of NAMED_TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      for (const { suffix, expression } of EXPRESSIONS) {
        this.addSql(
          `create index "${name}_${suffix}" on "${schema}"."${name}" (length(${expression}), (${expression}) collate "C");`,
        );
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of NAMED_TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      for (const { suffix } of EXPRESSIONS) this.addSql(`drop index if exists "${schema}"."${name}_${suffix}";`);
    }
  }
}
