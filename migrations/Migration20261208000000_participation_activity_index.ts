import { Migration } from '@mikro-orm/migrations';

/*
 * participation_activity_id_index duplicated the unique (activity_id, person_id), whose B-tree leads with
 * activity_id and serves every lookup by activity alone as well. Each imported participation paid for
 * both; the unique one stays.
 */
export class Migration20261208000000_participation_activity_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "assistance"."participation_activity_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "participation_activity_id_index" on "assistance"."participation" ("activity_id");`);
  }
}
