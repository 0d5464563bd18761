import { Migration } from '@mikro-orm/migrations';
import { NAMED_TABLES } from './Migration20261122160500_search_trigram_indexes';

/*
 * Search for Chinese text of one or two characters: a trigram needs three, so the trigram indexes
 * cannot serve it and PostgreSQL scanned whole tables. A GIN index on each Chinese name's characters
 * (`string_to_array(name_zh, NULL)`, built in and immutable, cheap even when a scan evaluates it per
 * row) finds the names holding every character of the text; LIKE then checks they stand together.
 */

export class Migration20261122173000_chinese_name_characters_index extends Migration {
  override async up(): Promise<void> {
    for (const table of NAMED_TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      this.addSql(
        `create index "${name}_name_zh_chars_idx" on "${schema}"."${name}" using gin ((string_to_array(name_zh, NULL)));`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of NAMED_TABLES) {
      const [schema, name] = table.split('.') as [string, string];
      this.addSql(`drop index if exists "${schema}"."${name}_name_zh_chars_idx";`);
    }
  }
}
