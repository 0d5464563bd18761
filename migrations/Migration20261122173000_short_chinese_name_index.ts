import { Migration } from '@mikro-orm/migrations';

/*
 * Search for Chinese text of one or two characters: a trigram needs three, so the trigram indexes
 * cannot serve it and PostgreSQL scanned whole tables. `name_grams` returns a name's characters and
 * character pairs; a GIN index on it answers `name_grams(name_zh) @> array[text]` (the name contains
 * the text) from the index.
 */
const NAMED_TABLES = [
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

export class Migration20261122173000_short_chinese_name_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function public.name_grams(name text) returns text[]
      language sql immutable strict parallel safe as $$
        select coalesce(array_agg(distinct gram), '{}') from (
          select substr(name, i, 1) as gram from generate_series(1, char_length(name)) as i
          union all
          select substr(name, i, 2) from generate_series(1, char_length(name) - 1) as i
        ) as grams
      $$;`);
    for (const table of NAMED_TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      this.addSql(`create index "${name}_name_zh_grams_idx" on "${schema}"."${name}" using gin (public.name_grams(name_zh));`);
    }
  }

  override async down(): Promise<void> {
    for (const table of NAMED_TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      this.addSql(`drop index if exists "${schema}"."${name}_name_zh_grams_idx";`);
    }
    this.addSql('drop function if exists public.name_grams(text);');
  }
}
