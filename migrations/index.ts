import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122153227_initial } from './Migration20261122153227_initial';

/** Every migration in order. `npm run migration:create` rewrites this file. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122153227_initial', class: Migration20261122153227_initial },
];
