// The company part of the custom sites' record kit (entrypoints/record-kit.ts) and of the CLI on
// those sites (../index.ts): each person's direct dial where the page writes a switchboard
// (./direct-dial.ts), the rep's own side taken out (../own-side.ts), then each directory card's
// company and a person's own labelled one (./card-company.ts), then the page's
// (./page-company.ts). One definition, so the tests hold the kit to what the CLI does.
import { repLeft } from '../own-side';
import { withCardCompany } from './card-company';
import { withDialsFirst } from './direct-dial';
import { withPageCompany } from './page-company';

export const kitCompany = withDialsFirst(repLeft(withCardCompany(withPageCompany)));
