// Totality: every public function of the module, on broad schema-valid input (-0 included) and a
// random valid policy override, does not throw, returns only finite numbers (never -0) and documented reasons, matches its
// result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, it } from 'vitest';
import * as fc from 'fast-check';
import * as z from 'zod';
import { parseAccount } from '../../src/account/index.js';
import * as M from '../../src/evidence/index.js';
import { CustomerRecordsSchema, EVIDENCE_REASON_CODES, EvidencePolicySchema, defaultEvidencePolicy as D } from '../../src/evidence/index.js';
import { AccountFromRecordsSchema, DefectionResultSchema } from '../../src/evidence/schema.js';
import { asOfArb, orderArb, policyArb, recordsArb, recordsListArb } from './arbitraries.js';
import { expectEveryExportCovered, expectPolicyValid, expectSchemaValid, itEachProperty, totalityFor, withPolicy, type CoveredFunctions } from '../totality.js';

const RUNS = { numRuns: 150 };
const { expectTotal } = totalityFor(EVIDENCE_REASON_CODES);

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  detectDefection: () => {
    fc.assert(fc.property(fc.array(orderArb, { maxLength: 25 }), asOfArb, policyArb, (orders, asOf, policy) => {
      expectPolicyValid(EvidencePolicySchema, D, policy);
      expectTotal(M.detectDefection, withPolicy([orders, { asOf }] as const, policy), DefectionResultSchema);
    }), RUNS);
  },
  accountFromRecords: () => {
    fc.assert(fc.property(recordsArb, asOfArb, policyArb, (records, asOf, policy) => {
      expectSchemaValid(CustomerRecordsSchema, records);
      expectPolicyValid(EvidencePolicySchema, D, policy);
      const r = expectTotal(M.accountFromRecords, withPolicy([records, { asOf }] as const, policy), AccountFromRecordsSchema);
      parseAccount(r.account);
    }), RUNS);
  },
  accountsFromRecords: () => {
    fc.assert(fc.property(recordsListArb(4), asOfArb, policyArb, (list, asOf, policy) => {
      expectTotal(M.accountsFromRecords, withPolicy([list, { asOf }] as const, policy), z.array(AccountFromRecordsSchema));
    }), { numRuns: 50 });
  },
};

describe('evidence: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/evidence/index.js'), PROPERTIES);
  });
});
