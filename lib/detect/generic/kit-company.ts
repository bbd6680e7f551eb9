// The company part of the custom sites' record kit (entrypoints/record-kit.ts) and of the CLI on
// those sites (../index.ts): each person's direct dial where the page writes a switchboard
// (./direct-dial.ts), the rep's own side taken out (../own-side.ts), then each directory card's
// company and a person's own labelled one (./card-company.ts), then the page's
// (./page-company.ts) — after a table's users (its Owner / Enrolled by column: ./user-columns.ts)
// are taken out. One definition, so the tests hold the kit to what the CLI does.
import { cleanCompany } from '../company-lines';
import { repLeft } from '../own-side';
import { withCardCompany } from './card-company';
import { withDialsFirst } from './direct-dial';
import { withPageCompany } from './page-company';
import { notOnlyUser } from './user-columns';

const company = withDialsFirst(repLeft(withCardCompany(withPageCompany)));

// Last, each company as the CLI cleans it (../company-lines.ts: a label cut off, a branch or a
// department alone is none).
export const kitCompany: typeof company = (contacts, ...rest) => {
  const placed = company(contacts.filter(notOnlyUser), ...rest);
  for (const c of placed) c.company = cleanCompany(c.company);
  return placed;
};
