import { FieldResolver, Resolver, Root } from 'type-graphql';
import { entityQueries } from '../../../graphql/entity-queries';
import { reference } from '../../../graphql/lookup';
import { SchoolReference } from '../references';
import { SchoolMetric } from './school-metric.entity';
import { SchoolMetricListing } from '../listings';

@Resolver(() => SchoolMetric)
export class SchoolMetricResolver extends entityQueries(SchoolMetric, {
  listing: SchoolMetricListing,
  one: 'schoolMetric',
  many: 'schoolMetrics',
  what: 'school metric',
}) {
  @FieldResolver(() => SchoolReference, { description: 'The school the figures are for.' })
  school(@Root() metric: SchoolMetric) {
    return reference(metric.school);
  }
}
