import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { assertObjectType, type GraphQLSchema } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildAllSubgraphs } from '../../src/gateway/subgraphs';
import { declarePolicy, mergePolicies, type MergedPolicy } from '../../src/graphql/auth/policy';
import { describedWrites, writeRights } from '../../src/graphql/mutations/described';
import { rolesAllowed, type WriteAction } from '../../src/graphql/mutations/rights';
import { declaredRules, declareWrites } from '../../src/graphql/mutations/writes';
import { assistancePolicy } from '../../src/subgraphs/assistance/policy';
import { directoryPolicy } from '../../src/subgraphs/directory/policy';
import { peoplePolicy } from '../../src/subgraphs/people/policy';
import { POLICY } from '../../src/subgraphs';

/*
 * Rights in words are generated from the policy's tables (issue 22.4): every mutation that writes
 * records states who may make it, and the words follow the rules: a rule changed is a description
 * changed. The engine (src/graphql/) names no table of the subgraphs.
 */

/** Mutations that write no record under write rules: webhooks (the caller's own endpoints) and the import (per kind, as each kind's mutation). */
const NOT_RECORD_WRITES = new Set(['registerWebhook', 'deleteWebhook', 'redeliverWebhook', 'importRecords']);

let schemas: GraphQLSchema[];

beforeAll(async () => {
  schemas = (await buildAllSubgraphs()).map((subgraph) => subgraph.schema);
});

afterEach(() => declarePolicy(POLICY));

const mutationFields = () =>
  schemas.flatMap((schema) => {
    const type = schema.getMutationType();
    return type ? Object.values(assertObjectType(type).getFields()) : [];
  });

describe('rights in words', () => {
  it('every mutation that writes records states the rights its rules give, and no other mutation is left out', () => {
    const fields = mutationFields();
    expect(fields.length).toBeGreaterThan(30);
    for (const field of fields) {
      if (NOT_RECORD_WRITES.has(field.name)) continue;
      const words = writeRights(field.name);
      expect(words, `${field.name} declares no write (describeWrite or recordMutations)`).toBeDefined();
      expect(field.description, field.name).toContain(words!);
      // Stated once: no hand-written rights left beside the generated ones.
      expect(field.description!.split('Rights:').length, field.name).toBe(2);
    }
  });

  it('names exactly the organisation roles the rules let write', () => {
    for (const [name, write] of describedWrites()) {
      const words = writeRights(name)!;
      const allowed = write.ministryOnly ? [] : rolesAllowed(declaredRules(write.entity)!, write.action as WriteAction);
      for (const role of ['university', 'county', 'committee'] as const) {
        const named = new RegExp(`(; a |; a \\w+ or |, )${role}\\b`).test(words);
        expect(named, `${name}: ${role} in "${words}"`).toBe(allowed.includes(role));
      }
      expect(words.startsWith('Rights: ministry_admin'), name).toBe(true);
    }
  });

  it('reads as before for the writes of a university, a county and anyone', () => {
    expect(writeRights('createActivity')).toBe(
      'Rights: ministry_admin; a university for its own partnerships, naming only people in its reach (Person.gender says who). For an activity of no partnership or naming a committee, ministry_admin only.',
    );
    expect(writeRights('createAttendance')).toBe(
      'Rights: ministry_admin; a university for itself, the schools its partnerships cover and the people in its reach (Person.gender says who); a county for its schools and the people in its reach.',
    );
    expect(writeRights('createPerson')).toBe('Rights: ministry_admin, university, county, committee.');
    expect(writeRights('updatePerson')).toBe(
      'Rights: ministry_admin; a university or county for the people in its reach (Person.gender says who).',
    );
    expect(writeRights('createAppointment')).toBe(
      'Rights: ministry_admin; a university for itself and the schools its partnerships cover, naming only people in its reach (Person.gender says who); a county for its schools, naming only people in its reach.',
    );
    expect(writeRights('createProgram')).toBe('Rights: ministry_admin.');
  });

  it('follows the rules: a scope removed from the policy is a role gone from the description', () => {
    expect(writeRights('createSchoolMetric')).toContain('a county for its own schools');
    const anchors = Object.fromEntries(
      Object.entries(directoryPolicy.anchors!).filter(([kind]) => kind !== 'schoolFigures'),
    );
    const changed: MergedPolicy = mergePolicies({
      directory: { ...directoryPolicy, anchors },
      people: peoplePolicy,
      assistance: assistancePolicy,
    });
    declarePolicy(changed);
    expect(writeRights('createSchoolMetric')).toBe('Rights: ministry_admin.');
    // And a scope's words are the description's.
    declarePolicy(
      mergePolicies({
        directory: {
          ...directoryPolicy,
          anchors: {
            ...anchors,
            schoolFigures: {
              county: { ...directoryPolicy.anchors!.schoolFigures!.county!, summary: 'for probe schools' },
            },
          },
        },
        people: peoplePolicy,
        assistance: assistancePolicy,
      }),
    );
    expect(writeRights('createSchoolMetric')).toBe('Rights: ministry_admin; a county for probe schools.');
  });

  it('a row hung off a kind its rules do not declare is an error, so the words cannot fall behind the rule', () => {
    class Probe {}
    declareWrites(Probe, { hangs: ['partnership'], anchor: (row) => ({ kind: String(row.kind), id: 'x' }) });
    expect(declaredRules(Probe)!.anchor({ kind: 'partnership' })).toEqual([{ kind: 'partnership', id: 'x' }]);
    expect(() => declaredRules(Probe)!.anchor({ kind: 'university' })).toThrow(/do not declare/);
  });

  it('a rule declared by two subgraphs is refused (each rule has one owner)', () => {
    expect(() => mergePolicies({ a: directoryPolicy, b: directoryPolicy })).toThrow(/declared twice/);
  });
});

describe('the engine apart from policy', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
    });

  it('src/graphql/ names no table of the subgraphs in SQL', () => {
    const table = /\b(from|join|into|update)\s+"?(directory|people|assistance)"?\./i;
    const offending = files(path.join(__dirname, '../../src/graphql')).filter((file) =>
      table.test(readFileSync(file, 'utf8')),
    );
    expect(offending).toEqual([]);
  });
});
