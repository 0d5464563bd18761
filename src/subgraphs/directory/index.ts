import { buildSubgraph, ownedEntities, type Subgraph, type SubgraphModule } from '../../graphql/federation';
import * as listings from './listings';
import { directoryPolicy } from './policy';
import { Agency } from './agency/agency.entity';
import { AgencyResolver } from './agency/agency.resolver';
import { County } from './county/county.entity';
import { CountyResolver } from './county/county.resolver';
import { EducationBureau } from './education-bureau/education-bureau.entity';
import { EducationBureauResolver } from './education-bureau/education-bureau.resolver';
import { Prefecture } from './prefecture/prefecture.entity';
import { PrefectureResolver } from './prefecture/prefecture.resolver';
import { Province } from './province/province.entity';
import { ProvinceResolver } from './province/province.resolver';
import { School } from './school/school.entity';
import { SchoolResolver } from './school/school.resolver';
import { University } from './university/university.entity';
import { UniversityResolver } from './university/university.resolver';

/** The directory's entities, parents before children. */
const entities = [Province, Prefecture, County, University, School, Agency, EducationBureau];

/** The directory subgraph: the divisions of China and the organizations in them. */
export const directory: SubgraphModule = {
  name: 'directory',
  entities,
  listings: Object.values(listings),
  policy: directoryPolicy,
  build: buildDirectorySubgraph,
};

function buildDirectorySubgraph(): Promise<Subgraph> {
  return buildSubgraph(
    'directory',
    {
      resolvers: [
        ProvinceResolver,
        PrefectureResolver,
        CountyResolver,
        SchoolResolver,
        UniversityResolver,
        EducationBureauResolver,
        AgencyResolver,
      ],
    },
    ownedEntities(entities),
  );
}
