import type { EntityClass } from '@mikro-orm/core';
import { createUnionType, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Committee } from '../committee/committee.entity';
import { Event } from '../event/event.entity';
import { Practice } from '../guidance/guidance.entity';
import { Program } from '../program/program.entity';
import {
  AgencyReference,
  CountyReference,
  EducationBureauReference,
  PersonReference,
  PrefectureReference,
  ProvinceReference,
  SchoolReference,
  UniversityReference,
} from '../references';

export enum SearchType {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
  SCHOOL = 'SCHOOL',
  UNIVERSITY = 'UNIVERSITY',
  EDUCATION_BUREAU = 'EDUCATION_BUREAU',
  AGENCY = 'AGENCY',
  PERSON = 'PERSON',
  PROGRAM = 'PROGRAM',
  EVENT = 'EVENT',
  COMMITTEE = 'COMMITTEE',
  PRACTICE = 'PRACTICE',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of named record that `search` looks through.',
  valuesConfig: {
    PROVINCE: { description: 'Provinces, autonomous regions, municipalities and the Corps.' },
    PREFECTURE: { description: 'Prefecture-level divisions.' },
    COUNTY: { description: 'County-level divisions.' },
    SCHOOL: { description: 'Schools.' },
    UNIVERSITY: { description: 'Universities.' },
    EDUCATION_BUREAU: { description: 'Local education bureaus.' },
    AGENCY: { description: 'Ministry agencies and offices.' },
    PERSON: { description: 'People.' },
    PROGRAM: { description: 'Ministry programmes.' },
    EVENT: { description: 'Conferences, seminars, symposia and other events.' },
    COMMITTEE: { description: 'Expert committees.' },
    PRACTICE: { description: 'Good practice (tracking and guidance), by its names.' },
  },
});

/** Records of other subgraphs come back as their key (`{ __typename, id }`); the gateway fetches their fields from the owner. */
export interface SearchReference {
  __typename: string;
  id: string;
}

/** The assistance subgraph's own searchable types: `node` returns them as loaded records, by type name. */
export const OWNED_SEARCH_TYPES: Record<string, EntityClass<object>> = { Program, Event, Committee, Practice };

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A record `search` can find: any of the named entity types.',
  types: () =>
    [
      ProvinceReference,
      PrefectureReference,
      CountyReference,
      SchoolReference,
      UniversityReference,
      EducationBureauReference,
      AgencyReference,
      PersonReference,
      Program,
      Event,
      Committee,
      Practice,
    ] as const,
  // References carry their type name; the assistance subgraph's own records are loaded entities.
  resolveType: (value) => {
    if ('__typename' in value && typeof value.__typename === 'string') return value.__typename;
    return Object.entries(OWNED_SEARCH_TYPES).find(([, entity]) => value instanceof entity)?.[0];
  },
});

@ObjectType({ description: 'One record found by `search`, with how well it matched.' })
export class SearchHit {
  @Field(() => Float, {
    description:
      'Relevance, higher is better: 4 when the name equals the text; 2 to 3 when it starts with the text; 1 to 2 ' +
      'when it contains the text; 0.6 to 1 when it is only similar (trigram word similarity). When it starts ' +
      'with or contains the text, the fraction is the share of the name the text covers: shorter names score higher.',
  })
  score!: number;

  @Field({
    description:
      'The name that matched: the Chinese name for text with Chinese characters, else the English (pinyin) name.',
  })
  matchedName!: string;

  /** The GraphQL type of the record found (not a field: `node` carries it). */
  type!: string;

  /** The id of the record found (not a field: `node` carries it). */
  id!: string;
}
