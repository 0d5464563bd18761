import { Migration } from '@mikro-orm/migrations';

/*
 * Keyset pages of lists sorted by the Chinese name: a B-tree on (name_zh, id), the order such a list is
 * in (ties broken by id), replacing the one on name_zh alone where there was one. A page is read from
 * it in order, without sorting, and a deep page seeks straight to its cursor, `(name_zh, id) > ($1, $2)`
 * (src/graphql/listing/keyset.ts): with name_zh alone, PostgreSQL read every row of the name after the
 * cursor's and sorted them, or, in a prepared statement's generic plan, every row matching the filter.
 */
const TABLES = [
  { table: 'directory.province', replaces: 'province_name_zh_idx' },
  { table: 'directory.prefecture', replaces: 'prefecture_name_zh_idx' },
  { table: 'directory.county', replaces: 'county_name_zh_idx' },
  { table: 'directory.school', replaces: 'school_name_zh_idx' },
  { table: 'directory.university', replaces: 'university_name_zh_idx' },
  { table: 'directory.education_bureau', replaces: 'education_bureau_name_zh_idx' },
  { table: 'directory.agency', replaces: 'agency_name_zh_idx' },
  { table: 'people.person', replaces: 'person_name_zh_idx' },
  { table: 'assistance.program', replaces: 'program_name_zh_idx' },
  { table: 'assistance.event' },
  { table: 'assistance.committee' },
  { table: 'assistance.practice' },
];

export class Migration20261207150000_name_keyset_indexes extends Migration {
  override async up(): Promise<void> {
    for (const { table, replaces } of TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      this.addSql(`create index "${name}_name_zh_id_idx" on "${schema}"."${name}" ("name_zh", "id");`);
      if (replaces) this.addSql(`drop index "${schema}"."${replaces}";`);
    }
  }

  override async down(): Promise<void> {
    for (const { table, replaces } of TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      this.addSql(`drop index "${schema}"."${name}_name_zh_id_idx";`);
      if (replaces) this.addSql(`create index "${replaces}" on "${schema}"."${name}" ("name_zh");`);
    }
  }
}
