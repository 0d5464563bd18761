import { registerEnumType } from 'type-graphql';

/** Where a row's facts come from. */
export enum Provenance {
  SOURCE_DOCUMENT = 'SOURCE_DOCUMENT',
  PUBLIC_REGISTRY = 'PUBLIC_REGISTRY',
  SYNTHETIC = 'SYNTHETIC',
  RECORDED = 'RECORDED',
}

registerEnumType(Provenance, {
  name: 'Provenance',
  description: 'Where the facts of a record come from.',
  valuesConfig: {
    SOURCE_DOCUMENT: {
      description: 'Stated in one of the seed documents (press releases); `sourceDocument` names it.',
    },
    PUBLIC_REGISTRY: {
      description:
        'A real public fact taken from a maintained registry (GB/T 2260 division codes, the ministry list of institutions); `sourceDocument` names the registry.',
    },
    SYNTHETIC: {
      description:
        'Generated deterministically by the seed generator where the documents give no detail (individual teachers, activity dates, metrics).',
    },
    RECORDED: {
      description:
        'Recorded through the API (a mutation) by a partner system or the ministry; the audit trail (`history`) says who and when.',
    },
  },
});
