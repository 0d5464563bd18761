import { Entity, Enum, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { Gender } from '../enums';

@ObjectType({ description: 'A person: an official, a principal, a teacher, a university expert.' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'people' })
@NameSearchIndexes('people', 'person')
export class Person extends BaseEntity {
  // Nullable in the API: a caller who may not read it gets null and an error (graphql/auth/rules.ts).
  @Field(() => String, { nullable: true, description: 'Name in Chinese characters, e.g. 王嘉毅.' })
  @Property()
  nameZh!: string;

  @Field(() => String, { nullable: true, description: 'Name in pinyin, family name first, e.g. Wang Jiayi.' })
  @Property()
  nameEn!: string;

  @Field(() => Gender, { nullable: true, description: 'Gender, where recorded.' })
  @Enum({ items: () => Gender, nullable: true })
  gender?: Gender;

  @Field(() => Int, { nullable: true, description: 'Year of birth, where recorded.' })
  @Property({ nullable: true })
  birthYear?: number;

  @Field(() => String, { nullable: true, description: 'Teaching subject, for teachers.' })
  @Property({ nullable: true })
  subject?: string;
}
