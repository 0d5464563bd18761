import type { ToMany } from '../graphql/listing/listing';
import type { BaseEntity } from '../db/base.entity';

/*
 * The relations that cross subgraphs, declared once, by foreign key. A subgraph's tables point at
 * another's rows through real foreign keys (assistance → directory, assistance → people, people →
 * directory); the owner of the column declares the many-to-one on its entity by the target's entity
 * name (`@ManyToOne('School')`), with no import of the target's class. The way back, "schools with
 * some activity", is a filter over the child's table through that column, listed here and nowhere
 * else: the parent's listing spreads its entry into `toMany`, and where-sql.ts renders it as
 * `id in (select <column> from <child table> where …)`.
 *
 * Who answers each: the subgraph whose list the `where` belongs to (the parent's: directory answers
 * `schools(where: { activities: … })`), reading the child's table by the child's foreign key, a
 * read-only cross-schema query. The child's type (`ActivityWhere`) stays the child subgraph's listing,
 * found by name at schema build, so every process that builds a subgraph registers every listing
 * (src/subgraphs/index.ts).
 */
export const CROSS_LINKS = {
  School: {
    /** people.appointment.school_id */
    appointments: { type: 'Appointment', foreignKey: 'school' },
    /** assistance.activity.school_id */
    activities: { type: 'Activity', foreignKey: 'school' },
    /** assistance.school_metric.school_id */
    metrics: { type: 'SchoolMetric', foreignKey: 'school' },
  },
  County: {
    /** assistance.partnership.county_id */
    partnerships: { type: 'Partnership', foreignKey: 'county' },
    /** assistance.activity.county_id */
    activities: { type: 'Activity', foreignKey: 'county' },
  },
  University: {
    /** assistance.partnership.university_id */
    partnerships: { type: 'Partnership', foreignKey: 'university' },
    /** assistance.activity.university_id */
    activities: { type: 'Activity', foreignKey: 'university' },
  },
  Person: {
    /** assistance.participation.person_id */
    participations: { type: 'Participation', foreignKey: 'person' },
  },
} as const satisfies Record<string, Record<string, ToMany>>;

/**
 * The type of a many-to-one to a record another subgraph owns (`Ref<OwnedElsewhere>` with
 * `@ManyToOne('School', …)`): its id is all this side reads, so its class is never imported.
 */
export type OwnedElsewhere = BaseEntity;
