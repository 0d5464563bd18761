import { registerEnumType } from 'type-graphql';

/*
 * Value types more than one subgraph uses (federation requires them identical in each): defined
 * once here, so that no subgraph imports another for them. The directory stores a province's region;
 * the assistance statistics group and filter by it.
 */

export enum Region {
  EAST = 'EAST',
  CENTRAL = 'CENTRAL',
  WEST = 'WEST',
  NORTHEAST = 'NORTHEAST',
}
registerEnumType(Region, {
  name: 'Region',
  description: "The National Bureau of Statistics' four economic regions of mainland China.",
  valuesConfig: {
    EAST: { description: 'Eastern region (Beijing, Hebei, Shanghai, Guangdong, Hainan…).' },
    CENTRAL: { description: 'Central region (Shanxi, Anhui, Jiangxi, Henan, Hubei, Hunan).' },
    WEST: { description: 'Western region (the twelve western provinces and autonomous regions).' },
    NORTHEAST: { description: 'Northeastern region (Liaoning, Jilin, Heilongjiang).' },
  },
});
