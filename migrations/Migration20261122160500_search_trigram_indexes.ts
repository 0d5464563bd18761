import { Migration } from '@mikro-orm/migrations';

/*
 * Trigram (pg_trgm) indexes for the `search` field: on every named table, GIN indexes on the Chinese
 * name, the lower-cased English/pinyin name and its compact form (lower case, letters and digits only,
 * so "wangjiayi" finds "Wang Jiayi"). The expressions must stay identical to the ones in
 * src/subgraphs/assistance/search/search.sql.ts, or the planner cannot use them.
 */
export const NAMED_TABLES = [
  'directory.province',
  'directory.prefecture',
  'directory.county',
  'directory.school',
  'directory.university',
  'directory.education_bureau',
  'directory.agency',
  'people.person',
  'assistance.program',
  'assistance.event',
  'assistance.committee',
];

const INDEXES = [
  { suffix: 'name_zh_trgm_idx', expression: 'name_zh' },
  { suffix: 'name_en_trgm_idx', expression: '(lower(name_en))' },
  { suffix: 'name_en_compact_trgm_idx', expression: "(regexp_replace(lower(name_en), '[^a-z0-9]', '', 'g'))" },
];

export class Migration20261122160500_search_trigram_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');
    for (const table of NAMED_TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      for (const index of INDEXES) {
        this.addSql(
          `create index "${name}_${index.suffix}" on "${schema}"."${name}" using gin (${index.expression} gin_trgm_ops);`,
        );
      }
    }
  }

  override async down(): Promise<void> {
    // The extension stays: other objects may have come to depend on it.
    for (const table of NAMED_TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      for (const index of INDEXES) this.addSql(`drop index if exists "${schema}"."${name}_${index.suffix}";`);
    }
  }
}
