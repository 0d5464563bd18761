import { defineListing, RECORD_FIELDS } from '../../graphql/listing/listing';
import { OrderDirection } from '../../graphql/listing/operators';
import { CROSS_LINKS } from '../../shared/cross-links';
import { Region } from '../../shared/value-types';
import { AgencyKind, BureauLevel, CountyKind, ProvinceKind, SchoolKind } from './enums';

/* What directory lists can be filtered and sorted by (see graphql/listing). */

const byCode = [{ field: 'CODE', direction: OrderDirection.ASC }];
const NAMES = { code: 'string', nameZh: 'string', nameEn: 'string' } as const;

export const ProvinceListing = defineListing({
  name: 'Province',
  plural: 'provinces',
  fields: {
    ...RECORD_FIELDS,
    ...NAMES,
    kind: { enum: ProvinceKind, name: 'ProvinceKind' },
    region: { enum: Region, name: 'Region' },
  },
  toMany: {
    counties: { type: 'County', foreignKey: 'province' },
    schools: { type: 'School', foreignKey: 'province' },
  },
  orderFields: { CODE: 'code', NAME_ZH: 'nameZh', NAME_EN: 'nameEn', REGION: 'region' },
  defaultOrder: byCode,
});

export const PrefectureListing = defineListing({
  name: 'Prefecture',
  plural: 'prefectures',
  fields: { ...RECORD_FIELDS, ...NAMES },
  toOne: { province: 'Province' },
  toMany: { counties: { type: 'County', foreignKey: 'prefecture' } },
  orderFields: { CODE: 'code', NAME_ZH: 'nameZh', NAME_EN: 'nameEn', PROVINCE_CODE: 'province.code' },
  defaultOrder: byCode,
});

export const CountyListing = defineListing({
  name: 'County',
  plural: 'counties',
  fields: {
    ...RECORD_FIELDS,
    ...NAMES,
    kind: { enum: CountyKind, name: 'CountyKind' },
    keyRevitalizationCounty: 'boolean',
  },
  toOne: { prefecture: 'Prefecture', province: 'Province' },
  toMany: { schools: { type: 'School', foreignKey: 'county' }, ...CROSS_LINKS.County },
  orderFields: {
    CODE: 'code',
    NAME_ZH: 'nameZh',
    NAME_EN: 'nameEn',
    KIND: 'kind',
    PREFECTURE_CODE: 'prefecture.code',
    PROVINCE_CODE: 'province.code',
  },
  defaultOrder: byCode,
});

export const SchoolListing = defineListing({
  name: 'School',
  plural: 'schools',
  fields: { ...RECORD_FIELDS, ...NAMES, kind: { enum: SchoolKind, name: 'SchoolKind' }, foundedYear: 'int' },
  toOne: { county: 'County', province: 'Province', university: 'University' },
  toMany: { ...CROSS_LINKS.School },
  orderFields: {
    CODE: 'code',
    NAME_ZH: 'nameZh',
    NAME_EN: 'nameEn',
    KIND: 'kind',
    FOUNDED_YEAR: 'foundedYear',
    COUNTY_CODE: 'county.code',
    COUNTY_NAME_ZH: 'county.nameZh',
    PROVINCE_CODE: 'province.code',
  },
  defaultOrder: byCode,
});

export const UniversityListing = defineListing({
  name: 'University',
  plural: 'universities',
  fields: { ...RECORD_FIELDS, ...NAMES, nationalCode: 'string', ministryAffiliated: 'boolean' },
  toOne: { province: 'Province', prefecture: 'Prefecture' },
  toMany: { ...CROSS_LINKS.University },
  orderFields: {
    CODE: 'code',
    NATIONAL_CODE: 'nationalCode',
    NAME_ZH: 'nameZh',
    NAME_EN: 'nameEn',
    PROVINCE_CODE: 'province.code',
  },
  defaultOrder: byCode,
});

export const EducationBureauListing = defineListing({
  name: 'EducationBureau',
  plural: 'education bureaus',
  fields: { ...RECORD_FIELDS, ...NAMES, level: { enum: BureauLevel, name: 'BureauLevel' } },
  toOne: { province: 'Province', prefecture: 'Prefecture', county: 'County' },
  orderFields: { CODE: 'code', NAME_ZH: 'nameZh', NAME_EN: 'nameEn', LEVEL: 'level' },
  defaultOrder: byCode,
});

export const AgencyListing = defineListing({
  name: 'Agency',
  plural: 'agencies',
  fields: { ...RECORD_FIELDS, ...NAMES, kind: { enum: AgencyKind, name: 'AgencyKind' } },
  toOne: { parent: 'Agency' },
  orderFields: { CODE: 'code', NAME_ZH: 'nameZh', NAME_EN: 'nameEn', KIND: 'kind' },
  defaultOrder: byCode,
});
