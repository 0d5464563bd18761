import { registerEnumType } from 'type-graphql';

export enum ProvinceKind {
  PROVINCE = 'PROVINCE',
  AUTONOMOUS_REGION = 'AUTONOMOUS_REGION',
  MUNICIPALITY = 'MUNICIPALITY',
  SPECIAL_ADMINISTRATIVE_REGION = 'SPECIAL_ADMINISTRATIVE_REGION',
  PRODUCTION_AND_CONSTRUCTION_CORPS = 'PRODUCTION_AND_CONSTRUCTION_CORPS',
}
registerEnumType(ProvinceKind, {
  name: 'ProvinceKind',
  description: 'The kind of a province-level unit.',
  valuesConfig: {
    PROVINCE: { description: 'A province (省).' },
    AUTONOMOUS_REGION: { description: 'An autonomous region (自治区).' },
    MUNICIPALITY: { description: 'A municipality directly under the central government (直辖市).' },
    SPECIAL_ADMINISTRATIVE_REGION: { description: 'A special administrative region (特别行政区).' },
    PRODUCTION_AND_CONSTRUCTION_CORPS: {
      description:
        'The Xinjiang Production and Construction Corps, listed beside the provinces in ministry programmes.',
    },
  },
});

export enum CountyKind {
  DISTRICT = 'DISTRICT',
  COUNTY = 'COUNTY',
  AUTONOMOUS_COUNTY = 'AUTONOMOUS_COUNTY',
  COUNTY_LEVEL_CITY = 'COUNTY_LEVEL_CITY',
  BANNER = 'BANNER',
  AUTONOMOUS_BANNER = 'AUTONOMOUS_BANNER',
  FORESTRY_DISTRICT = 'FORESTRY_DISTRICT',
  SPECIAL_DISTRICT = 'SPECIAL_DISTRICT',
}
registerEnumType(CountyKind, {
  name: 'CountyKind',
  description: 'The kind of a county-level division.',
  valuesConfig: {
    DISTRICT: { description: 'A city district (区).' },
    COUNTY: { description: 'A county (县).' },
    AUTONOMOUS_COUNTY: { description: 'An autonomous county (自治县).' },
    COUNTY_LEVEL_CITY: { description: 'A county-level city (县级市).' },
    BANNER: { description: 'A banner (旗), Inner Mongolia.' },
    AUTONOMOUS_BANNER: { description: 'An autonomous banner (自治旗), Inner Mongolia.' },
    FORESTRY_DISTRICT: { description: 'A forestry district (林区).' },
    SPECIAL_DISTRICT: { description: 'A special district (特区).' },
  },
});

export enum SchoolKind {
  COUNTY_SENIOR_MIDDLE_SCHOOL = 'COUNTY_SENIOR_MIDDLE_SCHOOL',
  AFFILIATED_HIGH_SCHOOL = 'AFFILIATED_HIGH_SCHOOL',
}
registerEnumType(SchoolKind, {
  name: 'SchoolKind',
  description: 'What kind of school this is.',
  valuesConfig: {
    COUNTY_SENIOR_MIDDLE_SCHOOL: {
      description: 'A senior middle school of a county (县中), the usual recipient of assistance.',
    },
    AFFILIATED_HIGH_SCHOOL: {
      description: 'A high school affiliated to a university, which takes part in its assistance.',
    },
  },
});

export enum BureauLevel {
  PROVINCIAL = 'PROVINCIAL',
  PREFECTURAL = 'PREFECTURAL',
  COUNTY = 'COUNTY',
}
registerEnumType(BureauLevel, {
  name: 'BureauLevel',
  description: 'The administrative level of a local education authority.',
  valuesConfig: {
    PROVINCIAL: { description: 'A provincial department or commission of education.' },
    PREFECTURAL: { description: 'A prefecture or city education bureau.' },
    COUNTY: { description: 'A county or district education bureau.' },
  },
});

export enum AgencyKind {
  MINISTRY = 'MINISTRY',
  OFFICE = 'OFFICE',
  DEPARTMENT = 'DEPARTMENT',
  ACADEMY = 'ACADEMY',
}
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'The kind of a national education agency.',
  valuesConfig: {
    MINISTRY: { description: 'The Ministry of Education itself.' },
    OFFICE: { description: 'An office of the ministry (General Office, inspection office…).' },
    DEPARTMENT: { description: 'A department or bureau of the ministry.' },
    ACADEMY: { description: 'An institution under the ministry, such as NAEA.' },
  },
});
