import { GraphQLID } from 'graphql';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { Cost, WEIGHTS } from '../demand';
import { LocalDate } from '../scalars';

/*
 * The shared operator inputs every `where` is built from. Operators given together must all hold.
 * They are the same classes in every subgraph, so the supergraph sees one definition of each.
 */

const MAX_LIST = 1000;
export { MAX_LIST as MAX_IN_LIST };

@InputType({ description: 'Conditions on a text field; `contains` and `startsWith` ignore case.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Equal to (case-sensitive).' })
  eq?: string;
  @Field(() => String, { nullable: true, description: 'Not equal to (case-sensitive).' })
  ne?: string;
  @Field(() => [String], { nullable: true, description: `One of these values (at most ${MAX_LIST}).` })
  in?: string[];
  @Field(() => [String], { nullable: true, description: `None of these values (at most ${MAX_LIST}).` })
  notIn?: string[];
  @Cost(WEIGHTS.textMatchPerCharacter)
  @Field(() => String, {
    nullable: true,
    description: `Contains this text, ignoring case (costs ${WEIGHTS.textMatchPerCharacter} per character).`,
  })
  contains?: string;
  @Cost(WEIGHTS.textMatchPerCharacter)
  @Field(() => String, {
    nullable: true,
    description: `Starts with this text, ignoring case (costs ${WEIGHTS.textMatchPerCharacter} per character).`,
  })
  startsWith?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: the field is null; false: it is not.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on an identifier.' })
export class IdFilter {
  @Field(() => GraphQLID, { nullable: true, description: 'Equal to.' })
  eq?: string;
  @Field(() => GraphQLID, { nullable: true, description: 'Not equal to.' })
  ne?: string;
  @Field(() => [GraphQLID], { nullable: true, description: `One of these ids (at most ${MAX_LIST}).` })
  in?: string[];
  @Field(() => [GraphQLID], { nullable: true, description: `None of these ids (at most ${MAX_LIST}).` })
  notIn?: string[];
}

@InputType({ description: 'Conditions on a whole number.' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equal to.' })
  eq?: number;
  @Field(() => Int, { nullable: true, description: 'Not equal to.' })
  ne?: number;
  @Field(() => [Int], { nullable: true, description: `One of these values (at most ${MAX_LIST}).` })
  in?: number[];
  @Field(() => [Int], { nullable: true, description: `None of these values (at most ${MAX_LIST}).` })
  notIn?: number[];
  @Field(() => Int, { nullable: true, description: 'Greater than.' })
  gt?: number;
  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;
  @Field(() => Int, { nullable: true, description: 'Less than.' })
  lt?: number;
  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'true: the field is null; false: it is not.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a calendar date (YYYY-MM-DD).' })
export class DateFilter {
  @Field(() => LocalDate, { nullable: true, description: 'On this day.' })
  eq?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Not on this day.' })
  ne?: string;
  @Field(() => [LocalDate], { nullable: true, description: `On one of these days (at most ${MAX_LIST}).` })
  in?: string[];
  @Field(() => LocalDate, { nullable: true, description: 'After this day.' })
  gt?: string;
  @Field(() => LocalDate, { nullable: true, description: 'On or after this day.' })
  gte?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Before this day.' })
  lt?: string;
  @Field(() => LocalDate, { nullable: true, description: 'On or before this day.' })
  lte?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: the field is null; false: it is not.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a point in time.' })
export class DateTimeFilter {
  @Field(() => Date, { nullable: true, description: 'After this instant.' })
  gt?: Date;
  @Field(() => Date, { nullable: true, description: 'At or after this instant.' })
  gte?: Date;
  @Field(() => Date, { nullable: true, description: 'Before this instant.' })
  lt?: Date;
  @Field(() => Date, { nullable: true, description: 'At or before this instant.' })
  lte?: Date;
}

@InputType({ description: 'Conditions on a yes/no field.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Equal to.' })
  eq?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: the field is null; false: it is not.' })
  isNull?: boolean;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Smallest first (A→Z, oldest first).' },
    DESC: { description: 'Largest first.' },
  },
});

export enum NullsOrder {
  FIRST = 'FIRST',
  LAST = 'LAST',
}
registerEnumType(NullsOrder, {
  name: 'NullsOrder',
  description: 'Where rows with no value go.',
  valuesConfig: {
    FIRST: { description: 'Before every value.' },
    LAST: { description: 'After every value (the default for ASC; FIRST is the default for DESC).' },
  },
});
