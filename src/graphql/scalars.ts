import { LocalDateResolver } from 'graphql-scalars';

/** Calendar dates (`YYYY-MM-DD`, PostgreSQL `date`), kept as strings end to end so no time zone shifts them. */
export const LocalDate = LocalDateResolver;
