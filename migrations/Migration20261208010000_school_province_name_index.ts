import { Migration } from '@mikro-orm/migrations';

/*
 * A province's schools sorted by the Chinese name: a B-tree on (province_id, name_zh, id) replacing the
 * one on province_id alone. The list's `province: { code: { eq: $1 } }` is compiled as
 * `province_id = (select id … where code = $1)` (src/graphql/listing/where-sql.ts), so a page is read
 * from this index in order, with no sort; lookups by the foreign key alone use its first column.
 */
export class Migration20261208010000_school_province_name_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "school_province_id_name_zh_id_idx" on "directory"."school" ("province_id", "name_zh", "id");`,
    );
    this.addSql(`drop index "directory"."school_province_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "school_province_id_index" on "directory"."school" ("province_id");`);
    this.addSql(`drop index "directory"."school_province_id_name_zh_id_idx";`);
  }
}
