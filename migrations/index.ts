import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122153227_initial } from './Migration20261122153227_initial';
import { Migration20261122160500_search_trigram_indexes } from './Migration20261122160500_search_trigram_indexes';
import { Migration20261122173000_chinese_name_characters_index } from './Migration20261122173000_chinese_name_characters_index';
import { Migration20261122200000_name_length_indexes } from './Migration20261122200000_name_length_indexes';
import { Migration20261201000000_writes } from './Migration20261201000000_writes';
import { Migration20261201100000_tracking } from './Migration20261201100000_tracking';
import { Migration20261201110000_guidance } from './Migration20261201110000_guidance';
import { Migration20261207090000_shared_cost_budget } from './Migration20261207090000_shared_cost_budget';
import { Migration20261207100000_feed } from './Migration20261207100000_feed';
import { Migration20261207110000_webhooks } from './Migration20261207110000_webhooks';
import { Migration20261207120000_change_counts } from './Migration20261207120000_change_counts';
import { Migration20261207150000_name_keyset_indexes } from './Migration20261207150000_name_keyset_indexes';
import { Migration20261208000000_participation_activity_index } from './Migration20261208000000_participation_activity_index';
import { Migration20261208010000_school_province_name_index } from './Migration20261208010000_school_province_name_index';

/** Every migration in order. `npm run migration:create` rewrites this file. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122153227_initial', class: Migration20261122153227_initial },
  { name: 'Migration20261122160500_search_trigram_indexes', class: Migration20261122160500_search_trigram_indexes },
  {
    name: 'Migration20261122173000_chinese_name_characters_index',
    class: Migration20261122173000_chinese_name_characters_index,
  },
  { name: 'Migration20261122200000_name_length_indexes', class: Migration20261122200000_name_length_indexes },
  { name: 'Migration20261201000000_writes', class: Migration20261201000000_writes },
  { name: 'Migration20261201100000_tracking', class: Migration20261201100000_tracking },
  { name: 'Migration20261201110000_guidance', class: Migration20261201110000_guidance },
  { name: 'Migration20261207090000_shared_cost_budget', class: Migration20261207090000_shared_cost_budget },
  { name: 'Migration20261207100000_feed', class: Migration20261207100000_feed },
  { name: 'Migration20261207110000_webhooks', class: Migration20261207110000_webhooks },
  { name: 'Migration20261207120000_change_counts', class: Migration20261207120000_change_counts },
  { name: 'Migration20261207150000_name_keyset_indexes', class: Migration20261207150000_name_keyset_indexes },
  {
    name: 'Migration20261208000000_participation_activity_index',
    class: Migration20261208000000_participation_activity_index,
  },
  {
    name: 'Migration20261208010000_school_province_name_index',
    class: Migration20261208010000_school_province_name_index,
  },
];
