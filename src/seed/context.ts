/**
 * State shared by the seed generators: where rows go, the id factory, the root random stream and
 * the directory index (ids of the reference rows by their codes).
 */
import { Provenance } from '../db/provenance';
import type { CountyRef, PrefectureRef, ProvinceRef } from './reference/divisions';
import type { UniversityRef } from './reference/universities';
import type { IdFactory, Rng } from './random';
import type { Sink } from './writer';

export interface Placed<T> {
  id: string;
  ref: T;
}

export interface UniversityEntry extends Placed<UniversityRef> {
  /** The affiliated high school's School id, where the university has one. */
  highSchool?: { id: string; nameZh: string; nameEn: string };
}

export interface DirectoryIndex {
  provinces: Map<string, Placed<ProvinceRef>>;
  prefectures: Map<string, Placed<PrefectureRef>>;
  counties: Map<string, Placed<CountyRef>>;
  /** County codes by province code, in code order. */
  countiesByProvince: Map<string, CountyRef[]>;
  /** The 160 key rural-revitalization counties, in code order. */
  keyCounties: CountyRef[];
  universities: UniversityEntry[];
  /** Agency ids by code (MOE, MOE-GENERAL-OFFICE, NAEA, the departments). */
  agencies: Map<string, string>;
  /** Education bureau ids by code (six-digit division code). */
  bureaus: Map<string, string>;
}

export interface SeedContext {
  sink: Sink;
  ids: IdFactory;
  rng: Rng;
  dir: DirectoryIndex;
  /** Next school-code sequence number per county code (codes must stay unique). */
  schoolSeq: Map<string, number>;
  /** Next county-school name number per county code (中学, 第二中学, …). */
  schoolNumber: Map<string, number>;
  /** The plans drawn up so far, for the schedules generated after everything else (tracking.ts). */
  plans: SeededPlan[];
}

/** A plan as the tracking seed needs it. */
export interface SeededPlan {
  id: string;
  startYear: number;
  endYear: number;
  /** Whether a partnership drew it up (else the committee programme). */
  byPartnership: boolean;
}

/** Provenance columns of a row. */
export interface Origin {
  provenance: Provenance;
  sourceDocument?: string | null;
}

export const synthetic: Origin = { provenance: Provenance.SYNTHETIC, sourceDocument: null };

export function fromDocument(document: string): Origin {
  return { provenance: Provenance.SOURCE_DOCUMENT, sourceDocument: document };
}

export function fromRegistry(registry: string): Origin {
  return { provenance: Provenance.PUBLIC_REGISTRY, sourceDocument: registry };
}
